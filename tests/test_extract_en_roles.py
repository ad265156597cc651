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

ROLE_CASES = {
    "passive hosted by": (
        "The Coastal Wind Power Forum, hosted by the Danish Offshore Energy Association, was held in Esbjerg "
        "on Tuesday.", "Coastal Wind Power Forum", {"hosts": ["Danish Offshore Energy Association"]}),
    "co-hosted by a list": (
        "The Mekong Rice Summit was co-hosted by the Vietnam Food Association, Can Tho University and the "
        "Mekong Delta Rice Institute (MDRI).", "Mekong Rice Summit",
        {"co_hosts": ["Vietnam Food Association", "Can Tho University", "Mekong Delta Rice Institute (MDRI)"]}),
    "organized by alone makes hosts": (
        "The Prairie Seed Expo was organized by the Alberta Seed Growers Guild and the Canadian Grain "
        "Commission.", "Prairie Seed Expo", {"hosts": ["Alberta Seed Growers Guild", "Canadian Grain Commission"]}),
    "organized by beside a host makes organizers": (
        "The Andes Tourism Summit was hosted by the Peruvian Ministry of Tourism and organized by Lima Events "
        "Group.", "Andes Tourism Summit",
        {"hosts": ["Peruvian Ministry of Tourism"], "organizers": ["Lima Events Group"]}),
    "jointly organized, fronted": (
        "Jointly organized by the Kenya Tea Board and Mombasa Port Authority, the East Africa Tea Auction "
        "Forum opened on Monday.", "East Africa Tea Auction Forum",
        {"co_hosts": ["Kenya Tea Board", "Mombasa Port Authority"]}),
    "active co-hosts": (
        "Fjord Analytics and the Norwegian Maritime Cluster co-hosted the 2nd Arctic Data Summit in Tromso.",
        "2nd Arctic Data Summit", {"co_hosts": ["Fjord Analytics", "Norwegian Maritime Cluster"]}),
    "active host": (
        "Polar Ventures Ltd hosted the Arctic Startup Forum in Tromso.", "Arctic Startup Forum",
        {"hosts": ["Polar Ventures Ltd"]}),
    "a country is never a host": (
        "Morocco is hosting the Atlas Solar Exhibition, which is organized by the Moroccan Agency for "
        "Sustainable Energy (MASEN).", "Atlas Solar Exhibition",
        {"hosts": ["Moroccan Agency for Sustainable Energy (MASEN)"]}),
    "partner cue": (
        "The Irish Dairy Council in association with the Cork Food Institute staged the Atlantic Cheese Forum "
        "on Friday.", "Atlantic Cheese Forum", {"hosts": ["Irish Dairy Council"], "co_hosts": ["Cork Food Institute"]}),
    "organizers named by a noun": (
        "The Guangxi Herbal Medicine Expo opened in Nanning on Friday. Co-organizers of the expo include the "
        "Guangxi Health Commission and Nanning Pharma Group.", "Guangxi Herbal Medicine Expo",
        {"co_hosts": ["Guangxi Health Commission", "Nanning Pharma Group"]}),
    "lower-case government after a list": (
        "The Lanzhou Wool Fair is co-hosted by the Ministry of Agriculture, the China Wool Textile Association "
        "and the Gansu provincial government.", "Lanzhou Wool Fair",
        {"co_hosts": ["Ministry of Agriculture", "China Wool Textile Association", "Gansu provincial government"]}),
}


@pytest.mark.parametrize("sentence, event_name, roles", ROLE_CASES.values(), ids=ROLE_CASES.keys())
def test_roles(extractor, sentence, event_name, roles):
    r = run(extractor, sentence)
    e = event(r, event_name)
    for field in ("hosts", "co_hosts", "organizers"):
        assert names(r, e[field]) == roles.get(field, []), field


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


def test_appositive_sub_event_keeps_its_own_date(extractor):
    r = run(extractor, "The Sahel Grain Expo opened in Niamey on Nov 1, 2024. The Sahel Millet Forum, a major "
                       "event of the Sahel Grain Expo, was held on Nov. 3.")
    forum, expo = event(r, "Sahel Millet Forum"), event(r, "Sahel Grain Expo")
    assert forum["part_of"] == expo["id"]
    assert (forum["start_date"], expo["start_date"]) == ("2024-11-03", "2024-11-01")


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

ENVOY_CASES = {
    "X's Ambassador to Y Name": (
        "Peru's Ambassador to China Luis Quesada spoke at the Andean Coffee Forum in Beijing.", None,
        "Luis Quesada", "PE", "CN", "Andean Coffee Forum"),
    "Ambassador of X to Y Name": (
        "Ambassador of Ghana to Japan Frank Okyere addressed the Andean Coffee Forum in Tokyo.", None,
        "Frank Okyere", "GH", "JP", "Andean Coffee Forum"),
    "Name, the X ambassador to Y": (
        "Sara Lind, the Swedish ambassador to Kenya, opened the Andean Coffee Forum in Nairobi.", None,
        "Sara Lind", "SE", "KE", "Andean Coffee Forum"),
    "Chinese Ambassador to Y Name": (
        "Chinese Ambassador to Belarus Xie Ming attended the Andean Coffee Forum in Minsk.", None,
        "Xie Ming", "CN", "BY", "Andean Coffee Forum"),
    "Consul-General in a city": (
        "Chinese Consul-General in Chicago Wang Tao spoke at the Andean Coffee Forum.", None,
        "Wang Tao", "CN", "US", "Andean Coffee Forum"),
    "posting from the event's country": (
        "Maria Lopez, the Mexican ambassador, spoke at the opening of the Pacific Avocado Week, a festival held "
        "in Auckland.", None, "Maria Lopez", "MX", "NZ", "Pacific Avocado Week"),
    "opening speech at the event in focus": (
        "GRODNO, Oct. 8 -- The Belarus Grain Machinery Exhibition opened here on Monday. Tomas Kral, "
        "Czech ambassador to Belarus, told guests in his opening speech that grain trade keeps growing.", "2024-10-08",
        "Tomas Kral", "CZ", "BY", "Belarus Grain Machinery Exhibition"),
    "a name NER misses": (
        "Thai Ambassador to Peru Cherdchai Wongsakul and Serbian Ambassador Maja Stefanovic attended the Andean "
        "Coffee Forum in Lima.", None, "Cherdchai Wongsakul", "TH", "PE", "Andean Coffee Forum"),
    "the second of two envoys": (
        "Thai Ambassador to Peru Cherdchai Wongsakul and Serbian Ambassador Maja Stefanovic attended the Andean "
        "Coffee Forum in Lima.", None, "Maja Stefanovic", "RS", "PE", "Andean Coffee Forum"),
    "a surname refers back": (
        "Indonesian Consul-General in Guangzhou Budi Santoso said trade is growing. Santoso made the remarks at "
        "the South China Spice Fair on Saturday.", "2019-05-20", "Budi Santoso", "ID", "CN", "South China Spice Fair"),
    "a speaker who did not attend": (
        "Kenyan Ambassador to Chile Ruth Otieno said Chile had attended the Andean Coffee Forum in Lima last year.",
        None, "Ruth Otieno", "KE", "CL", None),
}


@pytest.mark.parametrize("text, published, name, sending, receiving, attended", ENVOY_CASES.values(),
                         ids=ENVOY_CASES.keys())
def test_envoys(extractor, text, published, name, sending, receiving, attended):
    r = run(extractor, text, published)
    p = person(r, name)
    assert (p["ambassador_of"], p["posted_to"]) == (sending, receiving)
    assert p["attended"] == ([event(r, attended)["id"]] if attended else [])


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
