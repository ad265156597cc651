"""Constructions of the fifth unseen-text round (issue 9), on sentences written for these
tests: a name opening with a weak head ("Dialogue of …") that the text says is attended, a
head-first name going on over "and", "celebration" and plural "meetings" as heads, "It"
after a fronted participle clause, "organized by A with the B", and in Chinese: sub-events
enumerated after a count ("三个分论坛分别是…"), a one-character head before a quoted name
joined by 和, a quoted name with a few kind words before 活动, and the items of a 包括 list
belonging to the article's event when the sentence names none; in both languages, the
dateline's city for the one event of a report that places it nowhere else."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


def _event(record: dict, name: str) -> dict:
    return next(e for e in record["events"] if name in e["names"])


def _org_names(record: dict, ids: list[str]) -> list[str]:
    by_id = {o["id"]: o["names"][0] for o in record["organizations"]}
    return [by_id[i] for i in ids]


# -- English -------------------------------------------------------------------------------

def test_a_weak_head_opening_a_name_that_people_attend_is_an_event(extractor):
    record = run(extractor, "The Lagoon Summit opened in Apia on 3 June 2024. Leaders from Fiji and Tonga will "
                            "attend the Dialogue of Island Economies and Coastal Communities during the summit.",
                 published="2024-06-02")
    dialogue = _event(record, "Dialogue of Island Economies and Coastal Communities")
    assert {"FJ", "TO"} <= set(dialogue["participant_countries"])


def test_a_weak_head_opening_a_name_without_a_holding_or_attending_word_is_none(extractor):
    record = run(extractor, "The Lagoon Summit opened in Apia on 3 June 2024. The Dialogue of Island Economies "
                            "has long argued for lower tariffs.", published="2024-06-02")
    assert [e["names"][0] for e in record["events"]] == ["Lagoon Summit"]


def test_and_between_two_gatherings_does_not_join_them(extractor):
    record = run(extractor, "The Forum on Ocean Trade and Pacific Summit were held in Suva on 5 May 2024.",
                 published="2024-05-06")
    assert not any(n == "Forum on Ocean Trade and Pacific" for e in record["events"] for n in e["names"])


@pytest.mark.parametrize("sentence, name", [
    ("The consulate hosted the 12th Harvest Moon Celebration in Perth on 20 September 2024.",
     "12th Harvest Moon Celebration"),
    ("The 31st Regional Assembly Meetings were held in Lusaka on 3 June 2024.", "31st Regional Assembly Meetings"),
])
def test_celebration_and_plural_meetings_are_heads(extractor, sentence, name):
    record = run(extractor, sentence, published="2024-06-04")
    assert name in _event(record, name)["names"]


@pytest.mark.parametrize("after", [
    "Its Farmers Celebration was a success, the organizers said.",  # a plain celebration
    "More Days of talks are expected in the coming days.",  # days that tell time
])
def test_a_weak_plural_or_plain_head_names_no_second_event(extractor, after):
    record = run(extractor, f"The Valley Trade Fair opened in Nakuru on 4 May 2024. {after}", published="2024-05-05")
    assert [e["names"][0] for e in record["events"]] == ["Valley Trade Fair"]


def test_it_after_a_fronted_participle_clause_is_the_event_named_after_the_comma(extractor):
    record = run(extractor, "Featuring a keynote by the finance minister, the 3rd Harbour Investment Forum is the "
                            "first held in Mombasa. It is organized by the Coastal Chamber of Commerce.",
                 published="2024-05-05")
    forum = _event(record, "3rd Harbour Investment Forum")
    assert _org_names(record, forum["hosts"]) == ["Coastal Chamber of Commerce"]


@pytest.mark.parametrize("organized, hosts, co_hosts", [
    ("organized by the Coastal Chamber of Commerce with the Kenya Ports Authority",
     ["Coastal Chamber of Commerce"], ["Kenya Ports Authority"]),
    ("organised by the Government of Kenya along with Kenya Ports Authority and Mombasa Innovation Society",
     ["Government of Kenya"], ["Kenya Ports Authority", "Mombasa Innovation Society"]),
])
def test_organized_by_a_with_b_makes_a_host_and_b_co_host(extractor, organized, hosts, co_hosts):
    record = run(extractor, f"The Harbour Investment Forum was held in Mombasa on 4 May 2024. It was {organized}.",
                 published="2024-05-05")
    forum = _event(record, "Harbour Investment Forum")
    assert _org_names(record, forum["hosts"]) == hosts
    assert sorted(_org_names(record, forum["co_hosts"])) == co_hosts


def test_with_inside_an_organizations_name_is_no_partner(extractor):
    record = run(extractor, "The Harbour Investment Forum was held in Mombasa on 4 May 2024. It was organized by "
                            "the Society for Friendship with Coastal Nations.", published="2024-05-05")
    forum = _event(record, "Harbour Investment Forum")
    assert forum["co_hosts"] == []


# -- Chinese -------------------------------------------------------------------------------

def test_sub_forums_enumerated_after_a_count_are_parts_of_the_event():
    record = extract("第三届湖光论坛17日在台北举行。三个分论坛的规划分别是:探讨交通的“智慧交通分论坛”、"
                     "探讨水利的“河川治理分论坛”,以及“人文城市分论坛”。", published="2024-05-18")
    forum = event(record, "第三届湖光论坛")
    for name in ("智慧交通分论坛", "河川治理分论坛", "人文城市分论坛"):
        assert event(record, name).part_of == forum.id


def test_without_a_count_a_list_after_fenbie_is_not_enumerated():
    record = extract("第三届湖光论坛17日在台北举行。两市的目标分别是“智慧交通分论坛”提出的方案。",
                     published="2024-05-18")
    assert [e.names[0] for e in record.events] == ["第三届湖光论坛"]


def test_a_one_character_head_ends_a_name_before_a_quoted_name_joined_by_he():
    record = extract("湖光文化节期间还举办了“山水之间”民族服饰展、“丝竹清音”民族乐器展和“光影山城”电影展。",
                     published="2024-05-18")
    names = {n for e in record.events for n in e.names}
    assert {"“丝竹清音”民族乐器展", "“光影山城”电影展"} <= names


def test_a_quoted_activity_with_kind_words_is_the_event_and_its_included_items_are_parts():
    record = extract("6月29日晚,“2024湖光印象——西部文化行”综合文化交流活动开幕式在休斯敦举行。"
                     "“湖光印象”系列活动由湖光市政府举办,包括“山水之间”图片展、“光影山城”电影展等。",
                     published="2024-06-30")
    main = event(record, "“2024湖光印象——西部文化行”综合文化交流活动")
    assert event(record, "“山水之间”图片展").part_of == main.id
    assert event(record, "“光影山城”电影展").part_of == main.id
    assert not any(n.endswith("系列活动") for e in record.events for n in e.names)  # a series names no event


def test_a_counted_list_of_quoted_activities_is_not_read_as_one_activity():
    record = extract("湖光大会在沧州开幕。大会设置“湖光企业对接会”“湖光园区展示”等两项现场活动。",
                     published="2024-05-18")
    names = {n for e in record.events for n in e.names}
    assert "湖光园区展示" in {n.strip("“”") for n in names}
    assert not any("现场活动" in n for n in names)


# -- the dateline's city (both languages) ----------------------------------------------------

def test_the_one_event_of_a_report_placed_nowhere_else_is_in_the_datelines_city(extractor):
    record = run(extractor, "Mombasa: The Harbour Crafts Exposition closed on 25 November 2024 with a grand "
                            "ceremony, the organizers said.", published="2024-11-26")
    assert record["events"][0]["city"][0] == "Mombasa"


@pytest.mark.parametrize("text", [
    "Mombasa: The Harbour Crafts Exposition closed on 25 November 2024. The Coastal Trade Fair closed the "
    "same day.",
    "Mombasa: The embassy will host the virtual Harbour Health Conference on 25 November 2024.",
])
def test_two_events_or_an_online_one_take_no_city_from_the_dateline(extractor, text):
    record = run(extractor, text, published="2024-11-20")
    assert all(e["city"] is None for e in record["events"])


@pytest.mark.parametrize("text, city", [
    ("新华社南京5月8日电 第二届湖光博览会8日开幕,来自30个国家的企业参展。", "Nanjing"),
    ("新华社北京5月8日电 上海消息:7日晚,第二届湖光博览会开幕式隆重举行。", "Shanghai"),  # a place line moves it
])
def test_zh_the_one_event_of_a_wire_story_is_in_the_datelines_city(text, city):
    assert event(extract(text, published="2024-05-08"), "第二届湖光博览会").city[0] == city


def test_zh_a_reporters_line_gives_the_city_within_the_events_country():
    record = extract("〔記者王明/台北報導〕湖光大學國際關係研究中心今日舉辦「2024年臺灣的海洋研究年度研討會」。",
                     published="2024-05-08")
    assert record.events[0].city[0] == "Taipei"


def test_zh_a_dateline_in_another_country_than_the_events_gives_no_city():
    record = extract("新华社北京5月8日电 第二届湖光博览会在澳大利亚开幕。", published="2024-05-08")
    assert record.events[0].city is None


# -- zh roles and descriptions --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "由中华文化产业促进会、澳门文化藏品有限公司合办的是次推介会昨日下午举行开幕式。",
    "由中华文化产业促进会、澳门文化藏品有限公司合办的属于国庆七十周年活动的本次推介会昨日下午举行开幕式。",
])
def test_zh_co_hosts_of_an_event_referred_to_after_de(sentence):
    record = extract("「澳门传统工艺精品推介会」昨日开幕。" + sentence, published="2024-05-08")
    found = event(record, "澳门传统工艺精品推介会")
    names = {o.id: o.names[0] for o in record.organizations}
    assert sorted(names[i] for i in found.co_hosts) == ["中华文化产业促进会", "澳门文化藏品有限公司"]


def test_zh_a_kind_of_gathering_in_xing_is_no_name():
    record = extract("湖光博览会是由中国与东盟10国共同举办的国际性展会,第五届湖光博览会将于10月22日在南宁举办。",
                     published="2024-05-08")
    assert not any("国际性展会" in n for e in record.events for n in e.names)


def test_zh_an_organization_then_a_name_then_the_title():
    record = extract("第一届湖光论坛3日在台北举行。座谈由湖光大学国际教育交流处刘广华处长主持。", published="2024-05-04")
    person = next(p for p in record.people if p.names[0] == "刘广华")
    orgs = {o.id: o for o in record.organizations}
    [(title, org)] = [(r.title, r.org) for r in person.roles]
    assert title == "处长" and orgs[org].names[0] == "湖光大学国际教育交流处"
    assert orgs[orgs[org].part_of].names[0] == "湖光大学"


def test_zh_a_unit_of_an_embassy_is_part_of_it():
    record = extract("中国驻日本大使馆教育处公参王明出席第一届湖光论坛。", published="2024-05-04")
    orgs = {o.names[0]: o for o in record.organizations}
    assert orgs["中国驻日本大使馆教育处"].part_of == orgs["中国驻日本大使馆"].id


def test_countries_being_the_focus_countries_take_part(extractor):
    record = run(extractor, "The Coastal Trade Fair opened in Mombasa on 4 May 2024. Peru and Chile are the partner "
                            "countries, with Ghana and Nepal being the focus countries for this year's fair.",
                 published="2024-05-05")
    assert {"PE", "CL", "GH", "NP"} <= set(record["events"][0]["participant_countries"])


# -- a round-up of one kind of event in several cities (zh) -----------------------------------

ROUND_UP = ("各驻外使馆举行新春招待会。\n在华盛顿,中国驻美国大使馆举行新春招待会。王明大使在致辞中表示,期待两国关系取得新发展。\n"
            "在金边,中国驻柬埔寨大使馆举办新春招待会。李华大使在致辞中高度评价华侨华人的贡献。")


def test_zh_a_round_up_keeps_one_event_per_city_with_its_host_and_envoy():
    record = extract(ROUND_UP, published="2024-02-10")
    receptions = [e for e in record.events if e.names == ["新春招待会"]]
    assert sorted(e.city[0] for e in receptions) == ["Phnom Penh", "Washington"]
    envoys = {p.names[0]: (p.ambassador_of, p.posted_to, p.attended) for p in record.people}
    by_city = {e.city[0]: e.id for e in receptions}
    assert envoys["王明"] == ("CN", "US", [by_city["Washington"]])
    assert envoys["李华"] == ("CN", "KH", [by_city["Phnom Penh"]])


def test_zh_one_event_named_in_two_sentences_without_opening_places_stays_one():
    record = extract("第二届湖光论坛在华盛顿举行。第二届湖光论坛吸引了500名代表。", published="2024-02-10")
    assert len(record.events) == 1


def test_zh_items_held_during_the_event_after_other_activities_and_a_semicolon():
    record = extract("2017湖光国际博览会6日上午在宁夏银川市开幕。博览会为期4天,期间将举办主宾国(埃及)系列活动、"
                     "主题省(福建)系列活动;2017湖光工商峰会、湖光丝绸之路大会等活动。", published="2017-09-07")
    expo = event(record, "2017湖光国际博览会")
    assert event(record, "2017湖光工商峰会").part_of == expo.id
    assert event(record, "湖光丝绸之路大会").part_of == expo.id


def test_zh_countries_at_the_opening_plenary_take_part_in_the_main_event():
    record = extract("2017湖光国际博览会6日上午在宁夏银川市开幕。期间将举办湖光丝绸之路大会。"
                     "出席开幕大会的还有埃及、约旦、韩国等国家的43位部长级官员。", published="2017-09-07")
    assert {"EG", "JO", "KR"} <= set(event(record, "2017湖光国际博览会").participant_countries)
    assert not event(record, "湖光丝绸之路大会").participant_countries


@pytest.mark.parametrize("text", [
    "第21届湖光科技年会6月29日在哈尔滨开幕。第二十一届湖光科技年会由湖光科协主办。",
    "王明大使举行国庆61周年招待会。9月28日,王明大使在使馆举行国庆招待会。",
])
def test_zh_one_event_whatever_the_numerals_of_its_edition_or_without_its_anniversary(text):
    record = extract(text, published="2019-09-30")
    assert len(record.events) == 1


def test_zh_two_editions_written_in_two_numeral_systems_stay_two():
    record = extract("第21届湖光科技年会6月29日在哈尔滨开幕。第二十二届湖光科技年会将在长春举行。", published="2019-07-01")
    assert len(record.events) == 2


# -- more English constructions (batch 8) ----------------------------------------------------

def test_days_listed_before_their_month_run_from_the_first_to_the_last():
    from kg.extract.dates import find_dates
    [found] = find_dates("The congress was held in Pokhara on 10th, 11th and 12th November 2022.", "en", "2022-12-01")
    assert (found.start_date, found.end_date) == ("2022-11-10", "2022-11-12")


@pytest.mark.parametrize("sentence, name", [
    ("The Lagoon Chamber organized the 1st Fiji Tonga business summit in Suva on 4 May 2024.",
     "1st Fiji Tonga business summit"),
    ("The 27th Harbour Foods international food industry exhibition opened in Mombasa on 18 May 2024.",
     "27th Harbour Foods international food industry exhibition"),
])
def test_an_editions_name_then_lower_case_words_then_the_head(extractor, sentence, name):
    record = run(extractor, sentence, published="2024-05-19")
    assert name in _event(record, name)["names"]


def test_days_of_culture_held_in_a_city(extractor):
    record = run(extractor, "The Days of Culture of Peru opened in Bucharest on May 22, 2024.", published="2024-05-23")
    assert _event(record, "Days of Culture of Peru")["city"][0] == "Bucharest"


@pytest.mark.parametrize("place, city", [
    ("in the capital city of Nairobi, Kenya", "Nairobi"),
    ("in the capital of Kazakhstan", "Astana"),
])
def test_the_capital_city_of_a_place(extractor, place, city):
    record = run(extractor, f"The Harbour Investment Forum was held {place} on 4 May 2024.", published="2024-05-05")
    assert record["events"][0]["city"][0] == city


def test_zh_a_well_known_short_name_is_the_same_event():
    record = extract("第110届中国进出口商品交易会于广州琶洲开幕。广交会新闻发言人介绍了本届广交会的筹备情况。",
                     published="2011-10-14")
    assert len(record.events) == 1 and "广交会" in record.events[0].names


def test_zh_the_pages_date_label_is_no_events_date():
    record = extract(" date 2025-12-06 中评社北京12月6日电／中国驻美国大使王明4日应邀出席由湖光商会举办的中美湖光合作论坛并致辞。",
                     published="2025-12-06")
    assert record.events[0].start_date == "2025-12-04"


def test_a_title_case_headline_names_the_event_after_its_verb(extractor):
    record = run(extractor, "Harbour House In Mombasa Hosts International Spice Festival\n\nHarbour House held the "
                            "International Spice Festival in Mombasa on 4 May 2024.", published="2024-05-05")
    assert record["events"][0]["names"] == ["International Spice Festival"]


def test_two_events_joined_by_and_share_the_date_of_their_verb(extractor):
    record = run(extractor, "The 15th Harbour Agro Fair and the 27th Harbour Food Expo opened in Mombasa on May 18, "
                            "2024.", published="2024-05-19")
    assert [e["start_date"] for e in record["events"]] == ["2024-05-18", "2024-05-18"]


def test_an_apposition_after_a_comma_is_no_coordination(extractor):
    record = run(extractor, "The 9th Harbour Business Forum will open in Mombasa on 4 May 2024. A side-event of the "
                            "Coastal Summit, the forum was launched in 2010.", published="2024-05-01")
    assert _event(record, "9th Harbour Business Forum")["start_date"] == "2024-05-04"
    assert all(e["start_date"] != "2010" for e in record["events"])


def test_people_after_a_passive_attendance_cue_attended_the_events(extractor):
    record = run(extractor, "The 15th Harbour Agro Fair and the 27th Harbour Food Expo opened in Baku on May 18, 2024. "
                            "The exhibitions have been visited by Turkish Ambassador Cahit Bagci and other officials.",
                 published="2024-05-19")
    [envoy] = record["people"]
    assert (envoy["ambassador_of"], envoy["posted_to"]) == ("TR", "AZ")
    assert sorted(envoy["attended"]) == sorted(e["id"] for e in record["events"])


def test_a_passive_cue_without_people_after_it_puts_nobody_at_the_event(extractor):
    record = run(extractor, "The Harbour Forum opened in Baku on May 18, 2024. John Kamau, chairman of the Coastal "
                            "Chamber of Commerce, said the forum was visited by thousands.", published="2024-05-19")
    assert [p["attended"] for p in record["people"]] == [[]]


def test_an_embassy_in_a_country_as_the_subject_of_an_active_verb_hosts(extractor):
    record = run(extractor, "The Embassy of Peru in Kenya held the 5th Andean Food Festival in Nairobi on 4 May 2024.",
                 published="2024-05-05")
    assert _org_names(record, record["events"][0]["hosts"]) == ["Embassy of Peru in Kenya"]


@pytest.mark.parametrize("unit, parent", [
    ("湖光统一促进会香港总会", "湖光统一促进会"),
    ("湖光出版社学术委员会", "湖光出版社"),
    ("湖光共产党中央委员会", "湖光共产党"),
])
def test_zh_a_compound_name_embeds_its_parent(unit, parent):
    record = extract(f"第一届湖光论坛3日在台北举行。{unit}主任王明出席论坛。", published="2024-05-04")
    orgs = {o.names[0]: o for o in record.organizations}
    assert orgs[unit].part_of == orgs[parent].id


def test_zh_a_part_named_by_its_whole_a_quoted_theme_and_its_own_head():
    record = extract("第十届湖光论坛“健康丝路”...\n第十届湖光论坛“健康丝路”视频会成功举办\n"
                     "11月3日,湖光友好协会举办第十届湖光论坛“健康丝路”视频会。来自中国和印度、尼泊尔的官员近30人深入交流研讨。",
                     published="2021-11-03")
    meeting, forum = event(record, "第十届湖光论坛“健康丝路”视频会"), event(record, "第十届湖光论坛")
    assert meeting.part_of == forum.id  # the headline's "…视频会成功举办" names the part, not its whole
    assert {"IN", "NP"} <= set(meeting.participant_countries)  # the reported event is the article's main one
    assert not forum.participant_countries
