"""Constructions of the ninth unseen-text round (issue 9), on sentences written for these tests.
English: a year glued to the head by a hyphen ("Business Summit-2023"); a possessive inside a
title-case name ("Governor's Cup chess festival"), but not a place's. Chinese: "A暨B" is one
event with both names, unless both halves are numbered editions of their own series or the text
names B again on its own; a reporter's line without brackets ("记者王明/台北报导") places the
one event of the report."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


# -- English: names --------------------------------------------------------------------------------

@pytest.mark.parametrize("glue", ["-", "–"])
def test_a_year_glued_to_the_head_by_a_hyphen_ends_the_name(extractor, glue):
    record = run(extractor, f"Investors will join the Lakeside Business Summit{glue}2023 to be held on 11-13 March "
                            "in Dhaka, the organisers said.", published="2023-02-09")
    summit = record["events"][0]
    assert f"Lakeside Business Summit{glue}2023" in summit["names"] and "Lakeside Business Summit" in summit["names"]
    assert summit["start_date"] == "2023-03-11" and summit["city"][0] == "Dhaka"


def test_a_hyphen_inside_a_word_still_splits_nothing(extractor):
    record = run(extractor, "The COVID-19 Recovery Forum was held in Dhaka on 11 March.", published="2023-03-12")
    assert record["events"][0]["names"][0] == "COVID-19 Recovery Forum"


@pytest.mark.parametrize("owner", ["Ambassador’s Choice", "Governor's Cup"])
def test_a_possessive_inside_a_title_case_name_stays_in_the_name(extractor, owner):
    record = run(extractor, f"The 9th edition of {owner} international film festival started in Riyadh on Thursday.",
                 published="2024-03-05")
    assert f"{owner} international film festival" in record["events"][0]["names"]


def test_a_places_possessive_opens_no_name(extractor):
    record = run(extractor, "Kenya’s Harvest food festival opened in Nairobi on Monday.", published="2024-03-05")
    assert record["events"][0]["names"] == ["Harvest food festival"]


def test_a_named_edition_after_its_place_and_before_its_year_is_a_name(extractor):
    record = run(extractor, "The Lakeside Tech Summit Dubai 2024 opened on Monday.", published="2024-03-05")
    assert record["events"][0]["names"][0] == "Lakeside Tech Summit Dubai 2024"


def test_a_branded_name_with_a_year_held_in_a_which_clause(extractor):
    record = run(extractor, "HYDROTEC 2019, which was held in Lagos on 3 May, drew 300 firms.", published="2019-05-09")
    assert record["events"][0]["names"][0] == "HYDROTEC 2019" and record["events"][0]["start_date"] == "2019-05-03"


# -- English: dates and envoys ---------------------------------------------------------------------

def test_an_edition_named_for_a_year_takes_no_date_of_an_earlier_year(extractor):
    text = ("The Lakeside Single Country Exhibition 2017 opened in Colombo. The High Commissioner said the "
            "exhibition was launched last year as an annual event.")
    assert run(extractor, text, published="2017-01-14")["events"][0]["start_date"] is None
    earlier = run(extractor, text.replace(" 2017", ""), published="2017-01-14")
    assert earlier["events"][0]["start_date"] == "2016"


def test_an_envoy_of_the_high_commission_the_article_names_is_its_countrys(extractor):
    record = run(extractor, "Bangladesh High Commission in Abuja has participated in the 15th Abuja International "
                            "Trade Fair.\nMr Rahim Uddin Chowdhury, First Secretary and Acting High Commissioner "
                            "received the certificate from the Executive Director of Abuja Chamber of Commerce.",
                 published="2020-12-06")
    envoy = next(p for p in record["people"] if p["ambassador_of"])
    assert envoy["ambassador_of"] == "BD" and envoy["posted_to"] == "NG"


def test_an_envoy_of_a_country_followed_by_a_city_or_a_name_keeps_the_country(extractor):
    record = run(extractor, "CHICAGO: The Consulate General of India Chicago hosted the Lakeside Industry Round Table "
                            "on July 26.\nConsul General Ms Neeta Rao, presenting the keynote address, welcomed the "
                            "Lakeside Chamber to Chicago.", published="2019-07-30")
    assert next(p for p in record["people"] if p["ambassador_of"])["ambassador_of"] == "IN"
    record = run(extractor, "The High Commissioner of Bangladesh MD Rahim Uddin as Head of SAARC Missions attended "
                            "the Lakeside Art Exposition on Monday.", published="2023-11-26")
    assert next(p for p in record["people"] if p["ambassador_of"])["ambassador_of"] == "BD"


# -- Chinese: joint names --------------------------------------------------------------------------

def test_a_joint_name_is_one_event_with_both_names():
    record = extract("湖光消息\n6月3日,2024湖光国际博览会暨第十届湖光投资贸易洽谈会在武汉开幕。", published="2024-06-04")
    assert len(record.events) == 1
    expo = event(record, "2024湖光国际博览会暨第十届湖光投资贸易洽谈会")
    assert {"2024湖光国际博览会", "第十届湖光投资贸易洽谈会"} <= set(expo.names) and expo.start_date == "2024-06-03"


def test_two_numbered_editions_named_jointly_stay_two_events():
    record = extract("湖光消息\n6月3日,第四届湖光会长大会暨第14届湖光公共关系论坛在武汉开幕。", published="2024-06-04")
    assert event(record, "第四届湖光会长大会").id != event(record, "第14届湖光公共关系论坛").id


def test_a_joint_names_second_half_reported_on_its_own_stays_its_own_event():
    record = extract("湖光消息\n6月3日,2024湖光国际博览会暨湖光合作论坛在武汉开幕。\n"
                     "6月4日,湖光合作论坛举行主旨演讲环节。", published="2024-06-04")
    assert event(record, "2024湖光国际博览会").id != event(record, "湖光合作论坛").id


# -- Chinese: a reporter's line --------------------------------------------------------------------

@pytest.mark.parametrize("line", ["記者王明／台北報導", "记者王明/台北报道", "(记者王明/台北报导)"])
def test_a_reporters_line_places_the_one_event(line):
    record = extract(f"{line}\n\n為推動交流,近日第二屆湖光民間論壇揭幕。", published="2024-06-04")
    assert event(record, "第二屆湖光民間論壇").city[0] == "Taipei"
