"""Constructions of the nineteenth unseen-text round (issue 9), on sentences written for these tests.

Chinese: a day opening a sentence in which someone attends a gathering named right after the verb
("2022年5月18日,A出席X并致辞"), or a day right before that verb ("A于5月18日在杭州出席X"), dates that gathering when nothing else in the text does; a date the
text gives the gathering itself wins, and a year alone dates nothing. An event's own lasting
("论坛将持续至10月25日") ends it, and that end dates nothing a later clause holds ("…,同期还将举办X").
A superlative that qualifies a noun inside a name ("世界最美海湾摄影展") is part of the name, one that
qualifies the gathering ("最大展会") still names none; invitational, open and challenge contests
(邀请赛, 公开赛, 挑战赛) are gatherings. A gathering held "at the meeting" (会上) is part of the event
named last before it; a part of an event the text says lasts one day is held that day, a part of one
given a single date (which may last longer) is not dated by it. "A在P举行了成立大会暨B" makes A the host of B
when the rules read no name in the gathering joined before it. A mention that reads its clause's verb or
conjunction before another name of its event ("土耳其高度重视|湖滨博览会") gives the event no name. A
headline's gathering and the lead's of the same kind are one event when one of the two names it plainly
("建国61周年招待会" over "…举行盛大国庆招待会"), even with a page's date line between them. "A暨B" of one
kind is one gathering (B another name of it) when B is named nowhere else; of two kinds ("学术会议暨展览会"),
or with B named on its own, they stay two.

English: an event no cue gives a host, whose name says it is a body's own gathering ("the 51st
Annual General Meeting of the X Association", "the X Chamber of Commerce's International Business
Conference"), is hosted by that body; not a body whose members are the meeting ("the 31st Meeting
of the Ministerial Council"), and not a place ("the Summit of the Americas"). An envoy named with
"of <country>" after the name ("Ambassador Donald Blome of the US") is that country's, and in a list
("… of the US and Ambassador B of Nepal") the next envoy's title opens a new conjunct; a name after an
envoy's title and a comma is read even when NER takes it for a place the gazetteer does not know
("China's ambassador to Nigeria, Cui Jianchun"); a deputy consul general is an envoy too (SCHEMA.md:
a consul counts), an assistant's title is no envoy's; an envoy's title may follow the name with no
comma ("Mr. Adam Thompson British High Commissioner to Pakistan had lunch"). "The event was part of a
series of activities of X" makes it a part of X. A sentence-case headline names the gathering the body
describes with its topic up to the verb ("Photo exhibition on X friendship opens in Y"). A line near the
top giving only a span of days and places ("Warsaw 23-24th June 2010") dates the main event when no
sentence does; a single day there is the page's date. A name with a
year after a day or a moment of a gathering ("On the second day of TEXPO 2023") names one.
"""

from __future__ import annotations

import pytest

from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract


@pytest.mark.parametrize("sentence", ["2022年5月18日,商务部副部长张明出席第三届湖滨港口城市合作论坛并致辞。",
                                      "5月18日上午,商务部副部长张明出席第三届湖滨港口城市合作论坛并致辞。",
                                      "商务部副部长张明于5月18日在杭州出席第三届湖滨港口城市合作论坛并致辞。",
                                      "商务部副部长张明18日下午参加了第三届湖滨港口城市合作论坛。"])
def test_zh_a_day_dates_the_gathering_someone_attends(sentence):
    record = extract(sentence + "张明表示,合作潜力巨大。", published="2022-05-19")
    forum = zh_event(record, "第三届湖滨港口城市合作论坛")
    assert (forum.start_date, forum.end_date) == ("2022-05-18", "2022-05-18")


def test_zh_the_gatherings_own_date_beats_the_attendance_day():
    record = extract("5月18日,张明参加了第三届湖滨港口城市合作论坛。第三届湖滨港口城市合作论坛于5月17日至19日在杭州举行。",
                     published="2022-05-20")
    forum = zh_event(record, "第三届湖滨港口城市合作论坛")
    assert (forum.start_date, forum.end_date) == ("2022-05-17", "2022-05-19")


def test_zh_a_leading_year_alone_dates_no_attended_gathering():
    record = extract("2021年,张明出席第三届湖滨港口城市合作论坛并致辞。第三届湖滨港口城市合作论坛在杭州举行。",
                     published="2022-05-20")
    forum = zh_event(record, "第三届湖滨港口城市合作论坛")
    assert forum.start_date is None


def test_zh_the_people_who_attend_a_gathering_do_not_date_it():
    record = extract("8月23日下午,省长在兰州会见了参加第三届湖滨港口城市合作论坛的外国嘉宾。第三届湖滨港口城市合作论坛在兰州举行。",
                     published="2023-08-24")
    forum = zh_event(record, "第三届湖滨港口城市合作论坛")
    assert forum.start_date is None


def test_a_general_meeting_of_an_association_is_hosted_by_it(extractor):
    record = run(extractor, "Hotel association meets\n"
                            "The 51st Annual General Meeting of the Lakeside Hotel and Tourism Association (LHTA) "
                            "is set to convene on Friday May 29th, 2015 at the Grand Ballroom in Castries.")
    meeting = en_event(record, "51st Annual General Meeting of the Lakeside Hotel and Tourism Association (LHTA)")
    assert "lakesidehotelandtourismassociation" in org_names(record, meeting["hosts"])


def test_a_chambers_own_conference_is_hosted_by_it_beside_a_partner(extractor):
    record = run(extractor, "Chamber conference opens\n"
                            "The minister spoke at the Harbour City Chamber of Commerce and Industry’s International "
                            "Business Conference, held in partnership with the Ministry of Foreign Affairs.")
    conference = en_event(record, "Harbour City Chamber of Commerce and Industry’s International Business Conference")
    assert org_names(record, conference["hosts"]) == {"harbourcitychamberofcommerceandindustry"}
    assert org_names(record, conference["co_hosts"]) == {"ministryofforeignaffairs"}


@pytest.mark.parametrize("text, name", [
    ("The 31st Meeting of the Ministerial Council opened in Vienna on 2 December 2024 with 57 delegations.",
     "31st Meeting of the Ministerial Council"),
    ("The Summit of the Americas was held in Lima on 1 March 2024 with 30 leaders.", "Summit of the Americas"),
])
def test_a_sitting_body_or_a_place_hosts_no_gathering_named_with_it(extractor, text, name):
    record = run(extractor, "News\n" + text)
    assert en_event(record, name)["hosts"] == []


_FORUM = "2024年10月24日,2024湖滨海洋合作论坛在青岛开幕。"


def test_zh_an_events_own_lasting_ends_it_and_dates_no_later_clause():
    record = extract(_FORUM + "论坛将持续至10月25日,同期还将举办湖滨海洋博览会。", published="2024-10-24")
    forum, expo = zh_event(record, "2024湖滨海洋合作论坛"), zh_event(record, "湖滨海洋博览会")
    assert (forum.start_date, forum.end_date) == ("2024-10-24", "2024-10-25")
    assert expo.part_of == forum.id and expo.start_date is None


@pytest.mark.parametrize("name", ["世界最美海湾摄影展", "湖滨机器人世界杯青岛国际邀请赛", "湖滨网球公开赛"])
def test_zh_names_listed_as_held_alongside(name):
    record = extract(_FORUM + f"同期还将举办湖滨海洋博览会、{name}。", published="2024-10-24")
    assert zh_event(record, name).part_of == zh_event(record, "2024湖滨海洋合作论坛").id


def test_zh_a_superlative_of_the_gathering_names_none():
    record = extract(_FORUM + "同期还将举办中国健康领域最大展会。", published="2024-10-24")
    assert [e.names[0] for e in record.events] == ["2024湖滨海洋合作论坛"]


_CONGRESS = "2020湖滨会展业创新发展大会"


@pytest.mark.parametrize("text", [f"2020年8月25日,{_CONGRESS}在成都市召开。会上还举行了湖滨会展联盟成立仪式。",
                                  f"今天,{_CONGRESS}在成都市召开,会上发布了《合作倡议书》、举行湖滨会展联盟成立仪式。"])
def test_zh_held_at_the_meeting_is_part_of_it(text):
    record = extract(text, published="2020-08-25")
    assert zh_event(record, "湖滨会展联盟成立仪式").part_of == zh_event(record, _CONGRESS).id


def test_zh_a_part_of_a_one_day_event_is_held_that_day():
    record = extract(f"8月25日,{_CONGRESS}在成都市召开。为期一天的大会期间举行了湖滨会展联盟成立仪式。",
                     published="2020-08-25")
    ceremony = zh_event(record, "湖滨会展联盟成立仪式")
    assert (ceremony.start_date, ceremony.end_date) == ("2020-08-25", "2020-08-25")


def test_zh_a_part_of_an_event_given_one_date_is_not_dated_by_it():
    record = extract(f"2020年8月25日,{_CONGRESS}在成都市召开。大会期间举行了湖滨会展联盟成立仪式。",
                     published="2020-08-25")
    assert zh_event(record, "湖滨会展联盟成立仪式").start_date is None


def test_envoys_named_with_their_country_after_the_name(extractor):
    record = run(extractor, "Reception\nThe reception at the Indian High Commission in Islamabad was attended by "
                            "Ambassador Donald Blome of the US and Ambassador Tapas Adhikari of Nepal.")
    sending = {p["names"][0]: p["ambassador_of"] for p in record["people"]}
    assert sending == {"Donald Blome": "US", "Tapas Adhikari": "NP"}


def test_the_ambassador_of_a_country_named_after_of_is_no_person(extractor):
    record = run(extractor, "Visit\nDr. Jane Roe, the Ambassador of I. R. of Afghanistan in New Delhi, met the "
                            "Director General of the Harbour Merchants Chamber on July 24, 2018.")
    assert all(p["names"][0] != "I. R." for p in record["people"])


def test_a_branded_name_after_a_day_of_it(extractor):
    record = run(extractor, "Delegations meet\nKARACHI: On the second day of HARBOURTEX 2023, delegations from "
                            "Germany and South Africa met the chief executive of the trade authority.", "2023-05-29")
    assert set(en_event(record, "HARBOURTEX 2023")["participant_countries"]) >= {"DE", "ZA"}


def test_a_day_of_a_month_names_no_gathering(extractor):
    record = run(extractor, "News\nOn the first day of May 2023, the minister met delegations from Germany.", "2023-05-29")
    assert record["events"] == []


def test_an_envoys_name_ner_takes_for_a_place(extractor):
    record = run(extractor, "Forum\nChina’s ambassador to Nigeria, Cui Jianchun, spoke at the 5th Lagos Business "
                            "Forum on 3 May 2024.")
    assert [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("Cui Jianchun", "CN", "NG")]


@pytest.mark.parametrize("title, envoy", [("Deputy Consul General", True), ("Assistant Consul General", False)])
def test_a_deputy_consul_is_an_envoy(extractor, title, envoy):
    record = run(extractor, f"Celebration\nOn October 22, 2023, Chinese {title} Ren Faqiang attended the Fall "
                            "Celebration in Cork hosted by the Cork Chinese Association.")
    assert [p["ambassador_of"] for p in record["people"] if p["names"][0] == "Ren Faqiang"] == (["CN"] if envoy else [])


def test_an_envoys_title_right_after_the_name(extractor):
    record = run(extractor, "Lunch\nThe visiting Foreign Secretary accompanied by Mr. John Roe British High "
                            "Commissioner to Pakistan had a lunch meeting with the Lahore Business Council on 3 May 2024.")
    assert [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("John Roe", "GB", "PK")]


@pytest.mark.parametrize("cue", ["part of a series of activities of", "one of the activities of"])
def test_part_of_a_series_of_activities_of_an_event(extractor, cue):
    record = run(extractor, "News\nThe Lakeside Photo Exhibition opened in Ulan Bator on 20 September 2024. "
                            f"The event was {cue} the Lakeside Business Forum.", "2024-09-21")
    assert en_event(record, "Lakeside Photo Exhibition")["part_of"] == en_event(record, "Lakeside Business Forum")["id"]


def test_a_sentence_case_headline_names_the_described_gathering_with_its_topic(extractor):
    record = run(extractor, "Photo exhibition on Kenya-Mongolia friendship opens in Ulan Bator\n"
                            "ULAN BATOR, Sept. 20 -- A photo exhibition marking a long friendship between Kenya and "
                            "Mongolia opened here on Friday.", "2024-09-21")
    assert en_event(record, "Photo exhibition on Kenya-Mongolia friendship")["start_date"] == "2024-09-20"


@pytest.mark.parametrize("line, dates", [("Warsaw 23-24th June 2010", ("2010-06-23", "2010-06-24")),
                                         ("23 June 2010", (None, None))])
def test_a_header_line_with_a_span_of_days_dates_the_main_event(extractor, line, dates):
    record = run(extractor, f"14th Lakeside Forum in Warsaw (2010)\n{line}\n\nThe 14th Lakeside Forum was held in "
                            "Warsaw, under the banner of cooperation. Participants discussed the crisis.")
    forum = en_event(record, "14th Lakeside Forum")
    assert (forum["start_date"], forum["end_date"]) == dates


def test_zh_the_holder_of_a_gathering_joined_to_an_unnamed_one():
    record = extract("11月22日晚上,非洲湖滨总商会在约翰内斯堡举行了成立大会暨首届理监事成员就职典礼,嘉宾出席了大会。",
                     published="2024-11-23")
    ceremony = zh_event(record, "首届理监事成员就职典礼")
    assert [o.names[0] for o in record.organizations if o.id in ceremony.hosts] == ["非洲湖滨总商会"]


def test_zh_clause_words_before_a_name_are_no_name_of_the_event():
    record = extract("第四届湖滨博览会于9月1日在乌鲁木齐开幕。土耳其高度重视湖滨博览会。秘书长介绍了投资环境以及第四届湖滨博览会的情况。",
                     published="2024-09-02")
    expo = zh_event(record, "第四届湖滨博览会")
    assert not [n for n in expo.names if "重视" in n or "以及" in n]



def test_zh_the_headlines_gathering_is_the_leads_plain_one():
    record = extract("驻湖滨大使李明举行建国61周年招待会\n2010-09-30 08:00\n"
                     "2010年9月29日晚,驻湖滨大使李明在阿布扎比举行盛大国庆招待会,庆祝中华人民共和国成立61周年。")
    assert [(e.names[:2], e.start_date) for e in record.events] == [(["建国61周年招待会", "国庆招待会"], "2010-09-29")]


def test_zh_two_proper_names_in_headline_and_lead_stay_two():
    record = extract("湖光国际论坛开幕\n2024-05-01\n5月1日,湖光-东盟国际论坛在南宁开幕。", published="2024-05-02")
    assert not any({"湖光国际论坛", "湖光-东盟国际论坛"} <= set(e.names) for e in record.events)


def test_zh_a_joint_name_of_one_kind_is_one_gathering():
    record = extract("11月23日,2018年全国湖滨植物学研讨会暨第十三届青年学术研讨会在武汉召开,会议由中国植物学会主办。",
                     published="2018-11-29")
    assert len(record.events) == 1 and "第十三届青年学术研讨会" in record.events[0].names


@pytest.mark.parametrize("text", [
    "4月26日,第一届全国湖滨检验装备学术会议暨第一届全国湖滨检验装备展览会在北京开幕。",
    "11月23日,2018年全国湖滨植物学研讨会暨第十三届青年学术研讨会在武汉召开。第十三届青年学术研讨会于11月24日举行。",
])
def test_zh_a_joint_name_of_two_kinds_or_a_part_named_alone_stays_two(text):
    assert len(extract(text, published="2018-11-29").events) == 2


def test_zh_no_name_opens_on_the_joining_word():
    record = extract("(湖滨学院)“2013湖滨会展行业年会暨湖滨会展产业颁奖盛典”日前在海南三亚隆重举行。\n"
                     "2013湖滨会展行业年会暨2013年度湖滨会展产业评选活动是由湖滨会展联盟主办的行业盛事。",
                     published="2013-12-10")
    assert record.events and not [n for e in record.events for n in e.names if n.startswith("暨")]
