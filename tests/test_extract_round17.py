"""Constructions of the seventeenth unseen-text round (issue 9), on sentences written for these tests.

English: a described gathering is also named with the participle, the "devoted to" or the "in honour
of" that says what it is for ("a reception marking the 30th anniversary of X"), and a complement
running past its reach keeps its first conjunct only ("marking A and the 10th anniversary of B …");
a participle alone makes no gathering of a bare head ("a meeting discussing X" describes none).
Chinese: a count of places inside a name ("两岸四地…论坛", "东北四市…座谈会") stays in the name,
while a count of gatherings before one ("三场论坛") does not open one.
"""

from __future__ import annotations

import pytest

from test_extract_en import event as en_event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract


# -- English ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("The Embassy of Lakeland in Riverton organised a reception marking the 30th anniversary of Lakeland’s "
     "independence and the 10th anniversary of the establishment of cultural ties with the island nation.",
     "reception marking the 30th anniversary of Lakeland’s independence"),
    ("The Riverton Institute held a conference devoted to the history of river trade in Riverton on Monday.",
     "conference devoted to the history of river trade"),
    ("The mayor hosted a dinner in honour of the visiting trade delegation on Friday.",
     "dinner in honour of the visiting trade delegation"),
])
def test_a_described_gathering_named_with_what_it_is_for(extractor, sentence, name):
    record = run(extractor, sentence, published="2024-05-06")
    gathering = en_event(record, name)
    assert name.split()[0] in gathering["names"]  # its kind alone stays a name too


def test_a_participle_alone_describes_no_gathering(extractor):
    record = run(extractor, "Officials held a meeting discussing the river levels on Monday.", published="2024-05-06")
    assert not any("meeting discussing" in n for e in record["events"] for n in e["names"])


# -- Chinese ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("11月7日,2026两岸四地湖滨会展合作高峰论坛在厦门举行。", "两岸四地湖滨会展合作高峰论坛"),
    ("东北四市外办主任座谈会在长春召开达成多项共识", "东北四市外办主任座谈会"),
])
def test_zh_a_count_of_places_inside_a_name(text, name):
    assert zh_event(extract(text), name)


def test_zh_a_count_of_gatherings_opens_no_name():
    record = extract("本次活动共设三场论坛,其中湖滨数字经济论坛于5月3日在杭州举行。")
    assert zh_event(record, "湖滨数字经济论坛")
    assert not any(n.startswith("三") for e in record.events for n in e.names)
