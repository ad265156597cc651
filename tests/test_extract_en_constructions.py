"""English extraction: the constructions a second round of invented held-out articles brought in
(reporting-verb dates, fronted participle phrases, title abbreviations, honorific-led names,
country adjectives before participant nouns, clauses split by a semicolon, units after a possessive, a lede meeting named in the next sentence),
on sentences written for these tests."""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)

from kg.model.names import normalise


def test_a_date_after_a_reporting_verb_is_the_reports(extractor):
    record = run(extractor, "Ministers met at the sidelines of the Tenth Lakeside Health Summit in Vienna, "
                            "officials said on Thursday. The Tenth Lakeside Health Summit opened on June 2 "
                            "and ends on June 6.", published="2025-06-05")
    assert event(record, "Tenth Lakeside Health Summit")["start_date"] == "2025-06-02"


def test_a_title_abbreviation_does_not_end_the_sentence(extractor):
    record = run(extractor, "The Minister of Trade, Hon. Kofi Mensah-Boateng, on Tuesday opened the "
                            "Volta Pharmaceutical Investment Forum in Kumasi.", published="2024-03-14")
    assert event(record, "Volta Pharmaceutical Investment Forum")["start_date"] == "2024-03-12"


def test_a_fronted_participle_phrase_gives_the_dates(extractor):
    record = run(extractor, "Held from 4 to 6 May in hall 3, the Baltic Dental Fair 2025 gathered 200 "
                            "exhibitors in Riga.", published="2025-05-07")
    fair = event(record, "Baltic Dental Fair 2025")
    assert (fair["start_date"], fair["end_date"]) == ("2025-05-04", "2025-05-06")


def test_a_possessive_appositive_makes_an_event(extractor):
    record = run(extractor, "OPTIMEX 2024, the region's biggest trade fair for optics, closed in Lyon, "
                            "France, on Friday.", published="2024-10-20")
    assert event(record, "OPTIMEX 2024")["country"] == "FR"


def test_an_honorific_led_name_is_an_envoy(extractor):
    record = run(extractor, "The Ambassador of Japan to Kenya, H.E. Sato Kenji, said Japanese firms were ready to "
                            "invest. He spoke at the Nairobi Health Investment Seminar on Monday.",
                 published="2024-09-12")
    envoys = [(p["names"], p["ambassador_of"], p["posted_to"]) for p in record["people"]]
    assert envoys == [(["Sato Kenji"], "JP", "KE")]


def test_country_adjectives_before_a_participant_noun(extractor):
    record = run(extractor, "The Andean Health Investment Seminar in Lima on 3 June 2024 brought together "
                            "Peruvian and Japanese companies. Speakers said they were looking for Italian "
                            "partners.", published="2024-06-04")
    assert sorted(event(record, "Andean Health Investment Seminar")["participant_countries"]) == ["JP", "PE"]


def test_a_place_after_a_semicolon_is_not_the_events(extractor):
    record = run(extractor, "The Danube Nursing Forum 2025 was held on 3 March 2025. The forum was the third such "
                            "meeting; the first was held in Prague in 2023.", published="2025-03-04")
    assert event(record, "Danube Nursing Forum 2025")["city"] is None


def test_a_unit_after_a_possessive_is_part_of_the_organization(extractor):
    record = run(extractor, "Speakers at the Alpine Pharma Forum 2025 in Graz on 2 April 2025 included officials "
                            "of the World Bank's Department of Health Finance.", published="2025-04-03")
    orgs = {o["id"]: normalise(o["names"][0]) for o in record["organizations"]}
    pairs = {(orgs[o["id"]], orgs[o["part_of"]]) for o in record["organizations"] if o["part_of"]}
    assert (normalise("Department of Health Finance"), normalise("World Bank")) in pairs


def test_a_lede_meeting_on_the_sidelines_is_the_event_named_next(extractor):
    record = run(extractor, "Trade ministers agreed on a tariff truce at a meeting held on the sidelines of the "
                            "Fourth Pacific Trade Summit in Suva, officials said on Friday. The Ministerial Dialogue "
                            "on Supply Chains, convened by the Pacific Islands Forum, took place on Thursday.",
                 published="2025-08-15")
    summit = event(record, "Fourth Pacific Trade Summit")
    assert event(record, "Ministerial Dialogue on Supply Chains")["part_of"] == summit["id"]
