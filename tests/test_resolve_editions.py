"""kg.resolve: the edition an article reports decides for the events it names without a date of
their own — a sub-event is held in its parent's edition, and an undated event of an article
about one edition never joins its namesake in an article about another — and an event series
known by unrelated names in two languages meets through the alias table, edition by edition.

Every record here is written for these tests (invented forums, briefings and summits; the
Canton Fair's editions are numbered past the ones held so far).
"""

from __future__ import annotations

import pytest

from test_resolve import build_in_batches, event, record, store_of
from test_resolve_xlang import article_node

from kg.resolve import gloss, text
from kg.store import open_store

OSLO = {"city": ["Oslo", "奥斯陆"], "country": "NO"}

# -- an undated event of an article about another edition ------------------------------
FIRST = record("bf1", [  # the 2031 forum and the briefing that announced it, both dated
    event("e1", "2031北欧茶叶论坛", "北欧茶叶论坛", type="Forum", start_date="2031-05-14", end_date="2031-05-15", **OSLO),
    event("e2", "北欧茶叶论坛媒体吹风会", "媒体吹风会", type="Meeting", start_date="2031-04-18", **OSLO)],
    lang="zh", published="2031-04-18")
SECOND = record("bf2", [  # the 2nd forum announced at a briefing: no date, year or publication date anywhere
    event("e1", "第二届北欧茶叶论坛", "北欧茶叶论坛", type="Forum", **OSLO),
    event("e2", "媒体吹风会", type="Meeting", **OSLO)], lang="zh")
SECOND_PART = record("bf2", [  # the same, the briefing given as part of the 2nd forum
    event("e1", "第二届北欧茶叶论坛", "北欧茶叶论坛", type="Forum", **OSLO),
    event("e2", "媒体吹风会", type="Meeting", part_of="e1", **OSLO)], lang="zh")
ALONE = record("bf3", [event("e1", "媒体吹风会", type="Meeting", **OSLO)], lang="zh")  # nothing says which edition
SAME = record("bf4", [  # another report of the 2031 forum, its briefing undated
    event("e1", "北欧茶叶论坛", type="Forum", start_date="2031-05-14", **OSLO),
    event("e2", "媒体吹风会", type="Meeting", **OSLO)], lang="zh")


def briefings(store, *articles: str) -> list[str]:
    return [article_node(store, a, "媒体吹风会") for a in articles]


@pytest.mark.parametrize("second", [SECOND, SECOND_PART])
@pytest.mark.parametrize("first_in", [True, False])
def test_an_undated_event_of_an_article_about_another_edition_stays_apart(second, first_in):
    records = [FIRST, second] if first_in else [second, FIRST]
    with store_of(*records) as store:
        first, other = briefings(store, "bf1", "bf2")
        assert first != other
        assert article_node(store, "bf1", "2031北欧茶叶论坛") != article_node(store, "bf2", "第二届北欧茶叶论坛")


def test_an_undated_event_whose_article_names_no_edition_joins_its_only_namesake():
    """What keeps the 2nd forum's briefing apart is its article's edition, not the name: alone it joins."""
    with store_of(FIRST, ALONE) as store:
        assert len(set(briefings(store, "bf1", "bf3"))) == 1


def test_an_undated_event_of_an_article_about_the_same_edition_still_joins():
    with store_of(FIRST, SECOND, SAME) as store:
        first, other, same = briefings(store, "bf1", "bf2", "bf4")
        assert first == same != other


@pytest.mark.parametrize("order", [[FIRST, SECOND, SAME], [SECOND, SAME, FIRST], [SAME, FIRST, SECOND]])
def test_articles_of_two_editions_stored_one_by_one_read_as_a_full_load_does(tmp_path, order):
    """Each article built alone against the stored ones: reading only what the keys lead to (the other
    article's forum read when its briefing is compared) gives the graph of reading every stored mention."""
    batches = [[r] for r in order]
    assert build_in_batches(tmp_path / "indexed", batches, None, index=True) == \
        build_in_batches(tmp_path / "full", batches, None, index=False)
    with open_store(tmp_path / "indexed") as store:
        first, other, same = briefings(store, "bf1", "bf2", "bf4")
        assert first == same != other


def test_the_edition_a_stored_article_reports_is_read_when_the_rules_need_it(tmp_path):
    """The new article's forum meets the stored 2nd edition by its English name only, so nothing read for
    it leads to the stored 2031 forum; its briefing meets the 2031 briefing, whose article's forum the
    rules then read, as a full load holds it."""
    both = record("bf5", [event("e1", "第二届北欧茶叶论坛", "2nd Nordic Tea Forum", type="Forum", **OSLO)], lang="zh")
    english = record("bf6", [event("e1", "2nd Nordic Tea Forum", type="Forum", **OSLO),
                             event("e2", "媒体吹风会", type="Meeting", **OSLO)])
    batches = [[FIRST], [both], [english]]
    assert build_in_batches(tmp_path / "indexed", batches, None, index=True) == \
        build_in_batches(tmp_path / "full", batches, None, index=False)
    with open_store(tmp_path / "indexed") as store:
        assert article_node(store, "bf6", "2nd Nordic Tea Forum") == article_node(store, "bf5", "第二届北欧茶叶论坛")
        assert len(set(briefings(store, "bf1", "bf6"))) == 2


# -- sub-events of one edition ---------------------------------------------------------
def forum(article: str, year: int, summit: str, lang: str = "zh", published: str | None = None, **parts) -> object:
    """A report of the Nordic Tea Forum of ``year`` and a summit held as part of it, the summit undated."""
    name = f"{year}北欧茶叶论坛" if lang == "zh" else f"{year} Nordic Tea Forum"
    return record(article, [event("e1", name, type="Forum", start_date=f"{year}-05-14", end_date=f"{year}-05-15", **OSLO),
                            event("e2", summit, type="Summit", part_of="e1", **OSLO, **parts)],
                  lang=lang, published=published)


def test_sub_events_of_one_edition_in_two_languages_are_one_node_and_another_editions_stay_apart():
    """Both summits undated, reported on different days: the forum node they are part of places them."""
    en = forum("ms1", 2031, "Ministers' Summit", lang="en", published="2031-05-10")
    zh = forum("ms2", 2031, "部长峰会", published="2031-05-16")
    later = forum("ms3", 2032, "部长峰会", published="2032-05-16")
    for records in ([en, zh, later], [later, zh, en]):
        with store_of(*records) as store:
            ours, theirs, next_year = (article_node(store, "ms1", "Ministers' Summit"),
                                       article_node(store, "ms2", "部长峰会"), article_node(store, "ms3", "部长峰会"))
            assert ours == theirs != next_year


def test_sub_events_named_only_by_their_kind_are_not_taken_for_one_another():
    """An edition may hold several events named "论坛": a shared parent is no reason to merge them."""
    one, two = forum("gk1", 2031, "论坛", published="2031-05-10"), forum("gk2", 2031, "论坛", published="2031-05-16")
    with store_of(one, two) as store:
        assert article_node(store, "gk1", "2031北欧茶叶论坛") == article_node(store, "gk2", "2031北欧茶叶论坛")
        assert article_node(store, "gk1", "论坛") != article_node(store, "gk2", "论坛")


def test_a_glossed_word_meets_its_plural():
    assert [gloss.singular(w) for w in ("leaders", "ministers", "business", "news", "status", "gas")] == \
        ["leader", "minister", "business", "news", "status", "gas"]
    assert gloss.coverage("部长峰会", text.content_words("Summit of the Ministers")) == (1.0, 1.0)


# -- an event series in the alias table ------------------------------------------------
GUANGZHOU = {"city": ["Guangzhou", "广州"], "country": "CN"}
EN_140 = record("cf1", [event("e1", "140th session of the China Import and Export Fair", "China Import and Export Fair",
                              "Canton Fair", start_date="2026-10-15", end_date="2026-11-04", **GUANGZHOU)])
ZH_140 = record("cf2", [event("e1", "第140届广交会", "广交会", **GUANGZHOU)], lang="zh")  # undated
EN_141 = record("cf3", [event("e1", "141st Canton Fair", "Canton Fair", **GUANGZHOU)])
ZH_141 = record("cf4", [event("e1", "第141届中国进出口商品交易会", **GUANGZHOU)], lang="zh")


def test_a_series_known_by_unrelated_names_meets_through_the_alias_table_edition_by_edition():
    with store_of(EN_140, ZH_140, EN_141, ZH_141) as store:
        nodes = {a: article_node(store, a, label) for a, label in [
            ("cf1", "Canton Fair"), ("cf2", "第140届广交会"), ("cf3", "141st Canton Fair"),
            ("cf4", "第141届中国进出口商品交易会")]}
        assert nodes["cf1"] == nodes["cf2"]
        assert nodes["cf3"] == nodes["cf4"]
        assert nodes["cf1"] != nodes["cf3"]
