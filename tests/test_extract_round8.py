"""Constructions of the eighth unseen-text round (issue 9), on sentences written for these
tests. English: "and" inside a head's complement joins it ("State Committee for Investments and
State Property Management"), "with" goes on after "for" ("Association for Friendship with Foreign
Countries"); a government after a comma is the parent of the body before it ("Ministry of Mines,
Government of X"), not an item of the list. Chinese: a body named relative to the place the text is about ("省财政厅", "市商务局")
is an organization, qualified by the one province or city the text names; a label's list of
organizations ("协办单位:A、B,C、D;") runs over commas to the end of its line."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, host_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract, org_names


# -- English: organization names ------------------------------------------------------------------

@pytest.mark.parametrize("listed, first", [
    ("the State Committee for Trade and State Property Management and the Lakeside Chamber",
     "State Committee for Trade and State Property Management"),
    ("the Ministry of Culture and Tourism and the University of Lakeside", "Ministry of Culture and Tourism"),
    ("the Lakeside People's Association for Friendship with Foreign Countries and the Lakeside Chamber",
     "Lakeside People's Association for Friendship with Foreign Countries"),
])
def test_a_heads_complement_goes_on_over_and_or_with(extractor, listed, first):
    record = run(extractor, f"The Lakeside Trade Forum was organised by {listed} on 4 May 2024.", published="2024-05-05")
    hosts = host_names(record)
    assert len(hosts) == 2 and hosts[0][0] == first


def test_and_before_a_body_with_a_place_of_its_own_still_lists_two(extractor):
    record = run(extractor, "The Lakeside Trade Forum was organised by the Ministry of Health and Kenya Airways.",
                 published="2024-05-05")
    assert [h[0] for h in host_names(record)] == ["Ministry of Health", "Kenya Airways"]


@pytest.mark.parametrize("comma", [",", ""])
def test_a_government_after_a_comma_is_the_parent_not_a_listed_host(extractor, comma):
    record = run(extractor, "The Lakeside Trade Forum was co-hosted by the Ministry of Lakes (MoL), Government of "
                            f"India{comma} and the Lakeside Institute.", published="2024-05-05")
    orgs = {o["id"]: o for o in record["organizations"]}
    assert [h[0] for h in host_names(record)] == ["Ministry of Lakes (MoL)", "Lakeside Institute"]
    ministry = next(o for o in orgs.values() if o["names"][0] == "Ministry of Lakes (MoL)")
    assert orgs[ministry["part_of"]]["names"] == ["Government of India"]


def test_a_name_joined_over_a_comma_to_its_government_names_the_unit_too(extractor):
    record = run(extractor, "The Lakeside Trade Forum was organised by the Department of Lakes and Rivers, Government "
                            "of Tamil Nadu.", published="2024-05-05")
    unit = next(o for o in record["organizations"] if "Department of Lakes and Rivers" in o["names"])
    assert unit["part_of"] is not None


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


# -- Chinese: a plain gathering a verb holds -----------------------------------------------------

def test_a_plain_gathering_a_verb_holds_is_an_event_beside_a_named_one_of_another_kind():
    record = extract("洛阳消息\n昨晚,洛阳市政府在洛阳举行欢迎宴会,欢迎参加第九届洛阳茶叶洽谈会的中外客商。",
                     published="2024-05-09")
    assert event(record, "欢迎宴会").city and event(record, "第九届洛阳茶叶洽谈会")


def test_a_plain_gathering_is_the_named_one_when_the_article_names_one_of_its_kind():
    record = extract("洛阳消息\n5月8日,洛阳市政府在洛阳举行2024洛阳牡丹节招待会。当晚还举行庆祝酒会,吸引了众多客商。",
                     published="2024-05-09")
    assert [e.names[0] for e in record.events] == ["2024洛阳牡丹节招待会"]


def test_a_plain_gathering_nobody_holds_is_no_event():
    record = extract("洛阳消息\n5月8日,第九届洛阳茶叶洽谈会在洛阳开幕。会后的欢迎宴会上,客商们交流了合作意向。",
                     published="2024-05-09")
    assert [e.names[0] for e in record.events] == ["第九届洛阳茶叶洽谈会"]


# -- English: datelines ---------------------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["DHAKA, Sept 26, 2019 (BSS) –", "DHAKA, September 26 (Lakeside News):"])
def test_a_dateline_with_a_date_and_an_agency_places_the_one_event(extractor, dateline):
    record = run(extractor, f" date 2019-09-26 {dateline} A three-day regional tourism fair "
                            "“Lakeside Tourism Fair” began in the capital today.\n\nExhibitors from eight countries "
                            "take part.", published="2019-09-26")
    assert record["events"][0]["city"][0] == "Dhaka"


# -- English: a list of countries over a spelling no gazetteer knows -------------------------------

def test_a_list_of_countries_goes_on_over_a_spelling_no_gazetteer_knows(extractor):
    record = run(extractor, "The Lakeside Mining Summit 2024 opened in Nairobi on 4 May 2024. The Summit brought "
                            "ministers from 28 countries including Peru, Russia, Chili, India, Argentine and Saudi "
                            "Arabia.", published="2024-05-05")
    assert {"PE", "RU", "IN", "SA"} <= set(record["events"][0]["participant_countries"])


# -- English: a headline's description of the gathering its subject holds -------------------------

def test_a_headline_describing_the_gathering_held_names_the_described_event(extractor):
    record = run(extractor, "Lakeside hosts first international agri-dairy exhibition\n\nThe first ever international "
                            "agri-dairy exhibition in Lakeside is giving farmers a market.\n\nThe international expo "
                            "started in Nairobi on May 8 and will conclude on May 11.", published="2024-05-09")
    assert record["events"][0]["names"][0] == "first international agri-dairy exhibition"


# -- Chinese: an official of a body named after a country, at the event ----------------------------

def test_an_official_of_a_body_named_after_a_country_brings_the_country():
    record = extract("洛阳消息\n5月8日,第九届洛阳茶叶洽谈会在洛阳开幕。荷兰国际关系研究所研究部主任梅利森,老挝计划投资部代表等"
                     "出席了洽谈会。", published="2024-05-09")
    assert {"NL", "LA"} <= set(event(record, "第九届洛阳茶叶洽谈会").participant_countries)


def test_a_body_posted_to_a_place_brings_no_country_of_that_place():
    record = extract("洛阳消息\n5月8日,第九届洛阳茶叶洽谈会在洛阳开幕。中央政府驻香港联络办副主任王明出席了洽谈会。",
                     published="2024-05-09")
    assert "HK" not in event(record, "第九届洛阳茶叶洽谈会").participant_countries


def test_a_campus_in_brackets_stays_in_the_name_and_is_part_of_its_body():
    record = extract("洛阳消息\n5月8日,第九届洛阳茶叶洽谈会由浙江师范大学非洲研究院和山东大学(威海)主办。", published="2024-05-09")
    orgs = {o.id: o for o in record.organizations}
    campus = next(o for o in orgs.values() if o.names[0] == "山东大学(威海)")
    assert campus.id in event(record, "第九届洛阳茶叶洽谈会").hosts and orgs[campus.part_of].names[0] == "山东大学"


def test_events_held_in_an_events_programme_are_its_parts():
    record = extract("福州消息\n5月18日,第十一届海峡两岸经贸交易会在福州开幕。在接下来的5天『海交会』日程中,还将举行海峡两岸"
                     "创意产业合作与发展高峰会议、台北市城市旅游推介会等活动。", published="2024-05-19")
    fair = event(record, "第十一届海峡两岸经贸交易会")
    assert event(record, "海峡两岸创意产业合作与发展高峰会议").part_of == fair.id
    assert event(record, "台北市城市旅游推介会").part_of == fair.id


# -- English: "held its annual X", a dateline glued to the first word ------------------------------

def test_a_body_holding_its_event_is_its_host(extractor):
    record = run(extractor, "The Lakeside Regional Chamber held its annual Government Reception on Thursday evening at "
                            "a hotel in Nairobi.", published="2024-05-05")
    assert [h[0] for h in host_names(record)] == ["Lakeside Regional Chamber"]


def test_a_dateline_glued_to_the_first_word_is_no_part_of_a_name(extractor):
    record = run(extractor, " date 2023-09-16 LAHORE-The Lakeside Chamber of Commerce hosted its annual Ambassadors "
                            "Dinner, attended by numerous ambassadors.", published="2023-09-16")
    assert [h[0] for h in host_names(record)] == ["Lakeside Chamber of Commerce"]


# -- English: a gathering told of by its kind alone -------------------------------------------------

def test_a_bare_gathering_said_to_be_held_is_the_articles_event(extractor):
    record = run(extractor, "Seminar held in Lakeside on trade\n\nDHAKA, Sept. 13 -- A seminar has been held in "
                            "Bangladesh to call on investors to invest in the country.\n\nDozens of businessmen attended "
                            "the seminar on Monday, which was jointly held by the Lakeside Chamber of Commerce and the "
                            "Lakeside Trade Council.", published="2022-09-13")
    assert [e["names"][0] for e in record["events"]] == ["seminar"]
    assert len(host_names(record)) == 2


def test_a_bare_gathering_with_the_refers_back_and_is_no_new_event(extractor):
    record = run(extractor, "Days of Lakeside Culture held in Bucharest\n\nThe Days of Lakeside Culture were held in "
                            "Bucharest on 4 May 2024. The forum was jointly organized by the Lakeside Ministry of "
                            "Culture and the Embassy of Lakeside.", published="2024-05-05")
    assert all(e["names"][0] != "forum" for e in record["events"])


def test_a_named_edition_said_to_be_upcoming_is_news_not_a_passing_mention(extractor):
    record = run(extractor, "With final preparations underway, the city is on the home stretch for the upcoming 21st "
                            "Lakeside Trade Expo. Since the first Lakeside Trade Expo was held in 2004, trade has grown.",
                 published="2024-09-01")
    assert any("21st Lakeside Trade Expo" in e["names"] for e in record["events"])
