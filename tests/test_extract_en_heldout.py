"""English extraction on the held-out fixtures (tests/fixtures/heldout_en): 20 invented news
articles (wire reports with datelines, press releases, trade-press show reports, embassy and
university news, announcements, several events in one article, sub-events, page furniture only,
four stories with no event) with hand-made gold records, scored as the project's evaluation
scores them (``scoring.py``). The threshold sits a little under the figure reached, to catch
regressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.load.txt import read_txt
from scoring import compare, f1

HELDOUT = Path(__file__).parent / "fixtures" / "heldout_en"
MIN_F1 = 0.97
NO_EVENT = ("ho-09", "ho-10", "ho-11", "ho-20")  # page furniture only, earnings, a clearance, a tender


def _gold() -> dict[str, dict]:
    return {p.name.removesuffix(".gold.json"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(HELDOUT.glob("*.gold.json"))}


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict]:
    articles = [a for path in sorted(HELDOUT.glob("*.txt")) for a in read_txt(path, max_bytes=1 << 20, lang="en")]
    return {a.id: r.to_dict() for a, r in zip(articles, extract_all(articles))}


def test_heldout_overall_f1(predictions):
    gold = _gold()
    assert len(gold) == len(predictions) == 20
    precision, recall, score = f1((gold[stem], predictions[stem]) for stem in gold)
    assert score >= MIN_F1, f"held-out F1 {score:.3f} (P {precision:.3f}, R {recall:.3f}) < {MIN_F1}"


@pytest.mark.parametrize("stem", NO_EVENT)
def test_articles_without_events_give_none(predictions, stem):
    assert predictions[stem]["events"] == []


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
