"""Page furniture is cut before extraction; the article body is kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.load.furniture import cut_furniture

ROOT = Path(__file__).resolve().parents[1]
SEED_000 = ROOT / "examples" / "articles" / "seed-000.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "load"

BODY_ZH = [
    "9月5日,第五届西部医疗装备博览会在成都世纪城新国际会展中心开幕。本届博览会由四川省医疗器械行业协会主办,成都市经济和信息化局承办,展期三天。",
    "开幕式上,协会会长表示,博览会已成为西部地区规模最大的医疗装备展会之一。来自德国、意大利和泰国的企业也首次组团参展。",
    "博览会同期举办了基层医疗装备配置研讨会。",
]
BODY_EN = [
    "QINGDAO, Oct. 20 (Harbour Daily) -- The Coastal Health Innovation Forum was held in Qingdao on Saturday, "
    "with about 400 delegates from hospitals, universities and device makers.",
    "The forum was hosted by the Shandong Medical Association and co-organized by Qingdao University, the organisers said.",
    "Sponsored by three local banks, the forum's startup contest awarded prizes to five teams working on portable diagnostics.",
]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n")


def kept_lines_are_original_lines(original: str, cut: str) -> bool:
    """Lines are only removed, never rewritten, and the order is kept."""
    remaining = iter(original.split("\n"))
    return all(any(line == candidate for candidate in remaining) for line in cut.split("\n"))


def test_seed_000_loses_the_tag_list_and_keeps_the_whole_body():
    original = read(SEED_000)
    cut = cut_furniture(original)
    for gone in ("标签", "上一篇文章", "南京", "研讨会", "生活指南", "最新资讯", "民生", "焦点速讯"):
        assert gone not in cut
    body_end = original.index("最齐全的国家之一。") + len("最齐全的国家之一。")
    assert cut == original[:body_end]  # nothing of the article itself is lost
    assert cut.startswith("中国医学装备国际合作大会在沪举办 中外专家共议医疗装备创新\n时间:2025-07-13")


@pytest.mark.parametrize("fixture, body, headline, header_lines, gone", [
    ("zh-furniture.txt", BODY_ZH, "第五届西部医疗装备博览会在成都开幕", "发布日期:2024/9/6 08:30:00 浏览:128\n来源:蜀地新闻网",
     ["您现在的位置", "大字体", "小字体", "分享到", "标签", "上一篇", "相关新闻", "昆明", "贵阳", "版权所有", "ICP"]),
    # a body sentence opening with "Sponsored by" is not a footer
    ("en-furniture.txt", BODY_EN, "Coastal Health Innovation Forum held in Qingdao", "Updated: 2024-10-21 14:05",
     ["Home >", "Share this", "Related stories", "Dalian", "Copyright", "All Rights Reserved", "Municipal Government",
      "Powered by"]),
])
def test_page_furniture(fixture, body, headline, header_lines, gone):
    original = read(FIXTURES / fixture)
    cut = cut_furniture(original)
    for paragraph in body:
        assert paragraph in cut
    assert cut.startswith(headline)  # breadcrumb gone, headline kept
    assert header_lines in cut  # date and source lines kept
    for furniture in gone:
        assert furniture not in cut
    assert cut.endswith(body[-1])
    assert kept_lines_are_original_lines(original, cut)


def test_language_menu_at_the_end_is_cut():
    original = read(FIXTURES / "en-menu.txt")
    cut = cut_furniture(original)
    assert cut == "\n".join(original.split("\n")[:2])


def test_sponsor_footer_alone_is_cut():
    text = "\n".join(BODY_EN) + "\n\nSponsored by Qingdao Municipal Government\n"
    assert cut_furniture(text) == "\n".join(BODY_EN)


def test_trailing_list_introduced_by_a_label_is_kept():
    text = "\n".join(BODY_EN) + "\nSupporting organisations:\nWHO\nUNICEF\nIFRC\n"
    assert cut_furniture(text) == text


def test_cue_words_inside_sentences_are_not_furniture():
    text = "\n".join([
        BODY_ZH[0],
        "相关新闻发布会上,主办方介绍了标签管理系统和版权保护措施,并表示下一篇章将聚焦基层。",
        "Related to this, the organisers said tags and share counts would be published later.",
        BODY_ZH[1],
    ])
    assert cut_furniture(text) == text


def test_trailer_label_followed_by_more_paragraphs_is_not_a_trailer():
    long_zh = BODY_ZH[0] + "开幕当天,主办方还发布了西部地区医疗装备产业发展报告,报告显示区域产值连续五年增长。"
    text = "\n".join([BODY_ZH[1], "标签: 医疗装备 博览会", long_zh])
    assert cut_furniture(text) == text


def test_footer_mark_inside_a_paragraph_is_not_a_footer():
    paragraph = ("会上,多家企业介绍了自主研发的影像设备,相关软件的版权所有人均为国内企业,"
                 "协会表示将为企业提供知识产权咨询,并在明年举办专题培训班,帮助企业开拓海外市场,提升品牌影响力和国际竞争力。")
    text = "\n".join([BODY_ZH[0], paragraph, BODY_ZH[1]])
    assert cut_furniture(text) == text


def test_trailing_bulleted_links_are_cut_unless_introduced():
    links = ["• Dental fair opens in Dalian", "• Pharma summit ends in Yantai", "• Biotech week set for Weihai"]
    assert cut_furniture("\n".join([*BODY_EN, "", *links])) == "\n".join(BODY_EN)
    introduced = "\n".join([*BODY_EN, "Side events of the forum:", *links])
    assert cut_furniture(introduced) == introduced


def test_link_bar_is_cut():
    text = "\n".join(["首页 | 新闻 | 财经 | 体育", "西部医疗装备博览会在成都开幕", BODY_ZH[0], "Home · World · Business", BODY_ZH[1]])
    assert cut_furniture(text) == "\n".join(["西部医疗装备博览会在成都开幕", BODY_ZH[0], BODY_ZH[1]])


def test_furniture_line_between_paragraphs_is_cut():
    text = "\n".join([BODY_EN[0], "Share this article", BODY_EN[1], "分享到:", BODY_EN[2]])
    assert cut_furniture(text) == "\n".join(BODY_EN)


def test_traditional_chinese_and_inserted_pinyin_are_matched():
    text = "\n".join([BODY_ZH[0], "【版權(quán)及免責(zé)聲明】凡本網(wǎng)所屬版權(quán)作品,轉(zhuǎn)載請註明出處", "相關新聞", "某論壇在廣州舉行"])
    assert cut_furniture(text) == BODY_ZH[0]


def test_head_menus_and_image_file_names_are_cut():
    text = "\n".join(["A A A", "气温 湿度", "APP W0201610.jpg | 微信 1111.jpg", "西部医疗装备博览会在成都开幕", *BODY_ZH])
    assert cut_furniture(text) == "\n".join(["西部医疗装备博览会在成都开幕", *BODY_ZH])


@pytest.mark.parametrize("text", [
    "标签:\n上一篇: 某新闻\n下一篇: 另一条新闻",
    "Home > News\nShare this",
    "",
])
def test_text_that_is_all_furniture_is_kept_uncut(text):
    assert cut_furniture(text) == text


def test_text_without_furniture_is_unchanged():
    text = "\n" + "\n\n".join(BODY_EN) + "\n\n"
    assert cut_furniture(text) == text
