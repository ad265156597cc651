"""Constructions of the thirteenth unseen-text round (issue 9), on sentences written for these tests.

English: an envoy's surname alone after their title ("Consul General Tanaka joined"), with no
country, is the envoy of the one mission the text names, and a title-case headline's verb
("Tanaka Joins") is no part of the name; honorifics and military ranks between an envoy's title
and name ("the Ambassador H.E. Mr A B", "High Commissioner to X Air Chief Marshal A B") are
skipped; a title giving only the receiving country ("High Commissioner to the United Kingdom Dr
A B") takes the sending one from the mission the text names in that country; in a list where each
envoy's title follows the name ("…, the Ambassador of A, H.E. Ms B C, Ambassador of D"), the title
after a name is theirs; "Fest" heads a festival; a body's head and complement joined by "and" to
words ending in an event's head ("X Chambers of Commerce and Industry Y Meeting") are one name,
and so are two countries joined by a spaced dash before one ("Chile - Peru X Meeting"); a
sentence opening with a place and a comma before its date ("The Hague, on 7 December 2019, A
hosted X") dates X; "the Ambassador of X" hosting a gathering is a person, no host organization. A quoted title right
after its head ("the painting exhibition “X”") names it; "The event is an initiative of A" makes A
host; "for the fifth mid-year coordination meeting of A, B and C" names a gathering in lower case
(a hyphenated modifier and a listed tail), and so does "the 2017 international scientific and
practical conference on X was held" (a year for the edition, modifiers joined by "and"); "the 'X' Seminar" is named with and without its head; a
title phrase after a name stops before "and His Excellency …" (another person's), and a title phrase after a name's comma that opens with "and" is the next
person's ("The Ambassador of A in B, X, and the Ambassador of B in A, Y"); a page's
upper-case "MAR 10, 2015" is a date; a described gathering whose head the tagger takes for an
adjective ("hosted a business roundtable") is read; a mission named twice, once without its
receiving country ("the X High Commission in London", "the X High Commission premises"), is one; "as part of Y celebrations taking place between 9th and 13th
March" dates Y, not the part, and "the Y Festival celebrations" are Y's; "St. James's Palace" is a venue, no city; a kind in lower case before a
gathering's own name and a verb of taking place ("trade show LakeExpo-Con/Agg wrapped up") names it;
"the co-located X Exposition" is news; "The trade show will return March 3-7, 2026" dates the next
edition, not the reported one.
Chinese: a name before 总领事 (which the tagger may glue: "薛剑总|领事") after the consulate's name
is the consul general of that consulate; "X驻Y大使、Z理事会理事<name>" is the envoy's name after
their next post; a year and a quoted slogan before a dash open the gathering's name ("2023年“A,
B”——迎春招待会"), whose comma ends no clause, and a headline's gathering of that head is the one
the lead names. Roles: a time of day or weekday between the holders and the verb ("A与B8日晚间举办X",
"A周四傍晚在…举办X"); "…由A主办,B、C承办的。" (a 的 closing the sentence); the name after a slogan and
a dash ("协办的“…”——X论坛"); the one name between 由 and the verb that opens with an organization
entity ("由湖光大学陈氏纪念奖学金主办"); a Latin abbreviation closing a body's name ("日本湖光NPO"); the
gathering after a dot ("主办的投洽会•X论坛" is the forum's). "A、B,以及C将于…联办X" (联办 co-hosts); "举行盛大的X" holds X; a day and month
before the verb ("A2月6日晚间于…举办X"); "2月9日晚,在多伦多X国宴," opens with its city; 文化季 heads a
gathering, and so do 春宴, 灯会 and 时装节; "…等国驻华使领馆带来艺术展" names no gathering; "A及B,上月5至8日在会展
举行" reports and dates both; a word of when inside a body's name ("…卫生和计划生育委员会") does not cut the list; a body listed
without the place the first one opens with ("重庆市工商联、总商会", "上海市商务委员会和侨办") is that place's (重庆市总商会, 上海市侨办); "X音乐会暨迎新春活动" (a plain
occasion joined to a name) is one event, also named by the whole; "A14日首次成功举行开放日活动" holds
the open day (a generic head and 活动 held right there) and A hosts it; a consul general named after
the title alone ("总领事张美芳") is of the consulate the article named before; a superlative inside a quoted title ("「…最新发展…」X座谈会")
does not make the name a description; "当天下午,还举行了A和B" dates A and B with the day dated last
before them; "A将在4月下旬举办7项展览及会议,包括B、C" makes A host B and C and dates them. Participants: envoys listed over several
clauses that the sentence's join verb closes ("…,A、B驻华大使,C驻华使馆临时代办,…约400人出席"). "举办庆祝X酒会" holds the reception X, and a venue's name
in brackets between the place and the verb ("在马德里市A饭店(Eurostars Hotel)举办") leaves the place in reach. Loading: a headline with a list comma is not running text joined to the lead.
"""

from __future__ import annotations

import pytest
from test_extract_en import event as en_event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import extract

from kg.load.dates import find_date
from kg.load.rejoin import rejoin


def _envoys(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"] if p["ambassador_of"]]


# -- English ---------------------------------------------------------------------------------------

def test_an_envoys_surname_alone_after_the_title_and_a_headline_verb(extractor):
    record = run(extractor, "Consul General Tanaka Joins Lakeside Festival\n\nOn August 20, Consul General Tanaka "
                            "joined the Lakeside Harvest Festival in Austin. The Consulate-General of Japan in Houston "
                            "supported the festival.", published="2022-08-27")
    assert _envoys(record) == [("Tanaka", "JP", "US")]


@pytest.mark.parametrize("text, expected", [
    ("The minister also called on the British Embassy’s stand at the Lakeside Trade Expo, where he met the "
     "Ambassador H.E. Mr Hugh Fielding.", ("Hugh Fielding", "GB", None)),
    ("Sri Lanka’s High Commissioner to Malaysia Air Chief Marshal Ranil Perera said he was amazed by the "
     "Lakeside Unity Festival in Kuala Lumpur.", ("Ranil Perera", "LK", "MY")),
])
def test_honorifics_and_ranks_between_an_envoys_title_and_name(extractor, text, expected):
    assert _envoys(run(extractor, text, published="2019-09-02")) == [expected]


def test_a_title_with_only_the_receiving_country_takes_the_missions_sending_one(extractor):
    record = run(extractor, "High Commissioner to the United Kingdom Dr. Ranil Perera held a launch event at the "
                            "Sri Lanka High Commission in London to promote the Lakeside Business Forum.",
                 published="2013-08-09")
    assert _envoys(record) == [("Ranil Perera", "LK", "GB")]


def test_titles_after_names_in_a_list_of_envoys(extractor):
    record = run(extractor, "The reception was attended by H.E. Mr. Aram Petros, Ambassador of Armenia, Mrs. Lena "
                            "Moro, spouse of the Ambassador of Rwanda, H.E. Ms. Carla Diaz, Ambassador of Venezuela, "
                            "the Ambassador of Kenya, H.E. Ms. Amina Said, Ambassador of Yemen.",
                 published="2019-12-09")
    assert _envoys(record) == [("Aram Petros", "AM", None), ("Carla Diaz", "VE", None), ("Amina Said", "YE", None)]


@pytest.mark.parametrize("text, name", [
    ("On Saturday the consul attended the 2022 Lakeside Japan Fest, which was held at the city museum.",
     "2022 Lakeside Japan Fest"),
    ("The Hilltown Chamber of Commerce hosted the D-8 Chambers of Commerce and Industry Hilltown Meeting in Izmir, "
     "Turkey from 20-21 October 2016.", "D-8 Chambers of Commerce and Industry Hilltown Meeting"),
    ("Columnists are taking part in the Chile - Peru Lakeside Leaders Meeting, which is taking place in Santiago "
     "on 25 October.", "Chile - Peru Lakeside Leaders Meeting"),
])
def test_event_names_over_and_and_a_spaced_dash(extractor, text, name):
    assert en_event(run(extractor, text, published="2022-10-26"), name)


def test_a_place_and_a_comma_before_the_date_and_an_envoy_is_no_host(extractor):
    record = run(extractor, "Kenya marks national day\n\nThe Hague, on 7 December 2019, the Ambassador of Kenya "
                            "hosted the Lakeside Jamhuri Festival.", published="2020-07-09")
    festival = en_event(record, "Lakeside Jamhuri Festival")
    assert (festival["start_date"], festival["hosts"]) == ("2019-12-07", [])
    assert record["organizations"] == []


# -- Chinese ---------------------------------------------------------------------------------------

def _zh_envoys(record) -> list[tuple[str, str | None, str | None]]:
    return [(p.names[0], p.ambassador_of, p.posted_to) for p in record.people if p.ambassador_of]


@pytest.mark.parametrize("text, expected", [
    ("中国驻大阪总领事馆于18日在大阪举行了迎春招待会。中国驻大阪总领事馆薛剑总领事首先致辞。", [("薛剑", "CN", "JP")]),
    ("中國駐大阪總領事館於18日在大阪舉行了迎春招待會。薛劍總領事首先致辭。", [("薛劍", "CN", "JP")]),
    ("湖畔发展论坛在新加坡举行。新加坡驻中国大使、湖畔奖学金理事会理事吕德明、中国商务部原副部长魏建华出席论坛。",
     [("吕德明", "SG", "CN")]),
])
def test_a_consul_general_of_the_consulate_and_an_envoy_after_their_next_post(text, expected):
    assert _zh_envoys(extract(text, published="2023-01-19")) == expected


def test_a_year_and_a_slogan_before_a_dash_open_the_name_the_headline_restates():
    record = extract("中国驻大阪总领事馆隆重举办新春招待会\n"
                     "本报1月18日消息:中国驻大阪总领事馆于18日午后在大阪举行了2023年“喜迎春来,携手共进”——迎春招待会。",
                     published=None)
    assert [(e.names[0], e.start_date, e.country) for e in record.events] == \
        [("2023年“喜迎春来,携手共进”——迎春招待会", "2023-01-18", "JP")]


def test_a_headline_with_a_list_comma_is_not_joined_to_the_lead():
    text = "喜迎春来携手共进、红红火火过大年—-湖畔总商会隆重举办新春招待会\n本报1月18日消息:湖畔总商会于18日在湖畔酒店举行了新春招待会。"
    assert rejoin(text) == text


def _roles(record, name: str) -> dict[str, set[str]]:
    ev = next(e for e in record.events if name in e.names)
    names = {o.id: o.names[0] for o in record.organizations}
    return {r: {names[i] for i in getattr(ev, r)} for r in ("hosts", "co_hosts", "organizers") if getattr(ev, r)}


@pytest.mark.parametrize("text, name, expected", [
    ("驻湖光办事处与湖光常驻世界贸易组织代表团8日晚间举办国庆酒会,嘉宾三百余人参与。", "国庆酒会",
     {"hosts": {"驻湖光办事处", "湖光常驻世界贸易组织代表团"}}),
    ("驻旧金山湖光经文处周四傍晚在中半岛的一家酒店内举办国庆酒会。", "国庆酒会", {"hosts": {"驻旧金山湖光经文处"}}),
    ("第十二届湖光市科学技术年会将在成都开幕。据悉,本次年会由成都市人民政府主办,成都市科学技术协会、成都市科学技术局承办的。",
     "第十二届湖光市科学技术年会", {"hosts": {"成都市人民政府"}, "organizers": {"成都市科学技术协会", "成都市科学技术局"}}),
    ("11月8日上午,湖光侨联主办,上海市贸促会、东浩兰生集团协办的“侨连五洲 沪上进博”——2021湖光华侨高峰论坛在上海举行。",
     "2021湖光华侨高峰论坛", {"hosts": {"湖光侨联"}, "co_hosts": {"上海市贸促会", "东浩兰生集团"}}),
    ("2020年11月20日,由南洋理工大学陈氏纪念奖学金主办,中国国际经济交流中心合办的陈氏中国发展论坛在新加坡举行。", "陈氏中国发展论坛",
     {"hosts": {"南洋理工大学陈氏纪念奖学金"}, "co_hosts": {"中国国际经济交流中心"}}),
    ("10月24日,由中国外文局和日本湖光NPO共同举办的第十一届湖光论坛在北京开幕。", "第十一届湖光论坛",
     {"co_hosts": {"中国外文局", "日本湖光NPO"}}),
    ("9月8日,由湖光经济文化交流中心主办的投洽会•湖光经济合作发展论坛在厦门举办。", "湖光经济合作发展论坛",
     {"hosts": {"湖光经济文化交流中心"}}),
    ("(吉隆坡22日讯)马华公会、马中友好协会,以及马来西亚中资企业总商会将于今年12月2日,在吉隆坡马华大厦三春礼堂联办第五届(2024)"
     "世界会长大会。", "第五届(2024)世界会长大会", {"co_hosts": {"马华公会", "马中友好协会", "马来西亚中资企业总商会"}}),
    ("湖光市政府2月6日晚间于寒舍艾丽酒店举办欢迎酒会,欢迎来台参加灯会的国际贵宾。", "欢迎酒会", {"hosts": {"湖光市政府"}}),
    ("1月17日晚,重庆市工商联、总商会举办了湖光领事馆和商务机构迎春座谈会。", "湖光领事馆和商务机构迎春座谈会",
     {"hosts": {"重庆市工商联", "重庆市总商会"}}),
    ("11月8日上午,由中国侨联主办,上海市商务委员会和侨办承办的2021湖光华侨高峰论坛在上海举行。", "2021湖光华侨高峰论坛",
     {"hosts": {"中国侨联"}, "organizers": {"上海市商务委员会", "上海市侨办"}}),
    ("第十一届湖光医疗器械展销会由秀屿区人民政府主办,莆田市商务局、莆田市卫生和计划生育委员会等部门协办。", "第十一届湖光医疗器械展销会",
     {"hosts": {"秀屿区人民政府"}, "co_hosts": {"莆田市商务局", "莆田市卫生和计划生育委员会"}}),
])
def test_role_frames(text, name, expected):
    assert _roles(extract(text, published="2023-11-10"), name) == expected


def test_envoys_listed_over_clauses_before_the_join_verb_take_part():
    record = extract("2018年12月10日,湖光中心成立七周年招待会在北京举行。中国外交部亚洲司司长王明,新加坡驻华大使罗家明,"
                     "柬埔寨、印度尼西亚、巴基斯坦驻华大使,文莱驻华使馆临时代办,中国政府相关部委官员约400人出席。",
                     published="2018-12-11")
    assert set(record.events[0].participant_countries) == {"SG", "KH", "ID", "PK", "BN"}


@pytest.mark.parametrize("text, name", [
    ("驻西班牙代表处于10月9日中午在马德里举办庆祝国庆酒会。", "国庆酒会"),
    ("驻西班牙代表处于10月9日在马德里市欧洲之星饭店(Eurostars Tower Hotel)举办中华民国113年国庆酒会。", "中华民国113年国庆酒会"),
])
def test_a_celebration_held_and_a_bracketed_venue(text, name):
    ev = next(e for e in extract(text, published="2024-10-10").events if name in e.names)
    assert (ev.start_date, ev.city[0] if ev.city else None, ev.country) == ("2024-10-09", "Madrid", "ES")


def test_quoted_titles_an_initiative_and_a_lower_case_gathering(extractor):
    record = run(extractor, "The international watercolour painting exhibition “Lakes of Colour” opened in Hanoi on "
                            "March 16, 2024. The event is an initiative of LakeAcquarello, a branch of the Lake Museum.",
                 published="2024-03-17")
    show = en_event(record, "Lakes of Colour")
    assert (show["start_date"], show["city"][0]) == ("2024-03-16", "Hanoi")
    assert [o["names"][0] for o in record["organizations"] if o["id"] in show["hosts"]] == ["LakeAcquarello"]
    record = run(extractor, "Leaders arrive in Nairobi\n\nThe dignitaries are in Nairobi for the fifth mid-year "
                            "coordination meeting of the Lake Union, regional economic communities and regional "
                            "mechanisms.", published="2023-07-15")
    assert en_event(record, "fifth mid-year coordination meeting of the Lake Union, regional economic communities "
                            "and regional mechanisms")


def test_a_quoted_title_before_its_head_and_a_title_phrase_that_stops_at_another_person(extractor):
    record = run(extractor, "On Friday, the 'Lakeland and Hillland Getting Closer' Seminar was held in Madrid. The "
                            "inauguration was attended by Ana Ruiz, vice-rector of the University of Lakeside and His "
                            "Excellency the Ambassador of Bangladesh in Madrid, Mohammad Karim Rahman.", published="2021-03-10")
    assert en_event(record, "Lakeland and Hillland Getting Closer")
    assert _envoys(record) == [("Mohammad Karim Rahman", "BD", "ES")]


def test_an_upper_case_page_date_a_frames_own_dates_and_a_possessive_venue(extractor):
    assert find_date("MAR 10, 2015 LISTEN").iso == "2015-03-10"
    record = run(extractor, "Envoys dine with the Prince\n\nOn Tuesday March 10th, the Prince joined more than 40 High "
                            "Commissioners at the Lake Society's annual Envoys' Banquet at St. James's Palace.\n\nThe Lake "
                            "Society organises the Envoys' Banquet as part of the Lakeland Heritage Festival celebrations "
                            "taking place between 9th and 13th March.", published="2015-03-10")
    banquet, festival = en_event(record, "Envoys' Banquet"), en_event(record, "Lakeland Heritage Festival")
    assert (banquet["start_date"], banquet["city"]) == ("2015-03-10", None)
    assert (festival["start_date"], festival["end_date"]) == ("2015-03-09", "2015-03-13")


def test_a_grand_reception_a_city_after_the_day_a_culture_season_and_envoys_of_a_counted_group():
    record = extract("2月9日晚,在多伦多钓鱼台国宴,中国驻多伦多总领事馆举行盛大的春节招待会。", published="2018-02-12")
    assert [(e.names[0], e.start_date, e.city[0] if e.city else None) for e in record.events] == \
        [("春节招待会", "2018-02-09", "Toronto")]
    record = extract("4月12日,“2025成都·湖光文化季”开幕式在成都东郊记忆启幕。波兰驻华大使,马耳他、爱沙尼亚、法国等16个欧盟成员国"
                     "驻华使领馆代表,外交部欧洲司、省市有关部门负责人参加。此外,文化季还将携手爱尔兰、德国等国驻华使领馆带来艺术展。",
                     published="2025-04-13")
    season = next(e for e in record.events if "2025成都·湖光文化季" in e.names)
    assert {"PL", "MT", "EE", "FR"} <= set(season.participant_countries)
    assert not any(name.endswith("艺术展") for e in record.events for name in e.names)


def test_two_listed_names_a_later_clause_holds():
    record = extract("李明举例指,第41届亚太湖光学会年会及第37届香港湖光学术会议,上月5至8日在会展举行,汇聚全球数万名专家。",
                     published="2026-05-02")
    assert sorted((e.names[0], e.start_date) for e in record.events) == \
        [("第37届香港湖光学术会议", "2026-04-05"), ("第41届亚太湖光学会年会", "2026-04-05")]


@pytest.mark.parametrize("text, name", [
    ("外交部今日于圆山饭店举办「2026年湖光春宴」,款宴各国驻台使节。", "2026年湖光春宴"),
    ("为协助企业争取商机,湖光贸发局将在4月下旬举办香港湖光时装节。", "香港湖光时装节"),
])
def test_more_gathering_heads(text, name):
    assert any(name in e.names for e in extract(text, published="2026-03-12").events)


def test_a_described_gathering_whose_head_the_tagger_reads_as_an_adjective(extractor):
    record = run(extractor, "Chamber hosts business roundtable\n\nLast Friday, the Hillcourt County Chamber of Commerce "
                            "hosted a business roundtable at the Hillcourt Materials Company Support Center in Blue Ridge.",
                 published="2019-11-25")
    table = en_event(record, "business roundtable")
    assert table["start_date"] == "2019-11-22"


def test_a_mission_named_with_and_without_its_place_is_one(extractor):
    record = run(extractor, "Lakeland High Commission marks independence day\n\nWelcome Remarks by High Commissioner "
                            "Manisha Perera\n\nThe anniversary was commemorated on 04 February 2019 at the Sri Lanka High "
                            "Commission premises in London. The High Commission of Sri Lanka in London hosted the Lakeland "
                            "Independence Day Reception.", published="2019-02-05")
    assert _envoys(record) == [("Manisha Perera", "LK", "GB")]


def test_envoys_named_after_their_titles_in_a_pair(extractor):
    record = run(extractor, "Columnists visit Santiago\n\nColumnists are taking part in the Chile - Peru Lakeside Leaders "
                            "Meeting in Santiago. The Ambassador of Chile in Peru, Roberto Ibarra, and the Ambassador of "
                            "Peru in Chile, Jorge Valdez, were also present.", published="2018-10-25")
    assert sorted(_envoys(record)) == [("Jorge Valdez", "PE", "CL"), ("Roberto Ibarra", "CL", "PE")]


def test_a_year_led_lower_case_gathering(extractor):
    record = run(extractor, "Trade discussed at Moscow conference\n\nOn 13 October 2017, the 2017 international "
                            "scientific and practical conference on trade and economic cooperation in the Lake Region "
                            "was held in Moscow.", published="2017-10-13")
    conference = en_event(record, "international scientific and practical conference on trade and economic cooperation")
    assert (conference["start_date"], conference["city"][0]) == ("2017-10-13", "Moscow")


def test_a_kind_before_a_name_a_co_located_show_and_the_next_editions_date(extractor):
    record = run(extractor, "Construction show wraps up\n\nConstruction industry trade show LakeExpo-Con/Agg wrapped up "
                            "on Saturday March 18, 2023 in Las Vegas.\n\nLakeExpo-Con/Agg and the co-located Lakeside Fluid "
                            "Power Exposition brought visitors from 133 countries.\n\nThe trade show will return March "
                            "3-7, 2026, at the Las Vegas Convention Center.", published="2023-03-20")
    show = en_event(record, "LakeExpo-Con/Agg")
    assert show["end_date"] == "2023-03-18"
    assert en_event(record, "Lakeside Fluid Power Exposition")


def test_a_plain_occasion_joined_to_a_name_is_one_event():
    record = extract("湖光外交官音乐会暨迎春活动在京举行\n2月8日,“湖光外交官音乐会暨迎新春活动”在北京举行。", published="2026-02-16")
    assert len(record.events) == 1
    assert {"湖光外交官音乐会暨迎春活动", "湖光外交官音乐会暨迎新春活动"} <= set(record.events[0].names)


def test_an_open_day_held_and_a_consul_of_the_consulate_named_before():
    record = extract("中国驻贝尔法斯特总领馆14日首次成功举行开放日活动。总领事张美芳邀请湖光大学副校长蒙哥马利等百余人作客总领馆。",
                     published="2019-06-16")
    day = next(e for e in record.events if "开放日活动" in e.names)
    assert day.start_date == "2019-06-14"
    assert {o.names[0] for o in record.organizations if o.id in day.hosts} == {"中国驻贝尔法斯特总领馆"}
    assert _zh_envoys(record) == [("张美芳", "CN", "GB")]


def test_a_superlative_inside_a_quoted_title_does_not_unname_the_gathering():
    record = extract("由湖光論壇基金會主辦的「美中台三角關係最新發展及其前景」國會山莊演講座談會,將於27日在國會山莊舉行。",
                     published="2026-01-14")
    assert [e.names[0] for e in record.events] == ["「美中台三角關係最新發展及其前景」國會山莊演講座談會"]


def test_gatherings_held_that_day_take_its_date():
    record = extract("11月8日上午,2021湖光华侨高峰论坛在上海举行。当天下午,还举行了湖光华侨贸易服务论坛和湖光华侨法律保障与服务论坛。",
                     published="2021-11-09")
    assert sorted((e.names[0], e.start_date) for e in record.events) == [
        ("2021湖光华侨高峰论坛", "2021-11-08"), ("湖光华侨法律保障与服务论坛", "2021-11-08"), ("湖光华侨贸易服务论坛", "2021-11-08")]


def test_a_counted_list_of_gatherings_held_takes_the_host_and_the_date():
    record = extract("为协助企业争取商机,湖光贸发局将在4月下旬举办7项展览及会议,包括香港湖光家纺展、香港湖光时装节、香港湖光礼品展。",
                     published="2024-04-02")
    names = {o.id: o.names[0] for o in record.organizations}
    assert sorted((e.names[0], e.start_date, tuple(names[h] for h in e.hosts)) for e in record.events) == [
        ("香港湖光家纺展", "2024-04", ("湖光贸发局",)), ("香港湖光时装节", "2024-04", ("湖光贸发局",)),
        ("香港湖光礼品展", "2024-04", ("湖光贸发局",))]
