"""Constructions of the fourteenth unseen-text round (issue 9), on sentences written for these tests.

English: a title-case topic after "Conference on" ends before "in <city>" and "on <day>", which
place and date the gathering ("on Security in Europe" goes on); a quoted name between an edition
(and lower-case words) and a lower-case head ("The 7th state-level ‘Lake Agro’ exhibition") names
the gathering; "the first exhibition of Uzbekistan’s national goods" runs past the possessive;
people counted at a named gathering ("250 delegates from 28 countries at the X") say it took place;
"host country X" places it; a dateline closed by a full stop ("BAKU, Azerbaijan, May 18. ") gives
the report's city; a capitalised connector inside a title-case name ("Fair For Trade in Services")
goes on; "the successful conclusion of the X" says the X took place; "The following day, on 11
March, A attended X" dates X; a place word inside a quoted title ("‘Lake Agra’") does not place the
gathering; "a seminar held by X in Tokyo on “Y”" is named by its quoted title; "will today
inaugurate the X" and "Next month, A will … participate in X" date X; "held in Hanoi on May 23 by
A" makes A host; "the Ministry of X and its Academy for Y" makes the academy part of the ministry;
envoys named by their country alone in a sentence about who takes part ("participating artists …
including Ambassador of Malta", "The ambassadors of Pakistan and Turkey inaugurated X") bring it;
"A hosted a one-day exhibition" after the one exhibition named before is that exhibition; "the X
Association or XA, host to the conference held …" hosts it; a weekday after a name's year or place
("at Expo 2023 Doha Sunday") is no part of the name, and the city in the name places an event the
text places only in that city's country; "The X National Day was celebrated on June 16" reports
the day as a gathering; "the 2018 X Congress" and "the FDI X Congress 2018" are one event; "the
event was officially opened" says the article's one event took place. Names: a region
after "in" ends a headed name's topic ("… Measures in Asia (CICA)", "… in Latin America and the
Caribbean"), a city does not; two heads joined by a slash ("Exhibition /Conference") and an
edition-led name joined by "and" ("the 16th Pak Lake and Healthcare Exhibition") are one name; a
name closed by its holding body ("X Conference of the Y Chamber of Commerce (YCC)") also names the
gathering alone; a headline's "Intl" is the body's "International".
Chinese: a title is any run of modifiers (永久, 名誉, 署理, 总, 副 …) before an official's title
("永久名誉会长", "署理总会长"); honours before a name ("拿督黄烈芳") are not part of it; names listed
after an official's ("顾问A、B、C出席") hold the same post; the next item of a list whose title names
no body ("X委员会主席A、副主席B", "X会A主席伉俪、B副主席伉俪") holds it at the same body, but a title
after another person's name ("A局张某局长、B会顾问X") is no post of the next item's. "中华民国105年"
(a year in the Republic's calendar) opens a gathering's name. Places: "专家学者齐聚汉中" places the
sentence's gathering; "一连两日假湾仔…会议展览中心举行" (假: at a venue) places it; "在智利首都…举行" is in
the country's capital; "抵达俄国圣彼得堡出席X" takes the city over its country; 庙会 and 双年会 head gatherings.
Names: a lunar year (壬寅年, 蛇年) and a year counted in the Republic's calendar after its name
("中华民国台湾114年") open a gathering's name, and the Republic's year gives a date without one its
year ("中华民国105年国庆酒会" on "10月6日" is 2016-10-06). Places: Taiwanese and other common names
of countries and cities the gazetteer lacked (多明尼加, 教廷, 华府, 泰京, 檀香山, 迈阿密, 宿雾). A headline's
gathering whose name ends like the body's beyond the head ("A商会国庆晚会" and "…114年双十国庆晚会") is one event.
A gathering's name followed by an officer's title ("湖光议员恳谈会(简称湖光恳)干事长A") is a body's, no
gathering (but "X峰会主席国" is the summit's presidency). "此次药交会" is the event whose name ends so
("樟树第37届全国药交会"); a numeral inside a coined word ("葡光十色艺术家作品展") stays in the name. A wire
release's dateline ("北京2019年11月22日 /美通社/ --") dates and places the report, and "X如期而至" holds X. Roles: an evening, a bracketed day, a bare day after
its month or "online" between the host and its verb ("A20日晚举行X", "A昨(23日)在…举行X", "A在线举行X");
a university's 学系 is a body. Lists: the names an arranging verb lists ("本届医博会…精心设置A、B、C等") are
the gathering's parts, but not a name inside another noun ("设置“1+6+6+N”活动框架"); an adverb and verb
opening such a list ("精心设置") are no part of the first name.
"""

from __future__ import annotations

import pytest
from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import extract


# -- English ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name, city, start", [
    ("Delegates attended the Global Conference on Lake Ecology in Vienna on Monday.",
     "Global Conference on Lake Ecology", "Vienna", "2019-04-29"),
    ("Delegates attended the Conference on Security in Europe in Vienna.",
     "Conference on Security in Europe", "Vienna", None),
])
def test_a_topic_ends_before_the_city_and_the_day(extractor, sentence, name, city, start):
    found = en_event(run(extractor, "Lake news\n" + sentence, published="2019-05-03"), name)
    assert (found["city"][0], found["start_date"]) == (city, start)


def test_a_quoted_name_between_an_edition_and_a_lower_case_head(extractor):
    record = run(extractor, "Farm news\nThe 7th state-level ‘Lake Agro’ exhibition will be inaugurated today in "
                            "Aurangabad.", published="2022-11-17")
    found = en_event(record, "7th state-level ‘Lake Agro’ exhibition")
    assert "Lake Agro" in found["names"] and found["start_date"] == "2022-11-17"


@pytest.mark.parametrize("text", [
    "Book news\nShe wrote a book called ‘Lake Agro’ last year in Aurangabad.",  # a quoted book title
    "App news\nThe app allows attendees to Create Your Conference on the phone.",  # an infinitive after attendees
])
def test_no_gathering(extractor, text):
    assert run(extractor, text, published="2016-09-03")["events"] == []


def test_a_name_runs_past_a_possessive(extractor):
    record = run(extractor, "Trade news\nMore than 160 companies took part in the first exhibition of Uzbekistan’s "
                            "national goods, which opened in Dushanbe on April 17.", published="2017-04-18")
    assert en_event(record, "first exhibition of Uzbekistan’s national goods")["start_date"] == "2017-04-17"


def test_people_counted_at_a_gathering_and_the_host_country(extractor):
    record = run(extractor, "Education news\nThere were 250 delegates from 28 countries at the first Global "
                            "Conference on Lake Studies, more than a third of them from outside host country "
                            "South Africa.", published="2016-09-03")
    assert en_event(record, "Global Conference on Lake Studies")["country"] == "ZA"


def test_a_dateline_closed_by_a_full_stop(extractor):
    record = run(extractor, "BAKU, Azerbaijan, May 18. The 27th Lakeside Food Industry Exhibition was opened by the "
                            "minister of agriculture.", published="2022-05-18")
    assert en_event(record, "27th Lakeside Food Industry Exhibition")["city"][0] == "Baku"


def test_a_capitalised_connector_inside_a_name(extractor):
    record = run(extractor, "Fair news\nThe firms will attend the Lakeside International Fair For Trade in Services in "
                            "Beijing in May.", published="2019-12-20")
    assert en_event(record, "Lakeside International Fair For Trade in Services")["city"][0] == "Beijing"


def test_the_conclusion_of_a_gathering_says_it_took_place(extractor):
    record = run(extractor, "Week news\nThe minister announced the successful conclusion of the Lakeside Diplomacy Week "
                            "Exhibition in the Science Museum.", published="2024-02-29")
    assert en_event(record, "Lakeside Diplomacy Week Exhibition")


def test_a_date_after_a_relative_day_opening_the_sentence(extractor):
    record = run(extractor, "Festival news\nThe following day, on 11 March 2016, the consul attended the Lakeside "
                            "Luncheon Reception at the governor's residence.", published="2016-03-20")
    assert en_event(record, "Lakeside Luncheon Reception")["start_date"] == "2016-03-11"


def test_a_place_word_inside_a_quoted_title_places_nothing(extractor):
    record = run(extractor, "Farm news\nThe 7th state-level ‘Lake Agra’ exhibition will be held between November 17 "
                            "and 20.", published="2022-11-16")
    assert en_event(record, "Lake Agra")["city"] is None


def test_a_seminar_held_by_a_body_on_a_quoted_title(extractor):
    record = run(extractor, "Embassy news\nAddressing a seminar held by the Pakistan Embassy in Tokyo on “Promoting "
                            "Lakeside Cooperation between Pakistan and Japan” to mark the anniversary, the ambassador "
                            "spoke.", published="2017-05-10")
    found = en_event(record, "Promoting Lakeside Cooperation between Pakistan and Japan")
    assert found["city"][0] == "Tokyo" and org_names(record, found["hosts"]) == {"pakistanembassyintokyo"}


@pytest.mark.parametrize("sentence, name, start", [
    ("The president will today inaugurate the 3rd Meeting of the Lakeside Conference on Population.",
     "3rd Meeting of the Lakeside Conference on Population", "2019-05-09"),
    ("Next month, the ambassador will lead a delegation of business leaders to participate in 'Lakeside Investment "
     "Summit', the consul added.", "Lakeside Investment Summit", "2019-06"),
])
def test_a_date_before_a_verb_of_opening_or_taking_part(extractor, sentence, name, start):
    assert en_event(run(extractor, "News\n" + sentence, published="2019-05-09"), name)["start_date"] == start


def test_held_in_a_place_on_a_day_by_a_host(extractor):
    record = run(extractor, "News\nThe Lakeside Seminar was held in Hanoi on May 23 by the Vietnam-US Lakeside Society.",
                 published="2019-05-24")
    assert org_names(record, en_event(record, "Lakeside Seminar")["hosts"]) == {"vietnamuslakesidesociety"}


def test_a_body_and_its_unit(extractor):
    record = run(extractor, "News\nThe Lakeside Seminar was organised by the Ministry of Lakes of Ruritania and its "
                            "Academy for Lakeside Officials (ALO).", published="2019-05-24")
    academy = next(o for o in record["organizations"] if "ALO" in o["names"])
    assert org_names(record, [academy["part_of"]]) == {"ministryoflakesofruritania"}


@pytest.mark.parametrize("sentence, name, countries", [
    ("The participating artists of the Lakeside Exhibition are diplomats accredited in Russia, including Ambassador of "
     "Brunei Darussalam, Ambassador of the Republic of Paraguay and his spouse, and Ambassador of the Republic of Malta.",
     "Lakeside Exhibition", {"BN", "PY", "MT"}),
    ("The ambassadors of Pakistan and Turkey inaugurated the Lakeside Art Show on September 4.", "Lakeside Art Show",
     {"PK", "TR"}),
])
def test_envoys_named_by_their_country_alone_bring_it(extractor, sentence, name, countries):
    found = en_event(run(extractor, "News\n" + sentence, published="2019-11-15"), name)
    assert set(found["participant_countries"]) == countries


@pytest.mark.parametrize("text, name, host", [
    # a hosting verb's indefinite object is the event of that head named before
    ("The ambassador attended the second Diplomats’ Lakeside Exhibition on 11 November.\nThe Museum of the Lakeside "
     "Academy of Arts hosted a one-day exhibition with about 100 works.", "Diplomats’ Lakeside Exhibition",
     "museumofthelakesideacademyofarts"),
    # an appositive host
    ("“We guide,” said Dr Nico Jooste, president of the Lakeside Education Association of South Africa or LEASA, "
     "host to the Lakeside Conference held from 22-24 August in Durban.", "Lakeside Conference",
     "lakesideeducationassociationofsouthafrica"),
])
def test_hosts_named_apart_from_the_events_name(extractor, text, name, host):
    record = run(extractor, "News\n" + text, published="2019-11-15")
    assert org_names(record, en_event(record, name)["hosts"]) == {host}


def test_a_weekday_after_a_names_place_and_the_city_in_the_name(extractor):
    record = run(extractor, "News\nThe embassy of Mexico unveiled the Mexican pavilion at Lakeside Expo 2023 Doha Sunday.\n"
                            "The ceremony was attended by ambassadors from various missions in Qatar.",
                 published="2023-10-09")
    found = en_event(record, "Lakeside Expo 2023 Doha")
    assert (found["city"][0], found["country"]) == ("Doha", "QA")


def test_a_national_day_celebrated(extractor):
    record = run(extractor, "News\nThe Lakeland National Day was celebrated on June 16, when the ambassador received "
                            "guests for a dinner in Brasilia.", published="2019-06-20")
    found = en_event(record, "Lakeland National Day")
    assert (found["start_date"], found["city"][0]) == ("2019-06-16", "Brasília")


def test_one_congress_named_with_and_without_its_body(extractor):
    record = run(extractor, "Lakeside Dental Congress 2018 welcomes dentists\n\nSearch Dental News\n\nAt the 2018 "
                            "Lakeside Dental Congress opening, the president welcomed attendees.\n\nDental News\n\n"
                            "Dental News\n\nThu.\n\n6.\n\nSeptember 2018\n\nBUENOS AIRES, Argentina: Thirty years "
                            "after it was first held in the country, the FDI Lakeside Dental Congress (LDC) has returned "
                            "to Buenos Aires. Last night, the event was officially opened with dances.")
    assert len(record["events"]) == 1


@pytest.mark.parametrize("sentence, name", [
    ("The 8th Plenary Meeting of the Business Council of the Conference on Lakeside Measures in Asia (CLMA) was held "
     "in Baku.", "8th Plenary Meeting of the Business Council of the Conference on Lakeside Measures in Asia (CLMA)"),
    ("The two-day 16th Pak Lake and Healthcare Exhibition /Conference (PLE) starts here at the Expo Centre today.",
     "16th Pak Lake and Healthcare Exhibition /Conference (PLE)"),
    ("The 33rd Lakeside Achievements Conference of the Rawalpindi Chamber of Commerce & Industry (RCCI) was held in "
     "Colombo.", "33rd Lakeside Achievements Conference"),
])
def test_name_boundaries(extractor, sentence, name):
    assert en_event(run(extractor, "News\n" + sentence, published="2024-02-21"), name)


def test_a_city_after_in_is_no_part_of_a_topic(extractor):
    record = run(extractor, "News\nThe Conference on Lakeside Measures in Baku was held on May 2.", published="2024-05-03")
    assert en_event(record, "Conference on Lakeside Measures")["city"][0] == "Baku"


def test_a_headlines_abbreviation_is_the_bodys_word(extractor):
    record = run(extractor, "17th Intl Lakeside Trade Fair opens\n\nThe 17th International Lakeside Trade Fair opened in "
                            "Karachi on Monday.", published="2019-03-05")
    assert len(record["events"]) == 1


def test_countries_listed_with_an_article_and_as_exhibitors(extractor):
    record = run(extractor, "News\nOverseas guests from 79 countries attended the Expo 2017 in Dongguan. Iran, Romania, "
                            "Russia and Mongolia, set up their exhibition pavilions at the Maritime Lakeside Expo for the "
                            "first time. There were participations from 11 countries including Egypt, Jordan, the UK, "
                            "Germany, and Oman.", published="2017-09-25")
    assert len(record["events"]) == 1
    assert set(record["events"][0]["participant_countries"]) >= {"IR", "RO", "RU", "MN", "EG", "JO", "GB", "DE", "OM"}


def test_held_in_conjunction_with_and_a_quoted_title_closing_a_name(extractor):
    record = run(extractor, "News\nDelegates will attend the Lakeside Business Forum to be held in Colombo from 12-14 "
                            "November in conjunction with the Lakeside Heads of Government Meeting (LHOGM).",
                 published="2013-10-01")
    assert en_event(record, "Lakeside Heads of Government Meeting")
    record = run(extractor, 'News\nTEHRAN, Jul. 27 (MNA) – Unveiling Ceremony of "Lakeside Handmade Carpet Tableau" was '
                            "held at the Iranian Embassy in Japan on Tuesday.", published="2021-07-27")
    assert en_event(record, 'Unveiling Ceremony of "Lakeside Handmade Carpet Tableau"')


def test_a_purpose_in_title_case_after_to(extractor):
    record = run(extractor, "News\nThe 15th International Workshop to Coordinate Lakeside Disaster Relief was jointly "
                            "organised by the OPCW in Antalya.", published="2015-07-20")
    assert en_event(record, "15th International Workshop to Coordinate Lakeside Disaster Relief")
    record = run(extractor, "Lakeside Investment Forum To Be Held In Lahore\n\nThe Lakeside Investment Forum will be "
                            "held in Lahore on Monday.", published="2015-07-20")
    assert [e["names"][0] for e in record["events"]] == ["Lakeside Investment Forum"]


# -- Chinese ---------------------------------------------------------------------------------------

def _roles(record) -> set[tuple[str, str, str]]:
    orgs = {o.id: o.names[0] for o in record.organizations}
    return {(p.names[0], r.title, orgs[r.org]) for p in record.people for r in p.roles}


def test_modifiers_before_an_officials_title_and_honours_before_a_name():
    record = extract("湖光华人总会永久名誉会长拿督黄烈芳、署理总会长林家全出席晚宴。")
    assert _roles(record) == {("黄烈芳", "永久名誉会长", "湖光华人总会"), ("林家全", "署理总会长", "湖光华人总会")}


def test_names_listed_after_an_official_share_the_post():
    record = extract("中国湖光联合会顾问池明湖、魏需远、谭国森出席。")
    assert _roles(record) == {(n, "顾问", "中国湖光联合会") for n in ("池明湖", "魏需远", "谭国森")}


@pytest.mark.parametrize("text, expected", [
    ("中国湖光器械协会理事长吴立新、秘书长张海和北京大学教授李明出席。",
     {("吴立新", "理事长", "中国湖光器械协会"), ("张海", "秘书长", "中国湖光器械协会"), ("李明", "教授", "北京大学")}),
    ("北京市旅游局张明局长、中国侨联顾问刘海、魏远出席。",
     {("张明", "局长", "北京市旅游局"), ("刘海", "顾问", "中国侨联"), ("魏远", "顾问", "中国侨联")}),
    ("湖南大学王建国校长伉俪、刘志强副校长伉俪出席。",
     {("王建国", "校长", "湖南大学"), ("刘志强", "副校长", "湖南大学")}),
])
def test_the_next_item_of_a_list_holds_its_post_at_the_same_body(text, expected):
    assert _roles(extract(text)) == expected


def test_the_calendar_of_a_year_opens_the_name():
    record = extract("湖光新闻\n驻日代表处于10月6日在东京帝国饭店举办中华民国105年国庆酒会,约2000人出席。", published="2016-10-07")
    found = [e for e in record.events if "中华民国105年国庆酒会" in e.names]
    assert found and (found[0].start_date, found[0].city[0]) == ("2016-10-06", "Tokyo")


@pytest.mark.parametrize("text, name, city", [
    ("第四届湖光文学研讨会9月20日开幕,55所高校近70位专家学者齐聚汉中,围绕汉代文学展开研讨。", "第四届湖光文学研讨会", "Hanzhong"),
    ("由香港特别行政区政府主办的第八届湖光高峰论坛正式揭幕,一连两日假湾仔香港会议展览中心举行。", "第八届湖光高峰论坛", "Hong Kong"),
    ("1月12日,中国新春湖光庙会在智利首都中国公园举行。", "中国新春湖光庙会", "Santiago"),
    ("湖光学会代表团共32人,抵达俄国圣彼得堡出席欧洲湖光学会第21届双年会。", "欧洲湖光学会第21届双年会", "Saint Petersburg"),
])
def test_where_a_gathering_is_held(text, name, city):
    found = [e for e in extract("湖光新闻\n" + text, published="2023-09-21").events if name in e.names]
    assert found and found[0].city[0] == city


@pytest.mark.parametrize("text, name", [
    ("1月25日上午,中国驻马来西亚使馆在线举行庆祝壬寅年新春招待会。", "壬寅年新春招待会"),
    ("湖光商会10月18日于东伦敦市举办中华民国台湾114年双十国庆晚会。", "中华民国台湾114年双十国庆晚会"),
])
def test_years_of_other_calendars_open_a_name(text, name):
    assert [e for e in extract("湖光新闻\n" + text, published="2022-01-25").events if name in e.names]


@pytest.mark.parametrize("text", [
    "美国湖光总商会20日晚举行2017湖光投资招待会。",
    "美国湖光总商会昨(23日)在纽约隆重举行2017湖光投资招待会。",
    "美国湖光总商会在线举行2017湖光投资招待会。",
])
def test_a_time_or_a_manner_between_the_host_and_its_verb(text):
    record = extract("湖光新闻\n" + text, published="2017-06-24")
    found = [e for e in record.events if "2017湖光投资招待会" in e.names]
    assert found and {o.names[0] for o in record.organizations if o.id in found[0].hosts} == {"美国湖光总商会"}


def test_a_university_department_hosts():
    record = extract("湖光新闻\n外交与国际关系学系于4月27日在觉生国际会议厅举办“湖光和平”国际学术研讨会。", published="2018-05-10")
    found = [e for e in record.events if "“湖光和平”国际学术研讨会" in e.names]
    assert found and {o.names[0] for o in record.organizations if o.id in found[0].hosts} == {"外交与国际关系学系"}


def test_the_names_an_arranging_verb_lists_are_parts():
    record = extract("湖光新闻\n第九届湖光医药博览会在湖光会展中心开幕。本届医博会设置了22个专题活动,精心设置湖光健康产业交流大会、"
                     "中国—加拿大湖光医疗合作发展论坛、湖光企业对接会等。", published="2019-05-10")
    fair = [e for e in record.events if "第九届湖光医药博览会" in e.names][0]
    parts = {e.names[0] for e in record.events if e.part_of == fair.id}
    assert parts == {"湖光健康产业交流大会", "中国—加拿大湖光医疗合作发展论坛", "湖光企业对接会"}


def test_a_name_inside_another_noun_is_no_listed_part():
    record = extract("湖光新闻\n2023湖光数字经济大会在北京开幕。本届大会设置“1+6+6+N”活动框架,即举办一场开幕式和主论坛。",
                     published="2023-07-05")
    assert [e.names[0] for e in record.events] == ["2023湖光数字经济大会"]


def test_the_republics_year_in_a_name_dates_the_gathering():
    record = extract("湖光新闻\n驻日代表处于10月6日在东京帝国饭店举办中华民国105年国庆酒会。", published=None)
    assert [e.start_date for e in record.events if "中华民国105年国庆酒会" in e.names] == ["2016-10-06"]


@pytest.mark.parametrize("text, code", [("多明尼加", "DO"), ("教廷", "VA"), ("在华府举行", "US"), ("在泰京举行", "TH"),
                                        ("在檀香山举行", "US"), ("在迈阿密举行", "US"), ("于宿雾市举行", "PH"),
                                        ("在华盛顿举行", "US")])
def test_common_names_of_countries_and_cities(text, code):
    from kg.extract.places import get_gazetteer
    assert [p.place.country for p in get_gazetteer().find(text, "zh")] == [code]


def test_a_headlines_gathering_sharing_the_bodys_ending_is_one_event():
    record = extract("湖光商会国庆晚会 侨界欢庆双十\n\n与会人员合影\n\n湖光商会10月18日于东伦敦市举办中华民国台湾114年双十国庆晚会。",
                     published="2025-10-22")
    assert len(record.events) == 1
    assert {"中华民国台湾114年双十国庆晚会", "湖光商会国庆晚会"} <= set(record.events[0].names)


def test_a_name_followed_by_an_officers_title_is_a_body():
    record = extract("湖光新闻\n驻日代表处于10月6日在东京帝国饭店举办国庆酒会,湖光议员恳谈会(简称湖光恳)干事长古屋圭司出席。",
                     published="2016-10-07")
    assert [e.names[0] for e in record.events] == ["国庆酒会"]
    record = extract("湖光新闻\n二十国集团峰会主席国巴西于11月18日在里约热内卢举办二十国集团峰会。", published="2024-11-19")
    assert [e.names[0] for e in record.events] == ["二十国集团峰会"]


def test_this_one_by_the_end_of_its_name():
    record = extract("湖光新闻\n樟树第37届全国湖光药交会于10月18日开幕。据介绍,此次湖光药交会共提供交易面积20000多平方米。",
                     published="2006-10-19")
    assert len(record.events) == 1


def test_a_numeral_inside_a_coined_word_stays_in_the_name():
    record = extract("湖光新闻\n此次文化周在举行传统活动的同时,还将于10月9日在澳门举办第二届葡光十色艺术家作品展。",
                     published="2023-10-08")
    assert any("第二届葡光十色艺术家作品展" in e.names for e in record.events)


def test_a_wire_releases_dateline_and_arriving_as_scheduled():
    record = extract("北京2019年11月22日 /美通社/ -- 2019湖光国际商协会大会如期而至。本届大会由湖光网主办。", published=None)
    found = [e for e in record.events if "2019湖光国际商协会大会" in e.names]
    assert found and (found[0].start_date, found[0].city[0]) == ("2019-11-22", "Beijing")
