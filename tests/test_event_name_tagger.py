"""The trained tagger of Chinese gatherings' names (kg.extract.learned.tagger), on sentences
written for these tests.

- Labels: each gold name stands in its text as B then I characters, the rest is O; the
  longest name takes characters two names share.
- The shipped model, inside the Chinese rules: a name whose shape the rules do not read (a
  year glued to a name with no edition, "2031丝路国际产学研用合作会议") is an event with the
  date and place its sentence gives; a longer name around the one the rules read ("东港灯会欢迎酒会",
  where they read only 东港灯会) takes its place; two names joined by 暨 stay the rules' two.
- The trainer writes a model from folders of annotated articles, which tags the names it was
  trained on; a missing folder is a one-line error.
"""

from __future__ import annotations

import json
import subprocess
import sys

from kg.extract.learned import tagger
from test_extract_zh import event, extract


def test_gold_names_are_labelled_b_then_i_and_the_longest_name_wins():
    text = "第二届东湖论坛暨东湖论坛青年分会在武汉举行。"
    (features, labels), = tagger.labelled(text, ["东湖论坛", "第二届东湖论坛暨东湖论坛青年分会"], "zh")
    assert len(features) == len(labels) == len(text)
    name = "第二届东湖论坛暨东湖论坛青年分会"
    assert labels == ["B"] + ["I"] * (len(name) - 1) + ["O"] * (len(text) - len(name))
    assert "c=届" in features[2] and "head_end=2" in features[6]  # (论坛 ends at the seventh character)


def test_spaces_are_not_tagged():
    text = "2031年 东港 论坛开幕。"
    (features, labels), = tagger.labelled(text, ["东港 论坛"], "zh")
    assert len(features) == len(labels) == len(text.replace(" ", ""))
    assert labels[5:] == ["B", "I", "I", "I", "O", "O", "O"]


def test_a_year_glued_to_a_name_without_edition_is_read_by_the_tagger():
    record = extract("两地企业签约\n2031年3月5日,2031丝路国际产学研用合作会议在西安召开。")
    found = event(record, "2031丝路国际产学研用合作会议")
    assert found.start_date == "2031-03-05" and found.city[0] == "Xi’an"


def test_a_longer_name_around_the_rules_name_takes_its_place():
    record = extract("灯会开幕\n2031年2月9日晚,东港灯会欢迎酒会在屏东举行,主办方邀请各界人士出席。")
    assert [e.names[0] for e in record.events] == ["东港灯会欢迎酒会"]
    assert event(record, "东港灯会欢迎酒会").start_date == "2031-02-09"


def test_two_names_joined_stay_two_events():
    record = extract("智能装备企业齐聚芜湖\n2019年国际(芜湖)智能装备博览会暨第五届长三角机器人产业对接会"
                     "5月10日在芜湖开幕,来自12个国家的300家企业参展。")
    assert {e.names[0] for e in record.events} == {"2019年国际(芜湖)智能装备博览会", "第五届长三角机器人产业对接会"}


def _annotated(folder, n: int, name: str, city: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"a{n}.txt").write_text(f"{name}开幕\n2030年5月{n}日,{name}在{city}开幕,各国代表出席。\n", encoding="utf-8")
    gold = {"article": {"id": f"a{n}", "lang": "zh"}, "events": [{"id": "e1", "names": [name]}],
            "organizations": [], "people": []}
    (folder / f"a{n}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_the_trainer_writes_a_model_that_tags_its_names(tmp_path):
    _annotated(tmp_path / "one", 1, "第一届银湖湿地保护研讨会", "大理")
    _annotated(tmp_path / "one", 2, "金沙江茶马古道文化节", "丽江")
    _annotated(tmp_path / "two", 3, "2030青山数字经济峰会", "昆明")
    out = tmp_path / "models"
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.tagger", tmp_path / "one", tmp_path / "two",
                           "--out", out], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "event names zh: trained on 3 articles" in done.stdout
    import pycrfsuite
    trained = pycrfsuite.Tagger()
    trained.open(str(out / "event_names-zh.crfsuite"))
    text = "2030年5月3日,2030青山数字经济峰会在昆明开幕,各国代表出席。"
    (features,) = tagger.features(text, "zh")
    labels = trained.tag(features)
    start = text.index("2030青山")
    assert "".join(labels[start:start + 12]) == "BIIIIIIIIIII" and labels[start + 12] == "O"


def test_the_trainer_names_a_missing_folder(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.extract.learned.tagger", tmp_path / "nowhere"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("error: not a folder:") and "nowhere" in done.stderr
    assert "Traceback" not in done.stderr
