"""Constructions of the eighteenth unseen-text round (issue 9), on sentences written for these tests.

English: in a headline written in title case, a capitalised verb ("Hosts", "Held", "Opens") ends a
name instead of going on it, so "Chamber of Commerce Hosts Trade Seminar" names a host and a
gathering and "Annual Meeting of X Held in Y" names the meeting alone; the same words in a line that
is not title case, and a capitalised verb inside a prose sentence, are read as before.
"""

from __future__ import annotations

from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)


def test_title_case_verb_ends_the_host_name(extractor):
    record = run(extractor, "Chamber of Commerce Hosts Trade Seminar\n"
                            "The Trade Seminar was attended by 80 guests on 28 June 2024.")
    seminar = en_event(record, "Trade Seminar")
    assert org_names(record, seminar["hosts"]) == {"chamberofcommerce"}


def test_title_case_participle_ends_the_event_name(extractor):
    record = run(extractor, "Annual Meeting of Harbour Pilots Association Held in Washington\n"
                            "The annual meeting took place on 3 May 2024.")
    meeting = en_event(record, "Annual Meeting of Harbour Pilots Association")
    assert meeting["city"][0] == "Washington"
    assert not [n for e in record["events"] for n in e["names"] if "Held" in n]


def test_title_case_opens_ends_the_festival_name(extractor):
    record = run(extractor, "Lakeside Lantern Festival Opens in Hangzhou\n"
                            "The Lakeside Lantern Festival opened on 12 February 2024 with 300 lanterns.")
    festival = en_event(record, "Lakeside Lantern Festival")
    assert festival["start_date"] == "2024-02-12"
    assert not [n for e in record["events"] for n in e["names"] if "Opens" in n]


def test_a_verb_in_an_upper_case_or_prose_line_is_read_as_before(extractor):
    shouting = run(extractor, "CHAMBER OF COMMERCE HOSTS TRADE SEMINAR\n"
                              "The Trade Seminar was attended by 80 guests on 28 June 2024.")
    assert en_event(shouting, "Trade Seminar")["start_date"] == "2024-06-28"
    prose = run(extractor, "Harbour news\nThe Hosts Guild Forum was held in Lagos on 3 May 2024.")
    assert en_event(prose, "Hosts Guild Forum")["city"][0] == "Lagos"
