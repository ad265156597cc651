"""Constructions of the seventh unseen-text round (issue 9), on sentences written for these
tests. English: a person's title opening a name ("Chairman of the X Meeting") is not part of the
gathering's name; a date before a lower-case head ("the 3 to 6 May 2024 meeting") is no name; a
bare head after "and" shares the first name's words ("X Conference and Expo 2025"); a lower-case
topic goes on over a bracketed abbreviation ("of the X Organization (XO) member states"); a
country's government, ministers or mission at the event bring the country ("Minister of Health of
X", "High Commission of X", "the X High Commission"); a country's formal style in a list ("the
Kingdom of X"). Chinese: an edition's name whose last word no head list holds, said to be held
("第九次湖光—山海高官磋商将于…举行"); a gathering held about another event opens with that
event's whole name ("第五届X峰会推介会"), and an edition with a bare head refers to it; a
minister of a country's ministry who attends or addresses the event ("希腊外交部副部长A视频致辞"),
a guest country of honour ("主宾国X"); a list of countries goes on over a few spellings no
gazetteer knows ("塞拉里昂")."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


def _event(record: dict, name: str) -> dict:
    found = [e for e in record["events"] if name in e["names"]]
    assert found, f"no event named {name!r} in {[e['names'] for e in record['events']]}"
    return found[0]


# -- English: names ------------------------------------------------------------------------------

def test_a_title_opening_a_name_is_not_part_of_the_gatherings_name(extractor):
    record = run(extractor, "Lakeside, 4 May 2024\nThe Chairman of the Lakeside Joint Ministerial Meeting told reporters "
                            "that the ministers met on 3 May 2024 and agreed on a common plan.", published="2024-05-04")
    assert [e["names"] for e in record["events"]] == [["Lakeside Joint Ministerial Meeting"]]


def test_a_date_before_a_lower_case_head_is_no_name(extractor):
    record = run(extractor, "Health chiefs meet in Lakeside\nThe 3 to 6 May 2024 meeting is being attended by "
                            "ministers in charge of health and by representatives of aid agencies.", published="2024-05-04")
    assert not any("May 2024" in n for e in record["events"] for n in e["names"])


def test_a_bare_head_after_and_shares_the_first_names_words(extractor):
    record = run(extractor, "The Lakeside Business Conference and Expo 2025 opened in Nairobi on Monday with "
                            "exhibitors from twelve countries.", published="2025-03-05")
    assert len(record["events"]) == 1
    names = record["events"][0]["names"]
    assert names[0] == "Lakeside Business Conference and Expo 2025"
    assert "Lakeside Business Conference and Expo" in names and "Expo" not in names


def test_a_lower_case_topic_goes_on_over_a_bracketed_abbreviation(extractor):
    record = run(extractor, "The third meeting of transport ministers of the Lakeside Cooperation Organization (LCO) "
                            "member states took place in Nairobi on 8 June 2023.", published="2023-06-09")
    assert "third meeting of transport ministers of the Lakeside Cooperation Organization (LCO) member states" \
        in record["events"][0]["names"]


# -- English: participant countries -------------------------------------------------------------

_PARTICIPANTS = [
    ("ministers and missions of a country attending",
     "The Lakeside Health Forum was held in Nairobi on 12 March 2024. The forum was attended by Minister of Health of "
     "Ghana Kofi Mensah, Counsellor, High Commission of Lesotho in Kenya, Thabo Mokoena, and the First Secretary from "
     "the Namibia High Commission.", "2024-03-13", "Lakeside Health Forum", {"GH", "LS", "NA"}),
    ("a country's formal style in a list",
     "The Lakeside Ministerial Meeting was held in Bangkok on 2 May 2024. Ministers from the Kingdom of Cambodia, the "
     "Republic of Indonesia, the Union of Myanmar and Malaysia took part.", "2024-05-03", "Lakeside Ministerial Meeting",
     {"KH", "ID", "MM", "MY"}),
    ("people of any trade from two countries, 'plus', '&' in a name",
     "The Lakeside Business Forum was held in Cartagena on 3 May 2024. Organizers planned meetings with some 250 "
     "purchasers from Mexico, Panama, Jamaica, Trinidad & Tobago, plus Aruba.", "2024-05-04", "Lakeside Business Forum",
     {"MX", "PA", "JM", "TT", "AW"}),
    ("leaders a forum brought together",
     "The Lakeside Investment Forum was held in Tashkent on 2 May 2024. The forum brought together leaders including "
     "Akylbek Zhaparov, Chairman of the Cabinet of Ministers of Kyrgyzstan; Cevdet Yilmaz, Vice President of Turkey; "
     "and Abdulaziz Al-Saud, Saudi Arabia’s Minister of Energy.", "2024-05-03", "Lakeside Investment Forum",
     {"KG", "TR", "SA"}),
    ("members 'namely' listed",
     "The Lakeside Water Meeting was held in Istanbul on 21 February 2013 to enhance the collaboration among the member "
     "countries, namely Bangladesh, Indonesia, Egypt and Nigeria.", "2013-02-22", "Lakeside Water Meeting",
     {"BD", "ID", "EG", "NG"}),
]


@pytest.mark.parametrize("text, published, name, countries", [row[1:] for row in _PARTICIPANTS],
                         ids=[row[0] for row in _PARTICIPANTS])
def test_participant_countries_of_english_constructions(extractor, text, published, name, countries):
    assert countries <= set(_event(run(extractor, text, published=published), name)["participant_countries"])


def test_a_body_named_after_a_country_in_a_list_of_attendees_brings_no_country(extractor):
    record = run(extractor, "The Lakeside Health Forum was held in Nairobi on 12 March 2024. It was attended by "
                            "representatives of Mission Fund, Hope Africa, University of Malta and others.",
                 published="2024-03-13")
    assert "MT" not in _event(record, "Lakeside Health Forum")["participant_countries"]


def test_an_editions_name_said_to_be_held_whatever_its_last_word():
    record = extract("湖光消息\n经双方商定,第九次湖光—山海高官磋商将于3月12日在宁波举行。去年5月9日,第八次湖光—山海高官磋商在雅加达举行。",
                     published="2024-03-01")
    ninth, eighth = event(record, "第九次湖光—山海高官磋商"), event(record, "第八次湖光—山海高官磋商")
    assert (ninth.start_date, ninth.city[0]) == ("2024-03-12", "Ningbo")
    assert (eighth.start_date, eighth.city[0]) == ("2023-05-09", "Jakarta")


def test_an_editions_name_ends_at_a_listed_head_before_a_verb():
    record = extract("湖光消息\n主任介绍,第十一届湖光科技年会拟定于2024年6月29日在哈尔滨举办。", published="2024-03-01")
    assert [e.names[0] for e in record.events] == ["第十一届湖光科技年会"]


def test_a_gathering_held_about_another_event_opens_with_its_name():
    record = extract("湖光消息\n9月1日下午,第五届湖光企业家高峰会推介会在北京成功举办。会上介绍,由湖光贸促会主办的第五届高峰会"
                     "将于2025年11月3日至4日在郑州举办。", published="2025-09-02")
    promotion, summit = event(record, "第五届湖光企业家高峰会推介会"), event(record, "第五届湖光企业家高峰会")
    assert (promotion.start_date, promotion.city[0]) == ("2025-09-01", "Beijing")
    assert (summit.start_date, summit.end_date, summit.city[0]) == ("2025-11-03", "2025-11-04", "Zhengzhou")
    assert summit.part_of is None and promotion.part_of is None


def test_ministers_addressing_the_event_and_a_guest_country_bring_their_countries():
    record = extract("湖光消息\n5月7日,第三届湖光国际博览会在成都开幕。主宾国新加坡人力部长甲乙丙、希腊外交部副部长丁戊视频致辞。",
                     published="2024-05-08")
    assert {"SG", "GR"} <= set(event(record, "第三届湖光国际博览会").participant_countries)


def test_a_list_of_countries_goes_on_over_spellings_no_gazetteer_knows():
    record = extract("湖光消息\n5月7日,第三届湖光国际论坛在澳门开幕。与会部长来自博茨瓦纳、柬埔寨、克罗地亚、尼泊尔、尼日尔、巴布亚新磯內亚、"
                     "罗马尼亚、塞内加尔、塞拉里昂、南苏丹、斯里兰卡及津巴布韦等国。", published="2024-05-08")
    assert {"BW", "KH", "NP", "SN", "SS", "LK", "ZW"} <= set(event(record, "第三届湖光国际论坛").participant_countries)


# -- English: more names and places ---------------------------------------------------------------

def test_a_title_inside_a_headlines_name_and_a_capitalised_reference_in_the_body(extractor):
    record = run(extractor, "Press Statement of the Chairman of the Lakeside Joint Ministerial Meeting\n\n"
                            "1. The ministers of the member countries agreed on a common plan.\n\n"
                            "2. The Meeting was held in Manila on 26 November 1999 and co-chaired by two ministers.",
                 published="1999-11-27")
    assert [(e["names"], e["start_date"]) for e in record["events"]] == \
        [(["Lakeside Joint Ministerial Meeting"], "1999-11-26")]


def test_no_appositive_after_a_comma_and_or_on_a_date(extractor):
    record = run(extractor, "The minister spoke of the Lakeside Energy Conference, which will be held on 1st and 2nd "
                            "October, and the V Summit Forum of Gas Exporting Countries in November.",
                 published="2018-09-20")
    assert not any("October" in n for e in record["events"] for n in e["names"])


def test_an_occasion_observed_is_no_event_and_a_bare_reception_is(extractor):
    record = run(extractor, "LAKESIDE, March 28: In observance of the 46th Anniversary of Independence and National "
                            "Day, the Hillside High Commission in Lakeside hosted a reception Monday night at a local "
                            "hotel. The High Commissioner welcomed the guests.", published="2017-03-28")
    assert [e["names"] for e in record["events"]] == [["reception"]]
    assert record["events"][0]["start_date"] == "2017-03-27"


def test_a_country_named_with_an_ampersand():
    from kg.extract.places import get_gazetteer
    found = get_gazetteer().find("delegates of Trinidad & Tobago and Bosnia & Herzegovina", "en")
    assert [(p.surface, p.place.country) for p in found] == [("Trinidad & Tobago", "TT"), ("Bosnia & Herzegovina", "BA")]


# -- Chinese: organizations -----------------------------------------------------------------------

def test_a_bodys_office_posted_somewhere_and_an_academy_open_compound_names():
    record = extract("湖光消息\n7月2日,由外交部驻香港特别行政区特派员公署主办、湖光社会科学院西亚研究所承办的第三届湖光论坛在香港举行。",
                     published="2024-07-03")
    parents = {o.names[0]: next((p.names[0] for p in record.organizations if p.id == o.part_of), None)
               for o in record.organizations}
    assert parents["外交部驻香港特别行政区特派员公署"] == "外交部"
    assert parents["湖光社会科学院西亚研究所"] == "湖光社会科学院"


def test_a_countrys_embassy_has_no_country_for_a_parent():
    record = extract("湖光消息\n7月2日,中国驻湖光大使馆主办的第三届湖光论坛在湖光举行。", published="2024-07-03")
    assert all(o.part_of is None for o in record.organizations)


# -- Chinese: one event under its declared short name, a name without its country, a part said to be one ----

def test_a_declared_short_name_after_a_name_is_the_same_event():
    record = extract("湖光消息\n一年一度的中国(湖光)国际文化产业博览交易会(以下简称「湖博会」)今日开幕。本届湖博会共有2308个参展单位。",
                     published="2024-05-10")
    assert len(record.events) == 1 and "湖博会" in record.events[0].names


def test_a_name_without_its_inner_country_is_the_same_event():
    record = extract("湖光消息\n5月21日,湖光中国市长论坛在太原举行。他指出,湖光市长论坛今年首次举办。", published="2024-05-22")
    assert len(record.events) == 1 and {"湖光中国市长论坛", "湖光市长论坛"} <= set(record.events[0].names)


def test_an_event_said_to_be_one_of_anothers_activities_is_part_of_it():
    record = extract("湖光消息\n5月20日,第十二届湖光博览会在太原开幕。5月21日,湖光市长论坛在太原举行。据介绍,湖光市长论坛"
                     "是第十二届湖光博览会的一项主要活动。", published="2024-05-22")
    expo, forum = event(record, "第十二届湖光博览会"), event(record, "湖光市长论坛")
    assert forum.part_of == expo.id and expo.part_of is None


def test_a_verb_of_holding_inside_a_headline_opens_no_name():
    record = extract("湖光博览会首办湖光市长论坛\n5月21日,第十二届湖光博览会湖光市长论坛在太原举行。", published="2024-05-22")
    assert not any("首办" in n for e in record.events for n in e.names)


def test_events_held_alongside_another_are_not_its_parts_but_share_its_dates():
    record = extract("湖光消息\n10月21日,2015湖光大学校长论坛在烟台举行。与论坛同期举行了自然科学研讨会和人文社会科学研讨会。",
                     published="2015-10-22")
    for name in ("自然科学研讨会", "人文社会科学研讨会"):
        assert (event(record, name).part_of, event(record, name).start_date) == (None, "2015-10-21")
    record = extract("湖光消息\n10月21日,2015湖光大学校长论坛在烟台举行。论坛期间还举行了自然科学研讨会。", published="2015-10-22")
    assert event(record, "自然科学研讨会").part_of == event(record, "2015湖光大学校长论坛").id


def test_a_part_named_of_a_dated_whole_names_the_whole_too(extractor):
    record = run(extractor, "The Mining Ministers Forum of LAKESIDE MINING Congress and Expo 2017 was held in Tianjin on "
                            "September 24, 2017. Ministers from Mexico and Sudan attended.", published="2017-09-25")
    forum, whole = _event(record, "Mining Ministers Forum"), _event(record, "LAKESIDE MINING Congress and Expo 2017")
    assert forum["part_of"] == whole["id"] and forum["start_date"] == "2017-09-24"


def test_a_promotion_of_an_edition_is_no_part_of_it(extractor):
    record = run(extractor, "The Promotion Meeting of the 1st Lakeside Expo was held in Beijing on 9 January 2019. "
                            "The 1st Lakeside Expo will be held in Changsha in June 2019.", published="2019-01-10")
    promotion, expo = _event(record, "Promotion Meeting of the 1st Lakeside Expo"), _event(record, "1st Lakeside Expo")
    assert promotion["part_of"] is None and promotion["id"] != expo["id"]


def test_a_short_name_first_and_its_fuller_form_later_are_one_event(extractor):
    record = run(extractor, "The Food Festival is being held at the Lakeside Hotel in Beijing from 1 to 14 August 2018. "
                            "He said that the Hillside Food Festival would give people a chance to taste the food.",
                 published="2018-08-02")
    assert len(record["events"]) == 1 and {"Food Festival", "Hillside Food Festival"} <= set(record["events"][0]["names"])


def test_a_quoted_name_wrapped_over_a_blank_line_is_one_name(extractor):
    record = run(extractor, "LAKESIDE, Sept 26, 2019 (BSS) – A three-day regional tourism fair “8th Lakeside\n\n"
                            "Tourism Fair” participated by eight nations began in the capital today.", published="2019-09-26")
    assert record["events"][0]["names"][0] == "8th Lakeside Tourism Fair"


def test_a_quoted_theme_and_name_after_a_dash_is_one_name_and_no_speech():
    record = extract("湖光消息\n湖光大学与山海研究院29日在澳门联合举办“凝聚发展共识,携手推进合作——湖光与山海智库论坛”。",
                     published="2024-05-30")
    assert [e.names[0] for e in record.events] == ["凝聚发展共识,携手推进合作——湖光与山海智库论坛"]
    assert record.events[0].start_date == "2024-05-29"


def test_an_edition_inside_a_name_and_a_citys_suffix_leave_one_event():
    record = extract("湖光消息\n150名外宾25日相聚湖州,参加湖州市首届国际友城大会。据了解,首次湖州国际友城大会由湖光协会主办。",
                     published="2024-05-26")
    assert len(record.events) == 1 and {"湖州市首届国际友城大会", "湖州国际友城大会"} <= set(record.events[0].names)


def test_an_edition_counted_in_sessions_opens_a_name_held_on_a_day():
    record = extract("湖光消息\n以“新时代的湖光”为主题的外交部第十五场省区市全球推介活动20日在外交部蓝厅举行。", published="2018-09-20")
    assert [(e.names[0], e.start_date) for e in record.events] == [("外交部第十五场省区市全球推介活动", "2018-09-20")]


def test_a_title_and_a_persons_name_before_of_bring_no_country(extractor):
    record = run(extractor, "The Lakeside Matching Conference was held in Macao on 5 May 2024. IPIM President Che Weng Keong, "
                            "Director of the Hong Kong and Macao Affairs Office of Hubei Province Zhang Xiaomei, attended "
                            "the conference.", published="2024-05-06")
    assert "HK" not in _event(record, "Lakeside Matching Conference")["participant_countries"]


def test_this_is_a_side_event_of_x_makes_the_event_before_part_of_x_and_its_roles_its_own():
    record = extract("湖光消息\n湖光(上海)生物医药产业推介会在上海举行。这是第六届山海国际进口博览会的配套活动之一,由湖光市人民政府主办,"
                     "湖光高新区管委承办。", published="2023-11-06")
    promotion, expo = event(record, "湖光(上海)生物医药产业推介会"), event(record, "第六届山海国际进口博览会")
    names = {o.id: o.names[0] for o in record.organizations}
    assert promotion.part_of == expo.id and [names[i] for i in promotion.hosts] == ["湖光市人民政府"]
    assert not expo.hosts and not expo.organizers


def test_an_envoys_name_the_tagger_glued_to_the_title_in_a_list():
    record = extract("湖光消息\n9月20日,湖光省全球推介活动在北京举行。俄罗斯驻华大使杰尼索夫、赞比亚驻华大使奇贝萨孔达、德国驻华大使葛策"
                     "分别介绍合作情况。使馆的高度重视令人感动。", published="2018-09-20")
    envoys = {p.names[0]: (p.ambassador_of, p.posted_to) for p in record.people}
    assert envoys.get("奇贝萨孔达") == ("ZM", "CN") and not any("馆" in n for n in envoys)
