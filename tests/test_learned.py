"""The trained re-scoring of participant countries (kg.extract.learned), on sentences written for
these tests: the shipped models add the countries of a list the rules have no construction for
("Dancers of A and B performed", "A、B、C的艺术家登台演出"), keep out a country named for something
else ("its founder trained in France"), give every country they add its sentence as evidence, and
the trainer learns weights and a threshold from folders of annotated articles."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.extract import extract, rule_records
from kg.extract.learned import countries, model
from kg.extract.learned.logistic import LogisticModel, fit
from kg.model import Article

EN_HEAD = "Sunrise Food Festival opens in Lagos\nThe Sunrise Food Festival opened in Lagos on 6 May 2024 with a parade. "
ZH_HEAD = "美食文化论坛在拉各斯开幕\n2024年5月6日，第三届美食文化论坛在拉各斯开幕。"


def both(lang: str, text: str):
    """(the rules' record, the re-scored record) of one article."""
    article = Article(id="t", text=text, lang=lang, published="2024-05-06")
    return next(rule_records(lang, [article])), extract(article)


@pytest.mark.parametrize("lang,text,added", [
    ("en", EN_HEAD + "Dancers of Tanzania and Malaysia performed at the festival's opening night.", {"TZ", "MY"}),
    ("en", EN_HEAD + "Stalls this year:\nItaly, Spain, Egypt, Morocco and Tunisia.", {"IT", "ES", "EG", "MA", "TN"}),
    ("zh", ZH_HEAD + "坦桑尼亚、马来西亚、印度尼西亚的艺术家登台演出。", {"TZ", "MY", "ID"}),
    ("zh", ZH_HEAD + "法国、德国和意大利的学者分别作了主旨发言。", {"FR", "DE", "IT"}),
])
def test_model_adds_listed_countries_the_rules_miss(lang, text, added):
    rules, rescored = both(lang, text)
    assert not set(rules.events[0].participant_countries) & added
    assert set(rescored.events[0].participant_countries) == added
    evidence = {e.value: e for e in rescored.events[0].evidence if e.fact == "participant_countries"}
    assert set(evidence) == added
    for e in evidence.values():
        assert e.extractor == countries.EXTRACTOR and 0 < e.confidence <= 1
        assert text[e.start:e.end] == e.sentence and e.sentence.strip()


@pytest.mark.parametrize("lang,text", [
    ("en", EN_HEAD + "Its founder, a chef, trained in France in the 1990s before returning home."),
    ("zh", ZH_HEAD + "论坛创办人早年曾在法国学习烹饪。"),
])
def test_a_country_named_for_something_else_is_no_participant(lang, text):
    assert both(lang, text)[1].events[0].participant_countries == []


def test_the_rules_countries_keep_their_evidence():
    text = EN_HEAD + "Buyers from Germany and Japan met local makers on the first day."
    rules, rescored = both("en", text)
    assert set(rules.events[0].participant_countries) == {"DE", "JP"}
    assert set(rescored.events[0].participant_countries) == {"DE", "JP"}
    kept = [e for e in rescored.events[0].evidence if e.fact == "participant_countries"]
    assert {e.extractor for e in kept} == {"en-rules"}


def test_shipped_models_load_for_both_languages():
    for lang in ("en", "zh"):
        trained = model("countries", lang)
        assert trained is not None and 0 < trained.threshold < 1
        assert trained.weights["rule"] > 0 and trained.about["folders"] >= 2


def test_fit_learns_the_sign_of_a_separating_feature(tmp_path):
    rows = [({"bias": 1.0, "good": 1.0}, True)] * 30 + [({"bias": 1.0, "bad": 1.0}, False)] * 30
    weights = fit(rows, l2=1.0, min_count=1)
    assert weights["good"] > 1 > -1 > weights["bad"]
    path = tmp_path / "m.json"
    LogisticModel(weights, 0.4, {"note": "x"}).save(path)
    again = LogisticModel.load(path)
    assert again.threshold == 0.4 and again.probability({"bias": 1.0, "good": 1.0}) > 0.9


def _annotated(folder, n: int, listed: list[str], elsewhere: str) -> None:
    """An article whose list of countries takes part and whose other country does not, with its gold."""
    folder.mkdir(parents=True, exist_ok=True)
    summit = ["Harbour", "Coast", "River", "Delta"][n - 1] + " Summit"
    text = (f"{summit} held in Lagos\nThe {summit} was held in Lagos on 6 May 2024. "
            f"Delegates from {', '.join(listed[:-1])} and {listed[-1]} attended the summit. "
            f"Its chair once studied in {elsewhere}.")
    (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    names = {"KE": "Kenya", "GH": "Ghana", "PE": "Peru", "CL": "Chile", "FR": "France", "JP": "Japan"}
    gold = {"article": {"id": f"a{n}", "lang": "en"}, "organizations": [], "people": [],
            "events": [{"id": "e1", "names": [summit],
                        "participant_countries": [c for c, name in names.items() if name in listed]}]}
    (folder / f"a{n}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_trainer_writes_a_model_from_annotated_folders(tmp_path):
    _annotated(tmp_path / "one", 1, ["Kenya", "Ghana", "Peru"], "France")
    _annotated(tmp_path / "one", 2, ["Chile", "Peru"], "Japan")
    _annotated(tmp_path / "two", 3, ["Ghana", "Chile"], "France")
    _annotated(tmp_path / "two", 4, ["Kenya", "Japan", "Peru"], "Chile")
    out = tmp_path / "weights"
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.train", tmp_path / "one", tmp_path / "two",
                           "--out", out, "--lang", "en", "--min-count", "1", "--l2", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "en: " in done.stdout and "threshold" in done.stdout
    trained = LogisticModel.load(out / "countries-en.json")
    assert trained.about["folders"] == 2 and trained.about["gold_pairs"] == 10
    assert trained.weights["rule"] > 0
    assert not (out / "countries-zh.json").exists()


def test_trainer_names_a_missing_folder(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.train", tmp_path / "nowhere"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("error: not a folder:") and "nowhere" in done.stderr
    assert "Traceback" not in done.stderr
