"""Constructions of the nineteenth unseen-text round (issue 9), on sentences written for these tests.

Chinese: a day opening a sentence in which someone attends a gathering named right after the verb
("2022年5月18日,A出席X并致辞"), or a day right before that verb ("A于5月18日在杭州出席X"), dates that gathering when nothing else in the text does; a date the
text gives the gathering itself wins, and a year alone dates nothing.
"""

from __future__ import annotations

import pytest

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
