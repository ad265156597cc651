"""Constructions of the nineteenth unseen-text round (issue 9), on sentences written for these tests.

Chinese: a day opening a sentence in which someone attends a gathering named right after the verb
("2022年5月18日,A出席X并致辞"), or a day right before that verb ("A于5月18日在杭州出席X"), dates that gathering when nothing else in the text does; a date the
text gives the gathering itself wins, and a year alone dates nothing.

English: an event no cue gives a host, whose name says it is a body's own gathering ("the 51st
Annual General Meeting of the X Association", "the X Chamber of Commerce's International Business
Conference"), is hosted by that body; not a body whose members are the meeting ("the 31st Meeting
of the Ministerial Council"), and not a place ("the Summit of the Americas").
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
