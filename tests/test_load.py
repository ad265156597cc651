"""kg.load_articles: formats, folder walking, ids, and bad input reported per file or line."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import kg
from kg import Article, LoadError
from kg.load import load_articles

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "articles"
FIXTURES = Path(__file__).parent / "fixtures" / "load"

ZH_TEXT = ("西部医疗装备博览会在成都开幕\n"
           "发布日期:2024/9/6 08:30\n"
           "9月5日,第五届西部医疗装备博览会在成都开幕。本届博览会由四川省医疗器械行业协会主办,展期三天。\n")
EN_TEXT = ("Coastal Health Forum held in Qingdao\n"
           "Updated: 2024-10-21 14:05\n"
           "The Coastal Health Forum was held in Qingdao on Saturday, with about 400 delegates attending.\n")


def load(*paths, **kwargs) -> list[Article | LoadError]:
    return list(load_articles([str(p) for p in paths], **kwargs))


def articles(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results) -> list[LoadError]:
    return [r for r in results if isinstance(r, LoadError)]


# --- the seed articles -----------------------------------------------------------------------

def meta(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "published": article.published, "source": article.source,
            "url": article.url, "lang": article.lang}


def test_seed_000_header_and_body():
    (seed,) = load(SEEDS / "seed-000.txt")
    assert meta(seed) == {"id": "seed-000", "title": "中国医学装备国际合作大会在沪举办 中外专家共议医疗装备创新",
                          "published": "2025-07-13", "source": "中国新闻网", "url": None, "lang": "zh"}
    assert seed.text.startswith("中国医学装备国际合作大会在沪举办")  # headline kept for extraction
    assert "时间:2025-07-13 16:42:12来源:中国新闻网" in seed.text
    assert seed.text.rstrip().endswith("是世界上产品类别和品种最齐全的国家之一。")
    assert "南京" not in seed.text and "研讨会" not in seed.text and "标签" not in seed.text
    assert seed.path == str(SEEDS / "seed-000.txt")


def test_seed_003_is_english_with_its_headline():
    (seed,) = load(SEEDS / "seed-003.txt")
    assert seed.lang == "en"
    assert seed.title == "Summit on medical device industry held in Optics Valley"
    assert seed.text == (SEEDS / "seed-003.txt").read_text(encoding="utf-8").replace("\r\n", "\n")


def test_importable_from_kg_and_content_hash_is_sha256_of_text():
    import hashlib

    (a,) = kg.load_articles(SEEDS / "seed-003.txt")
    assert a.content_hash == hashlib.sha256(a.text.encode("utf-8")).hexdigest()


# --- walking folders ---------------------------------------------------------------------------

def test_folder_is_walked_recursively_in_sorted_order_taking_known_suffixes(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ZH_TEXT, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": EN_TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN_TEXT, encoding="utf-8")
    results = load(tmp_path)
    assert not errors(results)
    assert [a.id for a in results] == ["a", "inner", "c-1"]
    assert load(tmp_path) == results  # deterministic


def test_explicit_file_of_another_type_is_reported_unsupported(tmp_path):
    other = tmp_path / "report.pdf"
    other.write_bytes(b"%PDF-1.4")
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    first, second = load(other, good)
    assert isinstance(first, LoadError) and first.path == str(other)
    assert "unsupported" in first.reason and ".pdf" in first.reason
    assert isinstance(second, Article) and second.id == "good"


def test_missing_path_is_reported_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    missing, article = load(tmp_path / "nope.txt", good)
    assert isinstance(missing, LoadError) and "no such file" in missing.reason
    assert str(tmp_path / "nope.txt") in str(missing)
    assert isinstance(article, Article)


def test_a_single_path_string_is_accepted():
    assert [a.id for a in load_articles(str(SEEDS / "seed-000.txt"))] == ["seed-000"]


def test_duplicate_id_is_an_error_naming_the_first(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "y" / "same.txt").write_text(ZH_TEXT, encoding="utf-8")
    first, second = load(tmp_path)
    assert isinstance(first, Article)
    assert isinstance(second, LoadError) and "duplicate" in second.reason and "x" in second.reason


# --- bad files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40, "binary"),
    (random.Random(1).randbytes(300).replace(b"\x00", b"\x80"), "cannot decode"),
])
def test_bad_file_is_reported_with_its_reason_and_neighbours_load(tmp_path, content, reason):
    (tmp_path / "a-good.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "b-bad.txt").write_bytes(content)
    (tmp_path / "c-good.txt").write_text(ZH_TEXT, encoding="utf-8")
    results = load(tmp_path)
    assert [type(r).__name__ for r in results] == ["Article", "LoadError", "Article"]
    bad = results[1]
    assert bad.path == str(tmp_path / "b-bad.txt") and reason in bad.reason


def test_oversized_file_is_refused_by_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(EN_TEXT * 50, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(EN_TEXT, encoding="utf-8")
    limit = len(EN_TEXT.encode()) * 2
    results = load(big, small, max_bytes=limit)
    assert isinstance(results[0], LoadError) and "too large" in results[0].reason
    assert f"{limit:,}" in results[0].reason
    assert isinstance(results[1], Article)
    assert all(isinstance(r, Article) for r in load(big, small))  # the default limit is 5 MB


def test_default_limit_comes_from_config(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text(EN_TEXT * 5, encoding="utf-8")
    monkeypatch.setenv("KG_MAX_BYTES", "100")
    (error,) = load(big)
    assert isinstance(error, LoadError) and "too large" in error.reason


def test_bad_arguments_raise_at_once():
    with pytest.raises(ValueError):
        load_articles([], lang="fr")
    with pytest.raises(ValueError):
        load_articles([], max_bytes=0)


def test_unreadable_file_in_a_folder_is_reported_and_the_rest_loads(tmp_path):
    # a link whose target has gone: listed in its folder, but it cannot be read (even by root)
    (tmp_path / "good.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    results = load(tmp_path)
    errors = [r for r in results if isinstance(r, LoadError)]
    assert [Path(e.path).name for e in errors] == ["gone.txt"] and "cannot read" in errors[0].reason
    assert [a.id for a in results if not isinstance(a, LoadError)] == ["good"]


# --- text files ------------------------------------------------------------------------------------

def test_newlines_are_normalised_and_nothing_else_changes(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(EN_TEXT.replace("\n", "\r\n").encode("utf-8"))
    old_mac = tmp_path / "cr.txt"
    old_mac.write_bytes(EN_TEXT.replace("\n", "\r").encode("utf-8"))
    for article in load(crlf, old_mac):
        assert article.text == EN_TEXT


def test_lang_is_detected_or_given(tmp_path):
    zh = tmp_path / "zh.txt"
    zh.write_text(ZH_TEXT, encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text(EN_TEXT, encoding="utf-8")
    assert [a.lang for a in load(zh, en)] == ["zh", "en"]
    assert [a.lang for a in load(zh, en, lang="EN")] == ["en", "en"]


def test_txt_header_gives_title_date_and_source(tmp_path):
    (article,) = load(FIXTURES / "zh-furniture.txt")
    assert article.title == "第五届西部医疗装备博览会在成都开幕"
    assert article.published == "2024-09-06"
    assert article.source == "蜀地新闻网"
    (article,) = load(FIXTURES / "en-furniture.txt")
    assert article.title == "Coastal Health Innovation Forum held in Qingdao"
    assert article.published == "2024-10-21"
    assert article.source == "harbourdaily.example"


# --- JSON Lines ------------------------------------------------------------------------------------

def test_jsonl_lines_load_and_malformed_lines_are_reported_by_number(tmp_path):
    lines = [
        json.dumps({"id": "first", "text": EN_TEXT, "title": "Given title", "published": "2024-10-21",
                    "source": "Harbour Daily", "url": "https://harbour.example/a", "lang": "en"}),
        '{"text": "unterminated',
        json.dumps(["an", "array"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"text": ZH_TEXT}, ensure_ascii=False),
        json.dumps({"text": EN_TEXT, "title": 7}),
        json.dumps({"text": EN_TEXT, "published": "sometime soon"}),
        json.dumps({"text": EN_TEXT, "lang": "fr"}),
        json.dumps({"id": 42, "text": EN_TEXT, "published": "October 22, 2024"}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = load(batch)
    good = articles(results)
    assert [(a.id, a.line) for a in good] == [("first", 1), ("batch-7", 7), ("42", 11)]
    first = good[0]
    assert (first.title, first.published, first.source, first.url, first.lang) == (
        "Given title", "2024-10-21", "Harbour Daily", "https://harbour.example/a", "en")
    assert good[1].lang == "zh" and good[1].title == "西部医疗装备博览会在成都开幕"  # from the header
    assert good[1].published == "2024-09-06"
    assert good[2].published == "2024-10-22"
    bad = {e.line: e.reason for e in errors(results)}
    assert sorted(bad) == [2, 3, 4, 6, 8, 9, 10]
    assert "JSON" in bad[2] and "object" in bad[3] and "text" in bad[4] and "text" in bad[6]
    assert "title" in bad[8] and "published" in bad[9] and "language" in bad[10]
    assert all(e.path == str(batch) for e in errors(results))
    assert f"{batch}:2:" in str(next(e for e in errors(results) if e.line == 2))


def test_jsonl_line_over_the_limit_is_reported_and_the_rest_load(tmp_path):
    batch = tmp_path / "batch.jsonl"
    long_line = json.dumps({"text": EN_TEXT * 20})
    batch.write_text("\n".join([json.dumps({"text": EN_TEXT}), long_line, json.dumps({"text": ZH_TEXT})]) + "\n",
                     encoding="utf-8")
    results = load(batch, max_bytes=len(long_line) // 2)
    assert [type(r).__name__ for r in results] == ["Article", "LoadError", "Article"]
    assert results[1].line == 2 and "too large" in results[1].reason
    assert results[2].id == "batch-3"


def test_jsonl_not_utf8_line_and_empty_file(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(json.dumps({"text": ZH_TEXT}, ensure_ascii=False).encode("gb18030") + b"\n"
                      + json.dumps({"text": EN_TEXT}).encode("utf-8") + b"\n")
    first, second = load(batch)
    assert isinstance(first, LoadError) and first.line == 1 and "UTF-8" in first.reason
    assert isinstance(second, Article)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    (error,) = load(empty)
    assert isinstance(error, LoadError) and "empty" in error.reason


def test_jsonl_with_bom(tmp_path):
    batch = tmp_path / "bom.jsonl"
    batch.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": EN_TEXT}).encode("utf-8"))
    (article,) = load(batch)
    assert article.id == "x" and article.text == EN_TEXT


# --- HTML --------------------------------------------------------------------------------------------

def test_html_main_text_and_metadata():
    (page,) = load(FIXTURES / "expo-page.html")
    assert meta(page) == {"id": "expo-page", "title": "Lakeside Medical Technology Fair opens in Hangzhou",
                          "published": "2024-05-14", "source": "Riverside",  # the dateline's agency
                          "url": "https://news.riverside.example/2024/05/lakeside-fair.html", "lang": "en"}
    assert page.text.startswith(page.title)
    assert "hosted by the Zhejiang Medical Devices Association" in page.text
    assert "on the second day of the fair." in page.text
    for furniture in ("Related stories", "Dental expo", "Copyright", "Sponsored by", "Business", "Español"):
        assert furniture not in page.text


def test_html_declared_gbk_is_decoded(tmp_path):
    # pages that declare gbk are read as GB18030, its superset, as browsers do (the © is outside GBK)
    page = (FIXTURES / "forum-page.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gbk")
    gbk = tmp_path / "forum.htm"
    gbk.write_bytes(page.encode("gb18030"))
    (article,) = load(gbk)
    assert meta(article) == {"id": "forum", "title": "华东医疗器械创新论坛在杭州举行", "published": "2024-06-18",
                             "source": "jiangnan.example",  # trafilatura's site name: the page names no source
                             "url": "https://www.jiangnan.example/news/2024/0618/forum.shtml", "lang": "zh"}
    assert "论坛由浙江省医疗器械行业协会主办" in article.text
    for furniture in ("您现在的位置", "标签", "相关新闻", "宁波", "苏州", "版权所有", "ICP"):
        assert furniture not in article.text


def test_html_without_article_text_is_an_error(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Gallery</title></head><body><img src='a.png'></body></html>",
                     encoding="utf-8")
    (error,) = load(empty)
    assert isinstance(error, LoadError) and "no article text" in error.reason


@pytest.mark.parametrize("text, published", [
    # a clocked date under the headline beats the site's clock above it
    ("April 27, 2024 08:22 (IST)\nFollow us:\nfacebook sharing button\n\n"
     "Ministers from Asia meet in Dili to set trade priorities\n\nIndia News Service | | 01 Sep 2015, 03:45 pm\n"
     "Trade Ministers of 11 countries are meeting at the 5th Asia Trade Forum in Dili from Sept 7-11.\n", "2015-09-01"),
    # a clocked date above the headline stands when it is the only one
    ("April 27, 2024 08:22 (IST)\n\nMinisters from Asia meet in Dili to set trade priorities\n\n"
     "Trade Ministers of 11 countries are meeting at the 5th Asia Trade Forum in Dili next week.\n", "2024-04-27"),
    # a dateline's date with a slash before its year
    ("Photo Exhibition Held to Mark Anniversary\n\n\nAddis Ababa October 26/2020 (ENA) A photo "
     "exhibition on Kenya was held in Chongqing, China.\n", "2020-10-26"),
])
def test_the_publication_date_of_a_page_header(tmp_path, text, published):
    page = tmp_path / "a.txt"
    page.write_text(text, encoding="utf-8")
    assert articles(load(page))[0].published == published
