"""Every prepared query, run on the graph of the seed articles' gold records, gives the rows the records imply.

Rows are compared as the user sees them: entities by label (``--lang``), terms
outside the data (classes, properties) as prefixed names, literals as written.
A few tests add a record written here (sentences of our own) to exercise what
the two seed articles do not show: an event in two articles, deeper
organization chains, facts with evidence sentences.
"""

from __future__ import annotations

import pytest

from kg.model import EventRecord
from kg.query import answer, prepared
from kg.query.labels import Labeller
from kg.query.run import EmbeddedBackend

QUESTIONS = 14


def rows(store, name: str, lang: str = "zh", **params: str) -> list[tuple[str, ...]]:
    """The answer of a prepared query on ``store``, each term shown as ``kg query`` shows it."""
    backend = EmbeddedBackend(store.ox)
    result = answer(backend, prepared.get(name), {k: (None, v) for k, v in params.items()})
    show = Labeller.for_result(backend, result, lang)
    return [tuple(show(t) for t in row) for row in result.rows]


SHANGHAI_EVENTS = [
    ("2025中国医学装备国际合作大会", "kg:Conference", "2025-07-11", "2025-07-12"),
    ("中国医学装备产业链国际合作对接会", "kg:Meeting", "2025-07-12", "2025-07-12"),
    ("中非智慧医疗国际论坛", "kg:Forum", "2025-07-12", "2025-07-12"),
]
SUMMIT = "China Medical Device Industry Summit and 2020 Sinopharm-CMDC Ecosystem Conference"
EXPO = "第二届中国医学装备(白俄罗斯)展览会"
CONFERENCE = "2025中国医学装备国际合作大会"
CMDC = "China National Medical Device Co Ltd"
SINOPHARM = "China National Pharmaceutical Group Co Ltd"


def test_there_is_a_prepared_query_for_each_question_with_a_full_header():
    queries = prepared.load_all()
    assert len(queries) >= QUESTIONS
    for q in queries.values():
        assert q.title and q.description and q.example, q.name
        for p in q.params:
            p.term(p.example)  # every example value is of its declared type


@pytest.mark.parametrize("city", ["上海", "Shanghai", "沪"])
def test_events_in_a_city_by_any_of_its_names(gold_store, city):
    assert sorted(rows(gold_store, "events-in-city", city=city)) == sorted(SHANGHAI_EVENTS)


def test_events_in_another_city_and_in_no_city(gold_store):
    assert rows(gold_store, "events-in-city", city="武汉") == [(SUMMIT, "kg:Summit", "2020-11-27", "2020-11-27")]
    assert rows(gold_store, "events-in-city", city="Atlantis") == []


def test_events_in_a_country(gold_store):
    assert rows(gold_store, "events-in-country", country="by") == [(EXPO, "kg:Exhibition", "", "2025", "")]
    china = rows(gold_store, "events-in-country", lang="en", country="CN")
    assert sorted(china) == sorted([(e, t, "Shanghai", s, end) for e, t, s, end in SHANGHAI_EVENTS]
                                   + [(SUMMIT, "kg:Summit", "Wuhan", "2020-11-27", "2020-11-27")])
    assert [r[3] for r in china] == sorted(r[3] for r in china)  # ordered by start date


def test_events_in_a_date_range(gold_store):
    def between(start: str, end: str) -> list[tuple[str, ...]]:
        return rows(gold_store, "events-between", **{"from": start, "to": end})

    # the exhibition is dated only "2025": it is in any range that includes part of 2025
    assert sorted(between("2025-07-01", "2025-07-31")) == sorted(
        [(e, s, end) for e, _, s, end in SHANGHAI_EVENTS] + [(EXPO, "2025", "")])
    assert sorted(r[0] for r in between("2025-07-12", "2025-07-12")) == sorted(
        [r[0] for r in rows(gold_store, "events-in-city", city="上海") if r[2] == "2025-07-12"] + [EXPO])
    assert [r[0] for r in between("2025-01-01", "2025-01-31")] == [EXPO]
    assert [r[0] for r in between("2024-12-01", "2025-07-10")] == [EXPO]
    assert [r[0] for r in between("2020-11-27", "2020-11-27")] == [SUMMIT]
    assert between("2021-01-01", "2024-12-31") == []
    dates = [r[1] for r in between("2020-01-01", "2025-12-31")]
    assert dates == sorted(dates)  # in start order


def test_hosts_co_hosts_and_organizers_of_an_event(gold_store):
    assert sorted(rows(gold_store, "event-hosts", lang="en", event="China Medical Device Industry Summit")) == [
        (SUMMIT, "kg:coHost", CMDC, "China"), (SUMMIT, "kg:coHost", "Optics Valley", "China")]
    assert rows(gold_store, "event-hosts", event=CONFERENCE) == [(CONFERENCE, "kg:host", "中国医学装备协会", "中国")]
    assert sorted(rows(gold_store, "event-hosts", event="中国医学装备白俄罗斯展览会")) == [
        (EXPO, "kg:coHost", "中国医学装备协会", "中国"), (EXPO, "kg:coHost", "白俄罗斯卫生部", "白俄罗斯")]


def test_events_of_an_organization_include_those_of_its_sub_organizations(gold_store):
    assert rows(gold_store, "org-events", organization="Sinopharm") == [(SUMMIT, "kg:coHost", CMDC)]
    assert rows(gold_store, "org-events", organization="CMDC") == [(SUMMIT, "kg:coHost", CMDC)]
    assert sorted(rows(gold_store, "org-events", organization="协会")) == sorted([
        (CONFERENCE, "kg:host", "中国医学装备协会"), (EXPO, "kg:coHost", "中国医学装备协会")])


def test_co_host_network(gold_store):
    assert sorted(tuple(sorted(r[:2])) + r[2:] for r in rows(gold_store, "cohost-network")) == sorted([
        tuple(sorted(("中国医学装备协会", "白俄罗斯卫生部"))) + ("1",),
        tuple(sorted(("Optics Valley", CMDC))) + ("1",)])


def test_ambassadors_with_sending_and_receiving_countries(gold_store):
    assert rows(gold_store, "ambassadors") == [("亚历山大·切尔维亚科夫", "白俄罗斯", "中国", CONFERENCE)]
    assert rows(gold_store, "ambassadors", lang="en") == [("亚历山大·切尔维亚科夫", "Belarus", "China", CONFERENCE)]


def test_events_a_country_took_part_in(gold_store):
    assert sorted(rows(gold_store, "country-events", country="BY")) == sorted([
        (CONFERENCE, "kg:participantCountry", "白俄罗斯"),
        (CONFERENCE, "kg:sendingCountry", "亚历山大·切尔维亚科夫"),
        (EXPO, "kg:orgCountry", "白俄罗斯卫生部")])
    through_china = {(r[0], r[1]) for r in rows(gold_store, "country-events", country="CN")}
    assert through_china == {(CONFERENCE, "kg:orgCountry"), (EXPO, "kg:orgCountry"), (SUMMIT, "kg:orgCountry")}


def test_sub_events(gold_store):
    assert sorted(rows(gold_store, "sub-events", event="首届中国医学装备国际合作大会")) == sorted([
        (CONFERENCE, "中国医学装备产业链国际合作对接会", "kg:Meeting", "2025-07-12"),
        (CONFERENCE, "中非智慧医疗国际论坛", "kg:Forum", "2025-07-12")])
    assert rows(gold_store, "sub-events", event="中非智慧医疗国际论坛") == []


def test_parent_chains(gold_store):
    assert rows(gold_store, "org-parents") == [(CMDC, SINOPHARM, "1")]


def test_people_with_posts_at_the_hosts(gold_store):
    assert rows(gold_store, "host-people", event=CONFERENCE) == [("侯岩", "理事长", "中国医学装备协会", "kg:host")]
    assert rows(gold_store, "host-people", event=SUMMIT) == []


def test_timeline_by_month(gold_store):
    assert rows(gold_store, "timeline") == [("2020-11", "1"), ("2025-07", "3")]


def test_countries_linked_to_a_citys_events(gold_store):
    shanghai = rows(gold_store, "city-countries", lang="en", city="Shanghai")
    assert sorted(shanghai) == [("Belarus", "kg:participantCountry", "1"), ("Belarus", "kg:sendingCountry", "1"),
                                ("China", "kg:country", "3"), ("China", "kg:orgCountry", "1")]
    assert shanghai[0] == ("China", "kg:country", "3")  # most events first
    assert sorted(rows(gold_store, "city-countries", lang="en", city="Wuhan")) == [
        ("China", "kg:country", "1"), ("China", "kg:orgCountry", "1")]


def test_sources_of_a_fact_from_the_gold_records(gold_store):
    found = rows(gold_store, "fact-sources", subject=CONFERENCE, object="中国医学装备协会")
    assert found == [("kg:host", "id:article/seed-000", "中国医学装备国际合作大会在沪举办 中外专家共议医疗装备创新", "", "", "")]
    assert [r[0] for r in rows(gold_store, "fact-sources", subject="CMDC", object="Sinopharm")] == [
        "org:subOrganizationOf"]
    assert rows(gold_store, "fact-sources", subject="Sinopharm", object="CMDC") == []


def test_events_reported_by_several_articles(gold_store):
    assert rows(gold_store, "multi-source-events") == []  # the two seed articles report different events
    assert len(rows(gold_store, "multi-source-events", min_articles="1")) == 5


def test_lookup_by_any_label_in_either_language(gold_store):
    assert rows(gold_store, "lookup", lang="en") == [(CMDC, "kg:Organization", "1")]
    assert rows(gold_store, "lookup", label="白俄罗斯") == [("白俄罗斯", "kg:Country", "1")]
    assert rows(gold_store, "lookup", lang="zh", label="Belarus") == [("白俄罗斯", "kg:Country", "1")]
    assert rows(gold_store, "lookup", lang="en", label="中国") == [("China", "kg:Country", "2")]  # both articles
    assert rows(gold_store, "lookup", label="cmdc") == []  # exact names only


# -- records written for these tests -----------------------------------------------------------------

def _record(article_id: str, **parts) -> EventRecord:
    return EventRecord.from_dict({"article": {"id": article_id, "lang": "en", "title": parts.pop("title", None)},
                                  **parts})


SECOND_REPORT = _record(
    "test-followup", title="Medical equipment conference closes in Shanghai",
    events=[{"id": "e1", "names": ["2025中国医学装备国际合作大会"], "type": "Conference",
             "start_date": "2025-07-11", "end_date": "2025-07-13",  # the seed article says it closed on the 12th
             "city": ["Shanghai"], "country": "CN", "hosts": ["o1"],
             "evidence": [{"fact": "hosts", "value": "o1", "start": 0, "end": 61, "confidence": 0.8,
                           "extractor": "test-rules",
                           "sentence": "The conference was hosted by the China Association of Medical Equipment."}]}],
    organizations=[{"id": "o1", "names": ["中国医学装备协会", "China Association of Medical Equipment"],
                    "country": "CN", "part_of": "o2"},
                   {"id": "o2", "names": ["Test Ministry of Health Equipment"], "part_of": "o3"},
                   {"id": "o3", "names": ["Test State Council"]}])


def test_an_event_two_articles_report_and_the_sentence_one_of_them_gives(gold_store):
    gold_store.add_records([SECOND_REPORT])
    assert rows(gold_store, "multi-source-events") == [(CONFERENCE, "2")]
    sources = rows(gold_store, "fact-sources", subject=CONFERENCE, object="China Association of Medical Equipment")
    assert sorted(sources) == sorted([
        ("kg:host", "id:article/seed-000", "中国医学装备国际合作大会在沪举办 中外专家共议医疗装备创新", "", "", ""),
        ("kg:host", "id:article/test-followup", "Medical equipment conference closes in Shanghai",
         "The conference was hosted by the China Association of Medical Equipment.", "0.8", "test-rules")])


def test_deeper_parent_chains_and_events_through_them(gold_store):
    gold_store.add_records([SECOND_REPORT])
    chains = sorted(r for r in rows(gold_store, "org-parents") if r[0] == "中国医学装备协会")
    assert chains == [("中国医学装备协会", "Test Ministry of Health Equipment", "1"),
                      ("中国医学装备协会", "Test State Council", "2")]
    # the association hosted in seed-000; that it sits under the ministry comes from another article
    assert sorted(rows(gold_store, "org-events", organization="Test State Council")) == sorted([
        (CONFERENCE, "kg:host", "中国医学装备协会"), (EXPO, "kg:coHost", "中国医学装备协会")])
