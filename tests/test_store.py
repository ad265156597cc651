"""The embedded store: replace-on-rebuild, persistence, locking, queries with bound values."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.graph import cohosts
from kg.graph.build import build_graph
from kg.graph.vocab import KG
from kg.model import Event, EventRecord
from kg.store import GraphStore, QueryRows, StoreError, open_store

LABEL_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?node WHERE { GRAPH ?g { ?node rdfs:label ?name } }"""


def test_adding_the_same_records_twice_replaces_their_graphs(gold_records):
    with open_store(in_memory=True) as store:
        first = store.add_records(gold_records)
        assert first == len(store) > 400
        network = sum(1 for g in cohosts.network_graphs(store.ox) | cohosts.pair_graphs(store.ox)
                      for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g)))
        assert store.add_records(gold_records) == first - network  # the same pairs: none written again
        assert len(store) == first
        assert store.graphs() == [URIRef("https://w3id.org/kg/id/article/seed-000"),
                                  URIRef("https://w3id.org/kg/id/article/seed-003")]


def test_a_changed_record_replaces_the_old_facts(gold_records):
    with open_store(in_memory=True) as store:
        store.add_records(gold_records)
        changed = EventRecord.from_dict(gold_records[1].to_dict())
        changed.events[0].names = ["Optics Valley Medical Summit"]
        store.add_records([changed])
        names = {str(r["name"]) for r in store.query(LABEL_QUERY)}
        assert "Optics Valley Medical Summit" in names
        assert "China Medical Device Industry Summit and 2020 Sinopharm-CMDC Ecosystem Conference" not in names


def test_the_store_count_matches_build_graph(gold_records, gold_store):
    assert len(gold_store) == sum(len(g) for g in build_graph(gold_records).graphs())


def test_remove_article(gold_store):
    before = len(gold_store)
    assert gold_store.remove_article("seed-003") is True
    assert gold_store.remove_article("seed-003") is False
    assert gold_store.graphs() == [gold_store.article_graph("seed-000")]
    assert 0 < len(gold_store) < before


def test_values_are_bound_as_typed_terms_not_pasted(gold_store):
    ask = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { GRAPH ?g { ?x rdfs:label ?name } }"
    assert gold_store.query(ask, {"name": Literal("中国医学装备协会", lang="zh")}) is True
    assert gold_store.query(ask, {"name": "中国医学装备协会"}) is False  # a plain string is not the @zh label
    assert gold_store.query(ask, {"name": '"} ?x ?y ?z {'}) is False  # text stays one value
    rows = gold_store.query(LABEL_QUERY, {"name": Literal("CMDC", lang="en")})
    assert rows.rows == []
    rows = gold_store.query(LABEL_QUERY.replace("rdfs:label", "<http://www.w3.org/2004/02/skos/core#altLabel>"),
                            {"name": Literal("CMDC", lang="en")})
    assert isinstance(rows, QueryRows) and rows.variables == ["name", "node"]
    assert [r["node"] for r in rows] == [URIRef("https://w3id.org/kg/id/org/826436b26a23adf4")]


def test_a_bound_variable_must_be_projected_and_the_error_says_so(gold_store):
    with pytest.raises(StoreError, match="projection"):
        gold_store.query("SELECT ?g WHERE { GRAPH ?g { ?x a ?type } }", {"type": KG.Summit})


def test_unbound_variables_come_back_as_none_and_construct_gives_a_graph(gold_store):
    rows = gold_store.query("""PREFIX kg: <https://w3id.org/kg/ontology#>
        SELECT ?e ?city WHERE { GRAPH ?g { ?e a kg:Exhibition OPTIONAL { ?e kg:city ?city } } }""")
    assert len(rows) == 1 and rows[0]["city"] is None
    graph = gold_store.query("CONSTRUCT { ?s a ?t } WHERE { GRAPH ?g { ?s a ?t } }")
    assert isinstance(graph, Graph) and (None, None, KG.Summit) in graph


def test_union_false_uses_the_empty_default_graph(gold_store):
    assert gold_store.query("ASK { ?s ?p ?o }") is True
    assert gold_store.query("ASK { ?s ?p ?o }", union=False) is False


def test_bad_sparql_is_a_store_error(gold_store):
    with pytest.raises(StoreError, match="bad SPARQL"):
        gold_store.query("SELECT WHERE {")


def test_dataset_copy_for_rdflib_consumers(gold_store):
    dataset = gold_store.dataset()
    assert isinstance(dataset, Dataset)
    assert sum(len(g) for g in dataset.graphs()) == len(gold_store)


def test_one_bad_record_does_not_stop_the_batch(gold_records):
    bad = EventRecord(article={"id": "bad"}, events=[Event("e1", ["某会"], start_date=20250711)])  # not a string
    failed = []
    with open_store(in_memory=True) as store:
        store.add_records([bad, *gold_records], on_error=lambda record, exc: failed.append(record.id))
        assert failed == ["bad"]
        assert len(store.graphs()) == 2


def test_the_store_persists_on_disk(tmp_path, gold_records):
    with open_store(tmp_path / "store") as store:
        count = store.add_records(gold_records)
    with open_store(tmp_path / "store") as store:
        assert len(store) == count
    with open_store(tmp_path / "store", read_only=True) as store:
        assert len(store) == count
        with pytest.raises(StoreError, match="read-only"):
            store.add_records(gold_records)


def test_a_store_in_use_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "store"
    with open_store(path):
        script = textwrap.dedent(f"""
            from kg.store import open_store, StoreError
            try:
                open_store({str(path)!r})
            except StoreError as exc:
                print(exc)
        """)
        out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60).stdout
    assert "in use by another process" in out


def test_paths_that_are_not_stores_are_refused(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file.txt")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.json").write_text(json.dumps({}))
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "folder")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing", read_only=True)


def test_a_closed_store_says_so(gold_records):
    store = open_store(in_memory=True)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        len(store)
    assert isinstance(store, GraphStore)


def test_optimize_keeps_every_quad(tmp_path, gold_records):
    with open_store(tmp_path / "s") as store:
        store.add_records(gold_records)
        before = len(store)
        store.optimize()
        assert len(store) == before > 0
