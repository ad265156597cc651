"""Constructions of the twentieth unseen-text round (issue 9), on sentences written for these tests.

Chinese: an organization whose name opens with the name of another and ends in a unit's word
("商务部消费促进司重要商品处") is part of the longest such organization it opens with, which is in
turn part of the one it opens with (商务部消费促进司 of 商务部; a ministry's department, 司, can
hold units); branches, sub-academies,
observatories and laboratories (分行, 支行, 分院, 天文台, 实验室) are such units, and a hospital
can hold one. "举办A、B、C等活动" lists gatherings held as parts of the event the sentence is about,
as a count does ("A、B两场论坛").

English: a date the body gives an event beats the date in brackets that closes the headline
("… (Aug 12, 2015)"); "Begun in 1981, the annual fair …" dates the series, not this edition; a
proper name set off after a described gathering ("the international medical conference, Future of
Medicine 2.0 (FOM 2.0).") names it; a headline's verb in its base form ("X To Organise Y
Conference") ends a name; "The Chief Guest of the Seminar" is a part someone plays, not a gathering;
an event's own start right before its date ("The Expo started on October 1") dates it over a day
something else happened at it. A list of the members a gathering is of, a few words an item,
belongs to its name ("the Annual Conference of Ambassadors, Consuls General, and Directors General"),
and a headline and a body sentence naming it with and without a place word are one event. A place line
opening the body counts its sentences without the blank lines between a headline and a byline. A line
under the headline giving a venue, places and a span of days ("Lake Hotel, Nairobi, Kenya | 28 & 29 August
2017") dates the main event; "28 & 29 August" is a span like "28 and 29 August". A name joining two
gatherings ("X Conference & International Seminar") is also named by the first ("X Conference"). A
convention someone signs or a protocol is to is a treaty, not a gathering. Words that are also place names
in GeoNames' alternates (Bush, Tour, Name, Basic) are found as places only with a cue. A national capital is found without a cue however small it is
("at the Grand Hotel, Valletta").

Dates (both languages): a date without a year that opens a span whose end states one ("October 1
and will run till March 31, 2022", "12月3日至2024年1月14日") takes the end's year, or the year before
when its day falls later in the year, whatever the page's date or a year in the event's name says.

Loading: pinyin glosses written with a space inside their brackets ("協(xié)會(huì )") are dropped like the
others. Trained components read the words around a Chinese mention in simplified characters, so that a
traditional page's "舉行" counts as "举行".
"""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates
from kg.extract.learned.features import context
from kg.extract.places import get_gazetteer
from kg.load.glosses import drop_pinyin_glosses
from test_extract_en import event as en_event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract


def _parents(record) -> dict[str, str | None]:
    by_id = {o.id: o.names[0] for o in record.organizations}
    return {o.names[0]: by_id.get(o.part_of) for o in record.organizations}


def test_zh_a_unit_is_part_of_the_longest_body_its_name_opens_with():
    record = extract("第三届湖滨茶叶博览会在杭州举行。国家茶叶局消费促进司重要商品处副处长张明等领导出席会议。")
    parents = _parents(record)
    assert parents.get("国家茶叶局消费促进司重要商品处") == "国家茶叶局消费促进司"
    assert parents.get("国家茶叶局消费促进司") == "国家茶叶局"


@pytest.mark.parametrize("unit, parent", [("湖滨银行杭州分行", "湖滨银行"), ("湖滨科学院成都分院", "湖滨科学院"),
                                          ("湖滨科学院云峰天文台", "湖滨科学院"), ("湖滨大学海洋生态实验室", "湖滨大学")])
def test_zh_branches_and_laboratories_are_units_of_the_body_named_first(unit, parent):
    record = extract(f"第三届湖滨茶叶博览会在杭州举行。{unit}主任张明出席。")
    assert _parents(record).get(unit) == parent


def test_zh_a_hospital_holds_a_hospital_named_after_it():
    record = extract("第三届湖滨茶叶博览会在杭州举行。湖滨大学云峰医院海滨医院院长张明出席。")
    assert _parents(record).get("湖滨大学云峰医院海滨医院") == "湖滨大学云峰医院"


def test_zh_activities_listed_with_deng_are_parts_of_the_event():
    record = extract("9月6日,第五届湖滨茶叶博览会在杭州开幕。博览会举办重点项目签约仪式、茶产业发展论坛等活动。",
                     published="2024-09-07")
    expo = zh_event(record, "第五届湖滨茶叶博览会")
    assert zh_event(record, "重点项目签约仪式").part_of == expo.id
    assert zh_event(record, "茶产业发展论坛").part_of == expo.id


def test_zh_gatherings_listed_with_deng_but_not_held_are_no_parts():
    record = extract("9月6日,第五届湖滨茶叶博览会在杭州开幕。张明曾出席茶产业发展论坛、海洋合作论坛等国际会议。",
                     published="2024-09-07")
    expo = zh_event(record, "第五届湖滨茶叶博览会")
    assert all(e.part_of != expo.id for e in record.events)


def test_the_bodys_date_beats_the_headlines_bracketed_date(extractor):
    record = run(extractor, "Minister opens Annual Conference of Trade Envoys (Aug 12, 2015)\n\n"
                            "Foreign Minister John Smith opened the Annual Conference of Trade Envoys at the Hilton Hotel "
                            "in Nairobi on Tuesday (August 11, 2015). The envoys met for three days.\n")
    assert en_event(record, "Annual Conference of Trade Envoys")["start_date"] == "2015-08-11"


def test_the_year_a_series_began_dates_no_edition(extractor):
    record = run(extractor, "Fair draws crowds\n\nMore than 30 countries took part in this year's 26th Lakeside Trade Fair "
                            "held at the Exhibition Grounds in Nairobi. Begun in 1981, the annual fair had 7,500 stalls.\n")
    assert en_event(record, "26th Lakeside Trade Fair")["start_date"] is None


def test_a_name_set_off_after_a_described_gathering_names_it(extractor):
    record = run(extractor, "Minister kicks off medical meet\n\nNAIROBI: Health Minister John Doe inaugurated the second "
                            "edition of the international medical conference, Lakeside Medicine Dialogue 2.0 (LMD 2.0). "
                            "More than 300 doctors took part.\n", published="2024-10-17")
    conference = en_event(record, "Lakeside Medicine Dialogue 2.0")
    assert "LMD 2.0" in conference["names"]


def test_a_person_set_off_after_a_described_gathering_names_none(extractor):
    record = run(extractor, "Minister kicks off medical meet\n\nNAIROBI: The ministry hosted an international medical "
                            "conference, Minister John Doe said on Monday. More than 300 doctors took part.\n")
    assert all("John Doe" not in n for e in record["events"] for n in e["names"])


def test_a_base_form_headline_verb_ends_the_name(extractor):
    record = run(extractor, "Lakeside University To Organise Young Scholars’ Conference From Tomorrow\n\n"
                            "Lakeside University will organise a two-day online young scholars’ conference. The two-day "
                            "conference will start tomorrow, March 4 and will continue till March 5, 2021.\n")
    names = [n for e in record["events"] for n in e["names"]]
    assert "Young Scholars’ Conference" in names
    assert not any(n.startswith("Organise") for n in names)


def test_a_guest_of_the_gathering_is_no_gathering(extractor):
    record = run(extractor, "SEMINAR ON WATER\n\nThe Seminar on the theme: Water for All was presided over by Mr. John Roe. "
                            "H. E. Mr. Jan Berg, Ambassador of Norway in India, inaugurated the Seminar.\n"
                            "The Chief Guest of the Seminar was Ambassador A. N. Ram.\n")
    assert not any("Guest" in n for e in record["events"] for n in e["names"])


def test_the_events_own_start_beats_a_day_at_it(extractor):
    record = run(extractor, "Pavilion opens at expo\n\nDUBAI: The president inaugurated the Lakeside Pavilion at Expo 2020 "
                            "in Dubai on Saturday.\n\nThe Expo started on October 1 and will run till March 31, 2022.\n",
                 published="2021-10-10")
    expo = en_event(record, "Expo 2020")
    assert (expo["start_date"], expo["end_date"]) == ("2021-10-01", "2022-03-31")


def test_a_small_capital_is_found_without_a_cue(extractor):
    record = run(extractor, "Corps holds reception\n\nThe Honorary Consular Corps held its annual reception on October 19 "
                            "at the Grand Hotel, Valletta.\n", published="2022-10-30")
    reception = record["events"][0]
    assert (reception["city"][0], reception["country"]) == ("Valletta", "MT")
    assert [p.place.name for p in get_gazetteer().find("a dinner in Thimphu", "en")] == ["Thimphu"]


@pytest.mark.parametrize("text, lang, published, hint, expected", [
    ("The fair opened on December 3 and will run until January 14, 2024.", "en", None, None, "2023-12-03"),
    ("The Expo started on October 1 and will run till March 31, 2022.", "en", "2021-10-10", 2020, "2021-10-01"),
    ("The fair opened on May 3 and closed on June 4, 2019.", "en", "2020-01-01", None, "2019-05-03"),
    ("展会于12月3日开幕,持续至2024年1月14日", "zh", "2024-02-01", None, "2023-12-03"),
    ("2024湖滨冰雪节12月3日开幕至2025年1月14日", "zh", None, 2025, "2024-12-03"),
])
def test_a_span_start_takes_the_year_of_its_end(text, lang, published, hint, expected):
    assert find_dates(text, lang, published, hint)[0].start_date == expected


def test_a_later_date_of_something_else_lends_no_year():
    found = find_dates("It opened on May 3. The next fair is on June 4, 2019.", "en", "2020-01-01")
    assert found[0].start_date == "2020-05-03"


def test_a_list_of_the_members_a_gathering_is_of_is_in_its_name(extractor):
    record = run(extractor, "Minister opens Annual Conference of Lakeland Ambassadors, Consuls General and Directors General\n\n"
                            "The foreign minister opened the Annual Conference of Ambassadors, Consuls General, and Directors "
                            "General at the Lake Hotel in Nairobi on Tuesday (August 11, 2015).\n")
    (conference,) = record["events"]
    assert "Annual Conference of Ambassadors, Consuls General, and Directors General" in conference["names"]
    assert conference["start_date"] == "2015-08-11"


def test_a_list_that_is_no_members_stays_out_of_the_name(extractor):
    record = run(extractor, "Talks\n\nThe Conference of Ministers, Kenya and Uganda said, was held in Nairobi on May 3, 2019.\n")
    assert en_event(record, "Conference of Ministers")


def test_a_place_line_after_a_headline_and_a_byline_places_the_event(extractor):
    record = run(extractor, "Lakeside Toys, Lake Spices–Attractions At Lakeside Fair!\n\nBy John Smith, Lakeside News Service (LNS)\n\n"
                            "NEW DELHI–More than 30 countries took part in this year’s 26th Lakeside Trade Fair held at the "
                            "exhibition grounds.\n")
    assert en_event(record, "26th Lakeside Trade Fair")["country"] == "IN"
    assert "NEW DELHI" in en_event(record, "26th Lakeside Trade Fair")["city"]


def test_a_header_line_with_a_venue_dates_the_main_event(extractor):
    record = run(extractor, "Leading the way together\n\nLake Hotel and Conference Centre, Nairobi, Kenya | 28 & 29 August 2017\n\n"
                            "Over two hundred delegates gathered for the Annual Conference of the Lakeside Council.\n")
    conference = en_event(record, "Annual Conference of the Lakeside Council")
    assert (conference["start_date"], conference["end_date"]) == ("2017-08-28", "2017-08-29")


def test_an_ampersand_joins_the_days_of_a_span():
    (found,) = find_dates("on 28 & 29 August 2017", "en", None)
    assert (found.start_date, found.end_date) == ("2017-08-28", "2017-08-29")


def test_a_name_joining_two_gatherings_is_also_named_by_the_first(extractor):
    record = run(extractor, "Conference begins\n\nThe 59th Lakeside Political Science Conference & International Seminar on "
                            "“Rise of Lakes” began at the university in Guwahati on March 26, 2022.\n")
    conference = en_event(record, "59th Lakeside Political Science Conference")
    assert "59th Lakeside Political Science Conference & International Seminar" in conference["names"]


def test_a_signed_convention_is_no_gathering(extractor):
    record = run(extractor, "Leaders wrap up summit\n\nLakeside leaders Tuesday wrapped up their 12th Summit after signing the "
                            "Nairobi Declaration.\nAddressing the closing session of the three-day Summit of the Lakeside "
                            "Association for Regional Cooperation (LARC), the prime minister said the meeting was successful.\n"
                            "“The foreign ministers of LARC inked the LARC Social Charter, the Additional Protocol to the 1987 "
                            "LARC Convention on Suppression of Piracy and the Framework Agreement on Trade.”\n")
    assert not any("Convention" in n for e in record["events"] for n in e["names"])


@pytest.mark.parametrize("word", ["Bush", "Tour", "Basic"])
def test_a_common_word_that_geonames_spells_as_a_place_is_no_place_alone(word):
    assert get_gazetteer().find(f"Leading the Elephant out of the {word} – Education", "en") == []


def test_glosses_with_a_space_in_their_brackets_are_dropped():
    assert drop_pinyin_glosses("湖濱協(xié)會(huì )年會(huì )在湖濱舉行。") == "湖濱協會年會在湖濱舉行。"


def test_chinese_context_words_are_read_in_simplified_characters():
    text = "論壇在科倫坡舉行。"
    start = text.index("科倫坡")
    assert "R:举行" in set(context(text, start, start + 3, "zh"))
