"""kg.resolve: one node per real-world event, organization and person, across articles,
scripts and languages; editions kept apart; incremental builds equal to one batch.

Every record here is written for these tests (invented events and bodies).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from kg import build_graph
from kg.graph.vocab import KG, OWL, RDFS
from kg.model import EventRecord
from kg.query import prepared
from kg.store import open_store


def record(article: str, events=(), orgs=(), people=(), lang: str = "en", published: str | None = None) -> EventRecord:
    return EventRecord.from_dict({"article": {"id": article, "lang": lang, "published": published},
                                  "events": list(events), "organizations": list(orgs), "people": list(people)})


def event(eid: str, *names: str, type: str = "Exhibition", **fields) -> dict:
    return {"id": eid, "names": list(names), "type": type, **fields}


def org(oid: str, *names: str, **fields) -> dict:
    return {"id": oid, "names": list(names), **fields}


def nodes(store, label: str) -> set[str]:
    """The entity nodes with this label or alternative label."""
    rows = store.query("SELECT DISTINCT ?x ?name WHERE { GRAPH ?g { ?x <http://www.w3.org/ns/prov#wasDerivedFrom> ?g ; ?p ?l } "
                       "FILTER(?p IN (<http://www.w3.org/2000/01/rdf-schema#label>, "
                       "<http://www.w3.org/2004/02/skos/core#altLabel>) && STR(?l) = ?name) }",
                       {"name": label}).rows
    return {str(r["x"]) for r in rows}


def node(store, label: str) -> str:
    found = nodes(store, label)
    assert len(found) == 1, (label, found)
    return found.pop()


def store_of(*records: EventRecord):
    store = open_store(in_memory=True)
    store.add_records(records)
    return store


# -- events -----------------------------------------------------------------------------
BALTIC_2030 = record("a1", [event("e1", "2030 Baltic Dental Fair", "Baltic Dental Fair", start_date="2030-05-04",
                                  end_date="2030-05-06", city=["Riga"], country="LV")])
BALTIC_2031 = record("a2", [event("e1", "2031 Baltic Dental Fair", "Baltic Dental Fair", start_date="2031-05-03",
                                  city=["Riga"], country="LV")])


def test_same_name_different_editions_stay_apart_in_one_series():
    with store_of(BALTIC_2030, BALTIC_2031) as store:
        first, second = node(store, "2030 Baltic Dental Fair"), node(store, "2031 Baltic Dental Fair")
        assert first != second
        series = {str(r["e"]): str(r["s"]) for r in store.query(
            f"SELECT ?e ?s WHERE {{ GRAPH ?g {{ ?e <{KG.series}> ?s }} }}").rows}
        assert series[first] == series[second]
        assert store.query(f"ASK {{ GRAPH ?g {{ <{series[first]}> a <{KG.EventSeries}> }} }}")


def test_numbered_editions_without_dates_stay_apart():
    third = record("b1", [event("e1", "第三届西部康养论坛", "西部康养论坛", type="Forum")], lang="zh")
    fourth = record("b2", [event("e1", "第四届西部康养论坛", "西部康养论坛", type="Forum")], lang="zh")
    again = record("b3", [event("e1", "第四屆西部康養論壇", type="Forum")], lang="zh")
    with store_of(third, fourth, again) as store:
        assert node(store, "第三届西部康养论坛") != node(store, "第四届西部康养论坛")
        assert node(store, "第四届西部康养论坛") == node(store, "第四屆西部康養論壇")


ZH_EXPO = record("z1", [event("e1", "2030北欧牙科展览会", "北欧牙科展览会", start_date="2030-05-04",
                              end_date="2030-05-06", city=["Oslo", "奥斯陆"], country="NO", hosts=["o1"])],
                 [org("o1", "挪威牙科协会", country="NO")], lang="zh")
EN_EXPO = record("z2", [event("e1", "2030 Nordic Dental Exhibition", start_date="2030-05-04",
                              city=["Oslo"], country="NO", hosts=["o1"])],
                 [org("o1", "Norwegian Dental Association", country="NO")])


def test_same_edition_in_two_languages_is_one_node():
    with store_of(ZH_EXPO, EN_EXPO) as store:
        assert node(store, "2030北欧牙科展览会") == node(store, "2030 Nordic Dental Exhibition")


def test_an_edition_dated_to_the_year_meets_its_report_dated_to_the_day():
    """A report that gives only the year ("2031 第二届…") and one that gives the days, in two languages."""
    year = record("z5", [event("e1", "第二届北欧牙科展览会", "北欧牙科展览会", start_date="2031", country="NO",
                               co_hosts=["o1"])], [org("o1", "挪威牙科协会", country="NO")], lang="zh")
    days = record("z6", [event("e1", "Nordic Dental Exhibition", start_date="2031-09-23", end_date="2031-09-24",
                               country="NO", hosts=["o1"])], [org("o1", "Norwegian Dental Association", country="NO")])
    for order in ([year, days], [days, year]):
        with store_of(ZH_EXPO, *order) as store:
            assert node(store, "第二届北欧牙科展览会") == node(store, "Nordic Dental Exhibition")
            assert node(store, "Nordic Dental Exhibition") != node(store, "2030北欧牙科展览会")


def test_two_languages_different_years_stay_apart():
    later = record("z3", [event("e1", "2031 Nordic Dental Exhibition", start_date="2031-05-04",
                                city=["Oslo"], country="NO")])
    with store_of(ZH_EXPO, later) as store:
        assert node(store, "2030北欧牙科展览会") != node(store, "2031 Nordic Dental Exhibition")


def test_an_undated_mention_of_a_series_with_several_editions_is_not_guessed():
    undated = record("a3", [event("e1", "Baltic Dental Fair", city=["Riga"], country="LV")])
    with store_of(BALTIC_2030, BALTIC_2031, undated) as store:
        assert len(nodes(store, "Baltic Dental Fair")) == 3


def test_an_undated_mention_of_a_one_off_event_joins_it_on_place_evidence():
    dated = record("c1", [event("e1", "Lakeside Hydrogen Roundtable", type="Meeting", start_date="2030-03-02",
                                city=["Geneva"], country="CH")])
    undated = record("c2", [event("e1", "Lakeside Hydrogen Roundtable", type="Meeting", city=["Geneva"])])
    elsewhere = record("c3", [event("e1", "Lakeside Hydrogen Roundtable", type="Meeting", city=["Lyon"])])
    with store_of(dated, undated, elsewhere) as store:
        assert len(nodes(store, "Lakeside Hydrogen Roundtable")) == 2


def test_a_generic_name_takes_the_series_its_organizing_committee_names():
    report = record("g1", [event("e1", "second Alpine Water Forum", type="Forum", start_date="2030-06-01")])
    visit = record("g2", [event("e1", "2nd Forum", type="Forum"), event("e2", "third Forum", type="Forum")],
                   [org("o1", "Organizing Committee of Alpine Water Forum")])
    with store_of(report, visit) as store:
        assert node(store, "2nd Forum") == node(store, "second Alpine Water Forum")
        assert node(store, "third Forum") != node(store, "second Alpine Water Forum")


# -- organizations ----------------------------------------------------------------------
def test_simplified_and_traditional_names_are_one_organization():
    simple = record("s1", orgs=[org("o1", "西部康养产业联合会", country="CN")], lang="zh")
    traditional = record("s2", orgs=[org("o1", "西部康養產業聯合會", country="CN")], lang="zh")
    with store_of(simple, traditional) as store:
        assert node(store, "西部康养产业联合会") == node(store, "西部康養產業聯合會")


def test_chinese_and_english_names_of_one_ministry_in_one_country_are_one_node():
    zh = record("m1", orgs=[org("o1", "挪威卫生部", country="NO")], lang="zh")
    en = record("m2", orgs=[org("o1", "Norway Ministry of Health", country="NO")])
    formal = record("m3", orgs=[org("o1", "Ministry of Health of the Kingdom of Norway", "Norwegian Ministry of Health",
                                    country="NO")])
    other = record("m4", orgs=[org("o1", "Ministry of Health", country="DK")])
    with store_of(zh, en, formal, other) as store:
        assert node(store, "挪威卫生部") == node(store, "Norway Ministry of Health")
        assert node(store, "Ministry of Health") != node(store, "挪威卫生部")


def test_a_chinese_name_that_is_one_dictionary_entry_meets_its_english_name_in_the_same_country():
    zh = record("t1", orgs=[org("o1", "复旦大学", country="CN")], lang="zh")
    en = record("t2", orgs=[org("o1", "Fudan University", country="CN")])
    elsewhere = record("t3", orgs=[org("o1", "Fudan University", country="SG")])
    with store_of(zh, en, elsewhere) as store:
        assert graph_nodes(store, "t1") == graph_nodes(store, "t2") != graph_nodes(store, "t3")


def test_the_same_acronym_for_two_bodies_is_two_nodes():
    one = record("x1", orgs=[org("o1", "Coastal Medical Association", "CMA", country="NO")])
    two = record("x2", orgs=[org("o1", "Coastal Meteorology Administration", "CMA", country="NO")])
    alone = record("x3", orgs=[org("o1", "CMA", country="NO")])
    with store_of(one, two, alone) as store:
        assert len(nodes(store, "CMA")) == 3  # and "CMA" alone is not guessed to be either


def test_an_abbreviation_used_alone_joins_the_one_body_it_names():
    full = record("y1", orgs=[org("o1", "Fjord Shipping Council", "FSC", country="NO")])
    alone = record("y2", orgs=[org("o1", "FSC", country="NO")])
    with store_of(full, alone) as store:
        assert node(store, "FSC") == node(store, "Fjord Shipping Council")
    with store_of(alone, full) as store:  # in either order
        assert node(store, "FSC") == node(store, "Fjord Shipping Council")


# -- people -----------------------------------------------------------------------------
def test_a_person_in_both_scripts_with_the_same_organization_is_one_node():
    zh = record("p1", orgs=[org("o1", "挪威牙科协会", country="NO")],
                people=[{"id": "p1", "names": ["张燕欧"], "roles": [{"title": "会长", "org": "o1"}]}], lang="zh")
    en = record("p2", orgs=[org("o1", "挪威牙科協會", country="NO")],
                people=[{"id": "p1", "names": ["Zhang Yanou"], "roles": [{"title": "President", "org": "o1"}]}])
    stranger = record("p3", people=[{"id": "p1", "names": ["Zhang Yanou"]}])
    with store_of(zh, en, stranger) as store:
        assert len(nodes(store, "Zhang Yanou")) == 2
        assert node(store, "张燕欧") in nodes(store, "Zhang Yanou")


def test_a_transliterated_ambassador_name_joins_on_the_same_post():
    zh = record("q1", people=[{"id": "p1", "names": ["亚历山大·切尔维亚科夫"], "ambassador_of": "BY",
                               "posted_to": "CN"}], lang="zh")
    en = record("q2", people=[{"id": "p1", "names": ["Aleksandr Chervyakov"], "ambassador_of": "BY",
                               "posted_to": "CN"}])
    with store_of(zh, en) as store:
        assert node(store, "亚历山大·切尔维亚科夫") == node(store, "Aleksandr Chervyakov")


# -- batches, IRIs, corrections -------------------------------------------------------------
BATCH = [BALTIC_2030, BALTIC_2031, ZH_EXPO, EN_EXPO,
         record("n1", [event("e1", "Baltic Dental Fair 2030", start_date="2030-05-05", city=["Riga"])],
                [org("o1", "Norwegian Dental Association", "NDA", country="NO")])]


# -- undated reports of a recurring event ------------------------------------------------------
def undated_fair(article: str, published: str | None, city: str = "Riga") -> EventRecord:
    """A report naming the fair without its edition, year or dates ("we visited the Baltic Dental Fair")."""
    return record(article, [event("e1", "Baltic Dental Fair", city=[city], country="LV")], published=published)


def test_an_undated_report_joins_the_edition_in_whose_time_its_article_was_published():
    visit = undated_fair("r1", "2030-05-07")
    for records in ([BALTIC_2030, visit], [BALTIC_2030, BALTIC_2031, visit], [visit, BALTIC_2031, BALTIC_2030]):
        with store_of(*records) as store:
            assert node(store, "2030 Baltic Dental Fair") in nodes(store, "Baltic Dental Fair")
            assert len(nodes(store, "Baltic Dental Fair")) == len(records) - 1  # the 2031 edition apart
            reason = store.query(f"SELECT ?why WHERE {{ GRAPH ?g {{ ?x <{KG.resolvedBy}> ?why }} }}").rows
            assert "published in the dated one's time (2030-05-07)" in str(reason[0]["why"])


def test_an_edition_dated_to_the_year_takes_the_reports_published_that_year():
    second = record("r2", [event("e1", "第二届波罗的海牙科展览会", "波罗的海牙科展览会", start_date="2031", country="LV")],
                    lang="zh")
    later = record("r3", [event("e1", "波罗的海牙科展览会", country="LV")], lang="zh", published="2031-11-30")
    earlier = record("r4", [event("e1", "波罗的海牙科展览会", country="LV")], lang="zh", published="2030-12-30")
    with store_of(second, later, earlier) as store:
        edition = node(store, "第二届波罗的海牙科展览会")
        assert len(nodes(store, "波罗的海牙科展览会")) == 2 and edition in nodes(store, "波罗的海牙科展览会")
        assert edition in graph_nodes(store, "r3") and edition not in graph_nodes(store, "r4")


def graph_nodes(store, article: str) -> set[str]:
    """The entity nodes an article's graph names."""
    graph = store.iris.article(article)
    rows = store.query(f"SELECT ?x WHERE {{ GRAPH <{graph}> {{ ?x <http://www.w3.org/ns/prov#wasDerivedFrom> ?a }} }}").rows
    return {str(r["x"]) for r in rows if str(r["x"]).rsplit("/", 2)[1] in ("event", "org", "person")}


@pytest.mark.parametrize("published", [None, "2030-08-20", "2031-01-15"])
def test_an_undated_report_published_out_of_any_editions_time_joins_none(published):
    """No publication date, or one months after the 2030 fair and months before the 2031 one."""
    for records in ([BALTIC_2030], [BALTIC_2030, BALTIC_2031]):
        with store_of(*records, undated_fair("r5", published)) as store:
            assert len(nodes(store, "Baltic Dental Fair")) == len(records) + 1


def test_an_undated_report_with_another_city_joins_no_edition():
    with store_of(BALTIC_2030, undated_fair("r6", "2030-05-05", city="Tallinn")) as store:
        assert len(nodes(store, "Baltic Dental Fair")) == 2


def test_an_undated_report_stored_first_is_joined_by_its_edition_arriving_later(tmp_path):
    """The dated edition comes in a later build (a process per batch): the same graph as one build."""
    visit = undated_fair("r7", "2030-05-07")
    with store_of(visit, BALTIC_2031, BALTIC_2030) as one:
        expected = without_same_as(one)
        assert node(one, "2030 Baltic Dental Fair") in nodes(one, "Baltic Dental Fair")
    for batch in ([visit], [BALTIC_2031], [BALTIC_2030]):
        with open_store(tmp_path / "store") as store:
            store.add_records(batch)
    with open_store(tmp_path / "store") as store:
        assert without_same_as(store) == expected


def quads(store) -> set:
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.ox}


def test_two_batches_give_the_same_graph_as_one():
    with store_of(*BATCH) as one, open_store(in_memory=True) as two:
        two.add_records(BATCH[:2])
        two.add_records(BATCH[2:])
        assert quads(one) == quads(two)


def without_same_as(store) -> set:
    return {q for q in quads(store) if q[1].value != str(OWL.sameAs)}


SEAFOOD = org("o1", "Norwegian Seafood Council", country="NO")
SERIES = [record("h1", [event("e1", "2030 Fjord Seafood Expo", start_date="2030-09-02", country="NO", hosts=["o1"])],
                 [SEAFOOD]),
          record("h2", [event("e1", "Fjord Seafood Expo", country="NO", hosts=["o1"])], [SEAFOOD]),
          record("h3", [event("e1", "2031 Fjord Seafood Expo", start_date="2031-09-01", country="NO", hosts=["o1"])],
                 [SEAFOOD])]


@pytest.mark.parametrize("split", [1, 2])
def test_an_undated_report_of_a_numbered_series_joins_no_edition_however_the_batches_fall(split):
    """Before the 2031 edition is known, "Fjord Seafood Expo" (no date) could still be either."""
    with store_of(*SERIES) as one, open_store(in_memory=True) as two:
        two.add_records(SERIES[:split])
        two.add_records(SERIES[split:])
        for store in (one, two):
            editions = {node(store, "2030 Fjord Seafood Expo"), node(store, "2031 Fjord Seafood Expo")}
            assert len(editions) == 2 and node(store, "Fjord Seafood Expo") not in editions
        assert quads(one) == quads(two)


#: two names of one ministry that nothing links (no country on the English one) until a third report
BRIDGED = [record("v1", orgs=[org("o1", "挪威卫生部", country="NO")], lang="zh"),
           record("v2", orgs=[org("o1", "Norway Ministry of Health")]),
           record("v3", orgs=[org("o1", "Norway Ministry of Health", country="NO")])]


def test_a_later_batch_joining_nodes_of_earlier_batches_gives_the_one_batch_graph(tmp_path):
    with store_of(*BRIDGED[:2]) as apart:
        assert node(apart, "挪威卫生部") != node(apart, "Norway Ministry of Health")
    with store_of(*BRIDGED) as one:
        assert node(one, "挪威卫生部") == node(one, "Norway Ministry of Health")
        expected = quads(one)
    with open_store(in_memory=True) as store:  # one process, three batches
        for r in BRIDGED:
            store.add_records([r])
        assert without_same_as(store) == expected
        assert store.query(f"ASK {{ GRAPH ?g {{ ?gone <{OWL.sameAs}> ?kept }} }}")
    for r in BRIDGED:  # a process per batch: the resolver reads the store
        with open_store(tmp_path / "store") as store:
            store.add_records([r])
    with open_store(tmp_path / "store") as store:
        assert without_same_as(store) == expected


NORDIC_2031 = record("k1", [event("e1", "2031 Nordic Dental Exhibition", start_date="2031-05-03", city=["Oslo"],
                                  country="NO")])
#: records whose resolution could depend on the order: editions, undated reports published in one's time, a
#: series whose Chinese-named and English-named editions only a later report (EN_EXPO) links, a ministry bridged late
SHUFFLED = [BALTIC_2030, BALTIC_2031, undated_fair("k2", "2031-05-04"), ZH_EXPO,
            NORDIC_2031, EN_EXPO, record("k4", [event("e1", "Nordic Dental Exhibition", country="NO")],
                                         published="2031-05-05"), *BRIDGED]


def partition(store) -> set[frozenset[tuple[str, str]]]:
    """The entity nodes as sets of (article, label) mentions: what resolution decided, whatever the IRIs."""
    rows = store.query("SELECT ?x ?g ?l WHERE { GRAPH ?g { ?x <http://www.w3.org/ns/prov#wasDerivedFrom> ?g ; "
                       "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }").rows
    found: dict[str, set] = {}
    for r in rows:
        found.setdefault(str(r["x"]), set()).add((str(r["g"]).rsplit("/", 1)[-1], str(r["l"])))
    return {frozenset(v) for v in found.values()}


def series_links(store) -> dict[str, set[str]]:
    rows = store.query(f"SELECT ?e ?s WHERE {{ GRAPH ?g {{ ?e <{KG.series}> ?s }} }}").rows
    found: dict[str, set[str]] = {}
    for r in rows:
        found.setdefault(str(r["e"]), set()).add(str(r["s"]))
    return found


@pytest.mark.parametrize("seed", range(6))
def test_random_orders_and_splits_give_the_one_batch_graph(seed):
    """Any order: the same nodes and series; any split of that order into batches: the same quads."""
    rng = random.Random(seed)
    order = rng.sample(SHUFFLED, len(SHUFFLED))
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    with store_of(*SHUFFLED) as reference, store_of(*order) as one, open_store(in_memory=True) as split:
        for a, b in zip([0, *cuts], [*cuts, len(order)]):
            split.add_records(order[a:b])
        assert without_same_as(split) == without_same_as(one)
        assert partition(one) == partition(reference)
        assert sorted(map(sorted, series_links(one).values())) == sorted(map(sorted, series_links(reference).values()))
        assert set(series_links(one)) == set(series_links(split))
        links = series_links(one)
        assert all(len(s) == 1 for s in links.values())  # one series per edition, in every graph
        nordic = {node(one, "2030北欧牙科展览会"), node(one, "2031 Nordic Dental Exhibition")}
        assert len(nordic) == 2 and len({*links[nordic.pop()], *links[nordic.pop()]}) == 1
        assert node(one, "Nordic Dental Exhibition") == node(one, "2031 Nordic Dental Exhibition")


#: more undated reports of the fair: without a publication date, the same day as k2, the next day
UNDATED = [undated_fair("k3", None), undated_fair("k5", "2031-05-04"), undated_fair("k6", "2031-05-05")]


@pytest.mark.parametrize("seed", [8, 9, 13, 15, 22, 25])  # orders where undated reports meet before the edition
def test_undated_reports_resolve_alike_in_any_order_and_split(seed):
    """Undated reports met before any edition (they stay apart unless published the same day) and
    the edition arriving later give the nodes one batch gives; only the merge notes may read otherwise."""
    rng = random.Random(seed)
    order = rng.sample(SHUFFLED + UNDATED, len(SHUFFLED) + len(UNDATED))
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    with store_of(*SHUFFLED, *UNDATED) as reference, store_of(*order) as one, open_store(in_memory=True) as split:
        for a, b in zip([0, *cuts], [*cuts, len(order)]):
            split.add_records(order[a:b])
        assert without_notes(split) == without_notes(one)
        assert partition(one) == partition(reference)
        edition = node(one, "2031 Baltic Dental Fair")
        assert all(graph_nodes(one, a) == {edition} for a in ("k2", "k5", "k6"))
        assert edition not in graph_nodes(one, "k3")


def without_notes(store) -> set:
    return {q for q in without_same_as(store) if q[1].value != str(KG.resolvedBy)}


def test_series_links_follow_a_later_bridge_on_disk(tmp_path):
    """The Chinese-named 2030 edition and the English-named 2031 one are stored as two series until
    an English report of the 2030 edition links them: the stored graph's link is rewritten."""
    with store_of(ZH_EXPO, NORDIC_2031, EN_EXPO) as one:
        expected = without_same_as(one)
    for batch in ([ZH_EXPO, NORDIC_2031], [EN_EXPO]):
        with open_store(tmp_path / "store") as store:  # a process per batch: links read back from the store
            store.add_records(batch)
            if batch[0] is ZH_EXPO:
                assert len({s for v in series_links(store).values() for s in v}) == 2
    with open_store(tmp_path / "store") as store:
        assert without_same_as(store) == expected
        assert len({s for v in series_links(store).values() for s in v}) == 1


def test_a_node_is_named_by_the_mention_that_came_first_however_the_batches_fall():
    """One batch resolves the dated report first; the node still takes the undated one's IRI,
    as a build of the undated report alone, then the dated one, gives it."""
    undated = record("l1", [event("e1", "Lakeside Hydrogen Roundtable", type="Meeting", city=["Geneva"])])
    dated = record("l2", [event("e1", "Lakeside Hydrogen Roundtable", type="Meeting", start_date="2030-03-02",
                                city=["Geneva"], country="CH")])
    with store_of(undated, dated) as one, open_store(in_memory=True) as two:
        two.add_records([undated])
        first = node(two, "Lakeside Hydrogen Roundtable")
        two.add_records([dated])
        assert node(two, "Lakeside Hydrogen Roundtable") == node(one, "Lakeside Hydrogen Roundtable") == first
        assert quads(one) == quads(two)


def test_incremental_builds_on_disk_reread_what_the_store_holds(tmp_path):
    with store_of(*BATCH) as one:
        expected = quads(one)
    for part in (BATCH[:3], BATCH[3:]):
        with open_store(tmp_path / "store") as store:  # a new process: the resolver reads the store
            store.add_records(part)
    with open_store(tmp_path / "store") as store:
        assert quads(store) == expected


def test_a_node_keeps_its_iri_when_more_articles_arrive_and_rebuilding_changes_nothing():
    with store_of(BALTIC_2030) as store:
        first = node(store, "2030 Baltic Dental Fair")
        store.add_records(BATCH[4:])
        assert node(store, "Baltic Dental Fair 2030") == first
        before = quads(store)
        store.add_records([BALTIC_2030])
        assert quads(store) == before


def test_a_later_merge_of_two_stored_nodes_is_recorded_with_same_as(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.add_records([record("w1", orgs=[org("o1", "Norway Ministry of Health", country="NO")]),
                           record("w2", orgs=[org("o1", "Royal Health Office", country="NO")])])
        a, b = node(store, "Norway Ministry of Health"), node(store, "Royal Health Office")
    assert a != b
    aliases = tmp_path / "aliases.tsv"  # the user says both names, and a third, are one body
    aliases.write_text("Norway Ministry of Health\tRoyal Health Office\tNorges helsekontor\n", encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        store.aliases_file = aliases
        store.add_records([record("w3", orgs=[org("o1", "Norges helsekontor", country="NO")])])
        kept, gone = sorted([a, b])
        assert node(store, "Royal Health Office") == node(store, "Norway Ministry of Health") == kept
        assert node(store, "Norges helsekontor") == kept
        assert store.query(f"ASK {{ GRAPH ?g {{ <{gone}> <{OWL.sameAs}> <{kept}> }} }}")
        assert not store.query(f"ASK {{ GRAPH ?g {{ <{gone}> <{RDFS.label}> ?l }} }}")


def test_a_user_alias_file_merges_and_keeps_apart(tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Royal Health Office\tNorway Ministry of Health\n"
                       "!Fjord Shipping Council\tFjord Shipping Council of Bergen\n", encoding="utf-8")
    records = [record("u1", orgs=[org("o1", "Norway Ministry of Health", country="NO")]),
               record("u2", orgs=[org("o1", "Royal Health Office", country="NO")]),
               record("u3", orgs=[org("o1", "Fjord Shipping Council", country="NO")]),
               record("u4", orgs=[org("o1", "Fjord Shipping Council of Bergen", "Fjord Shipping Council",
                                      country="NO")])]
    with open_store(in_memory=True) as store:
        store.aliases_file = aliases
        store.add_records(records)
        assert node(store, "Royal Health Office") == node(store, "Norway Ministry of Health")
        assert len(nodes(store, "Fjord Shipping Council")) == 2  # the "!" line keeps them apart


def test_a_bad_alias_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "aliases.tsv"
    bad.write_text("only one name\n", encoding="utf-8")
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "a1.json").write_text(json.dumps(BALTIC_2030.to_dict()), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--records", str(tmp_path / "records"),
                           "--aliases", str(bad),
                           "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o"), "--no-view"],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert f"{bad}, line 1: a line needs two or more names" in done.stderr
    assert "Traceback" not in done.stderr


# -- the resolved graph everywhere ------------------------------------------------------------
def test_build_graph_resolves_like_the_store():
    dataset = build_graph([ZH_EXPO, EN_EXPO])
    events = {s for s, _, _, _ in dataset.quads((None, RDFS.label, None, None)) if "/event/" in str(s)}
    assert len(events) == 1


def test_conflicting_claims_lists_each_source():
    other = record("z4", [event("e1", "2030北欧牙科展览会", start_date="2030-05-05", city=["Oslo"], country="NO")],
                   lang="zh")
    with store_of(ZH_EXPO, other) as store:
        rows = store.query(prepared.get("conflicting-claims").sparql).rows
        claims = {(str(r["property"]).rsplit("/", 1)[-1], str(r["value"]), str(r["article"]).rsplit("/", 1)[-1])
                  for r in rows}
        assert claims == {("startDate", "2030-05-04", "z1"), ("startDate", "2030-05-05", "z4")}


def test_explain_shows_members_evidence_and_near_misses(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.add_records([BALTIC_2030, BALTIC_2031, ZH_EXPO, EN_EXPO])
    done = subprocess.run([sys.executable, "-m", "kg", "resolve", "--store", str(tmp_path / "store"),
                           "--explain", "北欧牙科展览会"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 mention(s) in 2 article(s)" in done.stdout
    assert "merged: translated name" in done.stdout and "same year 2030" in done.stdout
    done = subprocess.run([sys.executable, "-m", "kg", "resolve", "--store", str(tmp_path / "store"),
                           "--explain", "Baltic Dental Fair"], capture_output=True, text=True)
    assert "kept apart from" in done.stdout and "different years (2030 vs 2031)" in done.stdout


@pytest.mark.parametrize("name", ["Atlantis Expo"])
def test_explain_an_unknown_name(tmp_path, name):
    with open_store(tmp_path / "store") as store:
        store.add_records([BALTIC_2030])
    done = subprocess.run([sys.executable, "-m", "kg", "resolve", "--store", str(tmp_path / "store"),
                           "--explain", name], capture_output=True, text=True)
    assert done.returncode == 0 and f"no node is named {name!r}" in done.stdout


# -- relative names -------------------------------------------------------------------------

def test_a_relative_name_is_no_key_across_articles():
    """"省财政厅" of two texts on two provinces are two bodies; their qualified names decide."""
    hubei = record("r1", [event("e1", "湖光农业博览会", co_hosts=["o1"])], [org("o1", "省财政厅", "湖北省财政厅")], lang="zh")
    hunan = record("r2", [event("e1", "湘江农业博览会", co_hosts=["o1"])], [org("o1", "省财政厅", "湖南省财政厅")], lang="zh")
    again = record("r3", [event("e1", "湖光茶叶博览会", co_hosts=["o1"])], [org("o1", "省财政厅", "湖北省财政厅")], lang="zh")
    bare = record("r4", [event("e1", "江汉茶叶博览会", co_hosts=["o1"])], [org("o1", "省财政厅")], lang="zh")
    store = store_of(hubei, hunan, again, bare)
    assert node(store, "湖北省财政厅") != node(store, "湖南省财政厅")
    assert len(nodes(store, "省财政厅")) == 3
