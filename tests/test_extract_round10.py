"""Constructions of the tenth unseen-text round (issue 9), on sentences written for these tests.
English: a numbered sitting of a body ("the 12th Session of the X Committee"); a brand with a year
after a verb that opens it ("inaugurated the ‘Lakeside Harvest-2021’"); a gathering that is the
object of a holding verb is news; the noun before a name saying it is something else ("the course
“X Dialogue”"); editions counted in a plural ("two Lakeside Agri Expo exhibitions"); a series'
former names; "the 21st edition of the X Fair"; two places joined inside a name ("for Latin
America and the Caribbean"); numeric dates whose order shows; a year-less date taking the year of
the date right after it; Roman numeral editions; "Expo" and "Exhibition" of one name; a parent's city from its parts; hosts before "the virtual X", "conducted by", "the regional branch of X"; a deputy of an envoy is one of the mission (none before the nineteenth round). Chinese: a festival (节) after a bare year; an anniversary's 联谊会; a
person and title before a head; a head then a body opening the next name; a term's sitting
(第四届四次); a body in a list of hosts; a place after a dot in a quoted name; bodies that convene or hold the
event named right after the verb (召开, 举行) host it; a standing institution named like a gathering
("X论坛常设秘书处", "X论坛成立二十周年") is no event."""

from __future__ import annotations

import pytest
from test_extract_en import event as en_event, extractor, host_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


def first_names(record: dict) -> list[str]:
    """Each event's first name, in order."""
    return [e["names"][0] for e in record["events"]]


# -- English: names --------------------------------------------------------------------------------

def test_a_numbered_sitting_of_a_body_is_a_gathering(extractor):
    record = run(extractor, "The 12th Session of the Lakeside Committee on Water and Sanitation was held in Geneva "
                            "on 8 May 2023.", published="2023-05-09")
    session = en_event(record, "12th Session of the Lakeside Committee on Water and Sanitation")
    assert session["start_date"] == "2023-05-08" and session["city"][0] == "Geneva"


def test_a_session_without_a_number_is_no_name(extractor):
    record = run(extractor, "The Session of the Lakeside Committee was held in Geneva on 8 May 2023.",
                 published="2023-05-09")
    assert not record["events"]


@pytest.mark.parametrize("verb", ["inaugurated", "opened"])
def test_a_brand_with_a_year_after_a_verb_that_opens_it(extractor, verb):
    record = run(extractor, f"The chief minister {verb} the ‘Lakeside Harvest-2021’ virtually on Monday. The "
                            "state-level agricultural fair is being held at the parade ground in Bhubaneswar.",
                 published="2021-03-16")
    assert len(record["events"]) == 1
    fair = en_event(record, "Lakeside Harvest-2021")
    assert fair["start_date"] == "2021-03-15" and fair["city"][0] == "Bhubaneswar"


def test_a_brand_with_a_year_that_modifies_a_noun_is_no_event(extractor):
    record = run(extractor, "The company opened Terminal 2022 sales in Lahore on Monday.", published="2022-03-16")
    assert not record["events"]


def test_a_date_is_no_brand(extractor):
    record = run(extractor, "The Session included a ministerial dialogue on 9 November 2017, which was organized as "
                            "a forum for a high-level exchange.", published="2017-11-16")
    assert all("November" not in e["names"][0] for e in record["events"])


def test_a_gathering_a_verb_holds_is_news_without_other_facts(extractor):
    record = run(extractor, "On Saturday, the Lakeside Institute worked with the Hillside Sociology Program to "
                            "conduct the 5th Mini Graduate Student Conference. It was a success.")
    assert en_event(record, "5th Mini Graduate Student Conference")


def test_a_plural_gathering_a_verb_holds_stays_a_passing_mention(extractor):
    record = run(extractor, "As part of the fair, the organisers plan to hold B2B meetings with buyers.")
    assert not record["events"]


def test_a_noun_saying_what_a_name_is_keeps_it_from_being_an_event(extractor):
    record = run(extractor, "The event has been part of the course “Interfaith Dialogue: From Talk to Practice” "
                            "organized by the Lakeside Centre for several years.")
    assert not record["events"]


def test_editions_counted_in_a_plural_are_no_event(extractor):
    record = run(extractor, "So far the department has organised three Lakeside Horti Expo and two Lakeside Agri "
                            "Expo exhibitions for farmers.", published="2022-02-28")
    assert not record["events"]


@pytest.mark.parametrize("text, published, names", [
    # a series' former names are no events
    ("The first Lakeside-Gulf States Expo kicked off on Sunday in Yinchuan.\n\nIts predecessor, known as Lakeside "
     "International Investment and Trade Fair and the Lakeside-Gulf Economic and Trade Forum, has been held annually "
     "since 2010.", "2013-09-15", ["first Lakeside-Gulf States Expo"]),
    # a title, then a person who speaks of the event, is no appositive naming another
    ("The 67th Lakeside Regional Conference will be held in Victoria Falls from 28 August. Addressing the media in "
     "Harare on Thursday, Minister of Health and Child Care, Dr David Moyo said the conference which is set to be "
     "opened by the President will tackle issues.", "2017-08-25", ["67th Lakeside Regional Conference"]),
])
def test_only_the_reported_event_is_named(extractor, text, published, names):
    assert first_names(run(extractor, text, published=published)) == names


def test_a_numbered_edition_of_a_named_event_names_that_edition(extractor):
    record = run(extractor, "Buyers have registered to come to the 21st edition of the Lakeside Import and Export "
                            "Fair, which opens in Guangzhou on Sunday.", published="2023-10-13")
    fair = en_event(record, "21st edition of the Lakeside Import and Export Fair")
    assert "Lakeside Import and Export Fair" in fair["names"] and fair["city"][0] == "Guangzhou"


def test_two_places_joined_inside_a_headed_name_are_one_region(extractor):
    record = run(extractor, "The Regional Planning Workshop for Latin America and the Caribbean will take place in "
                            "Quito from 24 to 25 July.", published="2013-07-01")
    assert record["events"][0]["names"][0] == "Regional Planning Workshop for Latin America and the Caribbean"


def test_a_place_then_a_body_after_and_the_stays_two_names(extractor):
    record = run(extractor, "Lakeside Expo\n\nThe Lakeside Expo was organized by the Ministry of Health of the "
                            "Republic of Belarus and the China Association of Medical Equipment in Minsk.",
                 published="2024-09-26")
    names = {n for o in record["organizations"] for n in o["names"]}
    assert "Ministry of Health of the Republic of Belarus" in names


def test_a_roman_numeral_edition_is_the_ordinals_edition(extractor):
    record = run(extractor, "The III Lakeside International Investment Forum opened in Tashkent on Monday. The third "
                            "Lakeside International Investment Forum drew 3,000 guests.", published="2023-05-03")
    assert len(record["events"]) == 1
    assert {"III Lakeside International Investment Forum", "Lakeside International Investment Forum"} \
        <= set(record["events"][0]["names"])


def test_a_roman_numeral_names_another_edition_apart(extractor):
    record = run(extractor, "The IV Lakeside Forum opened in Tashkent on Monday. The III Lakeside Forum drew 3,000 "
                            "guests in 2022.", published="2023-05-03")
    assert len(record["events"]) == 2


def test_an_expo_and_an_exhibition_of_one_name_are_one_show(extractor):
    record = run(extractor, "The 8th Made in Lakeland Exhibition opened in Lagos on Monday. The Made in Lakeland Expo "
                            "drew 3,000 guests from Ghana.", published="2023-05-03")
    assert len(record["events"]) == 1 and record["events"][0]["participant_countries"] == ["GH"]


def test_a_parent_without_a_place_takes_the_city_its_parts_share(extractor):
    record = run(extractor, "The Lakeside Health Forum 2013 opened on Friday. Researchers met at the Roundtable of "
                            "Young Leaders on Health in Beijing, a part of the Lakeside Health Forum 2013.",
                 published="2013-08-10")
    forum = en_event(record, "Lakeside Health Forum 2013")
    assert forum["city"][0] == "Beijing" and forum["country"] == "CN"


def test_a_parent_with_its_own_place_keeps_it(extractor):
    record = run(extractor, "The Lakeside Health Forum 2013 opened in Shanghai on Friday. Researchers met at the "
                            "Roundtable of Young Leaders on Health in Beijing, a part of the Lakeside Health Forum 2013.",
                 published="2013-08-10")
    assert en_event(record, "Lakeside Health Forum 2013")["city"][0] == "Shanghai"


def test_a_name_the_text_gives_an_event_it_refers_back_to_is_an_alias(extractor):
    record = run(extractor, "The 4th Lakeside Arts Expo was held 22-25 September at the Lakeside Centre. The expo which "
                            "is also called as Lakeside Culture Expo was jointly organised by Paper Lakeside Services and "
                            "Lakeside General Chamber of Commerce.", published="2019-09-26")
    assert len(record["events"]) == 1
    expo = record["events"][0]
    assert "Lakeside Culture Expo" in expo["names"] and len(expo["co_hosts"]) == 2


# -- English: hosts --------------------------------------------------------------------------------

@pytest.mark.parametrize("between", ["virtual", "two-day", "upcoming"])
def test_a_host_before_a_described_kind_of_the_named_event(extractor, between):
    record = run(extractor, f"The Embassy of Lakeland in Abu Dhabi will host the {between} Lakeland Healthcare "
                            "Conference on Monday.", published="2020-10-17")
    assert host_names(record) == [["Embassy of Lakeland in Abu Dhabi"]]


def test_conducted_by_a_body_hosts(extractor):
    record = run(extractor, "A 2-day Conference on Lakeland Minerals is being conducted by the Lakeland Ministry of "
                            "Steel in New Delhi from Monday.", published="2022-08-23")
    assert host_names(record) == [["Lakeland Ministry of Steel"]]


def test_conducted_by_a_person_gives_no_host(extractor):
    record = run(extractor, "The Ministry of Lakes organised a two-day Lakeland workshop on 9-10 June 2010 in "
                            "Valletta. The Lakeland workshop was conducted by Dr Irene Mensah, Development "
                            "Consultant to the Lakeland Commission.", published="2010-06-12")
    assert host_names(record) == [["Ministry of Lakes"]]


def test_an_unnamed_branch_of_a_body_is_the_bodys_doing(extractor):
    record = run(extractor, "The Lakeland Food Festival opened at Lakeside on Monday. The festival is organised by "
                            "the regional branch of the Hotel Association of Lakeland (HAL).", published="2020-10-17")
    assert "Hotel Association of Lakeland" in host_names(record)[0]


# -- English: envoys -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["the Deputy Consul General", "Deputy Ambassador"])
def test_a_deputy_of_an_envoy_is_an_envoy_of_the_mission(extractor, title):
    # (the nineteenth round: SCHEMA.md counts consuls, and every gold record that names a deputy counts them)
    record = run(extractor, "The Consulate General of India in New York hosted a reception on January 26, 2016. "
                            f"On the occasion, Mr. Ravi Menon, {title}, read out the President’s message.",
                 published="2016-01-27")
    assert [(p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("IN", "US")]


def test_an_envoy_of_the_mission_still_is_one(extractor):
    record = run(extractor, "The Embassy of India in Cairo hosted a reception on January 26, 2016. Ambassador Ravi "
                            "Menon read out the President’s message.", published="2016-01-27")
    assert [(p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("IN", "EG")]


# -- English: dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("written, start, end", [
    ("24/07/2013 - 25/07/2013", "2013-07-24", "2013-07-25"),
    ("7/24/2013 - 7/25/2013", "2013-07-24", "2013-07-25"),
])
def test_numeric_dates_whose_order_shows(extractor, written, start, end):
    record = run(extractor, f"Lakeside Planning Workshop\n\nQuito, Ecuador, {written}\n\nThe Lakeside Planning "
                            "Workshop is organized by the Lakeside Secretariat and will take place in Quito from "
                            f"{start[-2:]} to {end[-2:]} July.")
    workshop = record["events"][0]
    assert (workshop["start_date"], workshop["end_date"]) == (start, end)


def test_a_numeric_date_read_either_way_is_left_out(extractor):
    record = run(extractor, "Lakeside Planning Workshop\n\nQuito, Ecuador, 08/09/2016\n\nThe Lakeside Planning "
                            "Workshop is organized by the Lakeside Secretariat and will take place in Quito from 8 to "
                            "9 September.")
    assert record["events"][0]["start_date"] is None


def test_a_yearless_date_takes_the_year_of_the_date_right_after_it(extractor):
    record = run(extractor, "The 4th Lakeside Expo was held last week in Yinchuan. Guests gathered at the Expo "
                            "that opened on Thursday, September 5 and concluded Saturday, September 8, 2019.")
    expo = record["events"][0]
    assert (expo["start_date"], expo["end_date"]) == ("2019-09-05", "2019-09-08")


# -- Chinese ---------------------------------------------------------------------------------------

def test_a_festival_after_a_bare_year_is_an_event():
    record = extract("10月16日上午,由湖光交流促进会主办的2025湖光两岸社团交流節在北京开幕。", published="2025-10-17")
    assert event(record, "2025湖光两岸社团交流節").city[0] == "Beijing"


def test_a_festival_of_a_year_with_its_suffix_is_no_event():
    record = extract("2025年春节期间,湖光大使馆举办招待会。", published="2025-02-01")
    assert all("春节" not in e.names[0] for e in record.events)


def test_an_anniversary_fellowship_gathering_is_an_event_with_the_name_after_the_dash():
    record = extract("由湖光文教协会主办的“湖光一家亲——湖光交流三十周年纪念联谊会”,15日在台北举行。", published="2017-12-16")
    gathering = event(record, "湖光一家亲——湖光交流三十周年纪念联谊会")
    assert "湖光交流三十周年纪念联谊会" in gathering.names and gathering.start_date == "2017-12-15"


def test_a_dash_between_two_places_keeps_the_whole_name():
    record = extract("第二十届湖光—东盟博览会在南宁开幕。", published="2023-09-17")
    assert "东盟博览会" not in event(record, "第二十届湖光—东盟博览会").names


def test_a_person_and_title_end_the_words_before_a_head():
    record = extract("5月7日,湖光基地校校长会议在北京举行。湖光协同创新中心李晓雪副书记代表会议主办方致辞。",
                     published="2021-05-08")
    assert [e.names[0] for e in record.events] == ["湖光基地校校长会议"]


def test_a_head_then_a_body_opens_the_next_name():
    record = extract("主办单位昨晚又在澳门举行「湖光社团座谈会」欢迎晚宴湖光文化交流协会第三届成员就职典礼。",
                     published="2011-06-28")
    assert event(record, "湖光文化交流协会第三届成员就职典礼").id != event(record, "「湖光社团座谈会」欢迎晚宴").id


def test_a_terms_sitting_opens_the_name():
    record = extract("湖光四川商会于2024年9月28日隆重召开了第四届四次理事(扩大)会议。", published="2024-09-29")
    meeting = event(record, "第四届四次理事(扩大)会议")
    assert meeting.start_date == "2024-09-28"


def test_a_body_in_a_list_of_hosts_is_no_event():
    record = extract("第十八届湖光投资贸易洽谈会在厦门开幕。洽谈会由商务部主办,联合国贸发会议、联合国工发组织等国际组织联合主办。",
                     published="2014-09-09")
    assert all("贸发会议" not in n for e in record.events for n in e.names)


def test_a_place_after_a_dot_in_a_quoted_name_is_where_it_is_held():
    record = extract("【本報訊】「湖光國際工展會•澳門」昨日開幕,一連四日的展會為市民提供消閑好去處。", published="2019-04-20")
    fair = event(record, "湖光國際工展會•澳門")
    assert fair.city[0] == "Macau" and fair.start_date == "2019-04-19"


def test_a_body_that_convenes_the_meeting_named_after_the_verb_hosts_it():
    record = extract("湖光四川商会于2024年9月28日隆重召开了第四届四次理事(扩大)会议。", published="2024-09-29")
    meeting = event(record, "第四届四次理事(扩大)会议")
    assert [o.names[0] for o in record.organizations if o.id in meeting.hosts] == ["湖光四川商会"]


def test_bodies_that_jointly_hold_the_event_named_after_the_verb_co_host_it():
    record = extract("9月13日晚,湖光市政府外事办公室、湖光区人民政府共同于湖广会馆举行2013驻湖光领事机构中秋联谊会。",
                     published="2013-09-14")
    gathering = event(record, "2013驻湖光领事机构中秋联谊会")
    assert {o.names[0] for o in record.organizations if o.id in gathering.co_hosts} == {"湖光市政府外事办公室", "湖光区人民政府"}


def test_a_body_convening_a_briefing_about_an_event_does_not_host_it():
    record = extract("第三届湖光国际论坛将于8月18日在北京举办。今日,湖光卫计委召开新闻发布会介绍这场论坛的相关情况。",
                     published="2024-08-14")
    assert not event(record, "第三届湖光国际论坛").hosts


def test_a_head_then_a_verb_ends_the_words_before_the_next_name():
    record = extract("第三届湖光国际论坛于8月18日在北京举办。今日,湖光卫计委召开新闻发布会介绍第三届湖光国际论坛的相关情况。",
                     published="2024-08-14")
    assert all("发布会" not in n for e in record.events for n in e.names)
    assert event(record, "第三届湖光国际论坛").start_date == "2024-08-18"


def test_a_standing_institution_named_like_a_gathering_is_no_event():
    record = extract("今年为湖光论坛(澳门)成立二十周年,湖光论坛常设秘书处自十月十九日起将在澳门举办湖光论坛(澳门)成立二十周年高级别研讨会。",
                     published="2023-10-13")
    assert [e.names[0] for e in record.events] == ["湖光论坛(澳门)成立二十周年高级别研讨会"]

