"""Bad input of every category a fuzzer found, alone and mixed into one batch with good articles.

Each bad input is reported once with its file (and line) and skipped; input that only
looks bad (a Western code page, a truncated last character, a page whose declared charset
lies, ids that differ by ``/``, a long id) is read correctly; nothing stops the batch.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.load import load_articles
from kg.model import Article, EventRecord, LoadError
from kg.pipeline import record_filename
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
EN_TEXT = ("Harbour Logistics Forum opens in Rotterdam\n"
           "The Harbour Logistics Forum opened on 4 March 2024 in Rotterdam, with delegates from twelve countries. "
           "The forum was hosted by the Lakeside Trade Council and co-organized by Meridian Robotics Ltd.\n")
ZH_TEXT = ("第五届滨海物流论坛在青岛开幕\n"
           "2024年3月4日，第五届滨海物流论坛在青岛开幕，来自十二个国家的代表出席。论坛由湖畔贸易理事会主办。\n")
FR_CAFE = ("The Café Rencontre trade fair opened on 4 March 2024 in Lyon, where the résumé workshop drew “record” crowds "
           "— over 9,000 visitors — said the Rhône Chamber of Commerce.\n")
NAV_ZH = "\n".join(["首页 | 新闻 | 财经 | 体育 | 科技", "滨海物流论坛在青岛开幕", "北方电池协会召开年会",
                    "湖畔贸易理事会发布报告", "子午机器人公司新品亮相", "更多新闻", "关于我们 | 联系我们"]) + "\n"


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def line(text: str = EN_TEXT, **fields) -> str:
    return json.dumps({"text": text, **fields})


def loaded(*paths) -> tuple[list[Article], list[LoadError]]:
    results = list(load_articles(list(paths)))
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, LoadError)]


# -- JSON Lines lines that crashed the whole batch -------------------------------------

@pytest.mark.parametrize(("bad", "reason"), [
    ('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
    (r'{"text": "The forum opened.", "title": "a \ud800 b"}', "'title' holds a lone surrogate"),
    (r'{"text": "The forum opened.", "source": "\udfff"}', "'source' holds a lone surrogate"),
    (r'{"text": "The forum opened.", "id": "x\ud83d"}', "'id' holds a lone surrogate"),
    (r'{"text": "The forum \ud800 opened."}', "'text' holds a lone surrogate"),
    (r'{"text": "The forum opened.", "id": "a\u0000b"}', "'id' holds a control character"),
])
def test_a_bad_json_line_is_one_error_and_the_other_lines_load(tmp_path, bad, reason):
    path = jsonl(tmp_path / "batch.jsonl", line(id="good-1"), bad, line(id="good-2"))
    articles, errors = loaded(path)
    assert [a.id for a in articles] == ["good-1", "good-2"]
    assert [(e.line, reason in e.reason) for e in errors] == [(2, True)]


# -- ids and file names ----------------------------------------------------------------

def test_ids_that_differ_only_by_separators_get_different_record_files():
    ids = ["a/b", "a_b", "a%2Fb", "a\\b", "a:b", ".hidden", "..", "x" * 300, "x" * 299 + "y", "长" * 100]
    names = [record_filename(EventRecord(article={"id": i})) for i in ids]
    assert len(set(names)) == len(ids)
    assert all("/" not in n and not n.startswith(".") and len(n.encode()) <= 200 for n in names)


def test_a_long_id_and_ids_differing_by_a_slash_are_all_built(tmp_path, capsys):
    ids = ["a/b", "a_b", "L" * 300]
    path = jsonl(tmp_path / "ids.jsonl", *(line(id=i) for i in ids))
    assert main(["extract", str(path), "--out", str(tmp_path / "out")]) == 0
    written = [json.loads(p.read_text(encoding="utf-8"))["article"]["id"] for p in (tmp_path / "out").iterdir()]
    assert sorted(written) == sorted(ids)


def test_a_file_name_that_is_not_utf8_is_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(EN_TEXT, encoding="utf-8")
    with open(os.fsencode(folder) + b"/bad-\xff\xfe.txt", "wb") as f:
        f.write(EN_TEXT.encode())
    articles, errors = loaded(folder)
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1 and "not valid UTF-8" in errors[0].reason and "\\xff" in errors[0].path
    errors[0].path.encode("utf-8")  # printable


def test_a_fifo_in_a_folder_is_skipped_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(EN_TEXT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever: nobody writes to it
    articles, errors = loaded(folder)
    assert [a.id for a in articles] == ["good"]
    assert [("pipe.txt" in e.path, "not a regular file" in e.reason) for e in errors] == [(True, True)]


# -- wrong text ------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_code_pages_are_read_as_such(tmp_path, codec):
    text = FR_CAFE.replace("“", '"').replace("”", '"').replace("—", "-") if codec == "latin-1" else FR_CAFE
    (tmp_path / "fr.txt").write_bytes(text.encode(codec))
    (article,), _ = loaded(tmp_path / "fr.txt")
    assert article.text.strip() == text.strip()


def test_a_short_western_text_is_not_read_as_chinese(tmp_path):
    (tmp_path / "cafe.txt").write_bytes("Café Forum opened in Lyon on Friday with ten exhibitors.".encode("cp1252"))
    (article,), _ = loaded(tmp_path / "cafe.txt")
    assert article.text.startswith("Café Forum")


@pytest.mark.parametrize("cut", [1, 2])
def test_truncated_utf8_loses_only_its_last_character(tmp_path, cut):
    data = ZH_TEXT.rstrip("\n").encode("utf-8")[:-cut]
    (tmp_path / "cut.txt").write_bytes(data)
    (article,), _ = loaded(tmp_path / "cut.txt")
    assert article.text == ZH_TEXT.rstrip("\n")[:-1]


def binary_bytes(seed: int = 3) -> bytes:
    rng = random.Random(seed)
    return b"".join(rng.choice([b"The forum ", bytes([rng.randrange(1, 32)]), bytes([rng.randrange(128, 256)])])
                    for _ in range(2000))


def test_binary_with_high_bytes_and_control_characters_is_refused(tmp_path):
    (tmp_path / "blob.txt").write_bytes(binary_bytes())
    (tmp_path / "ctrl.txt").write_bytes(EN_TEXT.encode() * 3 + b"\x01\x02\x03\x04\x05")
    articles, errors = loaded(tmp_path / "blob.txt", tmp_path / "ctrl.txt")
    assert articles == [] and len(errors) == 2


@pytest.mark.parametrize(("declared", "codec", "text"), [
    ("iso-8859-1", "gbk", ZH_TEXT), ("utf-8", "gbk", ZH_TEXT), ("big5", "gbk", ZH_TEXT),
    ("gb2312", "big5", "第五屆濱海物流論壇在青島開幕，來自十二個國家的代表出席，論壇由湖畔貿易理事會主辦。"),
    ("gb2312", "cp1252", FR_CAFE),
])
def test_a_page_whose_declared_charset_lies_is_read_by_its_bytes(tmp_path, declared, codec, text):
    from kg.load.decode import decode

    assert decode(text.encode(codec), declared=declared) == text


def test_a_chinese_page_of_navigation_and_headlines_has_no_article(tmp_path):
    (tmp_path / "nav.txt").write_text(NAV_ZH, encoding="utf-8")
    (tmp_path / "nav.html").write_text("<html><body>" + "".join(f"<p><a href='#'>{t}</a></p>"
                                                                 for t in NAV_ZH.splitlines()) + "</body></html>",
                                       encoding="utf-8")
    articles, errors = loaded(tmp_path / "nav.txt", tmp_path / "nav.html")
    assert articles == []
    assert len(errors) == 2 and all("no article text" in e.reason for e in errors)


def test_a_query_parameter_that_is_not_utf8_is_a_one_line_error(tmp_path, gold_records, capsys):
    with open_store(tmp_path / "s") as store:
        store.add_records(gold_records)
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?s WHERE { ?s ?p ?label }", encoding="utf-8")
    value = os.fsdecode(b"\xff")
    assert main(["query", "--store", str(tmp_path / "s"), "--file", str(query), "--param", f"label={value}"]) == 2
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err and len(err.strip().splitlines()) == 1


# -- everything in one batch ---------------------------------------------------------

def test_one_batch_of_every_bad_category_keeps_every_good_article(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    good = {"seed-000", "seed-003", "en-good", "zh-good", "fr-cp1252", "zh-cut", "zh-lying-page",
            "a/b", "a_b", "L" * 300, "long-line"}
    for name in ("seed-000.txt", "seed-003.txt"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    (folder / "en-good.txt").write_text(EN_TEXT, encoding="utf-8")
    (folder / "zh-good.txt").write_text(ZH_TEXT, encoding="utf-8")
    (folder / "fr-cp1252.txt").write_bytes(FR_CAFE.encode("cp1252"))
    (folder / "zh-cut.txt").write_bytes(ZH_TEXT.encode("utf-8")[:-2])
    (folder / "zh-lying-page.html").write_bytes(
        b'<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>'
        + ZH_TEXT.replace("\n", "</p><p>").encode("gbk") + b"</p></body></html>")
    jsonl(folder / "lines.jsonl",
          line(id="a/b"), line(id="a_b"), line(id="L" * 300),
          '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}",
          r'{"text": "The forum opened.", "title": "\ud800"}',
          r'{"text": "The forum opened.", "source": "\udc00"}',
          r'{"text": "The forum opened.", "id": "\ud800"}',
          r'{"text": "The forum opened.", "id": "nul\u0000id"}',
          line(" ".join(["Delegates met on Friday at the Harbour Logistics Forum in Rotterdam"] * 3000),
               id="long-line"))
    with open(os.fsencode(folder) + b"/name-\xff.txt", "wb") as f:
        f.write(EN_TEXT.encode())
    os.mkfifo(folder / "fifo.txt")
    (folder / "blob.txt").write_bytes(binary_bytes())
    (folder / "nav-zh.txt").write_text(NAV_ZH, encoding="utf-8")
    bad = ["lines.jsonl:4", "lines.jsonl:5", "lines.jsonl:6", "lines.jsonl:7", "lines.jsonl:8",
           "name-\\xff.txt", "fifo.txt", "blob.txt", "nav-zh.txt"]

    out, store = tmp_path / "out", tmp_path / "store"
    code = main(["build", str(folder), "--store", str(store), "--out", str(out), "--no-view"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    problems = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    for where in bad:
        assert sum(f"/{where}:" in ln for ln in problems) == 1, (where, problems)
    assert len(problems) == len(bad), problems
    with open_store(store, read_only=True) as s:
        assert set(s.graphs()) == {s.article_graph(i) for i in good}
    records = [json.loads(p.read_text(encoding="utf-8"))["article"]["id"] for p in (out / "records").iterdir()]
    assert sorted(records) == sorted(good)


if sys.platform != "linux":  # mkfifo, non-UTF-8 names
    pytestmark = pytest.mark.skip("POSIX file system behaviour")
