"""Constructions of the twelfth unseen-text round (issue 9), on sentences written for these tests.
English: a dateline that a colon closes ("COLOMBO, 3 July 2024: The ...") is the report's date,
not the event's; an organization after "by" before an appositive ("co-organised by X, the
week-long event ...") is an agent, not the event's name; an elided year ("Week’24") ends a
name at its head, and so does "in <place>" after the head; a state or province gives the
country (not one whose name two countries share, as Punjab); a quoted title in apposition to
a gathering ("the art exhibition, “X”") or the topic a held gathering is on ("organised an
interaction meeting with B on ‘X’") names it, and the subject before a date ("A here on
Thursday organised") hosts it, on that date; a page's date label restated in words is the
page's, not an event's; "its 17th X Expo and Trade Fair", one entity to the NER, is one event;
an event's name inside a body's ("X Summit Organisation") mentions no event; envoys' names with
particles ("Moin ul Haque") after their title and a comma, or before it in a list ("…, A B,
Ambassador of X to Y, C D, Secretary …"), are read, and the title is the earlier name's; "the
7th session of the X Commission was held" is an event; a name ending in "Island" or "Province"
is a place, never a host; "X Expo Dubai" ends in its place; "on the first day of the expo" and
"on the margins of" make parts; "X Conference" and "X Conference & Expo", "2023 National Day" and
"the 2023 National Day celebration" are one event; a head glued to a brand in camel case
("DefExpo") heads a name; "Curtains came down on X on Thursday" ends X; "events like A, B and
C were organized" lists events; a name NER takes for a place no gazetteer knows can head an
appositive ("the Texworld, the premier textile B2B exhibition"); hyphenated envoys' names
("Moin-ul-Haque") are read; a country's pavilion takes part for it, unless the event is in that
country; "this year's event" refers to the event named; a body NER takes for a place but whose
name ends in an organization's head ("the Bay Area Council") co-hosts; "a webinar on “X”" is
also named X; a line that is only a date is the page's stamp; a mission's place before the verb
("the Consulate General in Toronto organised a webinar") does not place the event; "competitions
such as A, B" lists no events; an official's name before a description ("Consul General A, the
driving force behind the festival") and a name in a list of names ("A B, C Exhibition, D E") are
no events; a weak head names a gathering one is "at" ("stood out at the Day of Diplomats in
Ashgabat"); "the event" is the one the article reports, not one it names on the way; a place
right after a holding verb belongs to the sentence's one event, even named later ("conferences
kicked off Monday in San Francisco, as … the 22nd X Conference"), and so does a day right after
one ("kicked off Monday"); "On October 17, 2017 A hosted the X" dates X without a comma, and "On August 20, A joined the
“X”" dates X; "X or simply, ABC" gives X a short name the text then uses ("ABC officially opened
its doors last October 11"). a page's
"date 2023-09-08" line after the headline opens the body, so its dateline is read, and an
ambassador whose posting nothing else gives is posted where the report is datelined; "The meeting,"
opening a sentence refers to the reported event when no meeting is named, and "the United
Kingdom government" is a body.
Chinese: regional frames the tagger
splits (印|太, 中|拉) stay inside a name; 餐会 and 午宴 head gatherings; a forum's annual
session ("X论坛2016年会") is the forum's edition, not a part of it; 子论坛 is a generic head like
分论坛; guest countries of honour ("担任主宾国,分别为A、B", "A和B担任…主宾国") take part, and so
does the country of a mission that hosts an event; "合作举办" makes co-hosts, a list goes on over
",以及", a last "相关单位" names no body, and "A在X举办<an unnamed gathering>" makes A no host of
X (but "A举办了本届X" does); "这项…的X会议" refers to the gathering named before; 筹办 makes
organizers; an envoy's name the tagger glues to "阁下" is read; a day before "的" dates the
gathering after it ("出席今晚的招待会"), and 今晚 is the publication's day; an edition before a quoted
activity names it ("第一届“X”活动"); quoted names listed after "还安排了N个会议及论坛,包括" are parts; firms counted
before a comma come from the countries after it ("参展企业700多家,分别来自A、B等16个国家"); the
countries before a group's count of their missions take part ("A、B东盟7国驻广州总领事馆官员出席"), and
so do those of ministers-counsellors and counsellors posted there ("西班牙驻华公使"); countries
before the join verb go to the event named after it when none is named before; a body and its
verb open no name ("驻西班牙代表处办理庆祝…国庆酒会"); the tagger's time word 双十国庆 stays in a name; an
ambassador with no posting is posted where the report is datelined.
Pinyin glosses a copied page puts after characters
("中關(guan) 村", "網(wǎng)") are dropped on load, and a page without a date takes the one its address
holds."""

from __future__ import annotations

import json

import pytest
from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract, org_names as zh_org_names

from kg.extract import get_extractor
from kg.load import load_articles
from kg.load.glosses import drop_pinyin_glosses


# -- English ---------------------------------------------------------------------------------------

def test_a_dateline_closed_by_a_colon_dates_the_report_not_the_event(extractor):
    record = run(extractor, "Lakeside fair ends\n\nHILLTOWN, Feb 10, 2025: The Lakeside Book Fair 2025 concluded on "
                            "Sunday after nine days. It was organised by the Lakeside Book Trust.")
    fair = en_event(record, "Lakeside Book Fair 2025")
    assert (fair["start_date"], fair["end_date"]) == ("2025-02-01", "2025-02-09")


def test_an_elided_year_and_a_state_after_the_head(extractor):
    record = run(extractor, "Energy week opens\n\nThe minister inaugurated the Lakeside Energy Week’24 in Goa on "
                            "Tuesday.", published="2024-02-08")
    week = en_event(record, "Lakeside Energy Week")
    assert (week["country"], week["start_date"]) == ("IN", "2024-02-06")


def test_a_state_two_countries_share_gives_no_country(extractor):
    record = run(extractor, "Expo opens\n\nThe minister inaugurated the Lakeside Energy Expo in Punjab on Tuesday.",
                 published="2024-02-08")
    assert en_event(record, "Lakeside Energy Expo")["country"] is None


def test_a_quoted_title_in_apposition_names_the_gathering(extractor):
    record = run(extractor, "Envoy opens exhibition\n\nThe High Commissioner on Wednesday inaugurated the art "
                            "exhibition, \"Father of Lakes: Hill Art Through the Eyes of A Painter\" here at the Lake "
                            "House in London.", published="2019-10-23")
    show = en_event(record, "Father of Lakes: Hill Art Through the Eyes of A Painter")
    assert (show["city"][0], show["start_date"]) == ("London", "2019-10-23")


def test_the_topic_a_held_gathering_is_on_names_it(extractor):
    record = run(extractor, "Interaction on ‘Doing Business in Hilltown’ held in Madurai\n"
                            " date 2023-09-23 September 23, 2023 12:20 am | Updated 12:20 am IST - MADURAI\n\n"
                            "The Lakeside Chamber of Commerce here on Thursday organised an interaction meeting in "
                            "association with the Hill Commercial Service on ‘Doing Business in Hilltown’.",
                 published="2023-09-23")
    meeting = en_event(record, "Doing Business in Hilltown")
    assert org_names(record, meeting["hosts"]) == {"lakesidechamberofcommerce"}
    assert org_names(record, meeting["co_hosts"]) == {"hillcommercialservice"}
    assert meeting["start_date"] == "2023-09-21"


def test_an_expo_and_trade_fair_the_ner_reads_as_one_is_one_event(extractor):
    record = run(extractor, "The Central Lakeside Chamber of Commerce in collaboration with the Ministry of Tourism on "
                            "Friday launched its 17th Lakeside Expo and Trade Fair.", published="2023-09-10")
    assert [e["names"][0] for e in record["events"]] == ["17th Lakeside Expo and Trade Fair"]


def test_an_events_name_inside_a_bodys_mentions_no_event(extractor):
    record = run(extractor, "Officials convened at the Ambassadors Forum in Dubai, organised by the Lakeside Government "
                            "Summit Organisation in partnership with the Ministry of Foreign Affairs. The forum discussed "
                            "the upcoming Lakeside Government Summit.", published="2022-09-10")
    forum = en_event(record, "Ambassadors Forum")
    assert org_names(record, forum["co_hosts"]) == {"ministryofforeignaffairs"}


@pytest.mark.parametrize("text", ["Lakeland’s Ambassador in China, Moin ul Haque, inaugurated the Lakeland Pavilion at "
                                  "the Sichuan Lakeside Expo in Chengdu.",
                                  "The Sichuan Lakeside Expo opened in Chengdu. It was attended by Abdul Razak Dawood, "
                                  "Adviser to the Prime Minister, Moin ul Haque, Ambassador of Lakeland to China, Ahsan Ali "
                                  "Mangi, Secretary of the Lakeland Trade Authority, and other officers."])
def test_an_envoy_whose_name_has_particles(extractor, text):
    record = run(extractor, text.replace("Lakeland", "Pakistan"), published="2023-10-30")
    envoys = [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"] if p["ambassador_of"]]
    assert envoys == [("Moin ul Haque", "PK", "CN")]


@pytest.mark.parametrize("text, published, name, expected", [
    ("Lakeland, Hillland hold joint commission talks\n\nISLAMABAD, June 12, 2023 - The 7th session of the "
     "Lakeland-Hillland Inter-Governmental Commission was held in Tashkent on June 10-11.", None,
     "7th session of the Lakeland-Hillland Inter-Governmental Commission", ("Tashkent", "2023-06-10", "2023-06-11")),
    ("Paris 13th Feb 2020. Twenty one Lakeland companies participated in the Texworld, the Europe’s premier textile B2B "
     "exhibition held in Paris from 10th to 13th of this month.", "2020-02-13",
     "Texworld", ("Paris", "2020-02-10", "2020-02-13")),
])
def test_a_numbered_session_and_an_appositive_naming_a_gathering(extractor, text, published, name, expected):
    """"The 7th session of the X Commission was held"; "the Texworld, the premier textile B2B
    exhibition" (a name NER takes for a place no gazetteer knows)."""
    found = en_event(run(extractor, text, published=published), name)
    assert (found["city"][0], found["start_date"], found["end_date"]) == expected


def test_a_name_ending_in_its_place_and_a_part_on_its_first_day(extractor):
    record = run(extractor, "The Lakeside Health Expo Dubai will be held from January 27 to 30, 2025 at the Dubai World "
                            "Trade Centre. The Lakeside Investment Forum will take place on the first day of the expo.",
                 published="2024-12-01")
    expo, forum = en_event(record, "Lakeside Health Expo Dubai"), en_event(record, "Lakeside Investment Forum")
    assert (expo["start_date"], expo["end_date"]) == ("2025-01-27", "2025-01-30") and forum["part_of"] == expo["id"]


@pytest.mark.parametrize("headline, body", [
    ("LAKEX 2023 Annual Conference wraps up in Denver", "The society wrapped up a successful LAKEX 2023 Annual "
                                                        "Conference & Expo in Denver on March 1."),
    ("Diplomats join the 2023 National Day", "Foreigners were in awe at the 2023 National Day celebration in Kuala "
                                             "Lumpur on Thursday."),
])
def test_a_name_and_its_longer_form_are_one_event(extractor, headline, body):
    record = run(extractor, f"{headline}\n\n{body}", published="2023-03-02")
    assert len(record["events"]) == 1


def test_a_camel_case_head_a_closing_curtain_and_events_listed_like(extractor):
    record = run(extractor, "Gandhinagar (Gujarat) [India], October 20 (ANI): Curtains came down on the mega three-day "
                            "event LakeExpo 2022 on Thursday in Gandhinagar.\n\nDuring the LakeExpo, events like "
                            "Start-up Lakethan, Invest for Lakes and Hill Dialogue were successfully organized.",
                 published="2022-10-20")
    expo = en_event(record, "LakeExpo 2022")
    assert (expo["start_date"], expo["end_date"]) == ("2022-10-18", "2022-10-20")
    parts = {e["names"][0] for e in record["events"] if e["part_of"] == expo["id"]}
    assert parts == {"Start-up Lakethan", "Invest for Lakes", "Hill Dialogue"}


def test_a_hyphenated_envoys_name(extractor):
    record = run(extractor, "The Lakeland Pavilion opened at the Langfang Expo. The opening ceremony was graced by the "
                            "Ambassador of Pakistan to China, Moin-ul-Haque, and the pavilion includes exhibits.",
                 published="2023-05-01")
    assert [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("Moin-ul-Haque", "PK", "CN")]


@pytest.mark.parametrize("text, countries", [
    ("The Lakeside International Fair opened in Langfang on Monday. Pakistan’s national pavilion at the fair "
     "displays textiles.", ["PK"]),
    ("The Lakeside Energy Week opened in Goa on Monday. Startups showcased products in the Make in India pavilion.", []),
])
def test_a_countrys_pavilion_takes_part(extractor, text, countries):
    record = run(extractor, text, published="2023-05-02")
    assert record["events"][0]["participant_countries"] == countries


def test_a_webinar_on_a_quoted_topic_a_date_line_and_a_missions_place(extractor, tmp_path):
    page = tmp_path / "webinar.txt"
    page.write_text("Lakeland body holds webinar on leather exports\n\n17 Mar 2021\n\nKARACHI: The Lakeland Trade "
                    "Authority in collaboration with the Consulate General of Pakistan in Toronto, Canada organised a "
                    "webinar on “Lakeland leather exports to Canada” on March 15.\n", encoding="utf-8")
    article = next(iter(load_articles([page])))
    record = next(iter(extractor.pipe([article]))).to_dict()
    webinar = en_event(record, "Lakeland leather exports to Canada")
    assert (record["article"]["published"], webinar["start_date"], webinar["city"]) == ("2021-03-17", "2021-03-15", None)


def test_competitions_such_as_list_no_events(extractor):
    record = run(extractor, "The Lakeside Food Expo opened on October 11. Students battled it out in competitions such as "
                            "Table Set-Up, Fruit Carving and Cake Decorating, which were held at the expo.",
                 published="2018-10-12")
    assert [e["names"][0] for e in record["events"]] == ["Lakeside Food Expo"]


@pytest.mark.parametrize("sentence", [
    "Indian Consul General Arun Lake, the driving force behind the festival, said the group was formed last year.",
    "The delegation including Fahad Lake, Canonier Exhibition, Aminur Hill and Shamreez Iqbal visited the embassy.",
])
def test_a_person_before_a_description_or_in_a_list_is_no_event(extractor, sentence):
    record = run(extractor, f"The Lakeside Asia Festival opened in Osaka on Sunday. {sentence}", published="2023-10-02")
    assert [e["names"][0] for e in record["events"]] == ["Lakeside Asia Festival"]


def test_a_weak_head_a_body_was_at(extractor):
    record = run(extractor, "The British Embassy’s stand stood out at the Day of Lakes in Ashgabat.", published="2020-02-20")
    assert en_event(record, "Day of Lakes")["city"][0] == "Ashgabat"


def test_a_place_after_a_holding_verb_is_the_one_events(extractor):
    record = run(extractor, "One of biotech’s most popular conferences kicked off Monday in San Francisco, as over 3,000 "
                            "attendees gathered for the 22nd International Lake Medicine Tri-Conference.",
                 published="2015-02-16")
    conference = en_event(record, "22nd International Lake Medicine Tri-Conference")
    assert (conference["city"][0], conference["start_date"]) == ("San Francisco", "2015-02-16")


def test_a_fronted_day_and_a_guest_who_joined(extractor):
    record = run(extractor, "On August 20, Consul General Lake joined the “Lakeland Japan Festival” which was held at the "
                            "Asian American Resource Center in Austin.", published="2022-08-27")
    assert en_event(record, "Lakeland Japan Festival")["start_date"] == "2022-08-20"


def test_a_short_name_given_after_or_simply(extractor):
    record = run(extractor, "Cebu City witnesses the recently-unveiled Lakeside Food and Beverage Exposition or simply, "
                            "LAFBEX. LAFBEX officially opened its doors to the public last October 11 at the Trade Hall.",
                 published="2018-10-12")
    assert en_event(record, "LAFBEX")["start_date"] == "2018-10-11"


def test_a_fronted_day_without_a_comma(extractor):
    record = run(extractor, "On October 17, 2017 the Lakeside College of Law hosted the XIII Annual Symposium on Lake Trade.")
    assert en_event(record, "XIII Annual Symposium on Lake Trade")["start_date"] == "2017-10-17"


def test_a_date_label_line_opens_the_body_and_an_envoy_is_posted_at_the_dateline(extractor):
    record = run(extractor, "Lakeland, US discuss trade ties\n\n date 2023-09-08 ISLAMABAD-The United States and "
                            "Lakeland on Thursday discussed trade.\n\nUS Ambassador Donald Lake called on the Federal "
                            "Minister for Commerce.", published="2023-09-08")
    assert [(p["names"][0], p["ambassador_of"], p["posted_to"]) for p in record["people"]] == [("Donald Lake", "US", "PK")]


@pytest.mark.parametrize("text, name, role, bodies", [
    ("The Lakeside Tech Week wrapped up in Nairobi yesterday. Hosted by the Lakeside Alliance and co-organised by the "
     "Hill Development Programme, the week-long event featured panels.",
     "Lakeside Tech Week", "co_hosts", {"hilldevelopmentprogramme"}),
    ("Lake Island will host the First International Congress of Lake Sciences from November 20 to 23. The congress is "
     "organized by the Lake Free Zone Organization.",
     "First International Congress of Lake Sciences", "hosts", {"lakefreezoneorganization"}),
    ("The 8th edition of the Lakeside Halal Expo is set to start on November 25 in Istanbul. The Expo will be held "
     "concurrent with the 7th World Lake Summit. Organized in cooperation with the Lakeside Trade Centre, the event will "
     "run for three days.",
     "8th edition of the Lakeside Halal Expo", "co_hosts", {"lakesidetradecentre"}),
    ("The 2023 China-Lakeland Business Forum was held in Los Angeles on Monday. This year's event is co-hosted by the "
     "Chinese Consulate General in Los Angeles, the Bay Area Council, and the Lakeland Chamber of Commerce.",
     "2023 China-Lakeland Business Forum", "co_hosts", {"bayareacouncil", "lakelandchamberofcommerce"}),
    ("Some 120 delegates attended the Future of Lake Security Summit in London on Thursday.\n\nThe meeting, co-hosted "
     "by the United Kingdom government and the International Lake Agency (ILA), will continue on Friday.",
     "Future of Lake Security Summit", "co_hosts", {"unitedkingdomgovernment", "internationallakeagency"}),
])
def test_the_bodies_of_the_reported_event(extractor, text, name, role, bodies):
    """An agent before an appositive names no event; an island is a place, not a host; "the
    event", "this year's event" and "The meeting," are the reported event; a council NER takes
    for a place and a country's government are bodies."""
    record = run(extractor, text, published="2023-10-01")
    assert org_names(record, en_event(record, name)[role]) >= bodies
    assert all(e["names"][0] != "Hill Development Programme" for e in record["events"])


# -- Chinese ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("frame", ["印太", "中拉", "泛北部湾"])
def test_a_regional_frame_the_tagger_splits_stays_in_the_name(frame):
    record = extract(f"2020年10月28日,由湖光国外交部主办的2020年{frame}商业论坛在河内开幕。")
    assert event(record, f"2020年{frame}商业论坛").city[0] == "Hanoi"


def test_a_dinner_gathering_is_an_event():
    record = extract("2024年3月27日,湖光国驻青岛总领事馆与青岛市人民对外友好协会共同举办湖青交流餐会。")
    assert event(record, "湖青交流餐会").start_date == "2024-03-27"


def test_a_forums_annual_session_is_the_forums_edition():
    record = extract("湖光论坛开幕\n\n5月28日,湖光论坛2016年会召开。市长在为湖光论坛开幕致辞时表示,合作前景广阔。")
    assert len(record.events) == 1
    assert {"湖光论坛", "湖光论坛2016年会"} <= set(record.events[0].names)
    assert record.events[0].part_of is None


def test_generic_sub_forums_name_no_event():
    record = extract("5月28日,湖光论坛2016年会召开。共有10场圆桌,14场子论坛。论坛的圆桌和子论坛承办工作首次向全球开放。")
    assert all("子论坛" not in n for e in record.events for n in e.names)


@pytest.mark.parametrize("sentence", ["本届洽谈会有三个国家担任主宾国,分别为巴西、塞尔维亚、卡塔尔。",
                                      "巴西、塞尔维亚和卡塔尔担任本届洽谈会主宾国。"])
def test_guest_countries_of_honour_take_part(sentence):
    record = extract(f"第二十三届湖光投资贸易洽谈会将于2023年9月8日至11日在厦门召开。{sentence}")
    assert set(event(record, "第二十三届湖光投资贸易洽谈会").participant_countries) >= {"BR", "RS", "QA"}


def test_a_mission_that_hosts_brings_its_country():
    record = extract("1月20日,由布基纳法索驻华大使馆、湖光商会联合主办的2025湖光新春联谊会在北京举行。")
    assert "BF" in event(record, "2025湖光新春联谊会").participant_countries


@pytest.mark.parametrize("sentence, co_hosts", [
    ("2020年印太商业论坛由美国商会、越南工商会,以及美国东盟商业理事会合作举办。", {"美国商会", "越南工商会", "美国东盟商业理事会"}),
    ("由美国政府、美国商会与越南相关单位共同举办的2020年印太商业论坛在河内举行。", {"美国政府", "美国商会"}),
])
def test_co_hosts_of_a_list_over_a_comma_or_with_a_generic_item(sentence, co_hosts):
    record = extract(f"2020年10月28日,{sentence}")
    assert zh_org_names(record, event(record, "2020年印太商业论坛").co_hosts) == co_hosts


def test_a_body_holding_an_unnamed_gathering_at_an_event_hosts_no_event():
    record = extract("2020年10月28日,2020年印太商业论坛在河内开幕。湖光外贸协会也将首次在印太商业论坛举办以湖光为主题的会议。")
    assert event(record, "2020年印太商业论坛").hosts == []


def test_a_body_holding_the_edition_referred_to_hosts_it():
    record = extract("第十届湖光国际博览会于2024年5月3日在厦门开幕。湖光商会举办了本届博览会。")
    assert zh_org_names(record, event(record, "第十届湖光国际博览会").hosts) == {"湖光商会"}


def test_a_demonstrative_description_refers_to_the_named_gathering():
    record = extract("市长今日上午主持「湖光政商高层会议」开幕礼。这项高层次的国际性经贸会议由湖光特区政府和国际贸易中心共同主办,"
                     "由湖光特区政府经济局筹办。")
    assert [e.names[0] for e in record.events] == ["湖光政商高层会议"]
    meeting = record.events[0]
    assert zh_org_names(record, meeting.co_hosts) == {"湖光特区政府", "国际贸易中心"}
    assert zh_org_names(record, meeting.organizers) == {"湖光特区政府经济局"}


def test_an_envoy_addressed_as_excellency():
    record = extract("12月9日,第四届湖光会长大会在杭州启幕。出席开幕式的有湖光公共关系协会会长沙海林,中非共和国驻华大使贝合纳阁下等。")
    assert [(p.names[0], p.ambassador_of, p.posted_to) for p in record.people if p.ambassador_of] == [("贝合纳", "CF", "CN")]


def test_tonights_reception_is_dated_by_the_publication():
    record = extract("湖光大使在2018年国庆招待会上的致辞\n\n尊敬的各位来宾,欢迎大家出席今晚的招待会,共同庆祝国庆。", published="2018-09-29")
    assert event(record, "2018年国庆招待会").start_date == "2018-09-29"


def test_an_edition_before_a_quoted_activity():
    record = extract("第一届“驻华外交官湖光文化行”活动25日在郑州拉开序幕。", published="2015-06-26")
    assert event(record, "第一届“驻华外交官湖光文化行”活动").start_date == "2015-06-25"


def test_quoted_names_an_event_arranged_includes():
    record = extract("第三届湖光装备制造业博览会9月1日在沈阳开幕。此外,本届博览会还安排了10个会议及论坛,包括“湖光装备制造业高峰论坛”、"
                     "“湖光国际品牌论坛”等。", published="2004-08-09")
    expo = event(record, "第三届湖光装备制造业博览会")
    assert {e.names[0] for e in record.events if e.part_of == expo.id} == {"湖光装备制造业高峰论坛", "湖光国际品牌论坛"}


@pytest.mark.parametrize("sentence, countries", [
    ("参展企业700多家,分别来自新加坡、德国等16个国家和地区。", {"SG", "DE"}),
    ("柬埔寨驻海口总领事馆和越南、马来西亚东盟7国驻广州总领事馆官员出席开幕式。", {"KH", "VN", "MY"}),
    ("西班牙驻华公使、哥斯达黎加驻华参赞出席开幕式。", {"ES", "CR"}),
])
def test_countries_of_firms_missions_and_diplomats_take_part(sentence, countries):
    record = extract(f"第三届湖光装备制造业博览会9月1日在沈阳开幕。{sentence}", published="2004-09-02")
    assert set(event(record, "第三届湖光装备制造业博览会").participant_countries) >= countries


def test_countries_go_to_the_event_named_after_the_join_verb():
    record = extract("湖光年会4月18日在博鳌开幕。11月20日,越南、马来西亚东盟2国驻广州总领事馆官员出席第14届“湖光—东盟国家总领事馆对话会”活动。",
                     published="2021-12-01")
    dialogue = event(record, "第14届“湖光—东盟国家总领事馆对话会”")
    assert set(dialogue.participant_countries) >= {"VN", "MY"}
    assert event(record, "湖光年会").participant_countries == []


def test_a_body_and_its_verb_open_no_name():
    record = extract("驻湖光代表处办理庆祝中华民国(台湾)113年国庆酒会\n\n驻湖光代表处10月9日在马德里举办庆祝中华民国(台湾)113年国庆酒会。",
                     published="2024-10-10")
    assert all(not n.startswith("驻") for e in record.events for n in e.names)


def test_double_tenth_national_day_stays_in_the_name():
    record = extract("驻旧金山湖光经文处周四傍晚在旧金山机场Westin酒店举办湖光双十国庆酒会,超过800人出席。", published="2023-10-06")
    assert event(record, "湖光双十国庆酒会").city[0] == "San Francisco"


def test_an_ambassador_is_posted_where_the_report_is_datelined():
    record = extract("中新网北京6月19日电 美国大使伯湖光19日会见了湖光省长。", published="2021-06-19")
    assert [(p.names[0], p.ambassador_of, p.posted_to) for p in record.people] == [("伯湖光", "US", "CN")]


# -- Loading ---------------------------------------------------------------------------------------

def test_pinyin_glosses_are_dropped_when_a_page_has_several():
    text = "2024湖關(guan) 村論壇將在永久會(hui) 址舉(ju) 辦,時間定於(yu) 4月25日。聯合國(UN)出席。"
    assert drop_pinyin_glosses(text) == "2024湖關村論壇將在永久會址舉辦,時間定於4月25日。聯合國(UN)出席。"


def test_one_bracketed_syllable_is_the_texts_own():
    assert drop_pinyin_glosses("甲方(an)与乙方签约。") == "甲方(an)与乙方签约。"


def test_a_glossed_page_gives_whole_names(tmp_path):
    page = tmp_path / "glossed.txt"
    page.write_text("湖關論壇將舉辦\n\n新華社北京3月19日電 2024湖關(guan) 村論壇將於(yu) 4月25日至29日舉(ju) 辦,包括湖關(guan) "
                    "村國際技術交易大會(hui) 等活動。\n", encoding="utf-8")
    article = next(iter(load_articles([page])))
    record = next(iter(get_extractor("zh").pipe([article])))
    assert event(record, "湖關村國際技術交易大會")


@pytest.mark.parametrize("url, published", [
    ("https://news.example.com/20040809/n221422914.shtml", "2004-08-09"),
    ("https://example.com/html/xinwen/2014/1010/2817.html", "2014-10-10"),
    ("https://example.com/p/12345678.html", None),
])
def test_a_page_without_a_date_takes_its_addresss(tmp_path, url, published):
    lines = tmp_path / "pages.jsonl"
    lines.write_text(json.dumps({"id": "a", "url": url, "text": "湖光论坛开幕\n\n8月31日,第三届湖光论坛在沈阳开幕。"},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    assert next(iter(load_articles([lines]))).published == published
