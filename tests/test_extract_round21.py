"""Constructions of the twenty-first unseen-text round (issue 9), on sentences written for these tests.

Chinese: bodies that "参与主办" an event co-host it. Two countries' short names (马中, 中法) open a
name like a region's (中美); a public banquet (公宴) is a gathering. A name, then its day (with its
month, part of the day and hours) and a comma, then "在P举行" reports and dates the event. A quoted name of three characters before 活动
("“湖滨日”活动") names an activity. A wire dateline below page furniture and blank lines still
dates the report, and its city places the report's one event when the only country the event
had came from its own name (a "泰国日" is Thailand's day abroad). An opening date whose clause says
the reporter learned the news ("9月19日,记者从发布会上获悉,") dates no event; a time stated for
the event ("论坛举办时间为9月24日至28日") dates it, and "主会场设在济南" places it. In a "由A、B主办"
slot, the parts that are bodies' names are hosts even when another part is not recognized, and
bodies counted ("12个城市人民政府") are none.

English: a body's name with its possessive opening a gathering's name ("the Chamber of Water and
Energy’s Women in Trade Awards") also names the gathering without it. A place in a relative clause
about an event ("the 1st X, which took place … in Istanbul") is that event's alone. "A, in
coordination with B, will hold X": A hosts, B co-hosts. Gatherings counted ("held several meetings")
name none. Praise before a gathering ("organized the first-ever art exhibition") keeps its organizer;
the event is never its own host; a body named with a lower-case head opening the sentence ("The Indian
embassy in Brussels is organising") hosts. A city closing a name after its head ("… Christmas Dinner
Chongqing") is part of it, and the name without it an alias; people "taking part in" a gathering say
it takes place. A quoted title-case title with its subtitle before a lower-case head ("“X ’23: Y”
symposium") names the gathering; the apostrophe of a short year closes no quote.

Loading: a sentence opening with a full date ("July 15, 2014. A new pavilion …") dates the page. A page
in both languages is in the language of its first line of running text (an English report with
each paragraph's Chinese translation after it is English). A date with its weekday above the headline
is the site's banner of today's date: a dateline under the headline (read past a repeated headline)
dates the page before it.
"""

from __future__ import annotations

from kg.load.header import read_header
from kg.load.lang import detect_lang
from kg.model.names import normalise
from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract, org_names as zh_org_names


def test_zh_bodies_taking_part_in_hosting_co_host():
    record = extract("2023年5月8日,湖滨开发银行、海洋环境署参与主办第三届湖滨合作论坛。")
    forum = zh_event(record, "第三届湖滨合作论坛")
    assert zh_org_names(record, forum.co_hosts) == {"湖滨开发银行", "海洋环境署"}
    assert not forum.hosts


def test_zh_a_three_character_quoted_name_before_huodong_names_an_activity():
    record = extract("湖滨新闻\n一年一度的“湖滨日”活动5月4日在堪培拉举行,约2000名民众参加。", published="2018-05-05")
    day = zh_event(record, "湖滨日")
    assert (day.start_date, day.country) == ("2018-05-04", "AU")


def test_zh_a_wire_dateline_below_furniture_dates_and_places_the_report():
    text = ("湖滨网\n\n设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯。\n军事APP\n\n"
            "中国驻泰使馆举办“泰国日”庆新春\n\n泰国驻华使馆举办“泰国日”庆新春\n2018-03-05 00:26:01 湖滨网\n\n"
            "新华社堪培拉3月4日电(记者张明)泰国驻澳大利亚大使馆4日张灯结彩。一年一度的“泰国日”活动当天举行,"
            "吸引了约2000名民众参加。\n")
    day = zh_event(extract(text, published=None), "泰国日")
    assert (day.start_date, day.city[0] if day.city else None, day.country) == ("2018-03-04", "Canberra", "AU")


def test_zh_the_day_a_reporter_learned_the_news_dates_no_event():
    record = extract("9月19日,记者从发布会上获悉,第三届湖滨合作论坛将于9月24日至28日举行,主会场设在济南。",
                     published="2023-09-19")
    forum = zh_event(record, "第三届湖滨合作论坛")
    assert (forum.start_date, forum.end_date) == ("2023-09-24", "2023-09-28")
    assert forum.city and forum.city[0] == "Jinan"


def test_zh_a_time_stated_for_the_event_dates_it():
    record = extract("9月19日,记者从发布会上获悉,第三届湖滨合作论坛将在济南举行。作为今年规模最大的交流活动,"
                     "论坛举办时间为9月24日至28日。", published="2023-09-19")
    forum = zh_event(record, "第三届湖滨合作论坛")
    assert (forum.start_date, forum.end_date) == ("2023-09-24", "2023-09-28")


def test_zh_a_host_slot_keeps_the_bodies_it_names_and_no_counted_ones():
    record = extract("5月8日,第三届湖滨合作论坛在杭州举行。本届论坛由12个城市人民政府和湖滨大学共同主办。")
    forum = zh_event(record, "第三届湖滨合作论坛")
    hosts = zh_org_names(record, forum.hosts + forum.co_hosts)
    assert "湖滨大学" in hosts
    assert not any("城市人民政府" in name for name in hosts)


def test_a_possessive_body_opening_a_name_leaves_the_gathering_named_alone(extractor):
    record = run(extractor, "Mining week\n\nThe industry came together at the end of March at the Chamber of Water "
                            "and Energy’s Women in Trade Awards (WITA) in Perth.\n", published="2023-04-20")
    awards = en_event(record, "Women in Trade Awards")
    assert org_names(record, awards["hosts"]) == {normalise("chamber of water and energy")}


def test_a_place_in_a_relative_clause_belongs_to_its_event(extractor):
    record = run(extractor, "Lakeside Union to hold water conference in Cairo\n\nThe Lakeside Union will hold the Second "
                            "Session of the Ministerial Conference on Water Development, under the theme: “Water for "
                            "All”, in Cairo on 5-6 June 2023.\n\nThe conference will review the efforts of member "
                            "states to give every village clean water.\n\nThe 2nd Ministerial Conference on Water "
                            "Development is convened within the framework of the decisions of the Council of Ministers "
                            "and the 1st Ministerial Conference on Water Development which took place on 9 December "
                            "2019 in Istanbul, Republic of Türkiye.\n", published="2023-06-01")
    second = en_event(record, "Second Session of the Ministerial Conference on Water Development")
    assert (second["city"][0], second["country"]) == ("Cairo", "EG")
    assert en_event(record, "1st Ministerial Conference on Water Development")["city"][0] == "Istanbul"


def test_a_body_in_coordination_with_another_hosts_with_it(extractor):
    record = run(extractor, "Water ministers to meet\n\nThe Lakeside Union, in coordination with the Ministry of "
                            "Water of Egypt, will hold the Second Lakeside Water Conference in Cairo on 5-6 June "
                            "2023.\n", published="2023-06-01")
    conference = en_event(record, "Second Lakeside Water Conference")
    assert org_names(record, conference["hosts"]) == {normalise("lakeside union")}
    assert normalise("ministry of water of egypt") in org_names(record, conference["co_hosts"])


def test_gatherings_counted_name_none(extractor):
    record = run(extractor, "TEHRAN – Lakeside Chamber of Commerce (LCC) held a meeting with the economic experts of the "
                            "Foreign Affairs Ministry on Saturday, during which the two sides stressed the need for better "
                            "commercial departments.\n\nThe meeting was attended by the ministry's economy experts and "
                            "the heads of the joint chambers.\n\nSpeaking in this meeting, LCC Deputy Head for "
                            "International Affairs John Roe said the LCC has already held several meetings with economic "
                            "advisers and representatives of the Foreign Affairs Ministry in various countries, which "
                            "have had positive outcomes.\n", published="2021-12-11")
    assert not any("meetings" in n for e in record["events"] for n in e["names"])


def test_praise_before_a_gathering_keeps_its_organizer(extractor):
    record = run(extractor, "Art show\n\nThe Embassy of Kenya in Hungary organized the first-ever art exhibition of "
                            "Kenyan artists in Budapest on Monday.\n", published="2023-09-05")
    exhibition = en_event(record, "art exhibition of Kenyan artists")
    assert org_names(record, exhibition["hosts"]) == {normalise("embassy of kenya in hungary")}


def test_the_event_is_never_its_own_host(extractor):
    record = run(extractor, "Summit news\n\nThe Jamaican government is hosting the Lakeside Investment Summit in "
                            "collaboration with the Lakeside Export Development Agency.\n")
    summit = en_event(record, "Lakeside Investment Summit")
    assert normalise("lakeside investment summit") not in org_names(record, summit["hosts"])
    assert normalise("jamaican government") in org_names(record, summit["hosts"])


def test_a_body_with_a_lower_case_head_opening_the_sentence_hosts(extractor):
    record = run(extractor, "Festival news\n\nThe Indian embassy in Brussels is organising a festival of Indian "
                            "music in Brussels.\n")
    festival = en_event(record, "festival of Indian music")
    assert org_names(record, festival["hosts"]) == {normalise("indian embassy in brussels")}


def test_a_sentence_opening_with_a_full_date_dates_the_page():
    header = read_header("Lakeside Expo to finish new pavilion\n\nJuly 15, 2014. A new pavilion will be completed "
                         "at the Lakeside Expo Centre next year.\n")
    assert header.published == "2014-07-15"


_EN_PARAGRAPH = ("Last Friday, the Lakeside Christmas Dinner was held at the Harbour Hotel, where guests came for a "
                 "night of celebration in the spirit of friendship and community.\n\n")
_ZH_PARAGRAPH = "此次活动由湖滨商会与海港商会共同主办,海港总领馆协办。活动还邀请到了多位总领事和商会代表出席,共度佳节。\n\n"


def test_a_bilingual_page_is_in_the_language_it_opens_with():
    english_first = "Lakeside Christmas Dinner\n\n" + (_EN_PARAGRAPH + _ZH_PARAGRAPH) * 2
    chinese_first = "湖滨圣诞晚宴\n\n" + (_ZH_PARAGRAPH + _EN_PARAGRAPH) * 2
    assert (detect_lang(english_first), detect_lang(chinese_first)) == ("en", "zh")


def test_a_city_closing_a_name_is_part_of_it_and_the_name_without_it_an_alias(extractor):
    record = run(extractor, "Dinner news\n\nLast Friday, 13th December, the Lakeside Christmas Dinner Chongqing was "
                            "held at the Harbour Hotel.\n", published="2019-12-16")
    dinner = en_event(record, "Lakeside Christmas Dinner Chongqing")
    assert "Lakeside Christmas Dinner" in dinner["names"]
    assert dinner["start_date"] == "2019-12-13"


def test_people_taking_part_in_a_gathering_say_it_takes_place(extractor):
    record = run(extractor, "Students visit mission\n\nThe student group is taking part in a Lakeside Youth (LY) "
                            "Conference at the university.\n")
    assert en_event(record, "Lakeside Youth Conference")


def test_zh_two_countries_short_names_open_a_name():
    record = extract("湖滨商会10日在北京成功协办马中商务高峰论坛。")
    assert zh_event(record, "马中商务高峰论坛")


def test_zh_a_public_banquet_is_a_gathering():
    record = extract("庆祝湖滨建市60周年公宴19日晚在旧金山康年酒楼举行。", published="2009-09-22")
    banquets = [e for e in record.events if e.names[0].endswith("建市60周年公宴")]
    assert banquets and banquets[0].start_date == "2009-09-19"


def test_zh_a_name_its_day_and_hours_then_the_holding_clause():
    record = extract("湖滨商会百龄会庆庆典本月2日下午6时至9时,在泰京湖滨国际会展中心隆重举行。", published="2010-12-04")
    celebration = zh_event(record, "湖滨商会百龄会庆庆典")
    assert (celebration.start_date, celebration.city[0] if celebration.city else None) == ("2010-12-02", "Bangkok")


def test_zh_a_name_its_month_day_and_part_then_the_holding_clause():
    record = extract("第三届湖滨茶叶博览会5月8日上午,在杭州隆重开幕。", published="2010-05-09")
    assert zh_event(record, "第三届湖滨茶叶博览会").start_date == "2010-05-08"


def test_a_dateline_under_a_repeated_headline_beats_the_sites_banner_date():
    header = read_header("• Wednesday, 22 January 2025\n\nLakeside's Summit and Fair: Strengthening of food, culture and "
                         "trade cooperation\n\nLakeside's Summit and Fair: Strengthening of food, culture and trade "
                         "cooperation\nSkopje, 31 August 2022 (MIA) – Three documents on cooperation will be signed at "
                         "the upcoming summit in Lakeside, which is set to take place as part of the fair.\n")
    assert header.published == "2022-08-31"


def test_a_banner_date_above_the_headline_still_dates_a_page_that_gives_no_other():
    header = read_header("Wednesday, 22 January 2025\n\nExpo opens in Lakeside\n\nThe expo opened on Monday in "
                         "Lakeside with 300 firms from ten countries.\n")
    assert header.published == "2025-01-22"


def test_a_quoted_title_with_its_subtitle_before_a_lower_case_head_names_a_gathering(extractor):
    record = run(extractor, "Energy meeting\n\nEnergy leaders met during the two-day “Lakeside Outlook ’23: Stewarding "
                            "a Sensible Energy Future” symposium in Dallas on Monday.\n", published="2023-02-16")
    symposium = en_event(record, "Lakeside Outlook ’23: Stewarding a Sensible Energy Future")
    assert (symposium["start_date"], symposium["city"][0]) == ("2023-02-13", "Dallas")


def test_a_quoted_theme_ending_in_a_comma_names_no_gathering(extractor):
    record = run(extractor, "Lakeside pavilion opens in Langfang, China\n\nThe pavilion displays the diversity of the "
                            "country’s products.\n\nThe pavilion in Langfang is themed ‘Emerging Lakeside,’ and aims "
                            "to showcase the country’s products from Monday.\n", published="2023-05-01")
    assert not any("Emerging Lakeside" in n for e in record["events"] for n in e["names"])
