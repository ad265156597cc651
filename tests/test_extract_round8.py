"""Constructions of the eighth unseen-text round (issue 9), on sentences written for these
tests. Chinese: a body named relative to the place the text is about ("省财政厅", "市商务局")
is an organization, qualified by the one province or city the text names; a label's list of
organizations ("协办单位:A、B,C、D;") runs over commas to the end of its line."""

from __future__ import annotations

from test_extract_zh import event, extract, org_names


# -- Chinese: relative names, label lists --------------------------------------------------------

_NOTICE = ("第三届湖光农业博览会举办通知\n"
           "(一)主办单位:湖光省人民政府、农业农村部;\n"
           "(二)协办单位:各市、州人民政府,省财政厅、省商务厅、省林业厅、湖光农业大学;\n")


def test_a_labels_list_runs_over_commas_and_holds_relative_names():
    record = extract(_NOTICE.replace("湖光省", "湖北省"), published="2024-04-02")
    expo = event(record, "第三届湖光农业博览会")
    assert {"省财政厅", "省商务厅", "省林业厅", "湖光农业大学"} <= org_names(record, expo.co_hosts)


def test_a_relative_name_takes_the_one_province_the_text_names():
    record = extract(_NOTICE.replace("湖光省", "湖北省"), published="2024-04-02")
    finance = next(o for o in record.organizations if o.names[0] == "省财政厅")
    assert "湖北省财政厅" in finance.names


def test_a_relative_name_stays_unqualified_when_the_text_names_two_provinces():
    record = extract(_NOTICE.replace("湖光省人民政府", "湖北省人民政府、湖南省人民政府"), published="2024-04-02")
    finance = next(o for o in record.organizations if o.names[0] == "省财政厅")
    assert finance.names == ["省财政厅"]


def test_a_bare_level_alone_is_no_organization_and_no_parent():
    record = extract("湖光消息\n第三届湖光论坛由省委、省政府台湾事务办公室主办,5月8日在武汉举行。", published="2024-05-09")
    names = {n for o in record.organizations for n in o.names}
    assert "省委" not in names and "省政府" not in names
