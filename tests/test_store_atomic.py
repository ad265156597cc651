"""Store updates and exports survive kill -9, a full disk and a second build on the same folders."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.cli import main
from kg.graph.vocab import OWL
from kg.model import EventRecord
from kg.outdir import OutputFolder
from kg.store import journal, open_store

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = 400
#: the checkout (or installed package) the child processes must import
KG_ROOT = str(Path(kg.__file__).resolve().parents[1])


def write_records(folder: Path, version: int) -> None:
    """ARTICLES records made from the two gold records; version 2 adds an organization to each."""
    folder.mkdir(parents=True, exist_ok=True)
    golds = [json.loads((FIXTURES / n).read_text(encoding="utf-8")) for n in ("seed-000.gold.json",
                                                                              "seed-003.gold.json")]
    for i in range(ARTICLES):
        d = json.loads(json.dumps(golds[i % 2]))
        d["article"]["id"] = f"art-{i:04d}"
        if version == 2:
            d["organizations"].append({"id": "o99", "names": [f"Rebuilt Trade Council {i}"]})
        (folder / f"art-{i:04d}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")


def graph_sizes(store_dir: Path) -> dict[str, int]:
    """Quads per article graph and the co-host network's (opening the store writable finishes an interrupted
    update); the pairs' graphs, which the same journal writes, are left out (which pairs a version has varies)."""
    with open_store(store_dir) as store:
        rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {str(r["g"]).rsplit("/", 1)[-1]: int(r["n"]) for r in rows if "/cohost/" not in str(r["g"])}


def kg_build(*args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": KG_ROOT}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store and exports of ARTICLES articles (version 1), and version 2 of the records."""
    base = tmp_path_factory.mktemp("atomic")
    write_records(base / "v1", 1)
    write_records(base / "v2", 2)
    assert main(["build", "--records", str(base / "v1"), "--store", str(base / "store"),
                 "--out", str(base / "out"), "--no-view"]) == 0
    old = graph_sizes(base / "store")
    assert main(["build", "--records", str(base / "v2"), "--store", str(base / "new"),
                 "--out", str(base / "newout"), "--no-view"]) == 0
    new = graph_sizes(base / "new")
    articles = [a for a in old if a != "cohosts"]  # the other graph: the co-host network, old or new like them
    assert len(articles) == ARTICLES and all(new[a] > old[a] for a in articles)
    return base, old, new


def wait_for(store_dir: Path, mark: str, timeout: float = 60.0) -> None:
    """Until a file or folder whose name starts with ``mark`` appears in the store folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(name.startswith(mark) for name in os.listdir(store_dir)):
            return
        time.sleep(0.002)


#: when to kill: once the store holds a journal being written, or a finished one being applied
#: (plus a delay), or a fixed time after the start (before or after the store update)
KILL_POINTS = [(f"{journal.PENDING}.tmp-", 0.0), (journal.PENDING, 0.0), (journal.PENDING, 0.05),
               (journal.PENDING, 0.2), (None, 1.0), (None, 3.0)]


@pytest.mark.parametrize(("mark", "delay"), KILL_POINTS)
def test_kill_9_during_a_rebuild_loses_no_article(built, mark, delay):
    base, old, new = built
    child = kg_build("--records", str(base / "v2"), "--store", str(base / "store"), "--out", str(base / "out"),
                     "--no-view")
    if mark is not None:
        wait_for(base / "store", mark)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    sizes = graph_sizes(base / "store")
    assert set(sizes) == set(old), "articles lost"
    assert all(sizes[a] in (old[a], new[a]) for a in sizes), "a half-replaced article"
    assert not journal.pending(base / "store")
    with OutputFolder(base / "out"):  # the next command to use the folder cleans up after the killed one
        pass
    assert_exports_consistent(base / "out")


def assert_exports_consistent(out: Path) -> None:
    leftovers = [p.name for p in out.rglob(".*") if p.is_file() or p.is_dir()]
    assert leftovers == [], f"stale temporary files: {leftovers}"
    if not (out / "graph.ttl").exists():
        return
    ttl = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    trig = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)}
    assert ttl == trig, "graph.ttl and graph.trig come from different builds"


def _small_files(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_ends_in_one_line_with_the_store_intact(tmp_path):
    write_records(tmp_path / "v1", 1)
    write_records(tmp_path / "v2", 2)
    store, out = tmp_path / "store", tmp_path / "out"
    assert main(["build", "--records", str(tmp_path / "v1"), "--store", str(store), "--out", str(out),
                 "--no-view"]) == 0
    before = graph_sizes(store)
    child = kg_build("--records", str(tmp_path / "v2"), "--store", str(store), "--out", str(out), "--no-view",
                     preexec_fn=_small_files(64 * 1024))
    _, err = child.communicate(timeout=300)
    assert child.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "File too large" in err
    assert graph_sizes(store) == before


def test_an_update_killed_after_its_journal_is_finished_on_the_next_open(tmp_path, gold_records):
    """The journal is the commit point: written in full, it is applied even if its writer died."""
    with open_store(tmp_path / "s") as store:
        store.add_records(gold_records[:1])
    with open_store(tmp_path / "s") as store:  # write the journal of an update but do not apply it
        entries = [(store.article_graph(r.id), _nquads(store, r)) for r in gold_records]
        journal.write(tmp_path / "s", entries)
    assert journal.pending(tmp_path / "s")
    with open_store(tmp_path / "s", read_only=True) as store:
        assert len(store.graphs()) == 2
    assert not journal.pending(tmp_path / "s")


def _nquads(store, record: EventRecord) -> bytes:
    from kg.graph.terms import NQuadsWriter
    from kg.graph.triples import record_triples

    graph, triples = record_triples(record, store.iris)
    return NQuadsWriter().graph(graph, triples)


def test_a_record_whose_graph_fails_keeps_its_old_graph(tmp_path, gold_records):
    with open_store(tmp_path / "s") as store:
        store.add_records(gold_records)
        before = len(store)
        broken = EventRecord.from_dict(gold_records[0].to_dict())
        broken.article["title"] = "lone \ud800 surrogate"
        failed = []
        store.add_records([broken], on_error=lambda r, exc: failed.append(r.id))
        assert failed == [broken.id] and len(store) == before


def test_two_builds_cannot_write_the_same_output_folder(tmp_path, capsys):
    write_records(tmp_path / "v1", 1)
    with OutputFolder(tmp_path / "out"):
        code = main(["build", "--records", str(tmp_path / "v1"), "--store", str(tmp_path / "s"),
                     "--out", str(tmp_path / "out"), "--no-view"])
        assert code == 2
        assert "being written by another kg command" in capsys.readouterr().err
        assert main(["extract", str(FIXTURES.parent.parent / "examples" / "articles"),
                     "--out", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out" / "records").exists()


def test_stale_temporary_files_and_half_committed_exports_are_cleaned_up(tmp_path):
    out = tmp_path / "out"
    with OutputFolder(out) as folder:
        stage = folder.stage()
        (stage / "records").mkdir()
        (stage / "records" / "a.json").write_text("{}", encoding="utf-8")
        (stage / "graph.ttl").write_text("new", encoding="utf-8")
        (out / ".kg-commit").write_text(stage.name, encoding="utf-8")  # as if killed while committing
        folder._stage = None
    (out / ".graph.trig.x1y2.tmp").write_text("half", encoding="utf-8")
    (out / ".kg-stage-dead").mkdir()
    with OutputFolder(out):
        pass
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == ["graph.ttl", "records", "records/a.json"]


# -- a later merge rewrites stored graphs: part of the same journaled update --------------------
MERGED_ARTICLES = 300
MINISTRY, OFFICE = "Norway Ministry of Health", "Royal Health Office"


def write_two_bodies(folder: Path) -> None:
    """Articles naming one of two bodies that nothing yet says are one: hosts of an event, employers."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(MERGED_ARTICLES):
        body = MINISTRY if i % 2 else OFFICE
        d = {"article": {"id": f"body-{i:04d}", "lang": "en"},
             "events": [{"id": "e1", "names": [f"Fjord Health Day {i}"], "type": "Meeting",
                         "start_date": "2030-05-04", "country": "NO", "hosts": ["o1"]}],
             "organizations": [{"id": "o1", "names": [body], "country": "NO"}],
             "people": [{"id": "p1", "names": [f"Kari Nordmann {i}"], "roles": [{"title": "Director", "org": "o1"}]}]}
        (folder / f"body-{i:04d}.json").write_text(json.dumps(d), encoding="utf-8")


def store_quads(store_dir: Path) -> frozenset[str]:
    """Every quad of the store (opening it writable finishes an interrupted update)."""
    with open_store(store_dir) as store:
        return frozenset(str(q) for q in store.ox)


@pytest.fixture(scope="module")
def merging(tmp_path_factory):
    """A store of two bodies' articles; an alias file and a record that make them one (every
    graph naming the retired body is rewritten); the store before and after that update."""
    base = tmp_path_factory.mktemp("merge")
    write_two_bodies(base / "v1")
    assert main(["build", "--records", str(base / "v1"), "--store", str(base / "store"), "--out",
                 str(base / "out"), "--no-view"]) == 0
    (base / "v2").mkdir()
    (base / "v2" / "bridge.json").write_text(json.dumps(
        {"article": {"id": "bridge", "lang": "en"},
         "organizations": [{"id": "o1", "names": ["Norges helsekontor"], "country": "NO"}]}), encoding="utf-8")
    (base / "aliases.tsv").write_text(f"{MINISTRY}\t{OFFICE}\tNorges helsekontor\n", encoding="utf-8")
    shutil.copytree(base / "store", base / "new")
    assert main(["build", "--records", str(base / "v2"), "--aliases", str(base / "aliases.tsv"),
                 "--store", str(base / "new"), "--out", str(base / "newout"), "--no-view"]) == 0
    old, new = store_quads(base / "store"), store_quads(base / "new")
    retired = [q for q in new if str(OWL.sameAs) in q]
    assert len(retired) == 1 and len(old ^ new) > MERGED_ARTICLES  # half the graphs were rewritten
    return base, old, new


#: the journal's marks, and times spread over the child's life (about 3 s: resolving, rewriting, writing)
MERGE_KILL_POINTS = [(f"{journal.PENDING}.tmp-", 0.0), (journal.PENDING, 0.0), (journal.PENDING, 0.05),
                     *((None, t) for t in (1.0, 1.3, 1.6, 1.9, 2.2, 2.6))]


@pytest.mark.parametrize(("mark", "delay"), MERGE_KILL_POINTS)
def test_kill_9_during_a_merge_leaves_the_store_old_or_new(merging, tmp_path, mark, delay):
    base, old, new = merging
    store = tmp_path / "store"
    shutil.copytree(base / "store", store)
    child = kg_build("--records", str(base / "v2"), "--aliases", str(base / "aliases.tsv"), "--store", str(store),
                     "--out", str(tmp_path / "out"), "--no-view")
    if mark is not None:
        wait_for(store, mark)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert store_quads(store) in (old, new), "a half-made merge"
    assert not journal.pending(store)
