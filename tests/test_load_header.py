"""Title, publication date and source read from an article's first lines; dates; language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.load.dates import find_date, parse_date
from kg.load.header import Header, read_header
from kg.load.lang import detect_lang, han_share, normalise_lang

ROOT = Path(__file__).resolve().parents[1]
ZH_BODY = "9月5日,第五届西部医疗装备博览会在成都开幕。本届博览会由四川省医疗器械行业协会主办,展期三天。"
EN_BODY = "The Coastal Health Innovation Forum was held in Qingdao on Saturday, with about 400 delegates attending."


def test_seed_000_header():
    text = (ROOT / "examples" / "articles" / "seed-000.txt").read_text(encoding="utf-8")
    assert read_header(text) == Header(title="中国医学装备国际合作大会在沪举办 中外专家共议医疗装备创新",
                                       published="2025-07-13", source="中国新闻网")


@pytest.mark.parametrize("lines, expected", [
    # headline, then date and source run together
    (["西部医疗装备博览会在成都开幕", "时间:2024-09-06 08:30:12来源:蜀地新闻网"],
     Header("西部医疗装备博览会在成都开幕", "2024-09-06", "蜀地新闻网")),
    # the first labelled date wins; 来源时间为 is a date label, not a source
    (["西部医疗装备博览会在成都开幕", "发布日期:2024/9/6 16:25:27 浏览:69", "来源时间为:2024-09-05"],
     Header("西部医疗装备博览会在成都开幕", "2024-09-06", None)),
    # a line opening with a date, source after it; 分享 at its end does not matter
    (["2024年09月06日 21:07 来源:蜀地新闻网 分享:"], Header(None, "2024-09-06", "蜀地新闻网")),
    # empty labels name nothing
    (["西部医疗装备博览会在成都开幕", "来源/ 作者/ 时间/2024-09-06 09:13:04"],
     Header("西部医疗装备博览会在成都开幕", "2024-09-06", None)),
    # traditional labels, value kept as written
    (["西部醫療裝備博覽會在成都開幕", "發布日期:2024-09-06", "來源:蜀地新聞網"],
     Header("西部醫療裝備博覽會在成都開幕", "2024-09-06", "蜀地新聞網")),
    # site name after the headline; a bare date line
    (["西部医疗装备博览会在成都开幕 - 蜀地台", "A A A", "2024-09-06 HKT 17:57"],
     Header("西部医疗装备博览会在成都开幕", "2024-09-06", "蜀地台")),
    # English labels, a parenthesised source line
    (["Coastal Health Innovation Forum held in Qingdao", "( harbourdaily.example )", "Updated: 2024-10-21 14:05"],
     Header("Coastal Health Innovation Forum held in Qingdao", "2024-10-21", "harbourdaily.example")),
    (["Published: October 21, 2024", "Source: Harbour Daily | Print"],
     Header(None, "2024-10-21", "Harbour Daily")),
    # a headline after a date label on its line; a one-word remainder is not a headline
    (["date 2024-10-21 Coastal Health Innovation Forum held in Qingdao"],
     Header("Coastal Health Innovation Forum held in Qingdao", "2024-10-21", None)),
    (["date 2024-10-21 LINE", "", "Coastal Health Innovation Forum held in Qingdao"],
     Header("Coastal Health Innovation Forum held in Qingdao", "2024-10-21", None)),
    # the first line may carry commas
    (["Health forum will be held on March 26-28, 2025, Qingdao, China"],
     Header("Health forum will be held on March 26-28, 2025, Qingdao, China", None, None)),
    # a line holding a full date is not a headline
    (["2024-10-21 07:58:12 来源:蜀地新闻网 责任编辑:王五", "蜀地新闻网2024-10-21号报道"],
     Header(None, "2024-10-21", "蜀地新闻网")),
])
def test_header_forms(lines, expected):
    body = ZH_BODY if any("\u4e00" <= ch <= "\u9fff" for ch in "".join(lines)) else EN_BODY
    assert read_header("\n".join([*lines, "", body])) == expected


@pytest.mark.parametrize("first_body_line, agency", [
    ("中新网成都9月5日电 (记者 张三)第五届西部医疗装备博览会5日在成都开幕,展期三天,吸引了众多企业参展。", "中新网"),
    ("人民網成都9月5日電(記者 張三)第五屆西部醫療裝備博覽會5日在成都開幕,展期三天,吸引了眾多企業參展。", "人民網"),
    ("QINGDAO, Oct. 20 (Harbour Daily) -- The Coastal Health Innovation Forum was held in Qingdao on Saturday, "
     "with about 400 delegates.", "Harbour Daily"),
])
def test_dateline_agency_is_the_source_of_last_resort(first_body_line, agency):
    assert read_header(first_body_line + "\n").source == agency
    assert read_header("来源:蜀地新闻网\n" + first_body_line).source == "蜀地新闻网"


def test_body_first_means_no_title():
    assert read_header(ZH_BODY + "\n" + ZH_BODY) == Header()
    assert read_header("date 2015-03-30 " + EN_BODY).published == "2015-03-30"
    assert read_header("date 2015-03-30 " + EN_BODY).title is None


@pytest.mark.parametrize("text, iso", [
    ("时间:2025-07-13 16:42:12", "2025-07-13"),
    ("2023/5/18 16:25:27", "2023-05-18"),
    ("2022年09月13日 21:07", "2022-09-13"),
    ("2022.09.13", "2022-09-13"),
    ("08:49, September 26, 2024", "2024-09-26"),
    ("Sept. 24, 2024", "2024-09-24"),
    ("on 26 September 2024.", "2024-09-26"),
    ("2025-13-01", None),
    ("March 26-28, 2015", None),  # a range, not one date
    ("the market 12, 2024", None),
    ("7月11日", None),  # no year
])
def test_find_date(text, iso):
    found = find_date(text)
    assert (found.iso if found else None) == iso


def test_parse_date_takes_a_whole_value():
    assert parse_date("2025-07-13T10:00:00+08:00") == "2025-07-13"
    assert parse_date("July 4, 2024") == "2024-07-04"
    assert parse_date("around 2025-07-13") is None


@pytest.mark.parametrize("text, lang", [
    (ZH_BODY, "zh"),
    (EN_BODY, "en"),
    ("Medica 2025 在德国杜塞尔多夫开幕,1300多家中国企业参展。", "zh"),
    ("Zhang Wenchuan (张文川), Chinese ambassador to Belarus, said the exhibition opened a window.", "en"),
    ("第五屆西部醫療裝備博覽會在成都開幕。", "zh"),
    ("2025-07-13 12:00", None),
])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_han_share_and_language_tags():
    assert han_share("中文") == 1.0 and han_share("abc") == 0.0 and han_share("123") is None
    assert [normalise_lang(t) for t in ("zh-Hant", "ZH", "en_US", "eng")] == ["zh", "zh", "en", "en"]
    with pytest.raises(ValueError):
        normalise_lang("fr")
