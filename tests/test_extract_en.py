"""English extraction: events, names, aliases, dates, datelines and places, on sentences written for
these tests (and the seed article from examples/articles). The spaCy model loads once per
session through kg.extract.get_extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_all, get_extractor
from kg.model import Article
from kg.model.names import normalise

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor():
    return get_extractor("en")


def run(extractor, text: str, published: str | None = None) -> dict:
    article = Article(id="t", text=text, published=published, lang="en")
    return next(iter(extractor.pipe([article]))).to_dict()


def event(record: dict, name: str) -> dict:
    key = normalise(name)
    found = [e for e in record["events"] if key in {normalise(n) for n in e["names"]}]
    assert found, f"no event named {name!r} in {[e['names'] for e in record['events']]}"
    return found[0]


def org_names(record: dict, ids: list[str]) -> set[str]:
    """Every name of the organizations with these ids, normalised."""
    return {normalise(n) for o in record["organizations"] if o["id"] in ids for n in o["names"]}


def host_names(record: dict) -> list[list[str]]:
    """The names of every event's hosts and co-hosts, in order."""
    orgs = {o["id"]: o["names"] for o in record["organizations"]}
    return [orgs[i] for e in record["events"] for i in e["hosts"] + e["co_hosts"]]


def has(record: dict, ids: list[str], name: str) -> bool:
    return normalise(name) in org_names(record, ids)


# -- event names -------------------------------------------------------------------------

def test_edition_year_and_abbreviation_give_aliases(extractor):
    r = run(extractor, "The 4th Pacific Battery Materials Conference (PBMC) 2023 opened in Busan on "
                       "Monday, drawing 800 researchers.", "2023-05-10")
    e = event(r, "4th Pacific Battery Materials Conference")
    names = {normalise(n) for n in e["names"]}
    assert {normalise("Pacific Battery Materials Conference"), "pbmc"} <= names
    assert e["type"] == "Conference"


def test_trailing_year_alias(extractor):
    r = run(extractor, "The Nordic Water Technology Forum 2019 was held in Oslo on 4-5 June 2019.")
    e = event(r, "Nordic Water Technology Forum")
    assert e["type"] == "Forum"
    assert (e["start_date"], e["end_date"]) == ("2019-06-04", "2019-06-05")


def test_combined_name_with_singular_verb_is_one_event(extractor):
    r = run(extractor, "The Andean Mining Summit and 2022 Copper Supply Chain Conference was held on "
                       "Oct 3 in Lima.")
    assert len(r["events"]) == 1
    e = r["events"][0]
    names = {normalise(n) for n in e["names"]}
    assert {normalise("Andean Mining Summit"), normalise("2022 Copper Supply Chain Conference"),
            normalise("Copper Supply Chain Conference")} <= names
    assert e["start_date"] == "2022-10-03"  # the year comes from the event's name
    assert e["city"][0] == "Lima" and e["country"] == "PE"


def test_two_events_with_plural_verb_stay_apart(extractor):
    r = run(extractor, "The Alpine Timber Forum and the Tyrol Wood Construction Fair were held in "
                       "Innsbruck last week.", "2021-09-20")
    assert len(r["events"]) == 2


def test_appositive_makes_a_name_an_event(extractor):
    r = run(extractor, "VETMEDEX 2024, the largest veterinary trade fair in the region, opened in "
                       "Nairobi on Tuesday.", "2024-03-07")
    e = event(r, "VETMEDEX 2024")
    assert e["type"] == "Exhibition"
    assert e["start_date"] == "2024-03-05"
    assert e["city"][0] == "Nairobi" and e["country"] == "KE"


def test_lower_case_name_with_edition(extractor):
    r = run(extractor, "The 12th national symposium for the safety of rural bridges was held in "
                       "Kunming on May 9-11.", "2019-05-13")
    e = event(r, "12th national symposium for the safety of rural bridges")
    assert e["type"] == "Meeting"
    assert (e["start_date"], e["end_date"]) == ("2019-05-09", "2019-05-11")


def test_annual_meeting_of_a_named_body(extractor):
    r = run(extractor, "The annual meeting of the Baltic Shipping Council took place on Tuesday in "
                       "Riga.", "2016-02-10")
    e = event(r, "annual meeting of the Baltic Shipping Council")
    assert e["start_date"] == "2016-02-09" and e["city"][0] == "Riga"


def test_generic_gathering_is_no_event(extractor):
    r = run(extractor, "The conference discussed water prices. Delegates said the forum was useful "
                       "and the exhibition drew crowds.")
    assert r["events"] == []


def test_headlines_and_page_lines_are_no_events(extractor):
    text = ("Related stories\nCanton Trade Expo opens in Guangzhou\nOslo Marine Fair draws crowds\n"
            "Copyright 2023 Example News. All rights reserved.\n")
    assert run(extractor, text)["events"] == []


def test_acquisition_story_gives_no_event(extractor):
    text = ("Helix Diagnostics Inc said on Tuesday it has completed the $120 million acquisition of "
            "Biosensor Labs, a Boston-based maker of glucose monitors. \"The deal gives us instant access "
            "to a growing market,\" Helix chief executive officer Dana Price said. Biosensor Labs was "
            "founded in 2011 and had revenues of $14 million last year.")
    r = run(extractor, text, "2020-01-15")
    assert r["events"] == []


def test_also_known_as_gives_one_event(extractor):
    r = run(extractor, "The 41st Western Cape Wine Fair, also known as the Cape Wine Show, opened in Stellenbosch "
                       "on Friday.", "2022-03-07")
    assert len(r["events"]) == 1
    assert normalise("Cape Wine Show") in {normalise(n) for n in r["events"][0]["names"]}


def test_branded_name_with_a_year_before_a_holding_verb(extractor):
    r = run(extractor, "AGROTECH 2019 opened in Kiev on Monday. The AGROTECH SEED FORUM drew 300 breeders.",
            "2019-02-06")
    fair, forum = event(r, "AGROTECH 2019"), event(r, "AGROTECH SEED FORUM")
    assert fair["start_date"] == "2019-02-04" and forum["part_of"] == fair["id"]


def test_standing_bodies_and_passing_mentions_are_no_events(extractor):
    text = ("Spokesperson Li Ping said the country had attended the G20 Summit in previous years. The National "
            "People's Congress closed its annual session on Monday. The Ocean Tech Expo opened in Xiamen on Monday.")
    r = run(extractor, text, "2023-03-14")
    assert [e["names"][0] for e in r["events"]] == ["Ocean Tech Expo"]
    assert r["events"][0]["id"] == "e1"  # ids are numbered again after dropping


def test_pronoun_it_refers_to_the_event_just_named(extractor):
    r = run(extractor, "The Baltic Amber Forum was held on Monday. It was organized by the Gdansk Amber Guild.",
            "2023-03-14")
    assert org_names(r, event(r, "Baltic Amber Forum")["hosts"]) == {normalise("Gdansk Amber Guild")}


def test_reference_noun_resolves_to_named_event(extractor):
    r = run(extractor, "The Danube Logistics Expo opened in Vienna on Monday. The three-day expo was "
                       "organized by the Austrian Freight Association.", "2022-04-13")
    e = event(r, "Danube Logistics Expo")
    assert has(r, e["hosts"], "Austrian Freight Association")
    assert (e["start_date"], e["end_date"]) == ("2022-04-11", "2022-04-13")


# -- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, published, start, end", [
    ("on Saturday", "2019-05-20", "2019-05-18", "2019-05-18"),
    ("yesterday", "2023-09-19", "2023-09-18", "2023-09-18"),
    ("next month", "2019-05-20", "2019-06", None),
    ("from September 24-26, 2024", None, "2024-09-24", "2024-09-26"),
    ("on 17-18 September 2023", None, "2023-09-17", "2023-09-18"),
    ("on Oct. 19", "2021-10-25", "2021-10-19", "2021-10-19"),
])
def test_relative_and_absolute_dates(extractor, phrase, published, start, end):
    r = run(extractor, f"The Lakeside Dairy Innovation Forum was held in Madison {phrase}.", published)
    e = event(r, "Lakeside Dairy Innovation Forum")
    assert (e["start_date"], e["end_date"]) == (start, end)


def test_closing_date_is_the_end(extractor):
    r = run(extractor, "The six-day Lagos Textile Expo closed on Sunday in Lagos.", "2024-11-19")
    e = event(r, "Lagos Textile Expo")
    assert (e["start_date"], e["end_date"]) == ("2024-11-12", "2024-11-17")


def test_no_year_anywhere_gives_no_date(extractor):
    r = run(extractor, "The Lakeside Dairy Innovation Forum was held in Madison on Oct 19.")
    e = event(r, "Lakeside Dairy Innovation Forum")
    assert e["start_date"] is None and e["end_date"] is None


def test_duration_gives_the_end_date(extractor):
    r = run(extractor, "The Gulf Solar Expo opened in Muscat on March 3, 2025. The expo will last "
                       "four days.")
    e = event(r, "Gulf Solar Expo")
    assert (e["start_date"], e["end_date"]) == ("2025-03-03", "2025-03-06")


def test_date_of_someone_elses_visit_is_not_the_events(extractor):
    r = run(extractor, "On May 2-3, 2024, a delegation from Riverside College, led by its dean, visited "
                       "the Harbour Robotics Exhibition held at the Pier Convention Hall.")
    e = event(r, "Harbour Robotics Exhibition")
    assert e["start_date"] is None


# -- datelines and places -----------------------------------------------------------------

def test_dateline_with_here_gives_the_city(extractor):
    text = ("NAIROBI, March 3 (Xinhua) -- The 5th East Africa Dairy Expo opened here on Tuesday, with "
            "more than 60 companies from Kenya and Uganda taking part.")
    r = run(extractor, text, "2021-03-03")
    e = event(r, "5th East Africa Dairy Expo")
    assert e["city"][0] == "Nairobi" and e["country"] == "KE"
    assert e["start_date"] == "2021-03-02"
    assert set(e["participant_countries"]) == {"KE", "UG"}


def test_dateline_is_evidence_not_proof(extractor):
    text = "LONDON, May 3 (Reuters) -- The European Cocoa Forum opened in Amsterdam on Wednesday."
    e = event(run(extractor, text, "2023-05-03"), "European Cocoa Forum")
    assert e["city"][0] == "Amsterdam" and e["country"] == "NL"


def test_district_and_venue_map_to_the_city(extractor):
    text = ("The 3rd Silk Road Textile Fair was held on Nov 2 at the Baiyun International Convention "
            "Center in Baiyun district, Guangzhou, capital of south China's Guangdong province.")
    e = event(run(extractor, text, "2021-11-05"), "3rd Silk Road Textile Fair")
    assert e["city"][0] == "Guangzhou" and e["country"] == "CN"


def test_place_qualifier_inside_a_name_and_a_district_of_a_city(extractor):
    r = run(extractor, "The 2nd China (Fujian) Tea Industry Expo opened in Minhang district on Friday.", "2023-08-26")
    e = event(r, "2nd China (Fujian) Tea Industry Expo")
    assert normalise("China Tea Industry Expo") in {normalise(n) for n in e["names"]}
    assert e["city"][0] == "Shanghai" and e["start_date"] == "2023-08-25"


def test_hong_kong_keeps_its_own_code(extractor):
    e = event(run(extractor, "The Asia Smart Grid Conference 2017 took place in Hong Kong from June 27 "
                             "to 29, 2017."), "Asia Smart Grid Conference 2017")
    assert e["country"] == "HK" and (e["start_date"], e["end_date"]) == ("2017-06-27", "2017-06-29")


def test_places_inside_names_and_after_from_are_not_locations(extractor):
    r = run(extractor, "Engineers from Japan joined the Canadian Rail Summit organized by the Japan "
                       "Railway Technical Society.")
    e = event(r, "Canadian Rail Summit")
    assert e["city"] is None and e["country"] is None
    assert e["participant_countries"] == ["JP"]


def test_participants_from_both_countries(extractor):
    text = ("Trade between Chile and Vietnam has grown fast. The Chile-Vietnam Fruit Matchmaking Meeting "
            "was held in Ho Chi Minh City on Friday, bringing together exporters and buyers from both "
            "countries.")
    e = event(run(extractor, text, "2022-07-11"), "Chile-Vietnam Fruit Matchmaking Meeting")
    assert set(e["participant_countries"]) == {"CL", "VN"}
    assert e["country"] == "VN"


def test_participant_country_list(extractor):
    text = ("The Baltic Furniture Fair opened in Riga on Monday. Leading exhibitor countries included "
            "Poland, Lithuania and Finland.")
    e = event(run(extractor, text, "2019-03-05"), "Baltic Furniture Fair")
    assert set(e["participant_countries"]) == {"PL", "LT", "FI"}


# -- end to end -----------------------------------------------------------------------------

def test_seed_003_end_to_end(extractor):
    gold = json.loads((ROOT / "tests/fixtures/seed-003.gold.json").read_text(encoding="utf-8"))
    text = (ROOT / "examples/articles/seed-003.txt").read_text(encoding="utf-8")
    r = run(extractor, text)
    assert len(r["events"]) == 1
    e, g = r["events"][0], gold["events"][0]
    assert {normalise(n) for n in g["names"]} <= {normalise(n) for n in e["names"]}
    assert (e["start_date"], e["end_date"], e["country"]) == (g["start_date"], g["end_date"], g["country"])
    assert e["city"][0] == g["city"][0]
    gold_orgs = {o["id"]: {normalise(n) for n in o["names"]} for o in gold["organizations"]}
    assert all(org_names(r, [c]) & gold_orgs[gc] for c, gc in zip(e["co_hosts"], g["co_hosts"]))
    cmdc = next(o for o in r["organizations"] if "cmdc" in {normalise(n) for n in o["names"]})
    assert has(r, [cmdc["part_of"]], "Sinopharm")


def test_every_fact_has_evidence_inside_the_text(extractor):
    text = (ROOT / "examples/articles/seed-003.txt").read_text(encoding="utf-8")
    r = run(extractor, text)
    facts = [ev for kind in ("events", "organizations", "people") for item in r[kind] for ev in item["evidence"]]
    assert {"names", "start_date", "city", "co_hosts", "part_of"} <= {ev["fact"] for ev in facts}
    for ev in facts:
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        assert 0 < ev["confidence"] <= 1 and ev["extractor"] == "en-rules"


def test_extract_all_with_two_jobs_matches_one_job(extractor):
    texts = ["The Andean Mining Summit was held in Lima on Oct 3, 2022.",
             "The Gulf Solar Expo opened in Muscat on March 3, 2025.",
             "Helix Diagnostics completed its acquisition of Biosensor Labs."]
    articles = [Article(id=f"a{i}", text=t, lang="en") for i, t in enumerate(texts)]
    one = [r.to_dict() for r in extract_all(articles, jobs=1)]
    two = [r.to_dict() for r in extract_all(articles, jobs=2)]
    assert one == two and [len(r["events"]) for r in one] == [1, 1, 0]
