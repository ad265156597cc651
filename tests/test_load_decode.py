"""Encodings are detected: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5."""

from __future__ import annotations

import codecs

import opencc
import pytest

from kg import Article
from kg.load import load_articles
from kg.load.decode import chinese_plausibility, decode
from kg.load.errors import LoadFailure

TO_TRADITIONAL = opencc.OpenCC("s2tw")  # Taiwan forms: all in Big5

# A few sentences each, written for these tests.
SIMPLIFIED = ("6月17日,华东医疗器械创新论坛在杭州国际博览中心举行。论坛由浙江省医疗器械行业协会主办,"
              "来自长三角地区的三百余名代表参加。与会专家围绕手术机器人和康复器械进行了交流。")
TRADITIONAL = TO_TRADITIONAL.convert(SIMPLIFIED)
ENGLISH = "The Coastal Health Forum was held in Qingdao on Saturday. About 400 delegates attended."

# Short texts are where detectors confuse the Chinese double-byte encodings.
SHORT = ["博览会为期三天。", "会议由中国国际商会主办。", "展会开幕", "泰州医博会", "杜塞尔多夫展览集团",
         "外交部发言人表示,中国愿同非方一起推动卫生合作。", "Medica 2025 在德国杜塞尔多夫开幕,1300多家中国企业参展。"]


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL, ENGLISH])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(text, encoding):
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # written with their byte-order mark
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode(data) == text


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL])
@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb_encodings(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_big5():
    assert decode(TRADITIONAL.encode("big5")) == TRADITIONAL


@pytest.mark.parametrize("simplified", SHORT)
def test_short_chinese_gbk_versus_big5(simplified):
    traditional = TO_TRADITIONAL.convert(simplified)
    assert decode(simplified.encode("gbk")) == simplified
    assert decode(traditional.encode("gbk")) == traditional
    assert decode(traditional.encode("big5")) == traditional


def test_plausibility_prefers_the_right_reading():
    data = TRADITIONAL.encode("big5")
    right, wrong = data.decode("big5"), data.decode("gb18030", errors="replace")
    assert chinese_plausibility(right) > chinese_plausibility(wrong)
    assert chinese_plausibility("no Chinese here") == 0.0


def test_declared_encoding_is_used_when_it_decodes():
    data = SIMPLIFIED.encode("gb18030")
    assert decode(data, declared="gb18030") == SIMPLIFIED
    assert decode(data, declared="no-such-codec") == SIMPLIFIED  # falls back to detection


@pytest.mark.parametrize("data, reason", [
    (b"abc\x00def", "NUL"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),  # a lone surrogate
    (b"\x1b\x01\x02" * 50, "binary"),
])
def test_not_text(data, reason):
    with pytest.raises(LoadFailure, match=reason):
        decode(data)


@pytest.mark.parametrize("encoding, text", [
    ("utf-8", SIMPLIFIED), ("utf-8-sig", TRADITIONAL), ("utf-16", SIMPLIFIED), ("gb18030", SIMPLIFIED),
    ("gbk", TRADITIONAL), ("big5", TRADITIONAL),
])
def test_files_in_each_encoding_load(tmp_path, encoding, text):
    headline = "华东医疗器械创新论坛在杭州举行"
    if text is TRADITIONAL:
        headline = TO_TRADITIONAL.convert(headline)
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(f"{headline}\n{text}\n".encode(encoding))
    (article,) = load_articles([path])
    assert isinstance(article, Article)
    assert article.text == f"{headline}\n{text}\n"
    assert article.title == headline
    assert article.lang == "zh"
