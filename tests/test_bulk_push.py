"""``kg push --bulk``: TriG chunks into a real Oxigraph server on loopback, replaced, resumable, counted."""

from __future__ import annotations

import shutil
import threading

import pyoxigraph as ox
import pytest

from kg.cli import main as kg_main
from kg.query import answer, prepared
from kg.query.bulk import BulkTarget, bulk_push, chunks
from kg.query.endpoint import EndpointError
from kg.query.remote import RemoteBackend
from kg.query.run import EmbeddedBackend

from test_remote import _changed, default_graph_holds_triples, server, empty_server, server_graphs, store_graphs  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (PyPI 'oxigraph') is not installed")


class _CutAfter(BulkTarget):
    """A real target whose connection is lost after ``n`` chunks (the push stops there with an error)."""

    def __init__(self, url: str, n: int) -> None:
        super().__init__("oxigraph", url)
        self.left = n
        self.lock = threading.Lock()  # two chunks are sent at a time

    def load(self, trig: bytes) -> None:
        with self.lock:
            if self.left == 0:
                raise EndpointError(f"cannot reach {self.load_url}: connection lost")
            self.left -= 1
        super().load(trig)


def test_chunks_hold_whole_graphs_as_trig(gold_store):
    one_each = list(chunks(gold_store.ox, chunk_bytes=1))
    assert [len(c.graphs) for c in one_each] == [1] * 5  # the two articles, the co-host network and its 2 pairs
    together = list(chunks(gold_store.ox))
    assert len(together) == 1 and together[0].quads == len(gold_store)
    assert together[0].data == b"".join(c.data for c in one_each)
    for chunk in one_each:
        assert set(ox.parse(chunk.data, ox.RdfFormat.TRIG)) == \
            set(gold_store.ox.quads_for_pattern(None, None, None, chunk.graphs[0]))


def test_awkward_terms_survive_the_trig_chunks(empty_server):
    """Each graph's N-Triples dump is the body of its TriG block: escapes, language tags, datatypes and
    blank nodes (one shared by two graphs) come out on the server as they are in the store."""
    store, shared = ox.Store(), ox.BlankNode()
    g1, g2 = ox.NamedNode("https://example.org/g/1"), ox.NamedNode("https://example.org/g/2")
    s, p = ox.NamedNode("https://example.org/s?a=1&b=\u00e9"), ox.NamedNode("https://example.org/p")
    for o in (ox.Literal('line one\nline "two"\t\\ end }'), ox.Literal("展览会 {x}", language="zh-Hans"),
              ox.Literal("1.50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), shared):
        store.add(ox.Quad(s, p, o, g1))
    store.add(ox.Quad(shared, p, ox.Literal("."), g2))
    report = bulk_push(store, BulkTarget("oxigraph", empty_server))
    assert report.on_server == len(store) == 5
    answer = RemoteBackend(f"{empty_server}/query").run(
        "SELECT ?o ?x WHERE { GRAPH <https://example.org/g/1> { ?s ?p ?o } "
        "OPTIONAL { GRAPH <https://example.org/g/2> { ?o ?p ?x } } }")
    held = {str(o): x for o, x in answer.rows}
    assert {k for k in held if not k.startswith("_:")} == \
        {str(q.object) for q in store.quads_for_pattern(None, None, None, g1) if isinstance(q.object, ox.Literal)}
    assert [x for k, x in held.items() if k.startswith("_:")] == [ox.Literal(".")]


def test_bulk_push_keeps_the_named_graphs_and_checks_the_count(gold_store, empty_server):
    report = bulk_push(gold_store.ox, BulkTarget("oxigraph", empty_server))
    assert (report.graphs, report.quads, report.on_server) == (5, len(gold_store), len(gold_store))
    assert server_graphs(empty_server) == store_graphs(gold_store)
    assert not default_graph_holds_triples(empty_server)


def test_bulk_push_again_replaces_each_article_graph(gold_store, gold_records, empty_server):
    target = BulkTarget("oxigraph", empty_server)
    bulk_push(gold_store.ox, target)
    gold_store.add_records([_changed(gold_records[0])])
    bulk_push(gold_store.ox, target)
    assert server_graphs(empty_server) == store_graphs(gold_store)
    hosts, event = prepared.get("event-hosts"), {"event": (None, "2025中国医学装备国际合作大会")}
    assert answer(RemoteBackend(f"{empty_server}/query"), hosts, event).rows == \
        answer(EmbeddedBackend(gold_store.ox), hosts, event).rows


def test_an_interrupted_push_resumes_from_its_manifest(gold_store, empty_server, tmp_path):
    manifest = tmp_path / "push.json"
    with pytest.raises(EndpointError, match="connection lost"):
        bulk_push(gold_store.ox, _CutAfter(empty_server, 1), manifest=manifest, chunk_bytes=1)
    assert len(server_graphs(empty_server)) == 1
    resumed = bulk_push(gold_store.ox, BulkTarget("oxigraph", empty_server), manifest=manifest, chunk_bytes=1)
    assert (resumed.chunks, resumed.skipped) == (5, 1)
    assert server_graphs(empty_server) == store_graphs(gold_store)
    again = bulk_push(gold_store.ox, _CutAfter(empty_server, 0), manifest=manifest, chunk_bytes=1)
    assert again.skipped == 5  # nothing sent: the cut target would have raised


def test_a_manifest_for_another_server_is_not_trusted(gold_store, empty_server, tmp_path):
    manifest = tmp_path / "push.json"
    [chunk] = chunks(gold_store.ox)
    manifest.write_text(f'{{"target": "http://127.0.0.1:1", "chunks": ["{chunk.digest}"]}}', encoding="utf-8")
    assert bulk_push(gold_store.ox, BulkTarget("oxigraph", empty_server), manifest=manifest).skipped == 0
    assert server_graphs(empty_server) == store_graphs(gold_store)


def test_kg_push_bulk_from_the_command_line(store_dir, empty_server, tmp_path, capsys):
    manifest = tmp_path / "m.json"
    assert kg_main(["push", "--store", str(store_dir), "--bulk", empty_server, "--manifest", str(manifest)]) == 0
    err = capsys.readouterr().err
    assert "pushed 5 graphs" in err and "the server holds" in err  # the two articles, the network and its 2 pairs
    assert kg_main(["push", "--store", str(store_dir), "--bulk", empty_server, "--manifest", str(manifest)]) == 0
    assert "1 chunk already there" in capsys.readouterr().err


def test_bad_bulk_arguments_are_one_line_errors(store_dir, tmp_path, run_kg):
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    done = run_kg("push", "--store", store_dir, "--bulk", "http://127.0.0.1:9", "--manifest", bad)
    assert done.returncode != 0 and f"{bad}: not a kg push manifest" in done.stderr and "Traceback" not in done.stderr
    done = run_kg("push", "--store", store_dir, "--virtuoso-isql", "127.0.0.1:1111")
    assert done.returncode != 0 and "needs --virtuoso-dir" in done.stderr



def test_an_added_article_changes_only_the_chunk_it_falls_in(gold_store, gold_records):
    from dataclasses import replace

    size = max(len(c.data) for c in chunks(gold_store.ox, chunk_bytes=1)) * 4  # each chunk holds a few graphs
    for n in range(40):
        gold_store.add_records([replace(gold_records[1], article={**gold_records[1].article, "id": f"copy-{n:02}"})])
    before = [c.digest for c in chunks(gold_store.ox, size)]
    gold_store.add_records([replace(gold_records[1], article={**gold_records[1].article, "id": "copy-20b"})])
    after = [c.digest for c in chunks(gold_store.ox, size)]
    assert len(before) > 3
    assert len(set(after) - set(before)) <= 2  # the new graph's chunk (and at most the next one) differ
