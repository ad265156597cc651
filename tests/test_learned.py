"""The trained components that re-score the rules' output (kg.extract.learned), on sentences
written for these tests.

- With models written here (a few named weights), the engine adds the participant countries
  the model wants beside the rules' own, gives each added one the sentence of its first
  mention, takes an event's best city over the threshold (its country with it), removes a
  city no candidate supports, and posts an envoy the rules left unposted (never one they posted).
- The shipped models: a list of countries the English rules have no construction for
  ("Artisans from A, B and C demonstrated weaving") is added; a country named for something
  else ("its founder trained in France") is not; what ``extract`` returns is what the shipped
  models decide over the rules' record.
- The trainer learns weights and a threshold from folders of annotated articles.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.extract import extract, rule_records
from kg.extract.learned import COMPONENTS, apply, model
from kg.extract.learned.logistic import LogisticModel, fit
from kg.model import Article

EN_HEAD = "Sunrise Food Festival opens in Lagos\nThe Sunrise Food Festival opened in Lagos on 6 May 2024 with a parade. "
ZH_HEAD = "美食文化论坛在拉各斯开幕\n2024年5月6日，第三届美食文化论坛在拉各斯开幕。"


def rules(lang: str, text: str):
    return next(rule_records(lang, [Article(id="t", text=text, lang=lang, published="2024-05-06")]))


def both(lang: str, text: str):
    """(the rules' record, what ``extract`` returns) of one article."""
    return rules(lang, text), extract(Article(id="t", text=text, lang=lang, published="2024-05-06"))


@pytest.mark.parametrize("lang,text,listed", [
    ("en", EN_HEAD + "Dancers of Tanzania and Malaysia performed on the opening night.", {"TZ", "MY"}),
    ("zh", ZH_HEAD + "坦桑尼亚、马来西亚、印度尼西亚的艺术家登台演出。", {"TZ", "MY", "ID"}),
])
def test_engine_adds_what_the_model_wants_beside_the_rules(lang, text, listed):
    record = rules(lang, text)
    assert record.events[0].participant_countries == []
    apply("countries", record, text, lang, LogisticModel({"bias": -5.0, "mentions_country": 10.0}, 0.5))
    assert set(record.events[0].participant_countries) == listed
    evidence = [e for e in record.events[0].evidence if e.fact == "participant_countries"]
    assert {e.value for e in evidence} == listed
    for e in evidence:
        assert e.extractor == "countries-model" and 0.5 < e.confidence <= 1
        assert text[e.start:e.end] == e.sentence and e.value and any(
            m in e.sentence for m in ("Tanzania", "Malaysia", "坦桑尼亚"))


def test_engine_keeps_the_rules_countries_whatever_the_model():
    text = EN_HEAD + "Buyers from Germany and Japan met local makers on the first day."
    record = rules("en", text)
    assert set(record.events[0].participant_countries) == {"DE", "JP"}
    apply("countries", record, text, "en", LogisticModel({"bias": -9.0}, 0.5))
    assert set(record.events[0].participant_countries) == {"DE", "JP"}
    assert {e.extractor for e in record.events[0].evidence if e.fact == "participant_countries"} == {"en-rules"}


@pytest.mark.parametrize("lang,text,city,country", [
    ("en", "Ibadan hosts food week\nThe Sunrise Food Festival opened on 6 May 2024. Stalls filled Abuja's markets too.",
     "Ibadan", "NG"),
    ("zh", "伊巴丹举办美食周\n2024年5月6日，第三届美食文化论坛开幕。阿布贾的市场也摆满了摊位。", "Ibadan", "NG"),
])
def test_engine_places_an_event_in_its_best_city(lang, text, city, country):
    record = rules(lang, text)
    apply("cities", record, text, lang, LogisticModel({"bias": -5.0, "headline": 10.0}, 0.5))
    event = record.events[0]
    assert event.city[0] == city and event.country == country and event.geonames_id
    placed = [e for e in event.evidence if e.fact == "city"]
    assert len(placed) == 1 and placed[0].extractor == "cities-model" and "\n" not in placed[0].sentence


def test_engine_unplaces_an_event_no_city_supports():
    text = EN_HEAD + "Stalls filled the old town."
    record = rules("en", text)
    assert record.events[0].city[0] == "Lagos"
    apply("cities", record, text, "en", LogisticModel({"bias": -9.0}, 0.5))
    assert record.events[0].city is None and record.events[0].country == "NG"
    assert not [e for e in record.events[0].evidence if e.fact == "city"]


def test_engine_posts_an_envoy_the_rules_leave_unposted():
    text = "荷兰侨界庆祝春节\n2024年2月10日，捷克大使诺瓦克出席春节招待会。比利时和荷兰的来宾共度佳节。"
    record = rules("zh", text)
    envoy = record.people[0]
    assert (envoy.ambassador_of, envoy.posted_to) == ("CZ", None)
    apply("posts", record, text, "zh", LogisticModel({"bias": -5.0, "headline": 10.0}, 0.5))
    assert envoy.posted_to == "NL"
    added = [e for e in envoy.evidence if e.extractor == "posts-model"]
    assert len(added) == 1 and added[0].fact == "ambassador_of" and "荷兰" in added[0].sentence


def test_engine_keeps_the_rules_posting():
    text = ("Jamhuri Day marked in the Netherlands\nCzech Ambassador Tomas Novak attended the Jamhuri Day "
            "reception on 12 December 2023. Guests from Belgium danced until late.")
    record = rules("en", text)
    assert record.people[0].posted_to == "NL"
    apply("posts", record, text, "en", LogisticModel({"bias": 9.0}, 0.5))
    assert record.people[0].posted_to == "NL"
    assert not [e for e in record.people[0].evidence if e.extractor == "posts-model"]


@pytest.mark.parametrize("lang,text", [
    ("en", EN_HEAD + "Artisans from Peru, Chile and Bolivia demonstrated weaving. Its founder trained in France."),
    ("zh", "荷兰侨界庆祝春节\n2024年2月10日，捷克大使诺瓦克出席春节招待会。比利时和荷兰的来宾共度佳节。"),
    ("en", EN_HEAD + "Buyers from Germany and Japan met local makers on the first day."),
    ("zh", ZH_HEAD + "秘鲁、智利、玻利维亚等国的企业参展。论坛创办人早年曾在法国学习烹饪。"),
    ("zh", "伊巴丹举办美食周\n2024年5月6日，第三届美食文化论坛开幕。阿布贾的市场也摆满了摊位。"),
])
def test_extract_is_the_shipped_models_decision_over_the_rules(lang, text):
    expected, got = rules(lang, text), extract(Article(id="t", text=text, lang=lang, published="2024-05-06"))
    for name in COMPONENTS:
        apply(name, expected, text, lang, model(name, lang))
    assert [(e.participant_countries, e.city, e.country) for e in got.events] == \
        [(e.participant_countries, e.city, e.country) for e in expected.events]
    assert [(p.ambassador_of, p.posted_to) for p in got.people] == [(p.ambassador_of, p.posted_to) for p in expected.people]


def test_shipped_english_model_adds_a_list_the_rules_miss_and_not_a_country_named_for_else():
    text = EN_HEAD + "Artisans from Peru, Chile and Bolivia demonstrated weaving. Its founder trained in France."
    before, after = both("en", text)
    assert before.events[0].participant_countries == []
    assert set(after.events[0].participant_countries) == {"PE", "CL", "BO"}


def test_shipped_chinese_model_adds_no_country_named_for_else():
    before, after = both("zh", ZH_HEAD + "论坛创办人早年曾在法国学习烹饪。")
    assert before.events[0].participant_countries == after.events[0].participant_countries == []


def test_shipped_models_load_for_both_languages():
    for name in COMPONENTS:
        for lang in ("en", "zh"):
            trained = model(name, lang)
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
            "events": [{"id": "e1", "names": [summit], "city": ["Lagos"],
                        "participant_countries": [c for c, name in names.items() if name in listed]}]}
    (folder / f"a{n}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_trainer_writes_models_from_annotated_folders(tmp_path):
    _annotated(tmp_path / "one", 1, ["Kenya", "Ghana", "Peru"], "France")
    _annotated(tmp_path / "one", 2, ["Chile", "Peru"], "Japan")
    _annotated(tmp_path / "two", 3, ["Ghana", "Chile"], "France")
    _annotated(tmp_path / "two", 4, ["Kenya", "Japan", "Peru"], "Chile")
    out = tmp_path / "weights"
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.train", tmp_path / "one", tmp_path / "two",
                           "--out", out, "--lang", "en", "--min-count", "1", "--l2", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "countries en: " in done.stdout and "cities en: " in done.stdout
    countries = LogisticModel.load(out / "countries-en.json")
    assert countries.about["folders"] == 2 and countries.about["gold_values"] == 10
    assert countries.weights["rule"] > 0 and countries.weights["listed"] > 0
    assert LogisticModel.load(out / "cities-en.json").about["gold_values"] == 4
    assert not (out / "countries-zh.json").exists()


def test_trainer_names_a_missing_folder(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.train", tmp_path / "nowhere"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("error: not a folder:") and "nowhere" in done.stderr
    assert "Traceback" not in done.stderr
