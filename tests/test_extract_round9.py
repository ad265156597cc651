"""Constructions of the ninth unseen-text round (issue 9), on sentences written for these tests.
English: a year glued to the head by a hyphen ("Business Summit-2023"); a possessive inside a
title-case name ("Governor's Cup chess festival"), but not a place's; "in" inside a name its head
ends; envoys of a High Commission; occasions referred back to. Chinese: "A暨B" stays two events (a
plain second half before a declared short name is part of the first's name); a reporter's line
without brackets ("记者王明/台北报导") places the one event of the report; a season's 联谊会."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, host_names, run  # noqa: F401 (extractor: fixture)
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


def test_a_quoted_title_after_titled_and_a_dash(extractor):
    record = run(extractor, 'Lakeside University is set to host an international conference titled - "Innovation '
                            'for Development (IFD) 2024" with the aim of advancing research.\n\nThe conference will '
                            "be held from November 9-10 at its campus in Dhaka.", published="2024-11-07")
    conference = record["events"][0]
    assert conference["names"][0] == "Innovation for Development (IFD) 2024" and conference["start_date"] == "2024-11-09"


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


# -- English: organization lists -----------------------------------------------------------------

def test_and_before_a_body_with_its_own_head_after_a_headed_complement_lists_two(extractor):
    record = run(extractor, "The Lakeside Trade Forum was co-hosted by the Lakeside Council for the Promotion of "
                            "International Trade and National Administration of Lakeside Medicine.", published="2024-05-05")
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    assert [orgs[i] for i in record["events"][0]["co_hosts"]] == [
        "Lakeside Council for the Promotion of International Trade", "National Administration of Lakeside Medicine"]


@pytest.mark.parametrize("listed, names", [
    ("the Lakeside Chamber of Commerce and Industries", ["Lakeside Chamber of Commerce and Industries"]),
    ("the Ministry of Culture and Sport and Ministry of Foreign Affairs of Ethiopia",
     ["Ministry of Culture and Sport", "Ministry of Foreign Affairs of Ethiopia"]),
])
def test_a_head_alone_after_and_ends_the_complement_but_a_head_with_its_own_complement_is_a_body(
        extractor, listed, names):
    record = run(extractor, f"The Lakeside Culture Festival was organized by {listed}.", published="2024-05-05")
    assert [h[0] for h in host_names(record)] == names


# -- English: names around "in" and "for the" -------------------------------------------------------

@pytest.mark.parametrize("name", ["Made in Lakeland Exhibition", "Investing in Africa Forum"])
def test_in_inside_a_name_that_its_head_ends(extractor, name):
    record = run(extractor, f"The 8th {name} kicked off at the Trade Centre in Kathmandu on Wednesday.",
                 published="2017-09-14")
    assert name in record["events"][0]["names"]


def test_in_after_a_head_still_gives_the_place(extractor):
    record = run(extractor, "The Lakeland Expo in Kathmandu Trade Centre opened on Monday.", published="2017-09-14")
    assert record["events"][0]["names"] == ["Lakeland Expo"] and record["events"][0]["city"][0] == "Kathmandu"


def test_a_place_then_for_the_opens_no_name(extractor):
    record = run(extractor, "Officials got ready to welcome the Prime Minister to China for the SCO Summit in Tianjin "
                            "on August 31.", published="2025-08-16")
    assert record["events"][0]["names"][0] == "SCO Summit"


# -- English: occasions ---------------------------------------------------------------------------

def test_a_day_celebrated_is_no_event(extractor):
    record = run(extractor, "Officials attended a reception to celebrate the 79th Independence Day.", published="2025-08-16")
    assert [e["names"][0] for e in record["events"]] == ["reception to celebrate the 79th Independence Day"]


def test_a_reception_referred_to_is_described_beside_a_named_event(extractor):
    record = run(extractor, "Officials attended a reception hosted by the Lakeland Consulate in Shanghai on Saturday.\n\n"
                            "Diplomats spoke of the Lakeland Trade Forum held in May.\n\n"
                            "Consuls General of over 30 nations, including Australia and Singapore, attended the "
                            "reception.", published="2025-08-16")
    reception = next(e for e in record["events"] if "reception" in e["names"])
    assert reception["start_date"] == "2025-08-16" and {"AU", "SG"} <= set(reception["participant_countries"])


# -- Chinese: joint names --------------------------------------------------------------------------

def test_a_joint_name_stays_two_events_the_first_named_by_the_whole():
    """"A暨B" usually joins two series (an expo and a forum held together): two events, so that
    neither absorbs the other's reports across articles; the joint name names A too."""
    record = extract("湖光消息\n6月3日,第八届湖光国际博览会暨湖光国际经济论坛开幕式在上海举行。", published="2024-06-04")
    expo, forum = event(record, "第八届湖光国际博览会"), event(record, "湖光国际经济论坛")
    assert expo.id != forum.id and "第八届湖光国际博览会暨湖光国际经济论坛" in expo.names


def test_a_plain_second_half_before_a_declared_short_name_stays_in_the_joint_name():
    record = extract("湖光消息\n9月21日,第七届湖光区域合作论坛暨经贸洽谈会(以下简称湖光大会)在南昌隆重开幕。", published="2024-09-22")
    forum = event(record, "第七届湖光区域合作论坛暨经贸洽谈会")
    assert "湖光大会" in forum.names and forum.city[0] == "Nanchang"


# -- Chinese: a season's gathering and a fellowship body ---------------------------------------------

@pytest.mark.parametrize("season", ["新春", "中秋"])
def test_a_seasons_fellowship_gathering_is_an_event(season):
    record = extract(f"9月1日,2013驻湖光领事机构{season}联谊会在重庆举行。", published="2013-09-02")
    assert event(record, f"2013驻湖光领事机构{season}联谊会").city[0] == "Chongqing"


def test_a_headlines_abridged_name_is_the_bodys_event():
    record = extract("湖光同学会2016年新春联谊会在京举行\n中新社北京2月1日电 (记者 王明)湖光同学会·湖光留学人员联谊会"
                     "2016年新春联谊会1日在京举行。", published="2016-02-01")
    assert len(record.events) == 1 and "湖光同学会2016年新春联谊会" in record.events[0].names


def test_a_headline_naming_another_body_with_the_same_head_stays_apart():
    record = extract("湖光国际论坛在京举行\n5月1日,湖光-东盟国际论坛在京举行。", published="2024-05-02")
    assert len(record.events) == 2


def test_a_fellowship_body_holding_a_meeting_is_an_organization_not_an_event():
    record = extract("2月1日,全日本湖光留学人员友好联谊会在京举行年会。", published="2024-02-02")
    assert all("联谊会" not in e.names[0] for e in record.events)


# -- Chinese: a reporter's line --------------------------------------------------------------------

@pytest.mark.parametrize("line", ["記者王明／台北報導", "记者王明/台北报道", "(记者王明/台北报导)"])
def test_a_reporters_line_places_the_one_event(line):
    record = extract(f"{line}\n\n為推動交流,近日第二屆湖光民間論壇揭幕。", published="2024-06-04")
    assert event(record, "第二屆湖光民間論壇").city[0] == "Taipei"
