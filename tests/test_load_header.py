"""Title, publication date and source read from an article's first lines; dates; language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.load.assemble import build_article
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
    # a site's banner date, then the article's stamped with its clock time: the stamp is the article's
    (["Harbour health forum opens in Qingdao", "Sunday Dec 15, 2024", "Saturday, 15 June 2013 01:24"],
     Header("Harbour health forum opens in Qingdao", "2013-06-15", None)),
    # an upper-case month under the headline
    (["Harbour health forum opens in Qingdao", "MAR 10, 2015 LISTEN"],
     Header("Harbour health forum opens in Qingdao", "2015-03-10", None)),
])
def test_header_forms(lines, expected):
    body = ZH_BODY if any("\u4e00" <= ch <= "\u9fff" for ch in "".join(lines)) else EN_BODY
    assert read_header("\n".join([*lines, "", body])) == expected


@pytest.mark.parametrize("lines, expected", [
    # metadata split by bars: labelled parts, the one name among the others
    (["Harbour health forum opens in Qingdao", "Source: Harbour Daily | 2024-03-04 02:15:40 | Editor: Li Ming"],
     Header("Harbour health forum opens in Qingdao", "2024-03-04", "Harbour Daily")),
    (["Harbour health forum opens in Qingdao",
      "Source: Harbour Daily News Agency of Qingdao | 2024-03-04 02:15:40 | Editor: Li Ming Wang"],
     Header("Harbour health forum opens in Qingdao", "2024-03-04", "Harbour Daily News Agency of Qingdao")),
    (["Harbour health forum opens in Qingdao", "Harbour Daily | Updated: 2025-07-08 16:05"],
     Header("Harbour health forum opens in Qingdao", "2025-07-08", "Harbour Daily")),
    (["Harbour health forum opens in Qingdao", "By Li Ming in Qingdao | harbourdaily.example | Updated: 2025-07-08 16:05"],
     Header("Harbour health forum opens in Qingdao", "2025-07-08", "harbourdaily.example")),
    (["Harbour health forum opens in Qingdao", "Coast Weekly | 8 July 2025"],
     Header("Harbour health forum opens in Qingdao", "2025-07-08", "Coast Weekly")),
    # two names: a menu, not a source; buttons and a time name nothing; no headline from "16:05 | Print"
    (["Harbour health forum opens in Qingdao", "Home | Health | 2025-07-08"],
     Header("Harbour health forum opens in Qingdao", "2025-07-08", None)),
    (["Updated: 2025-07-08 16:05 | Print | A A A"], Header(None, "2025-07-08", None)),
    # a source value ends at the next label or date
    (["Harbour health forum opens in Qingdao", "Source: Harbour Daily Published: 2025/7/8 16:05:00"],
     Header("Harbour health forum opens in Qingdao", "2025-07-08", "Harbour Daily")),
    (["Harbour health forum opens in Qingdao", "Source: Harbour Daily 2024-03-04 02:15:40"],
     Header("Harbour health forum opens in Qingdao", "2024-03-04", "Harbour Daily")),
    (["西部医疗装备博览会在成都开幕", "来源:蜀地新闻网作者:张三时间:2024-03-04 10:20"],
     Header("西部医疗装备博览会在成都开幕", "2024-03-04", "蜀地新闻网")),
    (["西部医疗装备博览会在成都开幕", "来源:蜀地新闻网 | 2024-03-04 10:20"],
     Header("西部医疗装备博览会在成都开幕", "2024-03-04", "蜀地新闻网")),
    (["西部医疗装备博览会在成都开幕", "发布时间:2024年3月4日 来源:蜀地新闻网"],
     Header("西部医疗装备博览会在成都开幕", "2024-03-04", "蜀地新闻网")),
    (["西部医疗装备博览会在成都开幕", "2024-03-04 10:20 来源: 蜀地新闻网 作者:"],
     Header("西部医疗装备博览会在成都开幕", "2024-03-04", "蜀地新闻网")),
    (["西部医疗装备博览会在成都开幕", "蜀地日报 | 2025-07-08 16:05"],
     Header("西部医疗装备博览会在成都开幕", "2025-07-08", "蜀地日报")),
    (["西部醫療裝備博覽會在成都開幕", "2024-11-23 12:05\u3000蜀地日報"],
     Header("西部醫療裝備博覽會在成都開幕", "2024-11-23", "蜀地日報")),
    # font-size buttons are no date, no title and no source
    (["西部医疗装备博览会在成都开幕", "【字号 大 中 小】", "2024-03-04 10:20"],
     Header("西部医疗装备博览会在成都开幕", "2024-03-04", None)),
    # 时间 inside a word is no label
    (["西部医疗装备博览会在成都开幕", "开幕时间:2024年9月5日至7日"], Header("西部医疗装备博览会在成都开幕", None, None)),
])
def test_metadata_lines(lines, expected):
    body = ZH_BODY if any("\u4e00" <= ch <= "\u9fff" for ch in "".join(lines)) else EN_BODY
    article = build_article("a", "\n".join([*lines, "", body]), path="a.txt")
    assert (article.title, article.published, article.source) == (expected.title, expected.published, expected.source)


RELEASE = "The Coastal Health Forum opens on Wednesday with about 400 delegates attending, organisers said in a statement."


@pytest.mark.parametrize("dateline, agency", [
    ("DUBAI, United Arab Emirates, Jan. 15, 2025 /PRNewswire/ --", "PRNewswire"),
    ("NEW YORK, Jan. 15, 2025 /PRNewswire-Asia/ --", "PRNewswire-Asia"),
    ("SAN DIEGO, Jan. 15, 2025 (GLOBE NEWSWIRE) --", "GLOBE NEWSWIRE"),
    ("BOSTON--(BUSINESS WIRE)--Jan. 15, 2025--", "BUSINESS WIRE"),
    ("TOKYO, Jan 15, 2025 - (JCN Newswire) -", "JCN Newswire"),
    ("LONDON, Jan. 15, 2025 PRNewswire --", "PRNewswire"),
    ("ACCESSWIRE / January 15, 2025 /", "ACCESSWIRE"),
])
def test_press_release_dateline_gives_date_and_source(dateline, agency):
    text = f"Coastal Health Forum to open in Dubai\n\n{dateline} {RELEASE}\n\n{RELEASE}"
    assert read_header(text) == Header("Coastal Health Forum to open in Dubai", "2025-01-15", agency)


def test_a_header_date_beats_the_dateline_and_a_dateline_without_year_gives_none():
    text = f"Coastal Health Forum to open in Dubai\nUpdated: 2025-01-16\nDUBAI, Jan. 15, 2025 /PRNewswire/ -- {RELEASE}"
    assert read_header(text).published == "2025-01-16"
    assert read_header(f"MINSK, Sept. 25 (Harbour Daily) -- {RELEASE}").published is None


@pytest.mark.parametrize("first_body_line, published, agency", [
    ("新华社北京2024年3月4日电 第五届西部医疗装备博览会在成都开幕,展期三天,吸引了众多企业参展。", "2024-03-04", "新华社"),
    ("（中央社记者张三台北5日电）第五届西部医疗装备博览会在台北开幕,展期三天,吸引了众多企业参展。", None, "中央社"),
])
def test_chinese_datelines(first_body_line, published, agency):
    assert read_header(first_body_line + "\n" + ZH_BODY) == Header(None, published, agency)


def test_a_source_label_on_one_of_the_last_lines():
    text = "西部医疗装备博览会在成都开幕\n\n" + ZH_BODY + "\n" + ZH_BODY + "\n转(zhuǎn)自:蜀地网(wǎng)\n"
    assert read_header(text).source == "蜀地网"
    assert read_header(EN_BODY + "\n" + EN_BODY + "\n(Source: Harbour Daily)").source == "Harbour Daily"
    assert read_header("来源:蜀地新闻网\n" + ZH_BODY + "\n转自:蜀地网").source == "蜀地新闻网"  # the header's wins
    assert read_header(ZH_BODY + "\n项目资金来源:省财政专项\n" + ZH_BODY).source is None


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
    ("第五届西部医疗装备博览会在成都开幕,来自三十个国家的企业参展。\nThe fifth Western Medical Equipment Expo "
     "opened in Chengdu, with companies from thirty countries.", "zh"),  # a report and its translation
    ("2025-07-13 12:00", None),
])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_han_share_and_language_tags():
    assert han_share("中文") == 1.0 and han_share("abc") == 0.0 and han_share("123") is None
    assert [normalise_lang(t) for t in ("zh-Hant", "ZH", "en_US", "eng")] == ["zh", "zh", "en", "en"]
    with pytest.raises(ValueError):
        normalise_lang("fr")


def test_labelled_date_spans_cover_label_and_date():
    from kg.load.header import labelled_date_spans

    text = "Harbour news\nUpdated: 2024-05-02 10:00\nThe fair opened on May 1."
    spans = labelled_date_spans(text)
    assert [text[a:b] for a, b in spans] == ["Updated: 2024-05-02"]


def test_a_date_label_written_with_pinyin_beats_the_pages_own_date_line():
    text = "\n".join(["2023年03月29日 星期三", "湖光使館舉行國慶招待會", "發(fā)布日期:2018-10-01", ZH_BODY])
    assert read_header(text).published == "2018-10-01"


@pytest.mark.parametrize("text, published", [
    (f"医疗装备博览会开幕\n\nhttp://news.example.com 2006年04月08日13:02 西部新闻网 | 编辑 | 评论 | 打印 | 关闭 | 转发 | 推荐\n\n{ZH_BODY}",
     "2006-04-08"),
    (f"Coastal Health Forum\n\nby Harbour Bureau - 8 March, 2024, 12:00 139 Views 0 Comments and more words here\n\n{EN_BODY}",
     "2024-03-08"),
    (f"Coastal Health Forum\n\nCoastal history and more words of the site's menu line here Published on September 24, "
     f"2020 and more\n\n{EN_BODY}", "2020-09-24"),
    ("\n\n".join([ZH_BODY] * 12) + "\n\n2014年12月13日(星期六)\n香港时间15时00分", "2014-12-13"),
    (f"Coastal Health Forum\n\nGeneva 16 November 2017--{EN_BODY}", "2017-11-16"),
    (f"Coastal Health Forum\n\n30 September 2018: {EN_BODY}", "2018-09-30"),
    (f"Coastal Health Forum\n\nOsaka, Japan – August 29, 2025: {EN_BODY}", "2025-08-29"),
])
def test_a_date_stamped_with_a_clock_or_a_publication_cue_is_the_publication_date(text, published):
    assert read_header(text).published == published


def test_a_list_of_related_pages_times_at_the_end_gives_no_date():
    body = "\n\n".join([ZH_BODY] * 12)  # a long report: the list is past its first lines
    text = f"{body}\n\n相关阅读\n- 2025年11月12日 13:57:11\n- 2025年11月11日 14:51:17"
    assert read_header(text).published is None


def test_a_date_in_the_running_text_without_a_clock_is_no_stamp():
    assert read_header(f"{EN_BODY} The next forum opens on 8 March, 2024 in Qingdao.").published is None
    assert read_header(f"Coastal Health Forum\n\nOn 21 August 2013, the forum opened in Qingdao with 400 delegates "
                       f"and many speakers from the region.\n\n{EN_BODY}").published is None


def test_an_update_label_beats_the_page_clock_above_the_headline():
    text = (f"Wednesday, 27 Nov, 2024\n\nBusiness\n\nCoastal Health Forum inaugurated\n\nNews Desk | example.com\n"
            f"Update: 2023-09-13 12:24:21\n{EN_BODY}")
    assert read_header(text).published == "2023-09-13"


@pytest.mark.parametrize("text, published", [
    # a labelled stamp in the footer, under the article
    (ZH_BODY + "\n\n| 更新時間:2018-05-17\n", "2018-05-17"),
    (EN_BODY + "\n\nUpdated: 2019-09-08\n", "2019-09-08"),
    # a page's month alone after its date label
    (" date 2025-07 " + ZH_BODY + "\n", "2025-07"),
])
def test_a_footer_stamp_and_a_labelled_month(text, published):
    assert read_header(text).published == published

