"""The links materialised when a graph is built (kg:reportedIn, docs/graph-model.md "Materialised links")
and the prepared queries rewritten for speed at 1M triples.

The links are checked after a build, after an incremental build that replaces an article, and
after an entity-resolution merge that retires an event IRI. The rewritten queries are checked
against the formulations they replace (``tests/fixtures/unmaterialised/*.rq``, as they were before
the links and the rewrites) on a small real graph: the seed and held-out gold records, plus reports
that make events of several articles, disagreeing claims and a chain of parent organizations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest

from kg.graph.vocab import KG, OWL, PROV, RDFS
from kg.model import EventRecord
from kg.query import answer, prepared
from kg.query.run import EmbeddedBackend
from kg.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = FIXTURES / "unmaterialised"


def record(article: str, events=(), orgs=(), people=(), lang: str = "en") -> EventRecord:
    return EventRecord.from_dict({"article": {"id": article, "lang": lang}, "events": list(events),
                                  "organizations": list(orgs), "people": list(people)})


def event(eid: str, *names: str, type: str = "Exhibition", **fields) -> dict:
    return {"id": eid, "names": list(names), "type": type, **fields}


def org(oid: str, *names: str, **fields) -> dict:
    return {"id": oid, "names": list(names), **fields}


# one fair, three reports: a second date, a date known to the month, other hosts, an ambassador, a parent chain
FAIR = "2030 Nordic Dental Exhibition"
REPORTS = [
    record("r1", [event("e1", FAIR, start_date="2030-05-04", city=["Oslo"], country="NO", hosts=["o1"],
                        co_hosts=["o2"])],
           [org("o1", "Norwegian Dental Association", country="NO", part_of="o3"),
            org("o2", "Oslo Trade Council", country="NO"), org("o3", "Nordic Health Union", part_of="o4"),
            org("o4", "Nordic Council")]),
    record("r2", [event("e1", FAIR, start_date="2030-05-05", city=["Oslo"], country="NO", hosts=["o1"])],
           [org("o1", "Norwegian Dental Association", country="NO")]),
    record("r3", [event("e1", FAIR, start_date="2030-05", city=["Oslo"], country="NO", venue="Oslo Spektrum",
                        hosts=["o1"], organizers=["o2"])],
           [org("o1", "Norwegian Dental Association", country="NO"), org("o2", "Bergen Expo Ltd", country="NO")],
           [{"id": "p1", "names": ["Ola Nordmann"], "ambassador_of": "NO", "posted_to": "CN",
             "attended": ["e1"]}]),
]


def gold(folder: Path) -> list[EventRecord]:
    return [EventRecord.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.gold.json"))]


def reported_in(store) -> set[tuple[str, str, str]]:
    """(graph, event, article) for every kg:reportedIn triple of the store."""
    rows = store.query(f"SELECT ?g ?e ?a WHERE {{ GRAPH ?g {{ ?e <{KG.reportedIn}> ?a }} }}").rows
    return {(str(r["g"]), str(r["e"]), str(r["a"])) for r in rows}


def events_by_article(store) -> set[tuple[str, str, str]]:
    """(graph, event, article) for every event's prov:wasDerivedFrom: what kg:reportedIn must repeat."""
    rows = store.query(f"SELECT ?g ?e ?a WHERE {{ GRAPH ?g {{ ?e a <{KG.Event}> ; <{PROV.wasDerivedFrom}> ?a }} }}").rows
    return {(str(r["g"]), str(r["e"]), str(r["a"])) for r in rows}


def test_every_event_names_its_article_after_a_build(gold_records):
    with open_store(in_memory=True) as store:
        store.add_records(gold_records + REPORTS)
        links = reported_in(store)
        assert links == events_by_article(store)
        assert all(g == a for g, _, a in links)  # in the article's own graph
        fair = {e for _, e, _ in links if store.query(f'ASK {{ <{e}> <{RDFS.label}> "{FAIR}"@en }}')}
        assert len(fair) == 1
        assert {a.rsplit("/", 1)[-1] for _, e, a in links if e in fair} == {"r1", "r2", "r3"}


def test_an_incremental_build_replaces_the_links_with_the_article(gold_records):
    with open_store(in_memory=True) as store:
        store.add_records(gold_records + REPORTS)
        before = reported_in(store)
        # r3 now reports another fair: its link to the first one goes with its old graph
        store.add_records([record("r3", [event("e1", "2031 Baltic Boat Show", start_date="2031-06-01",
                                               city=["Riga"], country="LV")])])
        after = reported_in(store)
        assert after == events_by_article(store)
        r3 = store.iris.article("r3")
        assert {e for g, e, _ in before if g == r3} != {e for g, e, _ in after if g == r3}
        assert {(g, e, a) for g, e, a in before if g != r3} == {(g, e, a) for g, e, a in after if g != r3}
        assert len({e for g, e, _ in after if g == r3}) == 1


def test_a_merge_moves_the_links_to_the_kept_event(tmp_path):
    """Two reports of one exhibition that nothing links (their hosts are two ministries, one without a
    country) until a third report names the ministry with its country: the ministries merge, then the
    exhibitions, and the graphs naming the retired exhibition are rewritten."""
    apart = [record("v1", [event("e1", "2030北欧牙科展览会", start_date="2030-05-04", hosts=["o1"])],
                    [org("o1", "挪威卫生部", country="NO")], lang="zh"),
             record("v2", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-04", hosts=["o1"])],
                    [org("o1", "Norway Ministry of Health")])]
    bridge = record("v3", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-05", hosts=["o1"])],
                    [org("o1", "Norway Ministry of Health", country="NO")])
    for r in apart:  # a process per batch: the resolver reads the store
        with open_store(tmp_path / "store") as store:
            store.add_records([r])
    with open_store(tmp_path / "store") as store:
        nodes = {e for _, e, _ in reported_in(store)}
    assert len(nodes) == 2
    with open_store(tmp_path / "store") as store:
        store.add_records([bridge])
    with open_store(tmp_path / "store", read_only=True) as store:
        kept, gone = sorted(nodes)
        assert store.query(f"ASK {{ GRAPH ?g {{ <{gone}> <{OWL.sameAs}> <{kept}> }} }}")
        links = reported_in(store)
        assert links == events_by_article(store)
        assert {(e, a.rsplit("/", 1)[-1]) for _, e, a in links} == {(kept, "v1"), (kept, "v2"), (kept, "v3")}
        # the third report's other start shows once the exhibition is one node reported by three articles
        backend = EmbeddedBackend(store.ox)
        claims = answer(backend, prepared.get("conflicting-claims"))
        assert {(r[1].value.rsplit("/", 1)[-1], r[2].value, r[3].value.rsplit("/", 1)[-1]) for r in claims.rows} == {
            ("startDate", "2030-05-04", "v1"), ("startDate", "2030-05-04", "v2"), ("startDate", "2030-05-05", "v3")}
        reference = prepared.load_file(REFERENCE / "conflicting-claims.rq")
        assert claims.rows == answer(backend, reference).rows
        assert [(r[0].value, r[1].value) for r in answer(backend, prepared.get("multi-source-events")).rows] == [
            (kept, "3")]


@pytest.mark.parametrize("read_only", [True, False])
def test_a_store_an_older_kg_wrote_gets_the_links_when_opened(tmp_path, gold_records, read_only):
    with open_store(tmp_path / "store") as store:
        store.add_records(gold_records + REPORTS)
        expected = reported_in(store)
    older = pyoxigraph.Store(str(tmp_path / "store"))  # as kg wrote it before kg:reportedIn
    older.update(f"DELETE WHERE {{ GRAPH ?g {{ ?e <{KG.reportedIn}> ?a }} }}")
    older.flush()
    del older
    with open_store(tmp_path / "store", read_only=read_only) as store:
        assert reported_in(store) == expected
        assert answer(EmbeddedBackend(store.ox), prepared.get("multi-source-events")).rows


@pytest.fixture(scope="module")
def real_store():
    records = gold(FIXTURES) + gold(FIXTURES / "heldout_en") + gold(FIXTURES / "heldout_zh") + REPORTS
    with open_store(in_memory=True) as store:
        store.add_records(records)
        yield store


@pytest.mark.parametrize("name", sorted(p.stem for p in REFERENCE.glob("*.rq")))
def test_rewritten_queries_answer_as_the_formulations_they_replace(real_store, name):
    backend = EmbeddedBackend(real_store.ox)
    reference = prepared.load_file(REFERENCE / f"{name}.rq")
    query = prepared.get(name)
    assert [p.to_dict() for p in query.params] == [p.to_dict() for p in reference.params]
    values = [{}] + [{p.name: (None, v)} for p in query.params
                     for v in {"country": ["NO", "CN"], "date": [], "integer": ["1", "3"]}.get(p.type, [])]
    if name == "events-between":
        values.append({"from": (None, "2030-05-01"), "to": (None, "2030-05-31")})
    for given in values:
        got, want = answer(backend, query, given), answer(backend, reference, given)
        assert got.variables == want.variables
        assert got.rows == want.rows, given


def test_the_small_real_graph_exercises_the_rewritten_queries(real_store):
    """The comparison above is only worth something if the queries find things on that graph."""
    backend = EmbeddedBackend(real_store.ox)
    for name in sorted(p.stem for p in REFERENCE.glob("*.rq")):
        given = {"min_articles": (None, "2")} if name == "multi-source-events" else {}
        given.update({"country": (None, "NO")} if name == "country-events" else {})
        given.update({"from": (None, "2030-05-01"), "to": (None, "2030-05-31")} if name == "events-between" else {})
        assert answer(backend, prepared.get(name), given).rows, name
