"""The exports answer the same questions in every store: Oxigraph servers loaded from ``graph.ttl`` and from
``graph.trig`` (started as ``oxigraph serve`` is by default: no union default graph), the embedded store, and
rdflib loading either file give every prepared query the same rows in the same order; superclass types are
there for stores without a reasoner; lighter provenance levels keep the facts and what the queries need.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef

from test_query_prepared import SECOND_REPORT

from kg.export import PROVENANCE, export
from kg.query import answer, prepared
from kg.query.bind import with_bindings
from kg.query.oxigraph_server import oxigraph_load, oxigraph_server
from kg.query.remote import RemoteBackend
from kg.query.results import Result, from_json
from kg.query.run import EmbeddedBackend
from kg.store import open_store

needs_oxigraph = pytest.mark.skipif(shutil.which("oxigraph") is None,
                                    reason="the oxigraph server (PyPI 'oxigraph') is not installed")

QUERIES = sorted(prepared.load_all())
EVENT_CLASSES = "kg:Event kg:Conference kg:Summit kg:Forum kg:Exhibition kg:Meeting kg:Ceremony"
#: a class users query by -> the classes the builder types nodes with, whose nodes it must all find
SUPERCLASSES = {
    "kg:Event": EVENT_CLASSES, "schema:Event": EVENT_CLASSES,
    "schema:Organization": "kg:Organization", "org:Organization": "kg:Organization",
    "schema:Person": "kg:Person",
    "schema:City": "kg:City", "schema:Country": "kg:Country", "schema:Place": "kg:City kg:Country",
    "org:Post": "kg:Post kg:AmbassadorPost",
    "schema:NewsArticle": "kg:Article",
}
PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
"""


class RdflibBackend:
    """rdflib's own SPARQL engine on a Graph (from Turtle) or a Dataset with a union default graph (from TriG)."""

    def __init__(self, graph: Graph, name: str) -> None:
        self.graph, self.name = graph, name

    def run(self, sparql: str, bindings=None) -> Result:
        found = self.graph.query(with_bindings(sparql, dict(bindings or {})))
        return from_json(json.loads(found.serialize(format="json")))


@pytest.fixture(scope="module")
def exported(gold_records, tmp_path_factory):
    """The seed gold records plus a second report of the seed conference (with an evidence sentence and a
    deeper organization chain), in the embedded store and exported as graph.ttl and graph.trig."""
    folder = tmp_path_factory.mktemp("exports")
    with open_store(in_memory=True) as store:
        store.add_records([*gold_records, SECOND_REPORT])
        export(store, "ttl", folder / "graph.ttl")
        export(store, "trig", folder / "graph.trig")
        yield store, folder


@pytest.fixture(scope="module")
def backends(exported, tmp_path_factory):
    """Every place the prepared queries run, by name: embedded, the two Oxigraph servers, rdflib on each file."""
    store, folder = exported
    union = Dataset(default_union=True)
    union.parse(folder / "graph.trig", format="trig")
    found = {"embedded": EmbeddedBackend(store.ox),
             "rdflib ttl": RdflibBackend(Graph().parse(folder / "graph.ttl", format="turtle"), "rdflib ttl"),
             "rdflib trig": RdflibBackend(union, "rdflib trig (default_union)")}
    if shutil.which("oxigraph") is None:
        yield found
        return
    locations = {name: tmp_path_factory.mktemp(name) for name in ("ttl", "trig")}
    for name, location in locations.items():
        oxigraph_load(location, folder / f"graph.{name}")
    with oxigraph_server(locations["ttl"]) as ttl, oxigraph_server(locations["trig"]) as trig:
        yield {**found, "oxigraph ttl": RemoteBackend(f"{ttl}/query"), "oxigraph trig": RemoteBackend(f"{trig}/query")}


@needs_oxigraph
@pytest.mark.parametrize("name", QUERIES)
def test_every_prepared_query_gives_the_same_rows_in_the_same_order_everywhere(backends, name):
    query = prepared.get(name)
    expected = answer(backends["embedded"], query)
    assert expected.rows, f"{name}: the example finds nothing, so the comparison would prove nothing"
    for where, backend in backends.items():
        got = answer(backend, query)
        assert got.variables == expected.variables, where
        assert got.rows == expected.rows, where


def test_every_prepared_query_orders_its_rows():
    for name in QUERIES:
        assert "ORDER BY" in prepared.get(name).sparql, name


@needs_oxigraph
@pytest.mark.parametrize("superclass", sorted(SUPERCLASSES))
def test_superclass_types_find_every_node_of_a_class_in_every_store(backends, exported, superclass):
    store, _ = exported
    typed = prepared.parse(f"{PREFIXES}SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ ?x a ?c }} "
                           f"VALUES ?c {{ {SUPERCLASSES[superclass]} }} }}", "typed")
    nodes = {r[0] for r in answer(EmbeddedBackend(store.ox), typed).rows}
    assert nodes
    query = prepared.parse(f"{PREFIXES}SELECT DISTINCT ?x WHERE {{ ?x a {superclass} }} ORDER BY ?x", superclass)
    for where, backend in backends.items():
        assert {r[0] for r in answer(backend, query).rows} == nodes, where


def _load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def test_provenance_levels_keep_every_fact_and_drop_only_provenance(exported, tmp_path):
    store, _ = exported
    graphs = {}
    for level in PROVENANCE:
        written = export(store, "ttl", tmp_path / f"{level}.ttl", provenance=level)
        graphs[level] = _load(tmp_path / f"{level}.ttl")
        assert written == len(graphs[level])
    count = {level: {q: len(list(g.query(PREFIXES + "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + f"SELECT * {{ {q} }}")))
                     for q in ("?a a kg:Assertion", "?s a kg:Sentence", "?a kg:evidence ?s", "?a kg:confidence ?c",
                               "?a prov:wasDerivedFrom ?article", "?e a kg:Event")}
             for level, g in graphs.items()}
    assert count["sentence"]["?s a kg:Sentence"] > 0 and count["sentence"]["?a kg:confidence ?c"] > 0
    assert count["article"]["?a a kg:Assertion"] == count["sentence"]["?a a kg:Assertion"] > 0
    assert count["article"]["?s a kg:Sentence"] == count["article"]["?a kg:evidence ?s"] == 0
    assert count["article"]["?a kg:confidence ?c"] == 0
    assert count["none"]["?a a kg:Assertion"] == count["none"]["?s a kg:Sentence"] == 0
    assert count["none"]["?a prov:wasDerivedFrom ?article"] > 0  # entities still name their articles
    assert len({c["?e a kg:Event"] for c in count.values()}) == 1
    # the facts (triples about anything but assertions and sentences) are the same at every level
    kinds = (URIRef("https://w3id.org/kg/ontology#Assertion"), URIRef("https://w3id.org/kg/ontology#Sentence"))
    provenance = {s for kind in kinds for s in graphs["sentence"].subjects(RDF.type, kind)}
    facts = {level: {t for t in g if t[0] not in provenance} for level, g in graphs.items()}
    assert facts["sentence"] == facts["article"] == facts["none"]
    assert len(graphs["sentence"]) > len(graphs["article"]) > len(graphs["none"])


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_dataset_formats_keep_their_named_graphs_at_every_level(exported, tmp_path, fmt):
    store, _ = exported
    for level in PROVENANCE:
        path = tmp_path / f"{level}.{fmt}"
        written = export(store, fmt, path, provenance=level)
        loaded = Dataset()
        loaded.parse(path, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
        quads = set(loaded.quads((None, None, None, None)))
        assert len(quads) == written
        assert {str(q[3]) for q in quads} == {g.value for g in store.ox.named_graphs()}


def test_fact_sources_answers_from_the_turtle_as_far_as_its_provenance_goes(exported, tmp_path):
    store, _ = exported
    query = prepared.get("fact-sources")
    given = {"subject": (None, "2025中国医学装备国际合作大会"), "object": (None, "China Association of Medical Equipment")}
    sentence = "The conference was hosted by the China Association of Medical Equipment."
    shown = {}
    for level in PROVENANCE:
        export(store, "ttl", tmp_path / f"{level}.ttl", provenance=level)
        rows = answer(RdflibBackend(_load(tmp_path / f"{level}.ttl"), level), query, given).rows
        shown[level] = [tuple(t.value if t is not None else "" for t in row) for row in rows]
    assert [r[3] for r in shown["sentence"]] == ["", sentence]  # the seed article's gold fact has no sentence
    assert [r[1].rsplit("/", 1)[-1] for r in shown["article"]] == ["seed-000", "test-followup"]
    assert [r[3] for r in shown["article"]] == ["", ""]
    assert shown["none"] == []


def test_an_unknown_provenance_level_is_refused(exported, tmp_path):
    store, _ = exported
    with pytest.raises(ValueError, match="unknown provenance level 'sentences'"):
        export(store, "ttl", tmp_path / "g.ttl", provenance="sentences")
    assert not (tmp_path / "g.ttl").exists()


def test_kg_build_and_kg_export_take_the_provenance_level(gold_records, tmp_path, capsys):
    from kg.cli import main
    from kg.pipeline import write_record

    for record in [*gold_records, SECOND_REPORT]:
        write_record(record, tmp_path / "records")
    store = tmp_path / "store"
    assert main(["build", "--records", str(tmp_path / "records"), "--store", str(store), "--out", str(tmp_path / "out"),
                 "--no-view", "--provenance", "none"]) == 0
    light = _load(tmp_path / "out" / "graph.ttl")
    assert not list(light.subjects(RDF.type, URIRef("https://w3id.org/kg/ontology#Assertion")))
    assert main(["export", "--store", str(store), "-f", "ttl", "-o", str(tmp_path / "full.ttl")]) == 0
    full = _load(tmp_path / "full.ttl")  # the store keeps every assertion whatever the exports carried
    assert list(full.subjects(RDF.type, URIRef("https://w3id.org/kg/ontology#Assertion")))
    assert main(["export", "--store", str(store), "-f", "ttl", "--provenance", "none", "-o", str(tmp_path / "n.ttl")]) == 0
    assert set(_load(tmp_path / "n.ttl")) == set(light)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["export", "--store", str(store), "-f", "ttl", "--provenance", "sentences"])
    assert "invalid choice: 'sentences'" in capsys.readouterr().err


@pytest.mark.parametrize("level", ["article", "none"])
def test_the_dataset_formats_drop_per_graph_what_the_whole_store_drops(exported, level):
    """kg.export.rdf.kept_quads holds one graph's sentences and assertions at a time; the same quads
    as dropping those of the whole store at once."""
    from kg.export.rdf import kept_quads, provenance_filter

    store, _ = exported
    everything = list(store.ox.quads_for_pattern(None, None, None, None))
    kept = list(kept_quads(store.ox, level))
    assert len(kept) == len(set(kept)) and set(kept) == set(filter(provenance_filter(store.ox, level), everything))
    assert len(everything) > len(kept) > 0
