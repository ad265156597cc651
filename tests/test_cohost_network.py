"""The co-host network materialised in graphs of its own (kg.graph.cohosts, docs/graph-model.md
"Materialised links"): ``cohost-network`` reads it and must answer as the query that joins every
event's hosts (``tests/fixtures/unmaterialised/cohost-network.rq``) on the dev corpus's gold graph,
embedded and on an Oxigraph server, and after incremental builds that merge nodes across articles,
rebuild an article and remove one (an on-disk store, ``kg build --records`` on record files), also
when its update log is replayed into a server; and the pairs that updates recount one batch at a time
must be those that one build of all the records counts.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from test_query_materialised import REFERENCE, event, org, record
from test_remote import empty_server, server  # noqa: F401

from kg.cli import main as kg_main
from kg.graph import cohosts
from kg.graph.iris import Iris
from kg.graph.terms import NQuadsWriter
from kg.graph.vocab import KG
from kg.model import EventRecord
from kg.query import answer, prepared
from kg.query.bulk import BulkTarget, bulk_push, log_push
from kg.query.remote import RemoteBackend
from kg.query.run import EmbeddedBackend
from kg.store import log, open_store
from kg.validate import validate

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
needs_dev_corpus = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"no dev corpus at {DEV_CORPUS}")

# two reports of one fair that nothing links until a third names the ministry with its country: the
# ministries merge, then the fairs, and the fair's co-hosts from the two first reports become a pair
APART = [record("v1", [event("e1", "2030北欧牙科展览会", start_date="2030-05-04", hosts=["o1"],
                             co_hosts=["o2"])],
                [org("o1", "挪威卫生部", country="NO"), org("o2", "奥斯陆贸易理事会", country="NO")],
                lang="zh"),
         record("v2", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-04", hosts=["o1"],
                             co_hosts=["o2"])],
                [org("o1", "Norway Ministry of Health"), org("o2", "Bergen Expo Ltd", country="NO")])]
BRIDGE = record("v3", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-05", hosts=["o1"])],
                [org("o1", "Norway Ministry of Health", country="NO")])
#: v2 again, the fair now co-hosted by a third organization
REBUILT = record("v2", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-04", hosts=["o1"],
                              co_hosts=["o2", "o3"])],
                 [org("o1", "Norway Ministry of Health"), org("o2", "Bergen Expo Ltd", country="NO"),
                  org("o3", "Nordic Dental Federation")])

# a forum that two articles report with other co-hosts, a summit two of its hosts share, an expo with
# the same organizations, and the first article again with one co-host less
FORUM, SUMMIT, EXPO = "2031 Baltic Medical Forum", "2031 Baltic Pharma Summit", "2031 Riga Health Expo"
BALTIC = {"a": "Baltic Medical Association", "b": "Riga Trade Council", "c": "Latvian Ministry of Health",
          "d": "Nordic Pharma Group"}


def baltic(article: str, *events: dict) -> EventRecord:
    named = {o for e in events for o in e.get("hosts", []) + e.get("co_hosts", [])}
    return record(article, events, [org(o, BALTIC[o]) for o in sorted(named)])


MANY = [baltic("m1", event("e1", FORUM, start_date="2031-03-01", hosts=["a"], co_hosts=["b", "c"]),
               event("e2", SUMMIT, type="Summit", start_date="2031-04-01", hosts=["a", "b"])),
        baltic("m2", event("e1", FORUM, start_date="2031-03-01", hosts=["a"], co_hosts=["d"])),
        baltic("m3", event("e1", EXPO, start_date="2031-06-01", hosts=["b"], co_hosts=["c", "d", "a"])),
        baltic("m1", event("e1", FORUM, start_date="2031-03-01", hosts=["a"], co_hosts=["b"]),
               event("e2", SUMMIT, type="Summit", start_date="2031-04-01", hosts=["a", "b"]))]


def answers(backend) -> tuple[list, list]:
    """cohost-network's rows and those of the query it replaces, on one backend."""
    query, reference = prepared.get("cohost-network"), prepared.load_file(REFERENCE / "cohost-network.rq")
    got, want = answer(backend, query), answer(backend, reference)
    assert got.variables == want.variables
    return got.rows, want.rows


def names(rows, store) -> set[tuple[str, str, int]]:
    """The rows as (label, label, events), each pair's labels sorted."""
    def label(term) -> str:
        return str(store.query(f"SELECT ?l WHERE {{ <{term.value}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} "
                               "ORDER BY ?l LIMIT 1").rows[0]["l"])
    return {(*sorted((label(a), label(b))), int(n.value)) for a, b, n in rows}


def write_records(folder: Path, records: list[EventRecord]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        (folder / f"{r.id}.json").write_text(json.dumps(r.to_dict(), ensure_ascii=False), encoding="utf-8")
    return folder


def kg_build(records: Path, store: Path, out: Path) -> None:
    assert kg_main(["build", "--records", str(records), "--store", str(store), "--out", str(out), "--no-view",
                    "--keep-log"]) == 0


@needs_dev_corpus
def test_the_pairs_answer_as_the_joined_hosts_on_the_dev_gold_graph_embedded_and_on_a_server(tmp_path, empty_server):
    records = tmp_path / "records"
    records.mkdir()
    for p in DEV_CORPUS.glob("*.gold.json"):
        shutil.copy(p, records / p.name.replace(".gold", ""))
    kg_build(records, tmp_path / "store", tmp_path / "out")
    with open_store(tmp_path / "store", read_only=True) as store:
        here, reference = answers(EmbeddedBackend(store.ox))
        assert here == reference
        assert len(here) > 50 and any(int(n.value) > 1 for _, _, n in here)  # the comparison proves something
        bulk_push(store.ox, BulkTarget("oxigraph", empty_server))
    there, reference_there = answers(RemoteBackend(f"{empty_server}/query"))
    assert there == reference_there == here


def test_the_pairs_stay_right_through_merges_rebuilds_and_removals(tmp_path, gold_records, empty_server):
    store, out = tmp_path / "store", tmp_path / "out"
    kg_build(write_records(tmp_path / "seeds", gold_records), store, out)
    kg_build(write_records(tmp_path / "apart", APART), store, out)
    with open_store(store, read_only=True) as s:
        got, want = answers(EmbeddedBackend(s.ox))
        assert got == want
        before = names(got, s)
    assert ("Bergen Expo Ltd", "Norway Ministry of Health", 1) in before  # two ministries, two fairs: no pair across
    assert not any("Bergen Expo Ltd" in p and "奥斯陆贸易理事会" in p for p in before)

    kg_build(write_records(tmp_path / "bridge", [BRIDGE]), store, out)  # merges across articles
    with open_store(store, read_only=True) as s:
        assert s.query("ASK { GRAPH ?g { ?gone <http://www.w3.org/2002/07/owl#sameAs> ?kept } }")
        got, want = answers(EmbeddedBackend(s.ox))
        assert got == want
        merged = names(got, s)
    assert ("Bergen Expo Ltd", "奥斯陆贸易理事会", 1) in merged  # co-hosts of one fair, named by two articles

    kg_build(write_records(tmp_path / "rebuilt", [REBUILT]), store, out)
    with open_store(store) as s:
        got, want = answers(EmbeddedBackend(s.ox))
        assert got == want
        assert ("Bergen Expo Ltd", "Nordic Dental Federation", 1) in names(got, s)
        assert s.remove_article("v1")
        got, want = answers(EmbeddedBackend(s.ox))
        assert got == want
        assert not any("奥斯陆贸易理事会" in p for p in names(got, s))
        assert validate(s).conforms

    # the update log, replayed into a server: the updates that name other articles go together, each
    # with its own version of the network, and the server ends with the last one
    assert len(log.entries(store)) == 5
    with open_store(store, read_only=True) as s:
        report = log_push(store, s.ox, BulkTarget("oxigraph", empty_server))
        assert report.on_server == len(s)
        embedded = answers(EmbeddedBackend(s.ox))
    assert answers(RemoteBackend(f"{empty_server}/query")) == embedded


def test_a_store_written_before_the_pairs_gets_them_when_opened(tmp_path, gold_records):
    with open_store(tmp_path / "store") as store:
        store.add_records(gold_records + APART)
        expected = answers(EmbeddedBackend(store.ox))
        network = store.iris.cohost_network()
    older = ox.Store(str(tmp_path / "store"))  # as kg wrote it before the network
    older.remove_graph(ox.NamedNode(network))
    older.flush()
    del older
    with open_store(tmp_path / "store", read_only=True) as store:
        got = answers(EmbeddedBackend(store.ox))
        assert got == expected and got[0]


def network_quads(store) -> set[ox.Quad]:
    """The quads of the store's co-host network: its graph and every pair's."""
    graphs = cohosts.network_graphs(store.ox) | cohosts.pair_graphs(store.ox)
    return {q for g in graphs for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g))}


def counted_in_full(store) -> set[ox.Quad]:
    """The network that counting all the store's host statements at once gives."""
    writer = NQuadsWriter()
    text = b"".join(writer.graph(*g) for g in cohosts.network(store.iris, cohosts.stored_hosts(store.ox)))
    return set(ox.parse(text, format=ox.RdfFormat.N_QUADS))


def test_pairs_recounted_update_by_update_are_those_of_one_build(tmp_path, gold_records):
    batches = [gold_records, APART[:1], APART[1:], [BRIDGE], [REBUILT], MANY[:1], MANY[1:3], MANY[3:]]
    for batch in batches:  # one open of the on-disk store per batch, as successive kg build runs
        with open_store(tmp_path / "updated") as store:
            store.add_records(batch)
            assert network_quads(store) == counted_in_full(store)
            written = len(network_quads(store))
    assert written > 30  # the comparison proves something: 7 pairs or more
    with open_store(tmp_path / "updated") as store:
        assert store.remove_article("m3")
        incremental = network_quads(store)
        assert incremental == counted_in_full(store)
        rows, reference = answers(EmbeddedBackend(store.ox))
        assert rows == reference and any(int(n.value) > 1 for _, _, n in rows)
        assert validate(store).conforms
    with open_store(tmp_path / "one") as store:
        store.add_records([r for batch in batches for r in batch if r.id != "m3"])
        assert network_quads(store) == incremental


def test_an_update_writes_only_the_pairs_it_changes(tmp_path, gold_records):
    with open_store(tmp_path / "store", keep_log=True) as store:
        store.add_records(gold_records + MANY[:2])
        pairs = cohosts.pair_graphs(store.ox)
        store.add_records(MANY[2:3])  # the expo: a, b, c and d host it together
        touched = set(log.entries(tmp_path / "store")[-1].graphs) - {store.iris.article("m3")}
        assert touched and touched <= cohosts.pair_graphs(store.ox)
        assert len(touched) < len(cohosts.pair_graphs(store.ox)) and pairs - touched  # the others are left alone


def test_the_sort_key_orders_the_pairs_as_the_events_and_the_iris_text_do():
    iris = Iris("https://w3id.org/kg/id/")
    orgs = sorted(iris.entity("org", f"Organization {i}") for i in range(400))
    rng = random.Random(7)
    pairs = {tuple(sorted(rng.sample(orgs, 2))): rng.choice([1, 1, 1, 2, 3, 20000]) for _ in range(3000)}
    by_text = sorted(pairs, key=lambda p: (-pairs[p], f"{p[0]} {p[1]}"))
    by_key = sorted(pairs, key=lambda p: (cohosts.sort_key(p, pairs[p]), -pairs[p], p[0], p[1]))
    assert by_key == by_text
    assert len({cohosts.sort_key(p, n) for p, n in pairs.items()}) > 0.99 * len(pairs)  # ties are rare


def test_a_store_with_every_pair_in_the_networks_graph_gets_a_graph_per_pair_when_opened(tmp_path, gold_records):
    """As the kg before this one wrote it: the pairs, each with a global rank, inside ``<base>cohosts``."""
    with open_store(tmp_path / "store") as store:
        store.add_records(gold_records + MANY[:3])
        expected = network_quads(store)
        network = ox.NamedNode(store.iris.cohost_network())
    older = ox.Store(str(tmp_path / "store"))
    for graph in cohosts.pair_graphs(older):
        pair = ox.NamedNode(graph)
        older.extend(ox.Quad(q.subject, q.predicate, q.object, network)
                     for q in older.quads_for_pattern(None, None, None, pair) if q.predicate.value != str(KG.sortKey))
        older.add(ox.Quad(pair, ox.NamedNode("https://w3id.org/kg/ontology#rank"), ox.Literal("1", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), network))
        older.remove_graph(pair)
    older.flush()
    del older
    with open_store(tmp_path / "store", read_only=True) as store:
        assert network_quads(store) == expected
        assert not store.query("ASK { ?pair <https://w3id.org/kg/ontology#rank> ?rank }")


def test_validation_checks_each_pair_against_the_hosts(gold_store):
    assert validate(gold_store).conforms
    gold_store.ox.update(f"""DELETE {{ GRAPH ?g {{ ?p <{KG.sharedEvents}> ?n }} }}
                             INSERT {{ GRAPH ?g {{ ?p <{KG.sharedEvents}> 7 }} }}
                             WHERE {{ {{ SELECT ?g ?p ?n WHERE {{ GRAPH ?g {{ ?p <{KG.sharedEvents}> ?n }} }}
                                        ORDER BY ?p LIMIT 1 }} }}""")
    report = validate(gold_store)
    assert not report.conforms
    assert [v.kind for v in report.violations] == ["CoHostPair"]
    assert "count the events both host or co-host" in report.violations[0].message
