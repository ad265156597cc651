"""Records -> RDF: IRIs, labels, dates, places, provenance (kg.graph.build / kg.graph.triples)."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.builder import RecordBuilder
from kg.graph.build import build_graph
from kg.graph.vocab import KG, ORG, SDO, WGS84
from kg.model import Article, Event, EventRecord, Organization, Person

BASE = "https://w3id.org/kg/id/"
EN_TEXT = ("The 3rd Global Battery Summit opened in Wuhan on 5 May 2024. "
           "It was hosted by the Hubei Battery Association. "
           "Ambassador Anna Novak of Poland attended the summit.")


def _span(text: str, sentence_start: str) -> tuple[int, int]:
    start = text.index(sentence_start)
    return start, text.index(".", start) + 1


@pytest.fixture(scope="module")
def extracted() -> EventRecord:
    """A record made the way extractors make them: RecordBuilder with evidence spans."""
    article = Article(id="en-battery", text=EN_TEXT, title="Battery summit held", published="2024-05-06", lang="en",
                      url="https://news.example/battery")
    b = RecordBuilder(article, "en-rules")
    s1, s2, s3 = _span(EN_TEXT, "The 3rd"), _span(EN_TEXT, "It was"), _span(EN_TEXT, "Ambassador")
    e = b.event(["3rd Global Battery Summit", "Global Battery Summit"], s1, "Summit")
    b.set_event(e, "start_date", "2024-05-05", s1)
    b.set_event(e, "city", ["Wuhan"], s1)
    b.set_event(e, "country", "CN", s1)
    o = b.org(["Hubei Battery Association"], s2, "CN")
    b.add_event(e, "hosts", o, s2, confidence=0.8)
    p = b.person(["Anna Novak"], s3)
    b.ambassador(p, "PL", "CN", s3)
    b.attended(p, e, s3)
    return b.build()


def _graph(dataset, article_id: str):
    return dataset.graph(URIRef(f"{BASE}article/{article_id}"))


def _record(article_id: str, **parts) -> EventRecord:
    return EventRecord(article={"id": article_id, "lang": "zh"}, **parts)


def _one(graph, s=None, p=None, o=None):
    found = list(graph.triples((s, p, o)))
    assert len(found) == 1, found
    return found[0]


def test_iris_are_ascii_stable_and_follow_the_documented_hash(extracted):
    first, second = build_graph([extracted]), build_graph([extracted])
    nodes = {t for q in first.quads((None, None, None, None)) for t in q[:3] if not isinstance(t, Literal)}
    assert nodes == {t for q in second.quads((None, None, None, None)) for t in q[:3] if not isinstance(t, Literal)}
    assert all(str(n).isascii() for n in nodes)
    assert not any(isinstance(n, BNode) for n in nodes)
    # events: the edition-free name and the edition's year (kg.graph.identity)
    digest = hashlib.sha256("event\x1fglobalbatterysummit\x1f2024".encode()).hexdigest()[:16]
    assert (URIRef(f"{BASE}event/{digest}"), RDF.type, KG.Summit) in _graph(first, "en-battery")


def test_article_ids_are_percent_encoded_into_the_graph_name():
    dataset = build_graph([_record("新闻 1/2")])
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {f"{BASE}article/%E6%96%B0%E9%97%BB%201%2F2", f"{BASE}cohosts"}


def test_base_iri_is_configurable(extracted):
    dataset = build_graph([extracted], base_iri="http://example.org/kg/")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {"http://example.org/kg/article/en-battery",
                                                                      "http://example.org/kg/cohosts"}


def test_names_are_language_tagged_labels_and_aliases():
    org = Organization("o1", ["中國醫學裝備協會", "CAME", "协会"])
    graph = _graph(build_graph([_record("a", organizations=[org])]), "a")
    node, _, label = _one(graph, None, RDFS.label)
    assert label == Literal("中國醫學裝備協會", lang="zh")
    assert set(graph.objects(node, SKOS.altLabel)) == {Literal("CAME", lang="en"), Literal("协会", lang="zh")}
    simplified = _graph(build_graph([_record("b", organizations=[Organization("o1", ["中国医学装备协会"])])]), "b")
    assert node == _one(simplified, None, RDFS.label)[0]  # traditional and simplified spellings: one node


@pytest.mark.parametrize("value, datatype", [("2025-07-11", XSD.date), ("2025-07", XSD.gYearMonth),
                                             ("2025", XSD.gYear)])
def test_dates_are_typed_by_precision(value, datatype):
    graph = _graph(build_graph([_record("d", events=[Event("e1", ["某论坛"], "Forum", start_date=value)])]), "d")
    assert _one(graph, None, SDO.startDate)[2] == Literal(value, datatype=datatype)


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "July 2025", "25"])
def test_impossible_dates_are_left_out(value):
    graph = _graph(build_graph([_record("d", events=[Event("e1", ["某论坛"], start_date=value)])]), "d")
    assert not list(graph.triples((None, SDO.startDate, None)))


def test_every_fact_is_an_assertion_with_its_sentence_and_offsets(extracted):
    graph = _graph(build_graph([extracted]), "en-battery")
    event, _, org = _one(graph, None, KG.host)
    assertion = next(a for a in graph.subjects(RDF.predicate, KG.host) if (a, RDF.subject, event) in graph)
    assert (assertion, RDF.type, KG.Assertion) in graph
    assert (assertion, RDF.object, org) in graph
    assert graph.value(assertion, KG.confidence) == Literal("0.8", datatype=XSD.decimal)
    assert graph.value(assertion, KG.extractor) == Literal("en-rules")
    assert graph.value(assertion, PROV.wasDerivedFrom) == URIRef(f"{BASE}article/en-battery")
    sentence = graph.value(assertion, KG.evidence)
    start, end = _span(EN_TEXT, "It was")
    assert str(sentence) == f"{BASE}article/en-battery/s{start}-{end}"
    assert graph.value(sentence, KG.start) == Literal(start)
    assert graph.value(sentence, KG.end) == Literal(end)
    assert str(graph.value(sentence, KG.text)) == EN_TEXT[start:end]
    assert graph.value(sentence, SDO.isPartOf) == URIRef(f"{BASE}article/en-battery")


def test_facts_of_gold_records_without_evidence_get_an_assertion_without_sentence(gold_records):
    dataset = build_graph(gold_records)
    graph = _graph(dataset, "seed-003")
    facts = [t for t in graph if t[1] in (KG.coHost, ORG.subOrganizationOf, SDO.startDate, KG.city)]
    assert len(facts) == 5
    for s, p, o in facts:
        assertion = next(a for a in graph.subjects(RDF.subject, s) if (a, RDF.predicate, p) in graph
                         and (a, RDF.object, o) in graph)
        assert graph.value(assertion, PROV.wasDerivedFrom) == graph.identifier
        assert graph.value(assertion, KG.evidence) is None


def test_the_same_entity_named_alike_in_two_articles_is_one_node_with_one_assertion_per_article():
    org = Organization("o1", ["Optics Valley"], country="CN")
    dataset = build_graph([_record("a1", organizations=[org]), _record("a2", organizations=[org])])
    nodes = {s for s, _, _, _ in dataset.quads((None, RDF.type, KG.Organization, None))}
    assert len(nodes) == 1
    assertions = {(s, g) for s, _, _, g in dataset.quads((None, RDF.predicate, KG.orgCountry, None))}
    assert len(assertions) == 2 and len({s for s, _ in assertions}) == 2


def test_countries_and_cities_carry_english_and_chinese_labels(extracted):
    graph = _graph(build_graph([extracted]), "en-battery")
    city = _one(graph, None, KG.city)[2]
    assert str(city) == f"{BASE}city/1791247"
    assert set(graph.objects(city, RDFS.label)) == {Literal("Wuhan", lang="en"), Literal("武汉", lang="zh")}
    assert graph.value(city, OWL.sameAs) == URIRef("https://sws.geonames.org/1791247/")
    assert 30 < float(graph.value(city, WGS84.lat)) < 31 and 114 < float(graph.value(city, WGS84.long)) < 115
    poland = URIRef(f"{BASE}country/PL")
    assert set(graph.objects(poland, RDFS.label)) == {Literal("Poland", lang="en"), Literal("波兰", lang="zh")}
    assert graph.value(city, KG.country) == URIRef(f"{BASE}country/CN")


def test_a_city_name_resolves_to_the_most_populous_match_in_the_country():
    event = Event("e1", ["苏州论坛"], city=["Suzhou", "苏州"], country="CN")
    graph = _graph(build_graph([_record("c", events=[event])]), "c")
    assert str(_one(graph, None, KG.city)[2]) == f"{BASE}city/1886760"  # Suzhou, Jiangsu (not Suzhou, Anhui)


def test_a_records_geonames_id_wins_and_unknown_cities_get_a_hashed_iri():
    known = Event("e1", ["某展会"], city=["Suzhou"], country="CN", geonames_id=1807700)  # Suzhou, Anhui
    unknown = Event("e2", ["另一展会"], city=["Xiaocun"], country="CN")
    graph = _graph(build_graph([_record("c", events=[known, unknown])]), "c")
    cities = {str(o) for o in graph.objects(None, KG.city)}
    assert f"{BASE}city/1807700" in cities
    hashed = next(c for c in cities if "/city/x" in c)
    assert graph.value(URIRef(hashed), RDFS.label) == Literal("Xiaocun", lang="en")
    assert graph.value(URIRef(hashed), OWL.sameAs) is None


def test_ambassadors_hold_an_ambassador_post_between_two_countries(extracted):
    graph = _graph(build_graph([extracted]), "en-battery")
    person = _one(graph, None, RDFS.label, Literal("Anna Novak", lang="en"))[0]
    post = graph.value(person, ORG.holds)
    assert (post, RDF.type, KG.AmbassadorPost) in graph
    assert graph.value(post, KG.sendingCountry) == URIRef(f"{BASE}country/PL")
    assert graph.value(post, KG.receivingCountry) == URIRef(f"{BASE}country/CN")
    assert Literal("波兰驻中国大使", lang="zh") in set(graph.objects(post, RDFS.label))
    assert (person, KG.attended, _one(graph, None, RDF.type, KG.Summit)[0]) in graph


def test_roles_are_posts_with_a_title_in_an_organization(gold_records):
    graph = _graph(build_graph(gold_records), "seed-000")
    person = _one(graph, None, RDFS.label, Literal("侯岩", lang="zh"))[0]
    post = graph.value(person, ORG.holds)
    assert graph.value(post, KG.title) == Literal("理事长", lang="zh")
    assert graph.value(graph.value(post, ORG.postIn), RDFS.label) == Literal("中国医学装备协会", lang="zh")


def test_dangling_ids_and_unknown_country_codes_are_left_out_not_fatal():
    event = Event("e1", ["某大会"], hosts=["o9"], part_of="e7", country="XX", participant_countries=["ZZ", "FR"])
    person = Person("p1", ["某人"], attended=["e5"])
    graph = _graph(build_graph([_record("x", events=[event], people=[person])]), "x")
    assert not list(graph.triples((None, KG.host, None)))
    assert not list(graph.triples((None, SDO.superEvent, None)))
    assert not list(graph.triples((None, KG.country, None)))
    assert [str(o) for o in graph.objects(None, KG.participantCountry)] == [f"{BASE}country/FR"]
    assert not list(graph.triples((None, KG.attended, None)))


def test_a_record_given_twice_keeps_only_its_last_version():
    old = _record("r", events=[Event("e1", ["旧活动"])])
    new = _record("r", events=[Event("e1", ["新活动"])])
    graph = _graph(build_graph([old, new]), "r")
    assert {str(o) for o in graph.objects(None, RDFS.label)} == {"新活动"}


def test_article_metadata_sits_in_the_article_graph(extracted):
    graph = _graph(build_graph([extracted]), "en-battery")
    article = graph.identifier
    assert (article, RDF.type, KG.Article) in graph
    assert graph.value(article, SDO.headline) == Literal("Battery summit held", lang="en")
    assert graph.value(article, SDO.datePublished) == Literal("2024-05-06", datatype=XSD.date)
    assert graph.value(article, SDO.url) == Literal("https://news.example/battery", datatype=XSD.anyURI)
    assert len(str(graph.value(article, KG.contentHash))) == 64


def test_entities_whose_name_has_no_letters_or_digits_are_left_out():
    graph = _graph(build_graph([_record("p", organizations=[Organization("o1", ["——"])],
                                        events=[Event("e1", ["某会"], hosts=["o1"])])]), "p")
    assert not list(graph.triples((None, RDF.type, KG.Organization)))
    assert not list(graph.triples((None, KG.host, None)))


def test_a_city_with_a_malformed_country_still_resolves_and_an_id_alone_gets_a_label():
    by_name = Event("e1", ["某会"], city=["Wuhan"], country="China")
    by_id = Event("e2", ["另一会"], geonames_id=1796236)
    graph = _graph(build_graph([_record("m", events=[by_name, by_id])]), "m")
    assert {str(o) for o in graph.objects(None, KG.city)} == {f"{BASE}city/1791247", f"{BASE}city/1796236"}
    assert Literal("Shanghai", lang="en") in set(graph.objects(URIRef(f"{BASE}city/1796236"), RDFS.label))


def test_a_town_below_geonames_city_size_gets_labels_and_coordinates():
    event = Event("e1", ["Annual Meeting"], city=["Davos"], country="CH")
    graph = _graph(build_graph([_record("d", events=[event])]), "d")
    town = _one(graph, None, KG.city)[2]
    assert str(town) == f"{BASE}city/2661039"
    assert set(graph.objects(town, RDFS.label)) == {Literal("Davos", lang="en"), Literal("达沃斯", lang="zh")}
    assert 46 < float(graph.value(town, WGS84.lat)) < 47 and 9 < float(graph.value(town, WGS84.long)) < 10


def test_city_names_resolve_through_the_gazetteer_spellings_districts_and_country():
    spelled = Event("e1", ["Messe"], city=["Duesseldorf"], country="DE")
    district = Event("e2", ["浦东论坛"], city=["浦东新区"], country="CN")
    elsewhere = Event("e3", ["巴黎周"], city=["Paris"], country="CN")  # no Paris in China: not Paris, France
    graph = _graph(build_graph([_record("n", events=[spelled, district, elsewhere])]), "n")
    cities = {str(o) for o in graph.objects(None, KG.city)}
    assert {f"{BASE}city/2934246", f"{BASE}city/1796236"} < cities
    assert Literal("杜塞尔多夫", lang="zh") in set(graph.objects(URIRef(f"{BASE}city/2934246"), RDFS.label))
    hashed = next(c for c in cities if "/city/x" in c)
    assert graph.value(URIRef(hashed), RDFS.label) == Literal("Paris", lang="en")
