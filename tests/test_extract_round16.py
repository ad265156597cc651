"""Constructions of the sixteenth unseen-text round (issue 9), on sentences written for these tests.

English: a lower-case gathering after an article, a length and scope words, then "on" and a quoted
title ("A two-day international conference on ‘X’") is named by the title; a closing verb, then
where, then the day ("concluded at the X Hall on Sunday") ends the gathering, and its length gives
its start, and so does "A wrapped up its/the X … on Wednesday, March 1"; a bracketed acronym that spells a name across its commas ("Chamber of Commerce, Industry
and Agriculture (LCCIA)") keeps the commas inside the name, also where the article writes the name
again without the acronym; "On the occasion of X Day, the Embassy hosted" makes the Embassy alone
the host (a list of subjects ends in "and"); a city opening a body's name inside a gathering's name
("Lakeland University-Kyoto University Symposium") does not place it; a fronted date dates the
gathering the subject hosts, holds or organizes ("From November 6 to 8, the X will be hosting a
symposium"), also after a dateline in capitals ("GREAT BAY - From …") and a page's date label;
"was organised in cooperation with A and B" makes A and B co-hosts, and so does a fronted
"Organised in cooperation with A and B, the X" (no one acting, and the X is no partner);
"Hosted jointly by A and B" makes co-hosts; a title-case list before a head ("Arts, Crafts and
Cuisines Exhibition") is one name (not "in September, and China X Expo"); a dateline's bracket and
colon glued to the first word ("(PPI-OT):High Commission for X") are no part of a name; a news
agency in capitals after a dateline's place ("BAKU. KAZINFORM Lakeland Forum …") opens no name; a
body that leads a country's share in a gathering ("participation at Expo 2020 is spearheaded by X")
does not host it; an organization quoted in a list of hosts ("organized by “X Corporation” and Y")
hosts; a head and its year end a name before "&" ("Consular Reception 2019 & Night of X"); a
quoted title held before a dash and a gathering's name ("held the “Home in X” —— Consular Reception
2019") is that gathering's title, no gathering of its own; guillemets quote a title as “ ” do
("the photo exhibition «Lakeland in Pictures»"); names listed after a plural head and "including",
"such as" or "like" ("symposia including A in B and C D") are parts of the gathering, two items
when "and" joins two capitalised names; a gathering told of only by its kind as the subject of a
holding verb is named by the whole subject ("A meeting with a view to enhancing X in Y was organized");
a list of single words that is a gathering's topic stays in its name ("Forum on Women, Peace and
Security"); a month after a day opens no name ("during the 22-23 October Lakeland Forum").
Chinese: editions inside two names ("联盟第二届会议", "联盟第三次会议") make two sittings; a year
alone before a holding verb ("定于2027年春季在天津举办") dates the gathering; 同乡会 and 会馆 end
bodies' names, so a list of hosts holding them is read whole; double prime
quotation marks (〝 〞) quote as “ ” do; neighbouring items of one list ("A论坛、B论坛") are two
gatherings even when one looks like a contraction of the other; a date opening a sentence dates the
gathering a body "held" that someone attends ("2月5日晚,B出席A举办的X") when no later verb holds one;
a year and a bracketed edition opening a name ("2016(第四届)X论坛") are both left out of its bare form;
"从21日到6月25日" runs from the 21st of the month before June; a year inside a name ("湖滨天文学会2024年
学术年会") gives a year-less date its year; a nation-wide body's 全国 that the tagger leaves out opens its
name ("由全国台联主办").
"""

from __future__ import annotations

import pytest

from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract


# -- English ---------------------------------------------------------------------------------------

def test_a_lower_case_conference_on_a_quoted_title(extractor):
    record = run(extractor, "Campus news\nLAKETON: A two-day international conference on ‘Rivers, Cities and "
                            "Memory: Writing the Shore’ concluded at the Lakeside Hall of Laketon University on "
                            "Sunday.", published="2023-10-02")
    conference = en_event(record, "Rivers, Cities and Memory: Writing the Shore")
    assert (conference["start_date"], conference["end_date"]) == ("2023-09-30", "2023-10-01")


def test_a_closing_verb_then_where_then_the_day(extractor):
    record = run(extractor, "Trade news\nThe three-day Lakeland Spice Fair 2024 closed at the Riverside Exhibition "
                            "Centre on Saturday.", published="2024-03-11")
    fair = en_event(record, "Lakeland Spice Fair 2024")
    assert (fair["start_date"], fair["end_date"]) == ("2024-03-07", "2024-03-09")


def test_a_body_wrapping_up_its_gathering_ends_it(extractor):
    record = run(extractor, "Mining news\nThe Lakeland Mining Society wrapped up a highly successful Lakeland Annual "
                            "Conference 2023 in Denver on Wednesday, March 1 with its awards dinner.", published="2023-03-03")
    conference = en_event(record, "Lakeland Annual Conference 2023")
    assert conference["end_date"] == "2023-03-01" and conference["start_date"] != "2023-03-01"


def test_an_acronym_spells_a_name_across_its_commas(extractor):
    record = run(extractor, "Business news\nFour agreements were signed at the 12th meeting of the Board of Directors "
                            "of the Lakeland Chamber of Commerce, Industry and Agriculture (LCCIA), which began in "
                            "Baku on July 17, 2023.\nMeanwhile, the 12th meeting of the Board of Directors of the "
                            "Lakeland Chamber of Commerce, Industry and Agriculture continued on July 18.",
                 published="2023-07-18")
    names = "12th meeting of the Board of Directors of the Lakeland Chamber of Commerce, Industry and Agriculture"
    meeting = en_event(record, names)
    assert names + " (LCCIA)" in meeting["names"]
    assert len(record["events"]) == 1, [e["names"] for e in record["events"]]


def test_commas_without_a_spelling_acronym_still_end_the_name(extractor):
    record = run(extractor, "Business news\nThe Lakeland Chamber of Commerce, Hill Traders Union and Riverside "
                            "Council organised the Lakeland Spice Fair 2024 in Baku on July 17, 2024.",
                 published="2024-07-18")
    fair = en_event(record, "Lakeland Spice Fair 2024")
    assert {"lakelandchamberofcommerce", "hilltradersunion"} <= org_names(record, fair["hosts"] + fair["co_hosts"])


def test_a_fronted_occasion_is_no_host(extractor):
    record = run(extractor, "Embassy news\nOn the occasion of the National Day and Constitution Day of Lakeland, "
                            "the Embassy of Lakeland hosted a reception in Dhaka on Friday evening.",
                 published="2023-09-23")
    reception = record["events"][0]
    assert org_names(record, reception["hosts"]) == {"embassyoflakeland"}


def test_a_city_opening_a_body_name_does_not_place_the_gathering(extractor):
    record = run(extractor, "Campus news\nThe two-day Laketon University-Kyoto University Symposium 2013 was held at "
                            "the Laketon campus on December 19, 2013.", published="2013-12-20")
    assert en_event(record, "Laketon University-Kyoto University Symposium 2013")["city"] is None


def test_a_fronted_date_dates_what_the_subject_hosts(extractor):
    record = run(extractor, "Health news\n date 2023-11-05 LAKE TOWN (GREAT BAY) - From November 6 to 8, the Ministry of "
                            "Health, in collaboration with Lakeland Insurance, will be hosting a landmark symposium on "
                            "healthcare.", published="2023-11-05")
    symposium = record["events"][0]
    assert (symposium["start_date"], symposium["end_date"]) == ("2023-11-06", "2023-11-08")


def test_a_fronted_date_and_a_capitalised_name_with_a_hosting_word(extractor):
    record = run(extractor, "Health news\nOn November 17, 2021, the deputy director of the Organizing Committee of "
                            "the Lakeland Health Forum visited the Laketon Embassy in Beijing.", published="2023-03-07")
    assert all(e["start_date"] is None for e in record["events"])


def test_organised_in_cooperation_with_makes_co_hosts(extractor):
    record = run(extractor, "Trade news\nThe Lakeland Medical Expo 2022 was organised in cooperation with the Lakeland "
                            "Chamber and the Hill Council on October 6-8, 2022.", published="2022-09-10")
    expo = en_event(record, "Lakeland Medical Expo 2022")
    assert not expo["hosts"] and org_names(record, expo["co_hosts"]) == {"lakelandchamber", "hillcouncil"}


def test_a_fronted_participle_with_partners_names_no_one_acting(extractor):
    record = run(extractor, "Art news\nOrganised in cooperation with the Lakeland Chamber and the Hill Council, the "
                            "Lakeland Art Exhibition will continue till September 20.", published="2022-09-10")
    exhibition = en_event(record, "Lakeland Art Exhibition")
    assert not exhibition["hosts"] and org_names(record, exhibition["co_hosts"]) == {"lakelandchamber", "hillcouncil"}


def test_hosted_jointly_by_makes_co_hosts(extractor):
    record = run(extractor, "Diplomacy news\nHosted jointly by the Ministry of Foreign Affairs and the Lakeland Consular "
                            "Corps, the Lakeland Conclave 2023 drew many guests.", published="2023-05-10")
    conclave = en_event(record, "Lakeland Conclave 2023")
    assert not conclave["hosts"] and len(conclave["co_hosts"]) == 2


def test_a_title_case_list_before_a_head_is_one_name(extractor):
    record = run(extractor, "Culture news\nThe Lakeland High Commission organized the Arts, Crafts and Cuisines "
                            "Exhibition at the Lakeland House in Dhaka on Saturday.", published="2022-06-26")
    assert en_event(record, "Arts, Crafts and Cuisines Exhibition")
    record = run(extractor, "Trade news\nChina hosts the Lakeland Expo in Guangxi in September, and China International "
                            "Import Expo in Shanghai in November.", published="2020-06-26")
    assert en_event(record, "China International Import Expo")


def test_a_glued_dateline_bracket_is_no_part_of_a_host(extractor):
    record = run(extractor, "Culture news\nIslamabad, June 26, 2022 (PPI-OT):High Commission for Lakeland, Dhaka "
                            "organized the Lakeland Crafts Exhibition at the Lakeland House on Saturday.",
                 published="2022-06-26")
    exhibition = en_event(record, "Lakeland Crafts Exhibition")
    assert "highcommissionforlakeland" in org_names(record, exhibition["hosts"])


def test_a_news_agency_after_a_dateline_opens_no_name(extractor):
    record = run(extractor, "Business news\nBAKU. KAZINFORM Lakeland Business and Investment Forum will be held in "
                            "Tashkent on October 5.", published="2019-10-03")
    forum = en_event(record, "Lakeland Business and Investment Forum")
    assert not any(n.startswith("KAZINFORM") for n in forum["names"])


def test_who_leads_a_share_in_a_gathering_does_not_host_it(extractor):
    record = run(extractor, "Expo news\nLakeland's participation at Expo 2020 Dubai is spearheaded by the Ministry of "
                            "Science of Lakeland.", published="2021-10-04")
    assert en_event(record, "Expo 2020 Dubai")["hosts"] == []


def test_a_quoted_organization_in_a_list_of_hosts(extractor):
    record = run(extractor, "Health news\nOn May 19th, the Lakeland Medical Conference was held in Tbilisi, organized by "
                            "“EVEX Medical Corporation” and the Lakeland Public Health Association.", published="2022-09-10")
    conference = en_event(record, "Lakeland Medical Conference")
    assert {"evexmedicalcorporation", "lakelandpublichealthassociation"} <= org_names(record, conference["hosts"])


def test_a_head_and_its_year_end_a_name_before_an_ampersand(extractor):
    record = run(extractor, "City news\nThe Lakeland Municipal Government held the “Home in Lakeland” —— Consular "
                            "Reception 2019 & Night of LCEC at the Lakeland Centre on January 17, 2019.",
                 published="2019-01-20")
    reception = en_event(record, "Consular Reception 2019")
    assert reception["start_date"] == "2019-01-17"
    assert len(record["events"]) == 1, [e["names"] for e in record["events"]]


@pytest.mark.parametrize("text, published, name, start", [
    # guillemets quote a title as “ ” do
    ("HAVANA. The official opening ceremony of the photo exhibition «Lakeland in Pictures» was held in the capital "
     "of Cuba on May 5, 2022.", "2022-05-06", "Lakeland in Pictures", "2022-05-05"),
    # a list of single words that is a gathering's topic stays in its name
    ("The other side event, Lakeland Forum on Women, Peace and Security, will be held from Oct 13 to 14, 2021.",
     "2021-09-01", "Lakeland Forum on Women, Peace and Security", "2021-10-13"),
])
def test_a_name_read_whole_is_dated(extractor, text, published, name, start):
    record = run(extractor, "News\n" + text, published=published)
    assert en_event(record, name)["start_date"] == start


def test_symposia_including_two_names_are_parts(extractor):
    record = run(extractor, "Science news\nThe 22nd Lakeland Molecular Medicine Conference was held in San Francisco "
                            "on February 20, 2023, with tracks on oncology, and symposia including New Frontiers in "
                            "Gene Editing and Clinical Cancer Immunotherapy.", published="2023-02-25")
    conference = en_event(record, "22nd Lakeland Molecular Medicine Conference")
    for name in ("New Frontiers in Gene Editing", "Clinical Cancer Immunotherapy"):
        assert en_event(record, name)["part_of"] == conference["id"]


def test_a_held_subject_is_named_whole(extractor):
    record = run(extractor, "Diplomacy news\nA meeting with a view to enhancing the capacity of national organizations "
                            "and public diplomacy activities in Lakeland was organized on 4 and 5 November in the city "
                            "of Mannheim.", published="2024-11-06")
    meeting = en_event(record, "meeting with a view to enhancing the capacity of national organizations and public "
                               "diplomacy activities in Lakeland")
    assert (meeting["start_date"], meeting["end_date"]) == ("2024-11-04", "2024-11-05")


def test_a_month_after_a_day_opens_no_name(extractor):
    record = run(extractor, "Forum news\nOfficials held many meetings during the 22-23 October Lakeland Silk Road Forum "
                            "in Tbilisi, the minister said.", published="2019-10-23")
    forum = en_event(record, "Lakeland Silk Road Forum")
    assert (forum["start_date"], forum["end_date"]) == ("2019-10-22", "2019-10-23")
    assert not any(n.startswith("October") for n in forum["names"])


# -- Chinese ---------------------------------------------------------------------------------------

def test_editions_inside_names_make_two_sittings():
    record = extract("新闻\n湖滨会展联盟第二届会议于2010年3月25日在青岛市举行。会议通过“湖滨会展联盟第三次会议”"
                     "定于2011年春季在天津举办。", published="2010-03-30")
    second = zh_event(record, "湖滨会展联盟第二届会议")
    third = zh_event(record, "湖滨会展联盟第三次会议")
    assert second.id != third.id
    assert second.start_date == "2010-03-25" and third.start_date == "2011"


def test_a_year_alone_is_no_date_of_a_history():
    record = extract("新闻\n第五届湖滨论坛于2024年5月8日在杭州举行。湖滨论坛自2004年起已举办五届。", published="2024-05-09")
    assert zh_event(record, "第五届湖滨论坛").start_date == "2024-05-08"


def test_hometown_associations_and_guild_halls_host():
    record = extract("新闻\n2010年9月8日晚,澳洲和平促进会、澳洲中国总商会、澳洲潮州同乡会、澳洲福建会馆联合主办的"
                     "“澳洲华人欢送晚会”在悉尼举行。", published="2010-09-09")
    evening = zh_event(record, "澳洲华人欢送晚会")
    assert {"澳洲潮州同乡会", "澳洲福建会馆"} <= {o.names[0] for o in record.organizations if o.id in evening.co_hosts}


def test_double_prime_quotes_quote_a_name():
    record = extract("新闻\n本届湖滨论坛将举办〝湖畔青年•共同家园〞活动和湖滨青年论坛。", published="2024-05-09")
    assert zh_event(record, "〝湖畔青年•共同家园〞活动")


def test_items_of_one_list_are_two_gatherings():
    record = extract("新闻\n第十二届湖滨论坛在厦门开幕。青年版块将举办湖滨青年论坛、湖滨两岸青少年新媒体“辩”论坛、"
                     "湖滨两岸关爱下一代成长论坛。", published="2020-09-20")
    youth = zh_event(record, "湖滨青年论坛")
    debate = zh_event(record, "湖滨两岸青少年新媒体“辩”论坛")
    assert youth.id != debate.id


def test_an_opening_date_dates_the_gathering_attended():
    record = extract("新闻\n2月5日晚,湖滨总领事黄屏出席湖滨总商会举办的2009湖滨新年晚餐会。", published="2009-02-09")
    assert zh_event(record, "2009湖滨新年晚餐会").start_date == "2009-02-05"


def test_a_year_and_a_bracketed_edition_open_a_name():
    record = extract("新闻\n2016年12月3日,由湖滨大学和湖滨信息中心联合主办的“2016(第四届)湖滨产业园区发展论坛”取得圆满成功。",
                     published="2018-04-28")
    forum = zh_event(record, "2016(第四届)湖滨产业园区发展论坛")
    assert "湖滨产业园区发展论坛" in forum.names and not any(n.startswith("第四届)") for n in forum.names)
    assert forum.start_date == "2016-12-03"


def test_a_day_range_into_the_next_month():
    record = extract("新闻\n湖滨文化部将从21日到6月25日,举办「湖滨民主论坛」。", published="2011-05-16")
    forum = zh_event(record, "湖滨民主论坛")
    assert (forum.start_date, forum.end_date) == ("2011-05-21", "2011-06-25")


def test_a_year_inside_a_name_dates_its_days():
    record = extract("新闻\n10月30日,湖滨天文学会2024年学术年会开幕式在湖滨大学举行。", published=None)
    assert zh_event(record, "湖滨天文学会2024年学术年会").start_date == "2024-10-30"


def test_a_nation_wide_body_keeps_its_first_word():
    record = extract("新闻\n由全国台联主办的第四届湖滨社团论坛于2017年1月9日上午在北京举行。", published="2017-01-09")
    forum = zh_event(record, "第四届湖滨社团论坛")
    assert {o.names[0] for o in record.organizations if o.id in forum.hosts} == {"全国台联"}

