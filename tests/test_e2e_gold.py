"""Seed gold records -> graph -> SPARQL: the facts of the two seed articles come back out."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.graph.vocab import KG, SDO

PREFIXES = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def test_belarus_ambassador_attended_the_shanghai_conference_hosted_by_the_association(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT ?person ?event ?eventName ?cityName WHERE {
          GRAPH ?g {
            ?person org:holds ?post ; kg:attended ?event .
            ?post a kg:AmbassadorPost ; kg:sendingCountry ?from ; kg:receivingCountry ?to .
            ?from skos:notation "BY" . ?to skos:notation "CN" .
            ?event a kg:Conference ; rdfs:label ?eventName ; kg:host ?host ; kg:city ?city .
            ?host rdfs:label "中国医学装备协会"@zh .
            ?city rdfs:label ?cityName . FILTER(lang(?cityName) = "en")
          }
        }""", union=False)
    assert len(rows) == 1
    row = rows[0]
    assert row["eventName"] == Literal("2025中国医学装备国际合作大会", lang="zh")
    assert row["cityName"] == Literal("Shanghai", lang="en")
    names = gold_store.query(PREFIXES + "SELECT ?p ?n WHERE { ?p rdfs:label ?n }", {"p": row["person"]})
    assert names.column("n") == [Literal("亚历山大·切尔维亚科夫", lang="zh")]


def test_cmdc_is_a_sub_organization_of_sinopharm(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT ?child ?parent WHERE {
          GRAPH ?g { ?child org:subOrganizationOf ?parent ; skos:altLabel "CMDC"@en .
                     ?parent skos:altLabel "Sinopharm"@en }
        }""")
    assert len(rows) == 1


def test_event_cities_are_geonames_cities_in_their_countries(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT ?article ?city ?geonames ?country WHERE {
          GRAPH ?g { ?e a ?type ; kg:city ?city ; kg:country ?c ; ^schema:superEvent* ?e .
                     ?e prov:wasDerivedFrom ?article .
                     ?city owl:sameAs ?geonames ; kg:country ?c . ?c skos:notation ?country }
          FILTER NOT EXISTS { GRAPH ?g { ?e schema:superEvent ?main } }
        }""".replace("SELECT", "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT"))
    found = {(str(r["article"]).rsplit("/", 1)[1], str(r["geonames"]), str(r["country"])) for r in rows}
    assert found == {("seed-000", "https://sws.geonames.org/1796236/", "CN"),
                     ("seed-003", "https://sws.geonames.org/1791247/", "CN")}


def test_exhibition_in_belarus_has_a_country_but_no_city(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT ?e ?country ?city WHERE {
          GRAPH ?g { ?e a kg:Exhibition ; kg:country ?c ; kg:coHost ?o . ?c skos:notation ?country
                     OPTIONAL { ?e kg:city ?city } }
        }""")
    assert {str(r["country"]) for r in rows} == {"BY"}
    assert all(r["city"] is None for r in rows)
    assert len({r["e"] for r in rows}) == 1


def test_sub_events_point_at_the_main_conference(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT ?sub ?type WHERE { GRAPH ?g { ?sub schema:superEvent ?main ; a ?type .
                                             ?main rdfs:label "2025中国医学装备国际合作大会"@zh } }""")
    assert {r["type"] for r in rows} == {KG.Meeting, KG.Forum, KG.Event, SDO.Event}  # with their superclasses


def test_the_same_country_is_one_node_across_articles(gold_store):
    rows = gold_store.query(PREFIXES + """
        SELECT DISTINCT ?c ?g WHERE { GRAPH ?g { ?e kg:country ?c . ?c skos:notation "CN" } }""")
    assert {r["c"] for r in rows} == {URIRef("https://w3id.org/kg/id/country/CN")}
    assert len({r["g"] for r in rows}) == 2
