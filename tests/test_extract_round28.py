"""Constructions of the twenty-eighth unseen-text round (issue 9), on sentences written for these tests.

English: an edition opening a name joins "A and B <Head>" into one name also when the edition is the
name's own first word ("The second China (Yunnan) International Green Food and National Tea Culture
Expo"); "Counsel General", a common misspelling, is a consul general's title (a "general counsel" is
a lawyer); an event page's header ("5th Meeting of the X" / "Jointly organised by A and B" /
"12-13 March 2019, Nairobi, Kenya") gives the event its co-hosts and its span of days, also when a
sentence of the body names one of those days; a line that is only a city's name under a byline
("Staff Reporter" / "Multan") is the report's dateline; a fronted title ("Titled ‘X’, the programme
was inaugurated ...") names the gathering the sentence before describes; "A, partnering with B and C,
held X, Y, and Z" makes A host and B and C co-host each of X and Y; "The inauguration ceremony of the
3rd X Week took place" describes no gathering of its own; "X Week will be celebrated … November 13-17" is
reported; an opening “ is closed by ” only (not by the ’ of "Pakistan’s"); "… to Attend FAO Meeting" in a
headline opens no name with the verb; the countries a body's members are ("PiD’s members comprise 12
countries, including: A, B") take part in nothing; GeoNames' "Linxia Chengguanzhen" (a county seat) is Linxia.

Chinese: a two-character verb + 会 after a noun is a gathering's head no list holds ("…合作推进会",
"…启动会"), but not the modal 会 after a body's name ("X协会会在…"); "A推进会暨B论坛" read whole is
also A, the meeting the body names; "大会是X的系列活动,由A主办" makes A host the 大会 and the 大会 a part of
X; a line the page wrapped mid-sentence ("…研讨会在北海隆重" / "开幕。") is one sentence again; a
former office ("卫生部原部长") is a title at the ministry, not a body "卫生部原部"; "登陆德国" places an
event in Germany; "A、B等中外机构共同主办" makes A and B hosts and no body "中外机构"; "上海合作组织睦邻友好合作
委员会" (a body, modifiers, a unit) is one body; "论坛下设“A”分论坛、“B”分论坛" lists parts; "X论坛(澳门)" keeps its
bracketed place; quoted activities an arranging verb lists ("还安排了“A嘉年华”“B精品展”") or a kind of part opens
("分论坛“A”“B”") are parts (not "推出“A”“B”两款产品"); "将于9月25-27日联合A、B,…,在北京举办X" dates X;
"A、B等大温哥华地区多个华人社团参与协办" makes A and B co-hosts (联席会 ends a body's name);
"设置了3项经贸文化交流活动,分别是A;B;C" makes A, B and C parts; "本次圆桌会议是X博览会期间举办的重大活动之一" makes the meeting a part of X; "本届农高会" (a contraction after a demonstrative) names the one
event whose name spells it in order.
"""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event
from test_extract_round27 import org_names, org_names_zh
from test_extract_zh import extract as zh_extract

from kg.extract import extract_all
from kg.extract.places import get_gazetteer
from kg.load.rejoin import rejoin
from kg.model import Article


# -- English ----------------------------------------------------------------------------------
def test_an_edition_word_opening_a_name_joins_its_two_topics(extractor):
    r = run(extractor, "The second China (Yunnan) International Green Food and National Tea Culture Expo opened "
                       "in Kunming on May 3, 2024.")
    names = [n for e in r["events"] for n in e["names"]]
    assert "second China (Yunnan) International Green Food and National Tea Culture Expo" in names
    assert "National Tea Culture Expo" not in names


def test_counsel_general_is_a_consul_general(extractor):
    r = run(extractor, "LAHORE: Counsel General of Turkey Ahmet Yilmaz has said the exhibition will promote ties.\n\n"
                       "He was speaking at the inauguration of the 5th International Textile Exhibition at Expo Centre "
                       "on 3 March 2023.\n\nThe general counsel of the company Sara Khan also spoke.")
    people = {p["names"][0]: p for p in r["people"]}
    assert people["Ahmet Yilmaz"]["ambassador_of"] == "TR"
    assert people["Ahmet Yilmaz"]["posted_to"] == "PK"
    assert not any(p.get("ambassador_of") for n, p in people.items() if n != "Ahmet Yilmaz")


def test_an_event_pages_header_gives_co_hosts_and_days(extractor):
    r = run(extractor, "Skip to main content\n\n5th Meeting of the Water Council\n\nJointly organised by the Ministry "
                       "of Water of Kenya and the Water Council Secretariat\n\n12-13 March 2019, Nairobi, Kenya\n\n"
                       "The 5th Ministerial Meeting of the Water Council drew to a close yesterday, March 13, 2019, in "
                       "Nairobi, the capital city of Kenya. More than 40 delegations attended.")
    meeting = event(r, "5th Meeting of the Water Council")
    assert org_names(r, meeting["co_hosts"]) == {"Ministry of Water of Kenya", "Water Council Secretariat"}
    assert (meeting["start_date"], meeting["end_date"]) == ("2019-03-12", "2019-03-13")


def test_a_cue_line_under_a_sentence_gives_no_roles(extractor):
    r = run(extractor, "The 5th Meeting of the Water Council opened in Nairobi on 12 March 2019, ministers said.\n\n"
                       "Organised by the Ministry of Water of Kenya\n\nMore than 40 delegations attended.")
    assert not event(r, "5th Meeting of the Water Council")["co_hosts"]


def test_a_city_line_under_a_byline_is_the_dateline(extractor):
    r = run(extractor, "Staff Reporter\n\nMultan\n\nThe agriculture department organized Pakistan Citrus Expo 2019 "
                       "to highlight fruit exports.\n\nThe minister inaugurated the opening ceremony of Pakistan Citrus "
                       "Expo 2019.", "2019-01-21")
    expo = event(r, "Pakistan Citrus Expo 2019")
    assert (expo["city"] or [None])[0] == "Multan"
    assert expo["country"] == "PK"


def test_a_heading_line_is_no_dateline(extractor):
    r = run(extractor, "Business\n\nThe Citrus Council organized Pakistan Citrus Expo 2019 to highlight fruit exports.")
    assert event(r, "Pakistan Citrus Expo 2019")["city"] is None


def test_a_fronted_title_names_the_described_gathering(extractor):
    r = run(extractor, "Kenyatta University on Friday organised a conference of diplomats and business leaders from "
                       "across Africa.\n\nTitled ‘Trade Without Borders: Africa Rising’, the programme was inaugurated by "
                       "the High Commissioner of Ghana Kwame Mensah. Delegates from 9 countries gathered at the "
                       "conference.")
    assert len(r["events"]) == 1
    conference = event(r, "Trade Without Borders: Africa Rising")
    assert org_names(r, conference["hosts"]) == {"Kenyatta University"}


def test_partners_before_a_list_of_events_co_host_each(extractor):
    r = run(extractor, "Makerere University, partnering with the Association of Commonwealth Universities, the East African "
                       "Research Network (EARN) and Ford Foundation, held the 7th International Conference on Water "
                       "Governance in Africa, the 2nd Lakes Research Forum for East Africa (LRFEA) Symposium, and "
                       "Masterclass Workshops from 12 to 15 May 2023 at Speke Resort in Kampala, Uganda.")
    partners = {"Association of Commonwealth Universities", "East African Research Network (EARN)", "Ford Foundation"}
    for name in ("7th International Conference on Water Governance in Africa", "LRFEA Symposium"):
        assert org_names(r, event(r, name)["hosts"]) == {"Makerere University"}
        assert org_names(r, event(r, name)["co_hosts"]) == partners


def test_a_described_moment_of_a_named_event_is_that_event(extractor):
    r = run(extractor, "The inauguration ceremony of the 3rd Global Water Week took place at the Palais des Nations in "
                       "Geneva, drawing participation from diplomats.\n\nKenya's Ambassador to Switzerland John Kamau "
                       "also attended the event at the organizers' invitation.")
    assert [e["names"][0] for e in r["events"]] == ["3rd Global Water Week"]
    week = event(r, "3rd Global Water Week")
    assert next(p for p in r["people"] if p["names"][0] == "John Kamau")["attended"] == [week["id"]]


def test_a_week_that_will_be_celebrated_is_reported(extractor):
    r = run(extractor, "International Science Week will be celebrated around the world November 13-17, 2017.\n\nTo help "
                       "celebrate this event, the U.S. Embassy in Dushanbe will host a Science Fair at the Tajik National "
                       "University on November 13, 2017.", "2017-11-10")
    week = event(r, "International Science Week")
    assert (week["start_date"], week["end_date"]) == ("2017-11-13", "2017-11-17")
    assert event(r, "Science Fair")["city"] == ["Dushanbe"]  # (the mission's city named once)


def test_a_quote_opened_is_closed_by_its_own_mark(extractor):
    r = run(extractor, "The Institute for Cultural Diplomacy (ICD) organized a seminar on “Peace in South Asia in "
                       "collaboration with the Pakistan’s Embassy on October 17, 2017 in Berlin.")
    assert not any("collaboration" in n for e in r["events"] for n in e["names"])


def test_a_headline_verb_after_to_opens_no_name(extractor):
    r = run(extractor, "Iran's Agriculture Minister Due in Italy to Attend FAO Meeting\n\nThe minister will attend a "
                       "meeting of agriculture ministers in Milan.")
    assert not any(n.startswith("Attend") for e in r["events"] for n in e["names"])


def test_the_members_a_body_is_made_of_take_part_in_nothing():
    text = ("Partners in Development (PiD) will host its 9th Inter-Ministerial Conference in Dakar on 28-29 November "
            "2016 with the Government of Senegal.\n\nPiD’s members comprise 12 low- and middle-income countries, "
            "including: Bangladesh, Benin, Colombia, Egypt, Ghana, Kenya, Mali, Mexico, Nigeria, Pakistan, Uganda and "
            "Zimbabwe.")
    r = extract_all([Article(id="t", text=text, lang="en")])[0].to_dict()  # (with the trained participant model)
    assert not set(event(r, "9th Inter-Ministerial Conference")["participant_countries"]) & {"BD", "BJ", "MX", "ZW"}


def test_a_chinese_county_seat_is_named_for_its_county():
    place = get_gazetteer().find("在临夏举行", "zh")[0].place
    assert (place.name, place.country) == ("Linxia", "CN")
    assert get_gazetteer().find("held in Linxia on Monday", "en")[0].place.geonames_id == place.geonames_id


# -- Chinese ----------------------------------------------------------------------------------
def test_a_verb_and_hui_after_a_noun_is_a_gatherings_head():
    r = zh_extract("由中国园艺协会主办、广东省园艺协会协办的2023“丝路”国际花卉合作推进会于11月24—26日在广东省广州市成功举办。",
                   published="2023-12-04")
    meeting = zh_event(r, "2023“丝路”国际花卉合作推进会")
    assert (meeting.start_date, meeting.end_date) == ("2023-11-24", "2023-11-26")
    assert org_names_zh(r, meeting.hosts) == {"中国园艺协会"}
    assert zh_event(zh_extract("第二届丝路医药合作启动会在西安举办。"), "第二届丝路医药合作启动会").city[0] == "Xi’an"


def test_the_modal_hui_after_a_body_is_no_head():
    assert not zh_extract("中国花卉协会会在明年举办花卉节。").events


def test_a_joint_name_with_a_shaped_head_is_its_first_meeting():
    r = zh_extract("2023“丝路”国际花卉合作推进会暨第五届上海合作组织园艺论坛在广州成功举办\n"
                   "由中国园艺协会主办的2023“丝路”国际花卉合作推进会于11月24日至26日在广东省广州市成功举办。",
                   published="2023-12-04")
    assert len(r.events) == 1
    assert r.events[0].start_date == "2023-11-24"


def test_a_reference_that_is_part_of_an_event_takes_the_roles_after_it():
    r = zh_extract("近日,“第三届世界园艺大会”在杭州开幕。大会是“首届全球花卉博览会”的系列活动,由中国花卉协会、中国园艺学会共同主办,"
                   "杭州市园艺协会承办。", published="2022-12-15")
    congress, expo = zh_event(r, "第三届世界园艺大会"), zh_event(r, "首届全球花卉博览会")
    assert org_names_zh(r, congress.co_hosts) == {"中国花卉协会", "中国园艺学会"}
    assert not expo.co_hosts and not expo.organizers
    assert congress.part_of == expo.id


def test_a_line_wrapped_mid_sentence_is_joined_again():
    text = ("会议交流\n\n2019年9月22日上午,主题为“提升海洋科研能力,共筑海上丝绸之路”的2019年度中国—东盟海洋科技合作研讨会在北海隆重\n\n"
            "开幕。此次会议由外交部主办,北海市人民政府承办。")
    assert "隆重开幕。" in rejoin(text)
    heading = "一、加强区域合作,推动共同发展\n\n会议指出,要加强合作。"
    assert rejoin(heading) == heading  # (a short heading with a comma is no wrapped line)


def test_a_former_office_is_a_title_at_the_body():
    r = zh_extract("农业部原部长张文明、中国花卉协会会长李强出席第三届世界园艺大会并致辞。")
    person = next(p for p in r.people if p.names[0] == "张文明")
    assert [(role.title, org_names_zh(r, [role.org])) for role in person.roles] == [("原部长", {"农业部"})]


def test_landing_in_a_country_places_the_event():
    r = zh_extract("由中国花卉协会主办的“第三届中欧园艺论坛”将于9月29日至10月1日登陆德国,来自中国、法国的业界人士将与会。",
                   published="2016-08-25")
    assert zh_event(r, "第三届中欧园艺论坛").country == "DE"


def test_a_kind_of_bodies_after_deng_names_no_body():
    r = zh_extract("由丝路城市联盟发起,并联合中国花卉协会、中国园艺学会等中外机构共同主办的“第三届中欧园艺论坛”将于9月29日在北京举行。",
                   published="2016-08-25")
    forum = zh_event(r, "第三届中欧园艺论坛")
    assert org_names_zh(r, forum.co_hosts) == {"中国花卉协会", "中国园艺学会"}


def test_a_units_name_after_its_body_and_modifiers_is_one_body():
    r = zh_extract("由上海合作组织睦邻友好合作委员会和广西壮族自治区人民政府共同主办的2025年国际医学创新合作论坛在防城港市开幕。",
                   published="2025-04-29")
    forum = zh_event(r, "2025年国际医学创新合作论坛")
    assert org_names_zh(r, forum.co_hosts) == {"上海合作组织睦邻友好合作委员会", "广西壮族自治区人民政府"}


def test_sub_forums_a_list_verb_sets_up_are_parts():
    r = zh_extract("2023台北上海城市论坛于5月3日在台北举行。论坛下设“低碳永续”分论坛、“智慧医疗”分论坛。", published="2023-05-04")
    whole = zh_event(r, "2023台北上海城市论坛")
    assert zh_event(r, "“低碳永续”分论坛").part_of == whole.id
    assert zh_event(r, "“智慧医疗”分论坛").part_of == whole.id


def test_a_place_in_brackets_after_a_name_is_part_of_it():
    r = zh_extract("中国-葡语国家经贸合作论坛(澳门)将于十月十二日至十四日在澳门旅游塔会展娱乐中心举行。", published="2003-10-05")
    forum = zh_event(r, "中国-葡语国家经贸合作论坛(澳门)")
    assert "中国-葡语国家经贸合作论坛" in forum.names
    assert (forum.start_date, forum.end_date) == ("2003-10-12", "2003-10-14")


def test_quoted_activities_an_arranging_verb_lists_are_parts():
    r = zh_extract("第33届中国洛阳牡丹文化节4月1日在洛阳开幕。本届牡丹文化节安排了“河洛欢歌广场文化狂欢月”、“河洛文化民俗庙会”等群众"
                   "喜闻乐见的活动。还安排了“丝路非物质文化遗产嘉年华”“当代艺术名家牡丹画精品展”。", published="2023-04-02")
    festival = zh_event(r, "第33届中国洛阳牡丹文化节")
    for name in ("河洛欢歌广场文化狂欢月", "河洛文化民俗庙会", "丝路非物质文化遗产嘉年华", "当代艺术名家牡丹画精品展"):
        assert zh_event(r, name).part_of == festival.id
    r = zh_extract("上海论坛2023于11月1日在上海开幕。其中,首次设立的分论坛“中美关系高端对话”“气候变化与低碳转型”汇聚嘉宾。",
                   published="2023-11-02")
    assert zh_event(r, "气候变化与低碳转型").part_of == zh_event(r, "上海论坛2023").id


def test_quoted_products_and_zones_are_no_activities():
    r = zh_extract("公司在上海举办新品发布会,推出“智慧一号”“智慧二号”两款产品,并设置“科技体验”“互动游戏”两个展区。")
    assert not any(n in e.names for e in r.events for n in ("智慧一号", "科技体验"))


def test_a_date_set_for_what_a_later_clause_holds():
    r = zh_extract("2023全球能源互联网大会将举办\n中新网北京9月12日电 合作组织将于9月25-27日联合国家电网、世界气象组织,以“全球能源"
                   "互联网”为主题,在北京举办2023全球能源互联网大会。", published=None)
    congress = zh_event(r, "2023全球能源互联网大会")
    assert (congress.start_date, congress.end_date) == ("2023-09-25", "2023-09-27")


def test_a_kind_of_bodies_with_a_place_and_a_count_after_deng_names_no_body():
    r = zh_extract("此次中国电影周由加拿大文化创意产业基金会主办。温哥华中华会馆、加拿大华人社团联席会、加拿大华人联合总会等大温哥华地区"
                   "多个华人社团参与协办。", published="2024-09-15")
    week = zh_event(r, "中国电影周")
    assert org_names_zh(r, week.co_hosts) == {"温哥华中华会馆", "加拿大华人社团联席会", "加拿大华人联合总会"}


def test_activities_enumerated_with_semicolons_are_parts():
    r = zh_extract("第五届海峡两岸中山论坛9月4日在中山开幕。论坛设置了3项经贸文化交流活动,分别是“走进中山——探访伟人故里”两岸媒体"
                   "采风活动;第十届台湾青年岭南行之孙中山历史文化探寻营活动;“中山杯”海峡两岸青少年棒球邀请赛。", published="2023-09-05")
    forum = zh_event(r, "第五届海峡两岸中山论坛")
    tour = zh_event(r, "“走进中山——探访伟人故里”两岸媒体采风活动")
    assert tour.part_of == forum.id and tour.names == ["“走进中山——探访伟人故里”两岸媒体采风活动"]
    assert zh_event(r, "“中山杯”海峡两岸青少年棒球邀请赛").part_of == forum.id


def test_a_meeting_held_during_a_fair_as_one_of_its_activities_is_its_part():
    r = zh_extract("近日,“一带一路”农业合作部长圆桌会议在陕西召开。\n本次圆桌会议是第24届杨凌农业高新科技成果博览会期间举办的重大活动之一。"
                   "本届农高会由科技部、商务部、农业部、陕西省人民政府共同主办。", published="2017-11-13")
    fair = zh_event(r, "第24届杨凌农业高新科技成果博览会")
    assert zh_event(r, "“一带一路”农业合作部长圆桌会议").part_of == fair.id
    assert "农高会" in fair.names  # (a contraction after 本届 spells the fair's name in order)
    assert org_names_zh(r, fair.co_hosts) == {"科技部", "商务部", "农业部", "陕西省人民政府"}


def test_a_contraction_two_names_spell_names_neither():
    r = zh_extract("第3届农业高新技术博览会和第5届农业高新成果博览会在杨凌开幕。本届农高会吸引了众多客商。", published="2017-11-13")
    assert not any("农高会" in e.names for e in r.events)
