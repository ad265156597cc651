"""Constructions of the seventeenth unseen-text round (issue 9), on sentences written for these tests.

English: a described gathering is also named with the participle, the "devoted to" or the "in honour
of" that says what it is for ("a reception marking the 30th anniversary of X"), and a complement
running past its reach keeps its first conjunct only ("marking A and the 10th anniversary of B …");
a participle alone makes no gathering of a bare head ("a meeting discussing X" describes none); a
title-case topic goes on over "in a/an" ("Conference on Healthcare in a Globalizing World"); two
countries, or a country and a bloc, joined by a spaced dash open a gathering's name ("China – ASEAN
Expo", "a joint Uzbekistan – Bulgarian business forum"), but a dateline in capitals does not; "held
January 17 by A" makes A the host (a day between the verb and "by"); the last word of a city's
several-word name ("Yunus" of Khan Yunus) names no city, so "the Embassy of X in Hungary and Yunus
Emre Institute" are two bodies and place nothing in Gaza; "initiated by A" makes A the host; a list
"A and B, C and D" is read whole (not when its tail lists places), and "the NGO “X”" lists X; a
numbered session of a standing body ("the 68th Session of the Lakeland General Assembly") is a
gathering, while the body itself is not; a city's possessive before a venue places the gathering
("at London’s Barbican Centre"), a saint's name does not ("St. James's Palace"); the city someone
travels to "to participate in" or "to attend" a gathering is where it is held; when the first gathering
the lead describes is a lower-case one of a kind no named event has ("organized a photo exhibition on
river life" before "the X Music Festival"), it is an event of its own, but a ceremony of a named event
is none.
Chinese: a count of places inside a name ("两岸四地…论坛", "东北四市…座谈会") stays in the name,
while a count of gatherings before one ("三场论坛") does not open one; a doubled hyphen joins the two
sides of a name as one hyphen does ("中国--葡语国家…论坛"); in an article that dates none of its
events, a year opening or closing an event's name is its start ("2026湖滨光储产业博览会"), but beside
a dated event it dates no other; a season's occasion held right there by its head alone ("举行春节联谊会")
is an event; in "举行A暨B" with an A the rules do not name, B is held that day and "A暨B" names it too;
a bare head a holding verb holds ("在北京举行招待会") is the named gathering with that head (the headline's
"…成立五周年招待会"), dated and placed there, but not when no named gathering has that head; a city
before 当地时间 at a sentence's start places the gathering the sentence reports, even after a wire's
dateline ("人民网北京11月7日电 瑞士洛桑当地时间5日晚,在X开幕式上"); "【东京/采访报导】" is a dateline;
联同 (together with) joins bodies in a list of hosts as 携手 does; a word the tagger reads as a
numeral but that counts nothing ("多元") stays in a name, a count ("多家", "三场") does not.
"""

from __future__ import annotations

import pytest

from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
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


def test_a_title_case_topic_goes_on_over_an_indefinite_article(extractor):
    record = run(extractor, "The Lakeland Conference on Healthcare in a Changing World was held in Riverton "
                            "on May 5, 2024.")
    assert en_event(record, "Lakeland Conference on Healthcare in a Changing World")["start_date"] == "2024-05-05"


@pytest.mark.parametrize("sentence, name", [
    ("The Lakeland – ASEAN Expo opened in Riverton on Monday.", "Lakeland – ASEAN Expo"),
    ("The Uzbekistan – EAEU Business Forum was held in Riverton on Monday.", "Uzbekistan – EAEU Business Forum"),
    ("A joint Uzbekistan – Bulgarian business forum was held in Sofia on Monday.",
     "joint Uzbekistan – Bulgarian business forum"),
])
def test_two_sides_joined_by_a_spaced_dash_open_a_name(extractor, sentence, name):
    assert en_event(run(extractor, sentence, published="2024-05-06"), name)


def test_a_dateline_before_a_spaced_dash_opens_no_name(extractor):
    record = run(extractor, "RIVERTON – Regional trade seminar was held on Monday.", published="2024-05-06")
    assert not any(n.startswith("RIVERTON") for e in record["events"] for n in e["names"])


def test_a_day_between_a_passive_verb_and_by(extractor):
    record = run(extractor, "The Lakeland Consular Reception 2019 held January 17 by the Riverton Municipal "
                            "Government drew wide attention.", published="2019-01-20")
    reception = en_event(record, "Lakeland Consular Reception 2019")
    assert reception["start_date"] == "2019-01-17"
    assert org_names(record, reception["hosts"]) == {"rivertonmunicipalgovernment"}


def test_the_tail_of_a_city_name_is_no_city(extractor):
    record = run(extractor, "Organised in cooperation with the Embassy of Lakeland in Hungary and Yunus Emre "
                            "Institute, the Lakeland Art Exhibition will continue till September 8.",
                 published="2023-09-05")
    exhibition = en_event(record, "Lakeland Art Exhibition")
    assert exhibition["country"] != "PS" and not exhibition["city"]
    assert org_names(record, exhibition["co_hosts"]) == {"embassyoflakelandinhungary", "yunusemreinstitute"}


def test_initiated_by_makes_a_host(extractor):
    record = run(extractor, "The Lakeland Trade Dialogue opened in Riverton on Monday. The dialogue was initiated "
                            "by the Riverton Federation of Industry and Commerce in 2013.", published="2024-03-01")
    dialogue = en_event(record, "Lakeland Trade Dialogue")
    assert org_names(record, dialogue["hosts"]) == {"rivertonfederationofindustryandcommerce"}


def test_a_pair_then_a_list_of_its_own(extractor):
    record = run(extractor, "The Lakeland Music Festival opened in Riverton on Monday. The organizers of the festival "
                            "are the Ministry of Culture and the Ministry of Foreign Affairs of Lakeland, the Riverton "
                            "Arts Council and the NGO “Lakeside Friends”.", published="2024-03-01")
    festival = en_event(record, "Lakeland Music Festival")
    assert org_names(record, festival["hosts"]) == {"ministryofculture", "ministryofforeignaffairsoflakeland",
                                                    "rivertonartscouncil", "lakesidefriends"}


def test_a_pair_then_places_is_no_list_of_bodies(extractor):
    record = run(extractor, "The Lakeland Fair was organized by the Lakeland Chamber and the Riverton Guild, "
                            "Lagos and Accra.", published="2024-03-01")
    fair = en_event(record, "Lakeland Fair")
    assert org_names(record, fair["hosts"]) == {"lakelandchamber", "rivertonguild"}


def test_a_session_of_a_standing_body_is_a_gathering(extractor):
    record = run(extractor, "The Informal Meeting of the Lakeland Ministers was held in New York on 25 September "
                            "2013 on the sidelines of the 68th Session of the Lakeland General Assembly.")
    session = en_event(record, "68th Session of the Lakeland General Assembly")
    assert en_event(record, "Informal Meeting of the Lakeland Ministers")["part_of"] == session["id"]
    record = run(extractor, "The Lakeland General Assembly passed the budget law in Riverton on Monday.")
    assert not record["events"]


@pytest.mark.parametrize("sentence, city", [
    ("The Lakeland Society held its Lakeland Annual Conference at London’s Barbican Centre on 25-27 January.", "London"),
    ("The Lakeland Gala was held at St. James's Palace on Monday.", None),
    ("Seven companies will travel to Washington D.C. to participate in the Lakeland Investment Summit June 18-20.",
     "Washington"),
    ("The Lakeland Forum opened on Monday. The minister later travelled to Paris for talks.", None),
])
def test_a_city_told_by_a_possessive_venue_or_a_journey(extractor, sentence, city):
    record = run(extractor, sentence, published="2024-01-10")
    event = record["events"][0]
    assert (event["city"] or [None])[0] == city


def test_a_described_gathering_beside_a_named_one(extractor):
    record = run(extractor, "The embassy organized a photo exhibition on river life at the city library in Riverton "
                            "on Monday. The exhibition is part of the Lakeland Music Festival, which runs until Sunday.",
                 published="2024-05-08")
    exhibition = en_event(record, "photo exhibition on river life")
    assert exhibition["start_date"] == "2024-05-06"
    assert exhibition["part_of"] == en_event(record, "Lakeland Music Festival")["id"]


def test_a_ceremony_of_a_named_gathering_is_no_event_beside_it(extractor):
    record = run(extractor, "The minister attended the opening ceremony of the Lakeland Music Festival in Riverton "
                            "on Monday.", published="2024-05-08")
    assert [e["names"][0] for e in record["events"]] == ["Lakeland Music Festival"]


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


def test_zh_a_doubled_hyphen_joins_a_name():
    assert zh_event(extract("10月5日,中國--湖濱國家經貿合作論壇在澳門舉行。"), "中國--湖濱國家經貿合作論壇")


def test_zh_a_year_in_the_name_dates_an_otherwise_undated_event():
    record = extract("2026湖滨光储产业博览会在厦门举行,吸引众多企业参展。", published="2026-04-22")
    assert (zh_event(record, "2026湖滨光储产业博览会").start_date, zh_event(record, "2026湖滨光储产业博览会").end_date) \
        == ("2026", None)


def test_zh_a_year_in_a_name_beside_a_dated_event_is_no_date():
    record = extract("4月20日,湖滨产业大会在厦门开幕。大会期间还发布了2026湖滨光储产业博览会的筹备情况,"
                     "该博览会由湖滨市政府主办。", published="2026-04-22")
    assert zh_event(record, "湖滨产业大会").start_date == "2026-04-20"
    assert zh_event(record, "2026湖滨光储产业博览会").start_date is None


def test_zh_a_seasons_occasion_held_there_by_its_head_alone():
    record = extract("1月13日,总领馆举行春节联谊会,总领事致辞。", published="2023-01-15")
    assert zh_event(record, "春节联谊会").start_date == "2023-01-13"


def test_zh_an_unnamed_occasion_joined_before_a_named_one():
    record = extract("1月13日,总领馆举行兔年春节侨界联谊活动暨总领馆第二届趣味运动会,总领事致辞。", published="2023-01-15")
    games = zh_event(record, "总领馆第二届趣味运动会")
    assert games.start_date == "2023-01-13"
    assert "兔年春节侨界联谊活动暨总领馆第二届趣味运动会" in games.names


def test_zh_a_bare_head_held_is_the_named_gathering_of_that_head():
    record = extract("湖滨中心举行成立五周年招待会\n\n2016年11月3日,湖滨中心在北京举行招待会,庆祝中心成立五周年。",
                     published="2016-11-04")
    reception = zh_event(record, "成立五周年招待会")
    assert (reception.start_date, reception.city[0] if reception.city else None) == ("2016-11-03", "Beijing")


def test_zh_a_bare_head_held_names_no_other_gathering():
    record = extract("湖滨中心举办第三届湖滨论坛\n\n2016年11月3日,湖滨中心在北京举行招待会,欢迎与会嘉宾。",
                     published="2016-11-04")
    assert zh_event(record, "第三届湖滨论坛").start_date != "2016-11-03"


@pytest.mark.parametrize("text, city", [
    ("人民网北京11月7日电 瑞士洛桑当地时间5日晚,在2018年湖滨体育联合会论坛开幕式上,主办方宣布了新消息。", "Lausanne"),
    ("美国纽约当地时间5日,第三届湖滨论坛开幕。", "New York City"),
    ("【東京/採訪報導】湖濱商會與東京和僑會於12月2日舉行第三屆經營者交流會,吸引近百名人參加。", "Tokyo"),
])
def test_zh_a_city_before_local_time_or_in_a_reporters_bracket(text, city):
    record = extract(text, published="2018-12-07")
    assert [e.city[0] if e.city else None for e in record.events] == [city]


def test_zh_liantong_joins_a_list_of_hosts():
    record = extract("由湖滨大学联同香港大学及纽约大学合办的国际都会管理研讨会今日在香港展开。", published="2022-12-20")
    seminar = zh_event(record, "国际都会管理研讨会")
    names = {o.names[0] for o in record.organizations if o.id in seminar.hosts + seminar.co_hosts}
    assert names == {"湖滨大学", "香港大学", "纽约大学"}


def test_zh_a_numeral_tagged_word_that_counts_nothing_stays_in_a_name():
    record = extract("12月17日,总领事出席协会举办的庆祝中新建交50周年多元文化晚会。", published="2022-12-20")
    assert zh_event(record, "庆祝中新建交50周年多元文化晚会").start_date == "2022-12-17"
