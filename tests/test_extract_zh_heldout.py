"""Chinese extraction on the held-out fixtures (tests/fixtures/heldout_zh): 32 invented news
articles (simplified and traditional; Xinhua-style reports, association notices, HK/Macao/Taiwan
reports, embassy news, reposts with page furniture, four stories with no event) with hand-made
gold records, scored as the project's evaluation scores them (``scoring.py``). The threshold sits
a little under the figure reached, to catch regressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.load.txt import read_txt
from scoring import compare, f1

HELDOUT = Path(__file__).parent / "fixtures" / "heldout_zh"
MIN_F1 = 0.97
NO_EVENT = ("ho-zh-07", "ho-zh-08", "ho-zh-22", "ho-zh-27")  # results, a notice, a launch, a courtesy call


def _gold() -> dict[str, dict]:
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(HELDOUT.glob("*.gold.json"))}


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    articles = [a for path in sorted(HELDOUT.glob("*.txt")) for a in read_txt(path, max_bytes=1 << 20, lang="zh")]
    return {a.id: r.to_dict() for a, r in zip(articles, extract_all(articles))}


def test_heldout_overall_f1(predictions):
    gold = _gold()
    assert len(gold) == len(predictions) == 32
    precision, recall, score = f1((gold[stem], predictions[stem]) for stem in gold)
    assert score >= MIN_F1, f"held-out F1 {score:.3f} (P {precision:.3f}, R {recall:.3f}) < {MIN_F1}"


@pytest.mark.parametrize("stem", NO_EVENT)
def test_articles_without_events_give_none(predictions, stem):
    assert predictions[stem]["events"] == []


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
