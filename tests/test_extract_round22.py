"""Constructions of the twenty-second unseen-text round (issue 9), on sentences written for these tests.

Chinese: a 大集 (a grand fair) is a gathering; its opening ceremony, even one side's ("X中方开幕式"),
is the fair's opening and dates it, no event of its own. (The round's trained name tagger has its
own tests: test_event_name_tagger.py.)
"""

from __future__ import annotations

from test_extract_zh import event, extract


def test_a_grand_fairs_opening_ceremony_dates_the_fair():
    record = extract("湖光大集开幕\n2030年6月28日下午,第三届湖光山海文化大集开幕式在湖州举行。")
    fair = event(record, "第三届湖光山海文化大集")
    assert fair.start_date == "2030-06-28" and fair.type == "Exhibition"
    assert len(record.events) == 1


def test_one_sides_opening_ceremony_is_the_fairs_opening():
    record = extract("湖光大集开幕\n2030年6月28日下午,第三届湖光山海文化大集中方开幕式在湖州举行。")
    assert [e.names[0] for e in record.events] == ["第三届湖光山海文化大集"]
    assert event(record, "第三届湖光山海文化大集").start_date == "2030-06-28"
