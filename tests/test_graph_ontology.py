"""ontology/kg.ttl defines, in English and Chinese, every term the code and the graph use."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph.build import build_graph
from kg.graph.vocab import KG
from kg.resources import read_text

ONTOLOGY = read_text("ontology", "kg.ttl")  # as installed


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=ONTOLOGY, format="turtle")


def test_ontology_parses_with_the_strict_oxigraph_parser():
    assert len(list(ox.parse(ONTOLOGY, format=ox.RdfFormat.TURTLE))) > 200


def test_every_vocab_term_is_declared_with_english_and_chinese_label_and_comment(ontology):
    for name in KG.__annotations__:
        term = URIRef(f"{KG._NS}{name}")
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, name
        for predicate in (RDFS.label, RDFS.comment):
            languages = {o.language for o in ontology.objects(term, predicate) if isinstance(o, Literal)}
            assert {"en", "zh"} <= languages, (name, predicate)


def test_every_kg_term_in_a_built_graph_is_in_the_ontology(ontology, gold_records):
    dataset = build_graph(gold_records)
    used = {t for q in dataset.quads((None, None, None, None)) for t in (q[1], q[2])
            if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    declared = set(ontology.subjects(RDF.type, None))
    assert used and used <= declared, used - declared


def test_alignment_with_reused_vocabularies(ontology):
    schema, org = "https://schema.org/", "http://www.w3.org/ns/org#"
    assert (KG.Event, RDFS.subClassOf, URIRef(f"{schema}Event")) in ontology
    assert (KG.Organization, OWL.equivalentClass, URIRef(f"{org}Organization")) in ontology
    assert (KG.Post, RDFS.subClassOf, URIRef(f"{org}Post")) in ontology
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology
    for role in (KG.host, KG.coHost, KG.organizer):
        assert (role, RDFS.subPropertyOf, URIRef(f"{schema}organizer")) in ontology
        assert (role, RDFS.range, KG.Organization) in ontology
    for kind in (KG.Conference, KG.Summit, KG.Forum, KG.Exhibition, KG.Meeting, KG.Ceremony):
        assert (kind, RDFS.subClassOf, KG.Event) in ontology
