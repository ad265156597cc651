"""English extraction: facts that depend on where a phrase stands -- other editions of a series,
fronted dates and cues, lists of events, weekdays, quoted names, indefinite openings, reported
speech, parents through a descriptor, envoys on an embassy's page, a headline's city -- on
sentences written for these tests."""

from __future__ import annotations

from test_extract_en_roles import event, extractor, names, org, person, run  # noqa: F401 (extractor: fixture)

from kg.model import Article


def test_another_edition_of_the_series_is_not_the_event(extractor):
    r = run(extractor, "The fourth Baltic Ports Congress opened in Riga on Tuesday with 400 delegates. "
                       "The fifth edition of the congress will take place in Tallinn in 2026, and the "
                       "previous congress was held in Gdansk.", "2025-05-14")
    e = event(r, "Baltic Ports Congress")
    assert e["city"][0] == "Riga" and e["start_date"] == "2025-05-13"


def test_compound_ordinal_is_an_edition(extractor):
    r = run(extractor, "The Sixty-second Alpine Dairy Congress was held in Bern on 3 March 2024.")
    e = event(r, "Alpine Dairy Congress")
    assert e["start_date"] == "2024-03-03" and e["country"] == "CH"


def test_fronted_sidelines_cue_makes_the_second_event_a_part(extractor):
    r = run(extractor, "On the sidelines of the Andes Mining Summit, the Chilean Copper Institute hosted "
                       "the Copper Recycling Roundtable on 9 April 2024 in Santiago.")
    roundtable, summit = event(r, "Copper Recycling Roundtable"), event(r, "Andes Mining Summit")
    assert roundtable["part_of"] == summit["id"]
    assert roundtable["start_date"] == "2024-04-09"


def test_place_and_date_before_a_list_of_events_belong_to_each(extractor):
    r = run(extractor, "Two shows opened on Monday in Lyon: the Rhone Wine Fair and the European "
                       "Cellar Equipment Expo.", "2024-02-07")
    for name in ("Rhone Wine Fair", "European Cellar Equipment Expo"):
        e = event(r, name)
        assert (e["city"][0], e["start_date"]) == ("Lyon", "2024-02-05")


def test_fronted_date_of_an_opening_but_not_of_a_visit(extractor):
    r = run(extractor, "On 4 June 2024, the mayor attended the opening ceremony of the Danube Water Forum "
                       "in Vienna.")
    assert event(r, "Danube Water Forum")["start_date"] == "2024-06-04"
    r = run(extractor, "On 4 June 2024, a student delegation visited the Danube Water Forum in Vienna.")
    assert event(r, "Danube Water Forum")["start_date"] is None


def test_weekdays_of_a_running_event_fall_after_its_start(extractor):
    r = run(extractor, "The Pacific Aquaculture Week opened in Auckland on Monday and runs until Friday. "
                       "The week also features the Pacific Seafood Dialogue on Thursday.", "2024-09-17")
    week, dialogue = event(r, "Pacific Aquaculture Week"), event(r, "Pacific Seafood Dialogue")
    assert (week["start_date"], week["end_date"]) == ("2024-09-16", "2024-09-20")
    assert dialogue["part_of"] == week["id"] and dialogue["start_date"] == "2024-09-19"


def test_quoted_name_after_titled_is_a_sub_forum(extractor):
    r = run(extractor, "The 2024 Nordic Energy Forum was held in Oslo on Tuesday. A parallel session "
                       "titled \"Hydrogen for Shipping\" was held on Tuesday afternoon.", "2024-10-09")
    session, forum = event(r, "Hydrogen for Shipping"), event(r, "Nordic Energy Forum")
    assert session["part_of"] == forum["id"] and session["city"][0] == "Oslo"
    r = run(extractor, "The 2024 Nordic Energy Forum, themed \"Power for People\", was held in Oslo.")
    assert len(r["events"]) == 1


def test_indefinite_opening_is_the_event_named_next(extractor):
    r = run(extractor, "A seminar on port logistics jointly hosted by the Busan Port Authority and the "
                       "Korea Maritime Institute was held in Busan on Thursday. The Busan Smart Port "
                       "Seminar gathered 150 experts.", "2024-03-08")
    e = event(r, "Busan Smart Port Seminar")
    assert set(names(r, e["co_hosts"])) == {"Busan Port Authority", "Korea Maritime Institute"}
    assert e["start_date"] == "2024-03-07" and e["city"][0] == "Busan"


def test_place_in_reported_speech_is_not_the_events(extractor):
    r = run(extractor, "Envoys met in Nairobi on Monday for the 2024 East Africa Rail Forum. The Ugandan "
                       "minister told the forum that a new line near Kampala would open next year.",
                       "2024-05-08")
    assert event(r, "East Africa Rail Forum")["city"][0] == "Nairobi"


def test_parent_through_a_copula_and_a_descriptor(extractor):
    r = run(extractor, "Harbor Events Ltd, a subsidiary of Dutch exhibition group Veldman Media Holding, "
                       "organised the Delta Boat Show. Veldman Logistics Services is a unit of Veldman "
                       "Media Holding.")
    holding = org(r, "Veldman Media Holding")["id"]
    assert org(r, "Harbor Events Ltd")["part_of"] == holding
    assert org(r, "Veldman Logistics Services")["part_of"] == holding


def test_unit_named_without_its_parent_refers_back(extractor):
    r = run(extractor, "The Faculty of Law of the University of Porto hosted the Iberian Legal Tech "
                        "Symposium. The Centre for Digital Justice, an academic unit of the Faculty of Law, "
                        "ran the programme.")
    faculty = org(r, "Faculty of Law of the University of Porto")
    assert faculty["part_of"] == org(r, "University of Porto")["id"]
    assert org(r, "Centre for Digital Justice")["part_of"] == faculty["id"]


def test_organized_by_beside_co_hosts_is_the_organizer(extractor):
    r = run(extractor, "The Tagus Health Forum was jointly hosted by the Lisbon City Council and the "
                       "Portuguese Hospital Association, and organised by Atlantic Congress Services.")
    e = event(r, "Tagus Health Forum")
    assert names(r, e["organizers"]) == ["Atlantic Congress Services"] and len(e["co_hosts"]) == 2


def test_envoy_on_an_embassy_page_and_at_a_generic_occasion(extractor):
    text = ("Embassy of the Republic of Chile in the Kingdom of Thailand\n\n"
            "On 2 May 2024, Ambassador Rosa Fuentes attended the opening of the Andean Fruit Fair in "
            "Bangkok. Thai and Chilean exporters from both countries took part.")
    r = run(extractor, text)
    p = person(r, "Rosa Fuentes")
    fair = event(r, "Andean Fruit Fair")
    assert (p["ambassador_of"], p["posted_to"], p["attended"]) == ("CL", "TH", [fair["id"]])
    assert "CL" in fair["participant_countries"]


def test_consul_general_with_two_places_and_a_fronted_speaker(extractor):
    r = run(extractor, "The Osaka Robotics Expo opened in Osaka on Monday. Speaking at the expo, Consul "
                       "General of Brazil in Osaka Paulo Ramos said trade was growing. Ahmed Saleh, the "
                       "Egyptian envoy to Japan, told the expo that Cairo would host a similar show.",
                       "2024-11-05")
    expo = event(r, "Osaka Robotics Expo")
    assert (person(r, "Paulo Ramos")["ambassador_of"], person(r, "Paulo Ramos")["posted_to"]) == ("BR", "JP")
    assert person(r, "Paulo Ramos")["attended"] == [expo["id"]]
    assert person(r, "Ahmed Saleh")["attended"] == [expo["id"]]
    assert expo["city"][0] == "Osaka"


def test_sino_pair_gives_both_countries(extractor):
    r = run(extractor, "The Sino-Italian Battery Forum was held in Wuxi on Friday, with engineers from both "
                       "countries.", "2024-04-20")
    assert set(event(r, "Sino-Italian Battery Forum")["participant_countries"]) == {"CN", "IT"}


def test_exhibitors_belong_to_the_exhibition(extractor):
    r = run(extractor, "The Nile Build Expo opened in Cairo on Sunday. The expo will also host the Green "
                       "Cement Forum on Tuesday. Exhibitors from Turkey made up the largest foreign group.",
                       "2024-02-19")
    assert event(r, "Nile Build Expo")["participant_countries"] == ["TR"]
    assert event(r, "Green Cement Forum")["participant_countries"] == []


def test_headline_city_when_the_body_names_none(extractor):
    text = ("Growers flock to Valencia for citrus technology fair\n\n"
            "The 9th Mediterranean Citrus Technology Fair opened at the Feria Centre on Tuesday, drawing "
            "300 exhibitors from Spain, Morocco and Egypt.")
    r = next(iter(extractor.pipe([Article(id="t", text=text, title=text.splitlines()[0], published="2024-11-20",
                                          lang="en")]))).to_dict()
    e = event(r, "Mediterranean Citrus Technology Fair")
    assert (e["city"][0], e["country"]) == ("Valencia", "ES")


def test_roles_by_apposed_noun_and_co_organised_with(extractor):
    r = run(extractor, "The Baltic Timber Show ran in Riga last week, according to its organiser, Nordic Fair "
                       "Services. The show was co-organised with the Latvian Wood Federation.", "2024-05-20")
    e = event(r, "Baltic Timber Show")
    assert names(r, e["organizers"]) == ["Nordic Fair Services"]  # organizer beside a (co-)host
    assert names(r, e["co_hosts"]) == ["Latvian Wood Federation"]


def test_the_embassy_in_a_role_list_is_the_embassy_named_before(extractor):
    r = run(extractor, "The Chile Wine Forum was held at the Chilean Embassy in Lima on Friday. The forum "
                       "was co-organised by the embassy and the Lima Wine Guild.", "2024-05-20")
    assert set(names(r, event(r, "Chile Wine Forum")["co_hosts"])) == {"Chilean Embassy in Lima", "Lima Wine Guild"}


def test_unit_at_a_university_hosts_and_is_part_of_it(extractor):
    r = run(extractor, "The Marine Robotics Institute at the University of Bergen hosted the 3rd Fjord "
                       "Drone Workshop on 4 April 2024.")
    institute = org(r, "Marine Robotics Institute")
    assert names(r, event(r, "Fjord Drone Workshop")["hosts"]) == ["Marine Robotics Institute"]
    assert institute["part_of"] == org(r, "University of Bergen")["id"]


def test_expected_to_attend_and_a_corporation_under_a_ministry(extractor):
    r = run(extractor, "The Sahel Water Summit 2024 will open in Niamey next week. French Ambassador to "
                       "Niger Paul Girard is expected to attend the opening. The Niger Water Corporation, a "
                       "state corporation under the Ministry of Hydraulics, will present its plans.",
            "2024-03-04")
    assert person(r, "Paul Girard")["attended"] == [event(r, "Sahel Water Summit 2024")["id"]]
    assert org(r, "Niger Water Corporation")["part_of"] == org(r, "Ministry of Hydraulics")["id"]
