"""The store's update log (kg.store.log) and ``kg push --bulk`` from it, into a real Oxigraph server on loopback:
replaying the N-Quads the builds wrote gives the server the store's graphs, through replacements, an
entity-resolution merge that rewrites stored graphs, and a removed article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main as kg_main
from kg.graph.vocab import KG, OWL
from kg.query.bulk import BulkTarget, CountMismatch, log_push
from kg.query.endpoint import EndpointError
from kg.store import StoreError, log, open_store

from test_query_materialised import event, org, record
from test_remote import _changed, server, empty_server, server_graphs, store_graphs  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server (PyPI 'oxigraph') is not installed")

# two reports of one exhibition nothing links until a third names the ministry with its country:
# the ministries merge, then the exhibitions, and the first two reports' graphs are rewritten
APART = [record("v1", [event("e1", "2030北欧牙科展览会", start_date="2030-05-04", hosts=["o1"])],
                [org("o1", "挪威卫生部", country="NO")], lang="zh"),
         record("v2", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-04", hosts=["o1"])],
                [org("o1", "Norway Ministry of Health")])]
BRIDGE = record("v3", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-05", hosts=["o1"])],
                [org("o1", "Norway Ministry of Health", country="NO")])


def build(path, *batches, keep_log: bool = True) -> None:
    """Each batch in its own process-like open of the store, as successive ``kg build`` runs write it."""
    for batch in batches:
        with open_store(path, keep_log=keep_log) as store:
            store.add_records(batch)


def test_replaying_the_log_gives_the_server_the_stores_graphs(tmp_path, gold_records, empty_server):
    path = tmp_path / "store"
    build(path, gold_records, APART[:1], APART[1:], [BRIDGE], [_changed(gold_records[0])])
    with open_store(path) as store:
        assert store.remove_article("v2")
    entries = log.entries(path)
    iris = open_store(in_memory=True).iris
    assert len(entries) == 6 and entries[-1].graphs[0] == iris.article("v2")
    assert all("/cohost/" in g for g in entries[-1].graphs[1:])  # the pairs it recounted
    with open_store(path, read_only=True) as store:
        assert store.ox.query(f"ASK {{ GRAPH ?g {{ ?gone <{OWL.sameAs}> ?kept }} }}")  # the merge happened
        report = log_push(path, store.ox, BulkTarget("oxigraph", empty_server))
        assert report.on_server == len(store) and report.skipped == 0
        assert server_graphs(empty_server) == store_graphs(store)


def test_a_push_with_a_manifest_sends_only_the_updates_the_server_has_not_taken(tmp_path, gold_records, empty_server):
    path, manifest = tmp_path / "store", tmp_path / "push.json"
    build(path, gold_records, APART[:1])
    target = BulkTarget("oxigraph", empty_server)
    with open_store(path, read_only=True) as store:
        first = log_push(path, store.ox, target, manifest=manifest)
    assert (first.skipped, first.graphs) == (0, sum(len(e.graphs) for e in log.entries(path)))  # each update's graphs
    build(path, APART[1:], [BRIDGE])
    with open_store(path, read_only=True) as store:
        second = log_push(path, store.ox, target, manifest=manifest)
        assert second.skipped == 2  # the first two updates are on the server already
        assert server_graphs(empty_server) == store_graphs(store)


def test_updates_that_replace_no_graph_of_each_other_go_together(tmp_path, gold_records, empty_server):
    """Two builds of other articles are one drop and one load; an update replacing a graph an earlier one
    loaded waits for it."""
    path = tmp_path / "store"
    build(path, gold_records[:1], APART[:1], [_changed(gold_records[0])])
    # the first writes the network's graph and its article's one pair, the second names nothing of it
    assert [len(e.graphs) for e in log.entries(path)] == [3, 1, 1]
    with open_store(path, read_only=True) as store:
        report = log_push(path, store.ox, BulkTarget("oxigraph", empty_server), chunk_bytes=1 << 30)
        assert report.chunks == 2  # entries 1-2 in one piece, entry 3 after them
        assert server_graphs(empty_server) == store_graphs(store)


def test_no_log_unless_asked_and_only_from_an_empty_store(tmp_path, gold_records):
    build(tmp_path / "plain", gold_records, keep_log=False)
    assert not log.kept(tmp_path / "plain")
    assert not any(p.name.startswith("kg-pending") for p in (tmp_path / "plain").iterdir())
    with pytest.raises(StoreError, match="built without an update log"):
        open_store(tmp_path / "plain", keep_log=True)
    build(tmp_path / "logged", gold_records)
    build(tmp_path / "logged", [_changed(gold_records[0])], keep_log=False)  # a store that keeps one keeps it
    assert len(log.entries(tmp_path / "logged")) == 2


def test_a_store_changed_outside_the_log_loses_it(tmp_path, gold_records):
    """An older store upgraded when opened (kg:reportedIn added by an update the log does not hold)."""
    path = tmp_path / "store"
    build(path, gold_records)
    older = ox.Store(str(path))
    older.update(f"DELETE WHERE {{ GRAPH ?g {{ ?e <{KG.reportedIn}> ?a }} }}")
    older.flush()
    del older
    with open_store(path):
        pass
    assert not log.kept(path)


def test_kg_build_keep_log_and_kg_push_bulk_from_it(tmp_path, empty_server, capsys):
    records = Path(__file__).parent / "fixtures"
    folder = tmp_path / "records"
    folder.mkdir()
    for p in records.glob("*.gold.json"):
        shutil.copy(p, folder / p.name.replace(".gold", ""))
    store = tmp_path / "store"
    assert kg_main(["build", "--records", str(folder), "--store", str(store), "--out", str(tmp_path / "out"),
                    "--no-view", "--keep-log"]) == 0
    assert log.kept(store)
    capsys.readouterr()
    assert kg_main(["push", "--store", str(store), "--bulk", empty_server]) == 0
    err = capsys.readouterr().err
    assert "from the store's update log" in err and "pushed 5 graphs" in err  # and the network's and its 2 pairs'
    with open_store(store, read_only=True) as built:
        assert server_graphs(empty_server) == store_graphs(built)


def test_pieces_end_at_line_ends_and_join_small_files(tmp_path):
    from kg.query.bulk import _pieces

    files = [tmp_path / "a.nq", tmp_path / "b.nq", tmp_path / "c.nq"]
    for f, text in zip(files, (b"<a> <p> <o> .\n<b> <p> <o> .", b"", b"<c> <p> <o> .\n")):
        f.write_bytes(text)
    assert list(_pieces(files, 1 << 20)) == [b"<a> <p> <o> .\n<b> <p> <o> .\n<c> <p> <o> .\n"]
    small = list(_pieces(files, 20))
    assert all(p.endswith(b"\n") for p in small) and b"".join(small).count(b"\n") == 3 and len(small) > 1


class _CutAfter(BulkTarget):
    """A real target whose connection is lost after ``n`` pieces."""

    def __init__(self, url: str, n: int) -> None:
        super().__init__("oxigraph", url, in_flight=1)
        self.left = n

    def load(self, data: bytes, media_type: str = "application/trig") -> None:
        if self.left == 0:
            raise EndpointError(f"cannot reach {self.load_url}: connection lost")
        self.left -= 1
        super().load(data, media_type)


def test_an_interrupted_log_push_resumes_from_the_update_it_stopped_in(tmp_path, gold_records, empty_server):
    path, manifest = tmp_path / "store", tmp_path / "push.json"
    # three runs: each update replaces a graph of the one before
    build(path, gold_records, [_changed(gold_records[0])], gold_records[:1])
    with open_store(path, read_only=True) as store:
        with pytest.raises(EndpointError, match="connection lost"):
            log_push(path, store.ox, _CutAfter(empty_server, 2), manifest=manifest, chunk_bytes=1 << 30)
        resumed = log_push(path, store.ox, BulkTarget("oxigraph", empty_server), manifest=manifest)
        assert (resumed.skipped, resumed.chunks) == (2, 1)
        assert server_graphs(empty_server) == store_graphs(store)


def test_a_log_that_lost_an_update_fails_the_count_check(tmp_path, gold_records, empty_server):
    path = tmp_path / "store"
    build(path, gold_records[:1], gold_records[1:])
    shutil.rmtree(log.entries(path)[-1].folder)
    with open_store(path, read_only=True) as store, pytest.raises(CountMismatch, match="fewer than the"):
        log_push(path, store.ox, BulkTarget("oxigraph", empty_server))


def test_keep_log_on_a_store_built_without_it_is_a_one_line_error(store_dir, tmp_path, run_kg):
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(next((Path(__file__).parent / "fixtures").glob("*.gold.json")), folder / "one.json")
    done = run_kg("build", "--records", folder, "--store", store_dir, "--out", tmp_path / "out", "--no-view", "--keep-log")
    assert done.returncode != 0 and "built without an update log" in done.stderr and "Traceback" not in done.stderr
    assert not log.kept(store_dir)
