"""Extraction on the held-out fixtures: invented news articles with hand-made gold records,
scored as the project's evaluation scores them (``scoring.py``). The thresholds sit a little
under the figures reached, to catch regressions.

- ``fixtures/heldout_en``: 24 English articles (wire reports with datelines, press releases,
  trade-press show reports, embassy and university news, announcements, several events in one
  article, sub-events, page furniture only, stories with no event);
- ``fixtures/heldout_zh``: 36 Chinese articles (simplified and traditional; Xinhua-style
  reports, association notices, HK/Macao/Taiwan reports, embassy news, reposts with page
  furniture, stories with no event).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.load.txt import read_txt
from scoring import compare, f1

FIXTURES = Path(__file__).parent / "fixtures"
#: per language; English 0.968 since the twentieth round, whose English models, trained on more real
#: articles (28 folders), add two participant countries the invented gold leaves out (ho-07, ho-08)
#: while raising F1 on never-inspected real text (0.521 -> 0.526 over 431 articles)
MIN_F1 = {"en": 0.965, "zh": 0.97}
#: language -> (articles, the stories with no event)
SETS = {
    "en": (24, ("ho-09", "ho-10", "ho-11", "ho-20")),  # page furniture only, earnings, a clearance, a tender
    "zh": (36, ("ho-zh-07", "ho-zh-08", "ho-zh-22", "ho-zh-27")),  # results, a notice, a launch, a courtesy call
}


def _gold(lang: str) -> dict[str, dict]:
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((FIXTURES / f"heldout_{lang}").glob("*.gold.json"))}


@pytest.fixture(scope="module", params=sorted(SETS))
def heldout(request) -> tuple[str, dict[str, dict], dict[str, dict]]:
    """(language, gold records, predicted records) of one held-out set."""
    lang = request.param
    paths = sorted((FIXTURES / f"heldout_{lang}").glob("*.txt"))
    articles = [a for path in paths for a in read_txt(path, max_bytes=1 << 20, lang=lang)]
    return lang, _gold(lang), {a.id: r.to_dict() for a, r in zip(articles, extract_all(articles))}


def test_heldout_overall_f1(heldout):
    lang, gold, predictions = heldout
    assert len(gold) == len(predictions) == SETS[lang][0]
    precision, recall, score = f1((gold[stem], predictions[stem]) for stem in gold)
    assert score >= MIN_F1[lang], f"{lang} held-out F1 {score:.3f} (P {precision:.3f}, R {recall:.3f}) < {MIN_F1[lang]}"


def test_articles_without_events_give_none(heldout):
    lang, _, predictions = heldout
    assert {stem: predictions[stem]["events"] for stem in SETS[lang][1]} == {stem: [] for stem in SETS[lang][1]}


def test_scorer_counts_a_wrong_city_and_a_missed_parent():
    gold = {"events": [{"id": "e1", "names": ["the 3rd Lake Forum", "Lake Forum"], "hosts": [], "co_hosts": [],
                        "organizers": [], "city": ["Geneva"], "country": "CH", "start_date": None, "end_date": None,
                        "part_of": None, "participant_countries": []}],
            "organizations": [{"id": "o1", "names": ["Lake Institute"], "part_of": "o2"},
                              {"id": "o2", "names": ["Alpine University"], "part_of": None}], "people": []}
    pred = json.loads(json.dumps(gold))
    pred["events"][0].update(id="e4", names=["Lake Forum"], city=["Lausanne"])
    pred["organizations"][0]["part_of"] = None
    # event and country right; the city is wrong (fp and fn); the parent is missed
    assert compare(gold, pred) == {"tp": 2, "fp": 1, "fn": 2}


def test_scorer_aligns_by_name_and_counts_a_wrong_city_and_a_missing_host():
    gold = {"events": [{"id": "e1", "names": ["第三届滨江康养论坛", "滨江康养论坛"], "hosts": ["o1"], "co_hosts": [],
                        "organizers": [], "city": ["Hangzhou", "杭州"], "country": "CN", "start_date": "2024-05-10",
                        "end_date": None, "part_of": None, "participant_countries": []}],
            "organizations": [{"id": "o1", "names": ["杭州市康养协会"], "part_of": None}], "people": []}
    pred = json.loads(json.dumps(gold))
    pred["events"][0].update(id="e7", names=["滨江康养论坛"], hosts=[], city=["Ningbo", "宁波"])
    # event, country and date right; the city is wrong (fp and fn); the host is missed
    assert compare(gold, pred) == {"tp": 3, "fp": 1, "fn": 2}
    assert compare(gold, {"events": [], "organizations": [], "people": []})["fn"] == 5
