"""English extraction: hosts, co-hosts and organizers, sub-events, organization parents,
ambassadors, consuls and officials -- on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import get_extractor
from kg.model import Article
from kg.model.names import normalise


@pytest.fixture(scope="module")
def extractor():
    return get_extractor("en")


def run(extractor, text: str, published: str | None = "2024-06-10") -> dict:
    return next(iter(extractor.pipe([Article(id="t", text=text, published=published, lang="en")]))).to_dict()


def event(record: dict, name: str) -> dict:
    key = normalise(name)
    return next(e for e in record["events"] if key in {normalise(n) for n in e["names"]})


def names(record: dict, ids: list[str]) -> list[str]:
    """The first name of each organization, in the order of ids."""
    by_id = {o["id"]: o for o in record["organizations"]}
    return [by_id[i]["names"][0] for i in ids]


def org(record: dict, name: str) -> dict:
    key = normalise(name)
    return next(o for o in record["organizations"] if key in {normalise(n) for n in o["names"]})


def person(record: dict, name: str) -> dict:
    return next(p for p in record["people"] if name in p["names"])


# -- roles ------------------------------------------------------------------------------

def test_passive_hosted_by(extractor):
    r = run(extractor, "The Coastal Wind Power Forum, hosted by the Danish Offshore Energy Association, "
                       "was held in Esbjerg on Tuesday.")
    e = event(r, "Coastal Wind Power Forum")
    assert names(r, e["hosts"]) == ["Danish Offshore Energy Association"]
    assert e["co_hosts"] == [] and e["organizers"] == []


def test_co_hosted_by_a_list(extractor):
    r = run(extractor, "The Mekong Rice Summit was co-hosted by the Vietnam Food Association, Can Tho "
                       "University and the Mekong Delta Rice Institute (MDRI).")
    e = event(r, "Mekong Rice Summit")
    assert names(r, e["co_hosts"]) == ["Vietnam Food Association", "Can Tho University",
                                       "Mekong Delta Rice Institute (MDRI)"]
    assert e["hosts"] == []


def test_organized_by_alone_makes_hosts(extractor):
    r = run(extractor, "The Prairie Seed Expo was organized by the Alberta Seed Growers Guild and the "
                       "Canadian Grain Commission.")
    e = event(r, "Prairie Seed Expo")
    assert names(r, e["hosts"]) == ["Alberta Seed Growers Guild", "Canadian Grain Commission"]
    assert e["organizers"] == []


def test_organized_by_beside_a_host_makes_organizers(extractor):
    r = run(extractor, "The Andes Tourism Summit was hosted by the Peruvian Ministry of Tourism and "
                       "organized by Lima Events Group.")
    e = event(r, "Andes Tourism Summit")
    assert names(r, e["hosts"]) == ["Peruvian Ministry of Tourism"]
    assert names(r, e["organizers"]) == ["Lima Events Group"]


def test_jointly_organized_and_fronted_participle(extractor):
    r = run(extractor, "Jointly organized by the Kenya Tea Board and Mombasa Port Authority, the East "
                       "Africa Tea Auction Forum opened on Monday.")
    e = event(r, "East Africa Tea Auction Forum")
    assert names(r, e["co_hosts"]) == ["Kenya Tea Board", "Mombasa Port Authority"]


def test_active_voice_co_hosts_and_host(extractor):
    r = run(extractor, "Fjord Analytics and the Norwegian Maritime Cluster co-hosted the 2nd Arctic Data "
                       "Summit in Tromso. Polar Ventures Ltd hosted the Arctic Startup Forum.")
    assert names(r, event(r, "2nd Arctic Data Summit")["co_hosts"]) == ["Fjord Analytics",
                                                                        "Norwegian Maritime Cluster"]
    assert names(r, event(r, "Arctic Startup Forum")["hosts"]) == ["Polar Ventures Ltd"]


def test_country_is_never_a_host(extractor):
    r = run(extractor, "Morocco is hosting the Atlas Solar Exhibition, which is organized by the "
                       "Moroccan Agency for Sustainable Energy (MASEN).")
    e = event(r, "Atlas Solar Exhibition")
    assert names(r, e["hosts"]) == ["Moroccan Agency for Sustainable Energy (MASEN)"]


def test_partner_cue_gives_host_and_co_host(extractor):
    r = run(extractor, "The Irish Dairy Council in association with the Cork Food Institute staged the "
                       "Atlantic Cheese Forum on Friday.")
    e = event(r, "Atlantic Cheese Forum")
    assert names(r, e["hosts"]) == ["Irish Dairy Council"]
    assert names(r, e["co_hosts"]) == ["Cork Food Institute"]


def test_abbreviation_refers_to_an_organization_named_earlier(extractor):
    r = run(extractor, "The International Federation of Ropeway Builders (IFRB) is based in Bern. The "
                       "Alpine Cableway Congress 2024 opened in Davos on Monday. The congress is hosted "
                       "by IFRB.")
    e = event(r, "Alpine Cableway Congress 2024")
    assert names(r, e["hosts"]) == ["International Federation of Ropeway Builders (IFRB)"]


def test_support_and_patronage_are_not_roles(extractor):
    r = run(extractor, "The Pampas Beef Forum, held with the support of the Rosario Stock Exchange and "
                       "under the patronage of the Governor, opened in Rosario.")
    e = event(r, "Pampas Beef Forum")
    assert e["hosts"] == e["co_hosts"] == e["organizers"] == []


def test_footer_sponsor_line_is_not_a_host(extractor):
    text = ("The 8th Riverside Herb Medicine Seminar was held in Hangzhou on Oct 11-14, 2017.\n\n"
            "Copyright 2017 Example Daily\nSponsored by Xihu Municipal Government\n")
    e = event(run(extractor, text), "8th Riverside Herb Medicine Seminar")
    assert e["hosts"] == []


# -- sub-events ----------------------------------------------------------------------------

def test_sub_event_during_on_the_sidelines_and_as_part_of(extractor):
    text = ("The Caspian Energy Expo opened in Baku on May 2, 2023. The Caspian Hydrogen Roundtable was "
            "held during the Caspian Energy Expo on May 3. A Women in Energy Forum took place on the "
            "sidelines of the expo, and the Baku Pipeline Symposium was organized as part of the expo.")
    r = run(extractor, text)
    expo = event(r, "Caspian Energy Expo")
    for name in ("Caspian Hydrogen Roundtable", "Women in Energy Forum", "Baku Pipeline Symposium"):
        assert event(r, name)["part_of"] == expo["id"], name
    roundtable = event(r, "Caspian Hydrogen Roundtable")
    assert roundtable["start_date"] == "2023-05-03"  # the sub-event's own day, not the expo's
    assert roundtable["city"][0] == "Baku"  # inherited from the expo
    assert expo["start_date"] == "2023-05-02"


def test_event_named_after_another_is_part_of_it(extractor):
    r = run(extractor, "AGRITEX 2019 opened in Kiev on Monday. The AGRITEX SEED FORUM drew 300 breeders "
                       "to the fair.", "2019-02-06")
    assert event(r, "AGRITEX SEED FORUM")["part_of"] == event(r, "AGRITEX 2019")["id"]


# -- organization parents ------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "Harbin Seed Co Ltd, which is affiliated to the Heilongjiang Agricultural Group,",
    "Harbin Seed Co Ltd, a subsidiary of the Heilongjiang Agricultural Group,",
    "Harbin Seed Co Ltd, a unit of Heilongjiang Agricultural Group,",
])
def test_stated_parent(extractor, clause):
    r = run(extractor, f"The Northeast Seed Fair was co-hosted by {clause} and Harbin University.")
    child = org(r, "Harbin Seed Co Ltd")
    assert names(r, [child["part_of"]]) == ["Heilongjiang Agricultural Group"]
    assert {normalise(n) for n in names(r, event(r, "Northeast Seed Fair")["co_hosts"])} == {
        normalise("Harbin Seed Co Ltd"), normalise("Harbin University")}


def test_parent_embedded_in_a_compound_name(extractor):
    r = run(extractor, "Li Na, director of the Foreign Affairs Office of the People's Government of "
                       "Yunnan Province, attended the Lancang River Trade Fair.")
    unit = org(r, "Foreign Affairs Office of the People's Government of Yunnan Province")
    assert names(r, [unit["part_of"]]) == ["People's Government of Yunnan Province"]
    assert person(r, "Li Na")["roles"] == [{"title": "director", "org": unit["id"]}]


# -- ambassadors and consuls -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, sending, receiving", [
    ("Peru's Ambassador to China Luis Quesada spoke at the Andean Coffee Forum in Beijing.",
     "Luis Quesada", "PE", "CN"),
    ("Ambassador of Ghana to Japan Frank Okyere addressed the Andean Coffee Forum in Tokyo.",
     "Frank Okyere", "GH", "JP"),
    ("Sara Lind, the Swedish ambassador to Kenya, opened the Andean Coffee Forum in Nairobi.",
     "Sara Lind", "SE", "KE"),
    ("Chinese Ambassador to Belarus Xie Ming attended the Andean Coffee Forum in Minsk.",
     "Xie Ming", "CN", "BY"),
    ("Chinese Consul-General in Chicago Wang Tao spoke at the Andean Coffee Forum.",
     "Wang Tao", "CN", "US"),
])
def test_ambassador_forms(extractor, sentence, name, sending, receiving):
    r = run(extractor, sentence)
    p = person(r, name)
    assert (p["ambassador_of"], p["posted_to"]) == (sending, receiving)
    assert p["attended"] == [event(r, "Andean Coffee Forum")["id"]]


def test_ambassador_without_stated_posting_is_posted_where_the_event_is(extractor):
    r = run(extractor, "Maria Lopez, the Mexican ambassador, spoke at the opening of the Pacific Avocado "
                       "Week, a festival held in Auckland.")
    p = person(r, "Maria Lopez")
    assert (p["ambassador_of"], p["posted_to"]) == ("MX", "NZ")


def test_ambassador_quoted_in_an_opening_speech_attended(extractor):
    text = ("MINSK, Sept. 25 (Xinhua) -- The Belarus Grain Machinery Exhibition opened here on Tuesday. "
            "Tomas Kral, Czech ambassador to Belarus, said in his opening speech that trade is growing. "
            "Kral added that the exhibition is a window for Czech firms.")
    r = run(extractor, text, "2024-09-26")
    p = person(r, "Tomas Kral")
    assert (p["ambassador_of"], p["posted_to"]) == ("CZ", "BY")
    assert p["attended"] == [event(r, "Belarus Grain Machinery Exhibition")["id"]]


def test_surname_refers_back_to_the_full_name(extractor):
    text = ("Indonesian Consul-General in Guangzhou Budi Santoso said trade is growing. Santoso made the "
            "remarks at the South China Spice Fair on Saturday.")
    r = run(extractor, text, "2019-05-20")
    p = person(r, "Budi Santoso")
    assert (p["ambassador_of"], p["posted_to"]) == ("ID", "CN")
    assert p["attended"] == [event(r, "South China Spice Fair")["id"]]


# -- officials ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, title, org_name", [
    ("Anna Berg, president of the Nordic Seafood Council, attended the Oslo Fish Fair.",
     "Anna Berg", "president", "Nordic Seafood Council"),
    ("Tidewater Shipping's chairman Paul Grant attended the Oslo Fish Fair.",
     "Paul Grant", "chairman", "Tidewater Shipping"),
    ("Nordic Seafood Council Vice-President Lars Holm attended the Oslo Fish Fair.",
     "Lars Holm", "Vice-President", "Nordic Seafood Council"),
    ("Deputy Director of the Oslo Port Authority Kari Dahl attended the Oslo Fish Fair.",
     "Kari Dahl", "Deputy Director", "Oslo Port Authority"),
])
def test_official_roles(extractor, sentence, name, title, org_name):
    r = run(extractor, sentence)
    p = person(r, name)
    assert [(x["title"], names(r, [x["org"]])[0]) for x in p["roles"]] == [(title, org_name)]
    assert p["ambassador_of"] is None


def test_title_with_a_place_only_gives_no_role(extractor):
    r = run(extractor, "Governor of Hubei Wang Hua and Mayor Jane Doe attended the Wuhan Optics Expo.")
    assert all(p["roles"] == [] for p in r["people"])
