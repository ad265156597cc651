"""kg.resolve across languages: a Chinese and an English report of one event are one node on
evidence that holds for any series — the same edition whatever one side leaves undated, the
time its article's other events give an undated one, the same days in the same country —
while editions stay apart and an abbreviation two series share never merges them alone.

Every record here is written for these tests (invented series, editions and receptions).
"""

from __future__ import annotations

import random

import pytest

from test_resolve import build_in_batches, event, node, nodes, record, store_of

from kg.resolve import gloss, text
from kg.store import open_store

HANGZHOU = {"city": ["Hangzhou", "杭州"], "country": "CN"}
EN_5TH = record("te1", [
    event("e1", "5th China International Tea Expo", "China International Tea Expo", "CITE",
          start_date="2031-05-10", end_date="2031-05-13", **HANGZHOU),
    event("e2", "West Lake International Tea Industry Forum", type="Forum", start_date="2031-05-10", **HANGZHOU)])
ZH_5TH = record("tz5", [  # no dates at all: the edition, the city and its other event say which one
    event("e1", "第五届中国国际茶叶博览会", "中国国际茶叶博览会", "茶博会", **HANGZHOU),
    event("e2", "西湖国际茶业论坛", type="Forum", **HANGZHOU)], lang="zh")
ZH_1ST = record("tz1", [  # the first edition, its forum held as part of it
    event("e1", "首届中国国际茶叶博览会", "中国国际茶叶博览会", start_date="2027-05-15", end_date="2027-05-18", **HANGZHOU),
    event("e2", "西湖国际茶业论坛", type="Forum", part_of="e1", **HANGZHOU)], lang="zh")
ZH_4TH = record("tz4", [event("e1", "第四届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU)], lang="zh")
TEA = [ZH_5TH, ZH_1ST, ZH_4TH, EN_5TH]  # the English report, the only one dating the 5th edition, last


def article_node(store, article: str, label: str) -> str:
    """The node of the entity an article's graph labels so."""
    graph = store.iris.article(article)
    rows = store.query(f"SELECT DISTINCT ?x ?name WHERE {{ GRAPH <{graph}> {{ ?x <http://www.w3.org/ns/prov#wasDerivedFrom> "
                       f"<{graph}> ; <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> "
                       "?l } FILTER(STR(?l) = ?name) }", {"name": label}).rows
    assert len(rows) == 1, (article, label, rows)
    return str(rows[0]["x"])


def tea_nodes(store) -> dict[str, str]:
    return {"5th": node(store, "5th China International Tea Expo"), "第五届": node(store, "第五届中国国际茶叶博览会"),
            "首届": node(store, "首届中国国际茶叶博览会"), "第四届": node(store, "第四届中国国际茶叶博览会"),
            "forum": article_node(store, "te1", "West Lake International Tea Industry Forum"),
            "论坛5": article_node(store, "tz5", "西湖国际茶业论坛"),
            "论坛1": article_node(store, "tz1", "西湖国际茶业论坛")}


def assert_tea(found: dict[str, str]) -> None:
    assert found["5th"] == found["第五届"]  # the same edition in two languages, one side undated
    assert len({found["5th"], found["首届"], found["第四届"]}) == 3  # editions stay apart
    assert found["forum"] == found["论坛5"]  # placed in 2031 by the 5th edition its article reports
    assert found["论坛1"] != found["forum"]  # the 2027 forum, held as part of the first edition


def test_the_same_edition_in_two_languages_is_one_node_and_other_editions_stay_apart():
    with store_of(*TEA) as store:
        assert_tea(tea_nodes(store))


@pytest.mark.parametrize("split", [1, 2, 3])
def test_an_undated_event_placed_by_its_articles_other_events_joins_however_the_batches_fall(split):
    """Stored first, the Chinese forum learns its year only when the English report dates the
    edition its article reports: it is found then too."""
    with store_of(*TEA) as one, open_store(in_memory=True) as two:
        two.add_records(TEA[:split])
        two.add_records(TEA[split:])
        assert_tea(tea_nodes(two))
        assert {k: v == tea_nodes(one)["5th"] for k, v in tea_nodes(two).items()} == \
            {k: v == tea_nodes(one)["5th"] for k, v in tea_nodes(one).items()}


LAKE_FORUM = record("tw5", [event("e1", "第五届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU),
                            event("e2", "西湖论坛", type="Forum", **HANGZHOU)], lang="zh")
LAKE_EXPO = record("tw6", [event("e1", "第五届中国国际茶叶博览会", "中国国际茶叶博览会", start_date="2031-05-28",
                                 end_date="2031-06-02", **HANGZHOU)], lang="zh")  # dates the edition, leaves tw5 as it is
LAKE_FORUM_EN = record("tw7", [event("e1", "West Lake Forum", type="Forum", start_date="2031-06-01", **HANGZHOU)])


@pytest.mark.parametrize(("stored", "new", "en", "zh"), [
    (TEA[:3], EN_5TH, "West Lake International Tea Industry Forum", ("tz5", "西湖国际茶业论坛")),
    # dated by a stored article: the forum's own rows cannot say 2031, nor do its month or words lead to the edition
    ([LAKE_FORUM, LAKE_EXPO], LAKE_FORUM_EN, "West Lake Forum", ("tw5", "西湖论坛"))])
def test_with_the_key_index_a_stored_undated_event_is_found_in_the_time_its_articles_other_events_give(
        tmp_path, stored, new, en, zh):
    """A Chinese forum is stored undated; a new report dates the edition its article reports, or one stored
    already did: the build, reading only what its keys lead to, finds the forum in that edition's time."""
    with open_store(tmp_path / "store") as store:
        for record_ in stored:
            store.add_records([record_])
    with open_store(tmp_path / "store") as store:
        assert store.resolver().source is not None
        store.add_records([new])
        assert node(store, en) == article_node(store, *zh)


@pytest.mark.parametrize("seed", range(6))
def test_an_incremental_build_with_the_key_index_places_undated_events_as_a_full_read_does(tmp_path, seed):
    """Random orders and splits of articles whose undated events their other events place: reading only what
    the keys lead to gives the quads of reading every stored mention."""
    several = record("tz9", [
        event("e1", "第五届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU),
        event("e2", "首届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU),
        event("e3", "西湖国际茶业论坛", type="Forum", **HANGZHOU)], lang="zh")
    rng = random.Random(seed)
    records = [*TEA, several, LAKE_FORUM, LAKE_EXPO, LAKE_FORUM_EN]
    order = rng.sample(records, len(records))
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    batches = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)])]
    assert build_in_batches(tmp_path / "indexed", batches, None, index=True) == \
        build_in_batches(tmp_path / "full", batches, None, index=False)


def test_an_article_recalling_editions_of_several_years_places_no_undated_event():
    """Its other events are of 2027 and 2031: the forum it names could be either."""
    both = record("tz9", [
        event("e1", "第五届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU),
        event("e2", "首届中国国际茶叶博览会", "中国国际茶叶博览会", **HANGZHOU),
        event("e3", "西湖国际茶业论坛", type="Forum", **HANGZHOU)], lang="zh")
    with store_of(EN_5TH, ZH_1ST, both) as store:
        assert article_node(store, "tz9", "西湖国际茶业论坛") not in {
            article_node(store, "te1", "West Lake International Tea Industry Forum"),
            article_node(store, "tz1", "西湖国际茶业论坛")}


RECEPTION_ZH = record("rz1", [event("e1", "2031年中秋招待会", "中秋招待会", type="Ceremony", start_date="2031-09-30",
                                    end_date="2031-09-30", country="IS")], lang="zh")


@pytest.mark.parametrize(("start", "end", "country", "one"), [
    ("2031-09-30", "2031-09-30", "IS", True),  # the same day in the same country, no city on either side
    ("2031-09-30", None, "IS", True),
    ("2031-09-29", "2031-10-01", "IS", False),  # overlapping days only
    ("2031-09-30", "2031-09-30", "FO", False),  # another country
])
def test_a_translated_name_on_the_same_days_in_the_same_country_is_one_event(start, end, country, one):
    en = record("rn1", [event("e1", "2031 Mid-Autumn Festival Reception", "Mid-Autumn Festival Reception",
                              type="Ceremony", start_date=start, end_date=end, country=country)])
    with store_of(RECEPTION_ZH, en) as store:
        assert (node(store, "2031年中秋招待会") == node(store, "2031 Mid-Autumn Festival Reception")) is one


def test_a_year_written_inside_a_chinese_name_is_left_out_of_its_translation():
    zh = record("yz1", [event("e1", "奥斯陆茶叶论坛2031年年会", type="Forum", start_date="2031-03-04",
                              city=["Oslo"], country="NO")], lang="zh")
    en = record("yn1", [event("e1", "Oslo Tea Forum Annual Meeting 2031", type="Forum", start_date="2031-03-04",
                              city=["Oslo"], country="NO")])
    with store_of(zh, en) as store:
        assert node(store, "奥斯陆茶叶论坛2031年年会") == node(store, "Oslo Tea Forum Annual Meeting 2031")


def test_an_abbreviation_two_series_share_needs_a_place_host_or_parent_besides():
    tea = record("ab1", [event("e1", "2031 Nordic Tea Expo", "Nordic Tea Expo", "NTE", start_date="2031-02-03",
                               city=["Oslo"], country="NO")])
    textile = record("ab2", [event("e1", "2031 Nordic Textile Exhibition", "Nordic Textile Exhibition", "NTE",
                                   start_date="2031-06-07", country="NO")])
    alone = record("ab3", [event("e1", "NTE 2031", "NTE", city=["Oslo"], country="NO")])
    with store_of(tea, textile, alone) as store:
        assert node(store, "2031 Nordic Tea Expo") != node(store, "2031 Nordic Textile Exhibition")
        assert node(store, "NTE 2031") == node(store, "2031 Nordic Tea Expo")  # the same city besides
        assert len(nodes(store, "NTE")) == 2


def test_function_words_are_left_out_of_a_glossed_name():
    assert [w for w, _ in gloss.gloss("中国与东盟商务论坛")] == ["中国", "东盟", "商务", "论坛"]
    assert [w for w, _ in gloss.gloss("新春招待会暨冰岛美食之夜")] == ["新春", "招待会", "冰岛", "美食", "夜"]
    # 驻 ("stationed in") is a word: an office 驻 a place is not that place's body
    assert [w for w, _ in gloss.gloss("中国驻冰岛使馆")] == ["中国", "驻", "冰岛", "使馆"]


def test_an_apostrophe_inside_a_romanised_word_is_no_word_break():
    assert text.words("Bo'ao Forum for Asia in Xi’an") == ["boao", "forum", "for", "asia", "in", "xian"]
    assert text.words("the People's Congress") == ["the", "people", "congress"]


@pytest.mark.parametrize(("name", "core", "number"), [
    ("Twenty-first Nordic Tea Expo", "Nordic Tea Expo", 21), ("the thirty second Nordic Tea Expo", "Nordic Tea Expo", 32),
    ("Fortieth Nordic Tea Expo", "Nordic Tea Expo", 40), ("21st Nordic Tea Expo", "Nordic Tea Expo", 21),
    ("Twenty Nations Tea Expo", "Twenty Nations Tea Expo", None)])
def test_an_ordinal_from_the_twentieth_on_is_the_edition(name, core, number):
    assert (text.core(name), text.edition(name)) == (core, number)


def test_the_twenty_first_edition_meets_its_chinese_report_and_not_the_first():
    en = record("or1", [event("e1", "Twenty-first Nordic Tea Expo", start_date="2031-02-03", city=["Oslo"], country="NO")])
    zh21 = record("or2", [event("e1", "第二十一届北欧茶叶博览会", city=["Oslo"], country="NO")], lang="zh")
    zh1 = record("or3", [event("e1", "首届北欧茶叶博览会", city=["Oslo"], country="NO")], lang="zh")
    with store_of(en, zh21, zh1) as store:
        assert node(store, "Twenty-first Nordic Tea Expo") == node(store, "第二十一届北欧茶叶博览会")
        assert node(store, "首届北欧茶叶博览会") != node(store, "Twenty-first Nordic Tea Expo")
