"""kg.resolve: an event reported without edition, year or date joins the edition its article
puts it in — the one year the sentences naming it write with a month, or its publication
date — when place or hosts agree; never an edition of another year, another place, nor
another event of its own article.

Every record and sentence here is written for these tests (invented editions and visits).
"""

from __future__ import annotations

import pytest

from test_resolve import event, graph_nodes, node, nodes, org, record, store_of, without_same_as

from kg.graph.iris import Iris
from kg.resolve.mentions import Mention
from kg.store import open_store

ZH_ORGS = [org("o1", "拉脱维亚卫生部", country="LV"), org("o2", "中国医疗器械协会", country="CN")]
EN_ORGS = [org("o1", "Latvian Ministry of Health", country="LV"),
           org("o2", "China Medical Equipment Association", country="CN")]
ZH_2030 = record("z1", [event("e1", "2030中国医疗器械展览会", "中国医疗器械展览会", start_date="2030-05-14",
                              end_date="2030-05-16", city=["Riga"], country="LV", co_hosts=["o1", "o2"])],
                 ZH_ORGS, lang="zh", published="2030-05-15")
ZH_2031 = record("z2", [event("e1", "第二届中国医疗器械展览会", "中国医疗器械展览会", start_date="2031", city=["Riga"],
                              country="LV", co_hosts=["o1", "o2"])], ZH_ORGS, lang="zh", published="2030-12-01")
EN_2030 = record("n1", [event("e1", "2030 China Medical Equipment Exhibition", "China Medical Equipment Exhibition",
                              start_date="2030-05-14", city=["Riga"], country="LV", co_hosts=["o1", "o2"])],
                 EN_ORGS, published="2030-05-16")
VISIT = "On 3–4 June 2031, students of Daugava Nursing College visited the China Medical Equipment Exhibition."


def visit(article: str, sentence: str, country: str | None = "LV", hosts: tuple[str, ...] = ("o1", "o2"),
          city: list[str] | None = None):
    """An English report naming the exhibition without edition, year or date (no publication date either)."""
    return record(article, [event("e1", "China Medical Equipment Exhibition", country=country, hosts=list(hosts),
                                  city=city or [], evidence=[
                                      {"fact": "names", "sentence": sentence, "start": 0, "end": len(sentence)}])],
                  EN_ORGS)


def reasons(store) -> str:
    return " | ".join(str(r["why"]) for r in store.query(
        "SELECT ?why WHERE { GRAPH ?g { ?x <https://w3id.org/kg/ontology#resolvedBy> ?why } }").rows)


def test_an_undated_report_joins_the_edition_of_the_year_its_sentence_writes():
    """Translated name, shared hosts, and "3–4 June 2031": the 2nd (2031) edition, not the 2030 one."""
    for records in ([ZH_2030, ZH_2031, visit("v1", VISIT)], [visit("v1", VISIT), ZH_2031, ZH_2030]):
        with store_of(*records) as store:
            second = node(store, "第二届中国医疗器械展览会")
            assert nodes(store, "China Medical Equipment Exhibition") == {second}
            assert second != node(store, "2030中国医疗器械展览会")
            assert "its sentences write the dated one's year (2031)" in reasons(store)


def test_the_year_its_sentence_writes_keeps_it_from_an_edition_of_the_same_name_and_another_year():
    """The 2030 edition has the English name itself; the sentence's 2031 sends the report to the 2031 one."""
    with store_of(EN_2030, ZH_2031, visit("v1", VISIT)) as store:
        assert node(store, "2030 China Medical Equipment Exhibition") not in graph_nodes(store, "v1")
        assert node(store, "第二届中国医疗器械展览会") in graph_nodes(store, "v1")


def test_a_chinese_sentence_places_a_chinese_report_of_the_same_name():
    said = "2031年6月3日，学生们参观了中国医疗器械展览会。"
    report = record("z3", [event("e1", "中国医疗器械展览会", country="LV", co_hosts=["o1"], evidence=[
        {"fact": "names", "sentence": said, "start": 0, "end": len(said)}])], ZH_ORGS[:1], lang="zh")
    with store_of(ZH_2030, ZH_2031, report) as store:
        assert node(store, "第二届中国医疗器械展览会") in graph_nodes(store, "z3")
        assert node(store, "2030中国医疗器械展览会") not in graph_nodes(store, "z3")


@pytest.mark.parametrize("sentence", [
    "On 3–4 June 2032, students visited the China Medical Equipment Exhibition.",  # no edition of that year
    "The China Medical Equipment Exhibition, first held in 2031, drew students.",  # a year alone places nothing
    "In May 2030 and June 2031 students visited the China Medical Equipment Exhibition.",  # two years
])
def test_an_undated_report_whose_sentence_gives_no_edition_year_joins_none(sentence):
    with store_of(ZH_2030, ZH_2031, visit("v2", sentence)) as store:
        assert not graph_nodes(store, "v2") & {node(store, "第二届中国医疗器械展览会"), node(store, "2030中国医疗器械展览会")}


@pytest.mark.parametrize("evidence", [
    {"country": "LT"},  # another country
    {"city": ["Daugavpils"]},  # another city
    {"hosts": ()},  # the year and a translated name, but no host, place or parent in common
])
def test_an_undated_report_of_the_edition_year_whose_evidence_disagrees_joins_none(evidence):
    with store_of(ZH_2030, ZH_2031, visit("v3", VISIT, **evidence)) as store:
        assert node(store, "第二届中国医疗器械展览会") not in graph_nodes(store, "v3")


def test_same_name_different_editions_and_years_stay_apart_with_their_reports():
    """Two dated editions and one placed report each: three articles, two nodes, one series."""
    report_2030 = visit("v4", "On 15 May 2030, students visited the China Medical Equipment Exhibition.")
    with store_of(EN_2030, ZH_2031, visit("v1", VISIT), report_2030) as store:
        first, second = node(store, "2030 China Medical Equipment Exhibition"), node(store, "第二届中国医疗器械展览会")
        assert first != second
        assert nodes(store, "China Medical Equipment Exhibition") == {first, second}
        assert first in graph_nodes(store, "v4") and second in graph_nodes(store, "v1")


def test_an_undated_report_stored_first_is_joined_by_its_edition_arriving_later(tmp_path):
    """The sentences are read back from the stored graph: builds one by one give the one-build graph."""
    batches = [[visit("v1", VISIT)], [ZH_2030], [ZH_2031]]
    with store_of(*(r for b in batches for r in b)) as one:
        expected = without_same_as(one)
        assert node(one, "第二届中国医疗器械展览会") in graph_nodes(one, "v1")
    for batch in batches:
        with open_store(tmp_path / "store") as store:
            store.add_records(batch)
    with open_store(tmp_path / "store") as store:
        assert without_same_as(store) == expected


def test_two_events_of_one_article_stay_two_nodes():
    """A summit and the business summit held as part of it, one undated: its record names two events."""
    summit = record("s1", [event("e1", "Riga Health Business Summit", type="Summit", start_date="2030-11-10",
                                 city=["Riga"], country="LV", part_of="e2"),
                           event("e2", "Riga Health Summit", type="Summit", city=["Riga"], country="LV")],
                    published="2030-11-09")
    with store_of(summit) as store:
        assert node(store, "Riga Health Business Summit") != node(store, "Riga Health Summit")


@pytest.mark.parametrize(("sentences", "year"), [
    ((VISIT,), "2031"),
    (("学生们于2031年6月3日参观了展览会。",), "2031"),
    (("From 30 December 2030 to 2 January 2031 the exhibition stayed open.",), None),  # two years
    (("The exhibition, first held in 2031, drew students.",), None),  # a year alone
    ((VISIT, "It was set up again in May 2032."), None),
    ((), None),
])
def test_said_year_is_the_one_year_of_the_dates_written_with_a_month(sentences, year):
    iri = Iris("https://example.org/id/").event("x")
    assert Mention("event", "a", "e1", ["Medical Exhibition"], iri, sentences=sentences).said_year == year
    dated = Mention("event", "a", "e1", ["Medical Exhibition"], iri, start="2030-05-14", sentences=sentences)
    assert dated.said_year is None  # its own date says when it is
