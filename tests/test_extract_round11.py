"""Constructions of the eleventh unseen-text round (issue 9), on sentences written for these tests.
English: a dateline glued to the body by a dash ("LAHORE-The ...") or dated day first ("KARACHI,
2 Dec: "); a venue whose name holds small words ("in the Lakeside Centre for the Arts, New
Delhi") still leads to its city. Chinese: a clock time after the day ("…25日9:00,"), and "D X期间,"
opening a sentence, leave the date to the verb of the next clause; countries counted by their
missions ("A、B等N个驻X总领馆的总领事…参加"), pavilions or branch venues take part, a city-state
among them; a ceremony named for an act and what it acts on ("重点项目签约仪式", "孔子学院揭牌仪式") is an
event, the act alone ("签约仪式", "集中签约仪式") is none. A day opening a sentence is no organization;
"participants from the following States Parties ...: A, B and C" take part; a described gathering
is headed by the last noun of a compound ("a gala reception"); a body that hosts "a seminar titled
“X”" hosts X; its complement goes on over a
possessive ("on the occasion of her country's X"), and it takes the name the body gives it later ("attended a reception ... The National Day Reception").
Both languages: an event placed nowhere is in its hosts' one country, unless a host is a mission
abroad, and so are its parts; quoted names a count closes ("开设“A论坛”“B论坛”三大平行论坛") are
each an event, part of the one the sentence is about; an edition before a quoted title ("第八届《X》")
names an event, unless the title is an award's ("第四届“X奖”"); countries listed before a mission
each stand for their own ("菲律宾、新加坡和泰国驻厦总领馆")."""

from __future__ import annotations

import pytest
from test_extract_en import event as en_event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


# -- English: places -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["LAHORE-The", "Lahore-The", "LAHORE, 2 Dec: The", "Lahore, Dec 2: The"])
def test_a_dateline_glued_or_dated_day_first_places_the_one_event(extractor, line):
    record = run(extractor, f"{line} Lakeside Chamber of Commerce hosted its annual Ambassadors Dinner on Friday. "
                            "The diplomats mingled with the members.", published="2023-12-03")
    assert en_event(record, "Ambassadors Dinner")["city"][0] == "Lahore"


def test_a_capitalised_word_after_a_city_and_dash_is_no_dateline(extractor):
    record = run(extractor, "Lahore-based Lakeside Chamber of Commerce hosted its annual Ambassadors Dinner on Friday.",
                 published="2023-12-03")
    assert en_event(record, "Ambassadors Dinner")["city"] is None


def test_a_day_opening_the_sentence_is_no_organization(extractor):
    record = run(extractor, "Today, the Lakeside Embassy in cooperation with the Lakeside Chamber of Commerce organized "
                            "the 2nd annual Lakeside Business Forum.", published="2016-11-23")
    names = [o["names"][0] for o in record["organizations"]]
    assert "Today" not in names and "Lakeside Embassy" in names


def test_participants_from_the_following_countries_listed_after_a_colon(extractor):
    record = run(extractor, "The Lakeside Customs Workshop opened in Singapore on May 3. In total, 37 participants from "
                            "the following States Parties are attending the workshop: Brunei Darussalam, Cambodia, "
                            "Indonesia and Viet Nam.", published="2024-05-04")
    assert set(en_event(record, "Lakeside Customs Workshop")["participant_countries"]) >= {"BN", "KH", "ID", "VN"}


def test_a_described_gathering_takes_the_name_the_body_gives_it_later(extractor):
    record = run(extractor, "Officials attended a reception hosted by the Lakeside Consulate in Shanghai on Saturday.\n\n"
                            "The ambassador spoke of trade. The National Day Reception reflects the growing partnership "
                            "between the two cities.", published="2025-08-17")
    assert [e["names"] for e in record["events"]] == [["reception", "National Day Reception"]]


@pytest.mark.parametrize("sentence, name", [
    ("On March 23, the Lakeside Consulate General in Shanghai hosted a gala reception to mark the 30th anniversary of "
     "the republic.", "gala reception"),  # the last noun of a compound heads it
    ("The ambassador hosted a reception on the occasion of her country’s Fête Nationale on 16 July 2019. Fellow "
     "ambassadors were in attendance.", "reception on the occasion of her country’s Fête Nationale"),  # a possessive
])
def test_a_described_gatherings_head_and_complement(extractor, sentence, name):
    record = run(extractor, sentence, published="2023-04-06")
    assert name in record["events"][0]["names"]


def test_a_body_that_hosts_a_gathering_under_a_quoted_title_hosts_it(extractor):
    record = run(extractor, "The Lakeside Embassy co-hosted a seminar titled “Promoting trade” on Monday.",
                 published="2024-03-05")
    seminar = en_event(record, "Promoting trade")
    assert [o["names"][0] for o in record["organizations"] if o["id"] in seminar["co_hosts"]] == ["Lakeside Embassy"]


def test_a_venue_name_with_small_words_leads_to_its_city(extractor):
    record = run(extractor, "The embassy held a photographic exhibition titled \"Lakeside: A Snowy Plateau\" on "
                            "September 16 in the Lakeside Gandhi National Centre for the Arts, New Delhi, India.",
                 published="2023-09-18")
    exhibition = en_event(record, "Lakeside: A Snowy Plateau")
    assert exhibition["city"][0] in ("Delhi", "New Delhi") and exhibition["country"] == "IN"


def test_a_lower_case_phrase_before_the_city_is_no_venue(extractor):
    record = run(extractor, "The Lakeside Water Forum was held on May 3. Its chair spoke of the floods of the rivers "
                            "and the lakes in Lahore last year.", published="2023-05-04")
    assert en_event(record, "Lakeside Water Forum")["city"] is None


# -- Chinese: dates --------------------------------------------------------------------------------

def test_a_clock_time_after_the_day_leaves_the_date_to_the_verb():
    record = extract("巴黎时间2024年10月25日9:00,第二十一届湖光医药大会在法国巴黎盛大开幕。", published=None)
    assert event(record, "第二十一届湖光医药大会").start_date == "2024-10-25"


def test_during_another_event_the_date_goes_to_the_next_clause():
    record = extract("4月26日湖光交易会期间,湖光博览会秘书处在广州召开第五届湖光博览会招商工作座谈会。",
                     published="2016-04-29")
    meeting = event(record, "第五届湖光博览会招商工作座谈会")
    assert meeting.start_date == "2016-04-26"


def test_a_colon_before_a_clause_still_ends_it():
    record = extract("会议时间:2024年10月25日。第二十一届湖光医药大会在巴黎开幕,会期三天。", published="2024-10-20")
    assert event(record, "第二十一届湖光医药大会").city[0] == "Paris"


# -- Chinese: participants ---------------------------------------------------------------------------

def test_countries_counted_by_their_missions_take_part():
    record = extract("1月17日晚,湖光市工商联举办了驻湖光领事馆迎春座谈会。英国、日本、匈牙利等3个驻湖光总领馆的总领事,"
                     "副总领事和商务官员参加了座谈会。", published="2018-01-19")
    assert set(event(record, "驻湖光领事馆迎春座谈会").participant_countries) >= {"GB", "JP", "HU"}


def test_countries_with_branch_venues_or_pavilions_take_part():
    record = extract("第三届湖光会长大会在杭州开幕,并在美国、新加坡、南非等3个国家共设立5个分会场。", published="2022-12-11")
    assert set(event(record, "第三届湖光会长大会").participant_countries) == {"US", "SG", "ZA"}


def test_countries_exporting_goods_do_not_take_part():
    record = extract("第三届湖光博览会在杭州开幕,展品来自美国、新加坡、南非等3个国家。", published="2022-12-11")
    assert not event(record, "第三届湖光博览会").participant_countries


# -- Chinese: ceremonies -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["重点项目签约仪式", "湖光大学孔子学院揭牌仪式"])
def test_a_ceremony_named_for_an_act_and_its_object_is_an_event(name):
    record = extract(f"第五届湖光博览会于5月8日在南宁开幕。博览会期间举行了{name}。", published="2024-05-09")
    assert event(record, name).part_of == event(record, "第五届湖光博览会").id


@pytest.mark.parametrize("name", ["签约仪式", "集中签约仪式"])
def test_a_ceremony_named_for_an_act_alone_is_no_event(name):
    record = extract(f"第五届湖光博览会于5月8日在南宁开幕。博览会期间举行了{name}。", published="2024-05-09")
    assert [e.names[0] for e in record.events] == ["第五届湖光博览会"]


# -- both languages: the hosts' country; Chinese: counted quoted names ---------------------------------

@pytest.mark.parametrize("sentence, name, country", [
    ("Delegates spoke at the Lakeside Business Conference and Expo 2023, hosted by the Lagos Chamber of Commerce and "
     "Industry.", "Lakeside Business Conference and Expo 2023", "NG"),
    # a bilateral name leaves open where the event is; a mission abroad is not where its events are
    ("Delegates met at the 2023 US-Bahrain Lakeside Partnership Forum, organized by the American Chamber of Commerce "
     "in Bahrain.", "2023 US-Bahrain Lakeside Partnership Forum", None),
    ("The Embassy of Japan hosted the Lakeside Business Conference 2023 on Friday.", "Lakeside Business Conference 2023",
     None),
])
def test_an_event_placed_nowhere_is_in_its_hosts_one_country(extractor, sentence, name, country):
    record = run(extractor, sentence, published="2023-06-03")
    assert en_event(record, name)["country"] == country


def test_quoted_names_a_count_closes_are_parts_and_take_the_hosts_country():
    record = extract("日前,由中国湖光学会与湖光大学共同主办的“2022湖光论坛年会”以线上线下相结合的方式举行。"
                     "年会开设“大学校长论坛”“学者论坛”两大平行论坛,举行了“湖光专题会”等配套活动。", published="2022-11-29")
    meeting = event(record, "2022湖光论坛年会")
    parts = [e for e in record.events if e.part_of == meeting.id]
    assert sorted(e.names[0] for e in parts) == ["大学校长论坛", "学者论坛", "湖光专题会"]
    assert meeting.country == "CN" and all(e.country == "CN" for e in parts)


@pytest.mark.parametrize("title, is_event", [("《湖光醒狮传说》", True), ("“湖光杰出医师奖”", False)])
def test_an_edition_before_a_quoted_title_names_an_event_unless_an_award(title, is_event):
    record = extract(f"湖光经贸办支持8日至11日在比利时安特卫普举办的第八届{title}。", published="2024-02-11")
    assert ([e.names[0] for e in record.events] == [f"第八届{title}"]) is is_event


def test_countries_listed_before_a_mission_each_stand_for_their_own():
    record = extract("由湖光市外办、菲律宾、新加坡和泰国驻厦总领馆联袂主办的第三届湖光文化节,28日晚在厦门拉开帷幕。",
                     published="2024-04-29")
    festival = event(record, "第三届湖光文化节")
    names = [o.names[0] for o in record.organizations if o.id in festival.co_hosts]
    assert names == ["湖光市外办", "菲律宾驻厦总领馆", "新加坡驻厦总领馆", "泰国驻厦总领馆"]


def test_a_country_listed_with_a_body_that_is_no_mission_is_no_host():
    record = extract("由湖光市外办和新加坡主办的第三届湖光文化节在厦门开幕。", published="2024-04-29")
    assert not event(record, "第三届湖光文化节").co_hosts
