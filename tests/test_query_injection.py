"""Parameters are typed RDF terms, never query text: hostile values match nothing and change nothing."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query import answer, prepared
from kg.query.bind import query_form, where_group_start, with_bindings
from kg.query.params import Param, ParamError, parse_assignments, typed_bindings
from kg.query.run import EmbeddedBackend, QueryError

HOSTILE = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    '上海" } UNION { GRAPH ?g { ?s ?p ?o } } #',
    '"""} ; CLEAR ALL ; #',
    "x\\\" } ; DROP ALL ; #",
    "x\n} ; DROP ALL ; #\n",
    "> } ; DROP ALL ; <",
]


def text_params(q: prepared.PreparedQuery) -> list[str]:
    """Parameters taking free text: names of entities, labels, strings."""
    return [p.name for p in q.params if p.type in ("name", "label", "string")]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_match_nothing_in_every_prepared_query_and_leave_the_store_intact(gold_store, value):
    backend = EmbeddedBackend(gold_store.ox)
    before = len(gold_store)
    for q in prepared.load_all().values():
        for name in text_params(q):
            result = answer(backend, q, {name: (None, value)})
            assert result.rows == [], (q.name, name)
    assert len(gold_store) == before


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_string_comes_back_as_exactly_one_string_literal(gold_store, value):
    result = EmbeddedBackend(gold_store.ox).run("SELECT ?x (STRLEN(?x) AS ?n) WHERE { }", {"x": ox.Literal(value)})
    assert result.rows == [(ox.Literal(value), ox.Literal(str(len(value)), datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")))]


def test_the_same_names_without_the_payload_do_match(gold_store):
    """Control for the tests above: the query does find the plain value."""
    backend = EmbeddedBackend(gold_store.ox)
    assert answer(backend, prepared.get("lookup"), {"label": (None, "上海")}).rows
    assert answer(backend, prepared.get("events-in-city"), {"city": (None, "上海")}).rows


@pytest.mark.parametrize("type_,value", [
    ("iri", "http://example.org/a> } ; DROP ALL ; #"),
    ("iri", "not an iri"),
    ("date", '2025-07-01" } ; DROP ALL ; #'),
    ("date", "2025-02-30"),
    ("integer", "2 } ; DROP ALL ; #"),
    ("country", 'CN" } ; DROP ALL ; #'),
])
def test_values_not_of_the_declared_type_are_refused(type_, value):
    with pytest.raises(ParamError):
        Param("x", type_, "").term(value)


def test_declared_types_give_typed_terms():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert Param("n", "name", "").term("上海") == ox.Literal("上海", language="zh")
    assert Param("n", "label", "").term("Shanghai") == ox.Literal("Shanghai", language="en")
    assert Param("d", "date", "").term("2025-07-01") == ox.Literal("2025-07-01", datatype=ox.NamedNode(xsd + "date"))
    assert Param("n", "integer", "").term("007") == ox.Literal("7", datatype=ox.NamedNode(xsd + "integer"))
    assert Param("c", "country", "").term(" by ") == ox.Literal("BY")
    assert Param("i", "iri", "").term("https://w3id.org/kg/id/country/CN") == ox.NamedNode(
        "https://w3id.org/kg/id/country/CN")


def test_parameters_unknown_to_a_prepared_query_are_refused_but_ad_hoc_ones_are_typed():
    declared = [Param("city", "name", "上海")]
    with pytest.raises(ParamError, match="unknown parameter"):
        typed_bindings(declared, parse_assignments(["town=x"]))
    assert {k: t for k, (_, t) in typed_bindings(declared, {}).items()} == {"city": ox.Literal("上海", language="zh")}
    adhoc = typed_bindings([], parse_assignments(["a=1", "b:integer=1", "c:iri=http://x.org/"]), strict=False)
    assert {k: t for k, (_, t) in adhoc.items()} == {
        "a": ox.Literal("1"), "b": Param("b", "integer", "").term("1"), "c": ox.NamedNode("http://x.org/")}
    with pytest.raises(ParamError):
        parse_assignments(["no-equals-sign"])
    with pytest.raises(ParamError):
        parse_assignments(["bad name=x"])


@pytest.mark.parametrize("query,expected", [
    ("SELECT * { ?s ?p ?o }", "SELECT * {"),
    ("ASK { ?s ?p ?o }", "ASK {"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "WHERE {"),
    ("# WHERE { in a comment\nSELECT ?where WHERE { ?a ?b ?c }", "?where WHERE {"),
    ('SELECT ("WHERE {" AS ?s) ?x WHERE { ?x ?y ?z }', "?x WHERE {"),
    ("PREFIX ex: <http://x.org/{where}>\nSELECT ex:where WHERE { ?x ?y ?z }", "ex:where WHERE {"),
    ("SELECT (EXISTS { ?a ?b ?c } AS ?e) WHERE { ?x ?y ?z }", "?e) WHERE {"),
    ('select ?x where{?x ?y """a } where {"""}', "?x where{"),
])
def test_the_values_block_opens_the_outermost_where_group(query, expected):
    at = where_group_start(query)
    assert query[:at].endswith(expected)
    bound = with_bindings(query, {"x": ox.Literal('x" } ; DROP ALL ; #')})
    assert bound[at:].lstrip().startswith('VALUES ?x { "x\\" } ; DROP ALL ; #" }')


def test_updates_are_refused_by_the_embedded_backend(gold_store):
    before = len(gold_store)
    assert query_form("DROP ALL") == "DROP"
    for update in ("DROP ALL", "PREFIX a: <http://a/> INSERT DATA { a:b a:c a:d }", "CLEAR DEFAULT"):
        with pytest.raises(QueryError):
            EmbeddedBackend(gold_store.ox).run(update)
    assert len(gold_store) == before
