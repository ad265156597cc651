"""Constructions of the twenty-sixth unseen-text round (issue 9), on sentences written for these tests.

English: a show, conference or summit dated only by the day it opened has no known end (a "one-day"
gathering ends the day it starts); "the Round Table Dialogue" after "the Round Table Dialogue for Envoys
of X" is the same gathering, not one it is part of; "Latin American" or "North American" names no
United States; a quoted brand right after a lower-case head ("participate in leather goods show
‘Leatherix 2024’") is the show's name; "Ministerial" heads a gathering's name ("Clean Water Ministerial").

Chinese: a count of editions closed by 的 ("已经举办八届的山东农博会") describes the name after it, which
the trained tagger must not take into the name; a kind adjective with a word of trade or size
("国际性专业展会") names no gathering.
"""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import extract as zh_extract

from kg.extract.places import get_gazetteer


# -- English ----------------------------------------------------------------------------------
def test_a_show_dated_by_its_opening_has_no_known_end(extractor):
    r = run(extractor, "Tile news\n\nThe 12th Coastal Ceramics Fair opened on 14 May at the harbour hall in Durban, "
                       "drawing 300 exhibitors.", "2024-05-16")
    fair = event(r, "12th Coastal Ceramics Fair")
    assert fair["start_date"] == "2024-05-14" and fair["end_date"] is None


def test_a_show_held_on_a_day_still_ends_that_day(extractor):
    r = run(extractor, "Tile news\n\nThe 12th Coastal Ceramics Fair was held on 14 May at the harbour hall in Durban.",
            "2024-05-16")
    fair = event(r, "12th Coastal Ceramics Fair")
    assert fair["start_date"] == fair["end_date"] == "2024-05-14"


def test_a_one_day_gathering_that_opened_ends_the_day_it_starts(extractor):
    r = run(extractor, "Tile news\n\nThe Ceramics Leaders Summit, a one-day gathering of factory owners, opened on "
                       "14 May in Durban.", "2024-05-16")
    summit = event(r, "Ceramics Leaders Summit")
    assert summit["start_date"] == summit["end_date"] == "2024-05-14"


def test_a_short_name_cut_before_its_topic_is_the_same_gathering(extractor):
    r = run(extractor, "Trade news\n\nThe Round Table Dialogue for Envoys of Latin American Countries in India was held "
                       "on May 3, 2022 in New Delhi. The dialogue was jointly hosted by the Indo-Latin Business "
                       "Council and the Delhi Trade Club.\n\nThe Round Table Dialogue was attended by diplomats "
                       "from Brazil, Chile and Peru.")
    assert len(r["events"]) == 1
    dialogue = event(r, "Round Table Dialogue")
    assert dialogue["part_of"] is None
    assert set(dialogue["participant_countries"]) == {"BR", "CL", "PE"}


def test_a_tail_naming_another_gathering_keeps_it_a_part(extractor):
    r = run(extractor, "Energy news\n\nThe Africa Energy Forum was held in Cairo on May 2, 2023. The Africa Energy "
                       "Forum for Youth Workshop was held on May 3.")
    workshop = event(r, "Africa Energy Forum for Youth Workshop")
    assert workshop["part_of"] == event(r, "Africa Energy Forum")["id"]


def test_a_region_of_the_americas_names_no_united_states():
    found = get_gazetteer().find("Envoys of Latin American and North American countries met South American firms.", "en")
    assert not [m for m in found if m.place.country == "US"]
    assert [m.place.country for m in get_gazetteer().find("the American embassy", "en")] == ["US"]


def test_a_quoted_brand_right_after_a_lower_case_head_names_the_show(extractor):
    r = run(extractor, "Trade news\n\nNew Delhi: More than 100 buyers from 20 countries, including Brazil and Kenya, "
                       "are expected to participate in leather goods show ‘Leatherix 2024’, the ministry said on "
                       "Friday.\n\nThe show, to be held from March 12-14 in Chennai, will feature a CEO Forum on "
                       "March 14.", "2024-03-01")
    show = event(r, "Leatherix 2024")
    assert (show["start_date"], show["end_date"]) == ("2024-03-12", "2024-03-14")
    assert set(show["participant_countries"]) == {"BR", "KE"}


def test_a_ministerial_is_a_gathering(extractor):
    r = run(extractor, "Water news\n\nThe Clean Water Ministerial (CWM) will be held on July 21 in Goa, the ministry "
                       "said.", "2023-07-10")
    assert event(r, "Clean Water Ministerial")["start_date"] == "2023-07-21"
    assert event(r, "CWM")


# -- Chinese ----------------------------------------------------------------------------------
def test_a_count_of_editions_before_a_name_is_no_part_of_it():
    r = zh_extract("“鲁字号”农产品大集合!9月20日,第八届山东农业博览会在济南国际会展中心开幕。"
                   "已经举办八届的山东农博会已经成为山东乃至北方地区农业开放合作的重要平台。", published="2024-09-21")
    assert len(r.events) == 1
    assert "山东农博会" in r.events[0].names
    assert not [n for e in r.events for n in e.names if "的" in n]


def test_a_kind_adjective_with_a_trade_word_names_no_gathering():
    r = zh_extract("2023年5月10日,第三届华东茶叶博览会在杭州开幕。这是杭州地区举办的第一个针对茶叶和食品工业的"
                   "国际性专业展会。", published="2023-05-11")
    assert [e.names[0] for e in r.events] == ["第三届华东茶叶博览会"]


def test_a_title_or_an_excellency_in_a_host_slot_is_a_person_not_a_host(extractor):
    r = run(extractor, "Film news\n\nThe Chilean Film Week was organized by the Chilean Ambassador in Serbia H. E. Pablo "
                       "Rojas and the Belgrade Cinema Club on 3 June 2019 in Belgrade.")
    week = event(r, "Chilean Film Week")
    hosts = {o["names"][0] for o in r["organizations"] if o["id"] in week["hosts"] + week["co_hosts"] + week["organizers"]}
    assert not [h for h in hosts if "Ambassador" in h or "H. E." in h]
