"""Constructions of the fifteenth unseen-text round (issue 9), on sentences written for these tests.

English: an opening quote after a full stop opens the next sentence (so the sentence before it
ends in its full stop and counts as body text); an indefinite description before a name in
apposition ("organised a cultural evening, the Lakeside Fest") leaves the name close to the verb;
"A, chair of B, the host of the congress" and "A, one of the co-hosts of the event" give B and A
their roles; "was organised by X … last month" dates the event even when X is a "mission"; "11 to
14 of June" is a range; "In time for the 75th Anniversary of X, A organized" makes A, not the
anniversary, the organizer; "the Indian mission" (a demonym and a mission, embassy or consulate) is
a body; a moment named alone ("The Opening Ceremony was inaugurated with …") is no gathering of its
own when the article names another; a "Mart" heads a gathering ("the SCO Tourism Mart"); a name that defines its abbreviation before a lower-case head ("the World
Lake Federation (WLF) summit") names a gathering; "Opening Ceremony of the Conference" is the
conference's moment; a name ends before "for the Indian community" (a demonym before a common noun);
a gathering's title-case topic goes on over "through", "towards" and the like ("Conference on Breaking
Barriers through Diversity and Inclusion"); a quoted title after a capitalised kind ("an Art/Photo
Exhibition titled “Journey of X”") names the gathering, and the body that organized it hosts it; a
quoted theme a gathering is "on" ("the X Forum on the “Dialogue for Peace: …”") is no gathering; "organized by
the government of Azerbaijan, in partnership with A" makes the government (in lower case too) the host
and A a co-host; a date opening the sentence dates the gathering a person chaired, addressed, spoke at
or took part in; "chaired the second meeting of the X Consuls" names a gathering (an edition, its head
and the body it is of), and its name ends before a participle ("… Consuls falling under …"); a quoted
theme after "themed" or "motto" is no gathering; a gathering other than the article's main one, with
no edition, that the text gives only a place or a country (no date, host, part or verb saying it
took place) is mentioned in passing; a name after an officer's title ("as the current Chair of the IORA
Business Forum (IORBF)") is a body, neither a gathering nor the host; "Dialogue between A and B" is a
gathering's name; a quoted part inside a name goes on when a head follows it ("Conference of Tianfu
New Area “Belt and Road” Alliance of Chambers of Commerce"); "Thursday the 12th of November" is that day;
a short quoted name whose words a place splits ("A ‘Made in Lakeland’ exhibition") names the gathering
of the lower-case head after it; "The theme for this Congress, ‘X’" gives a theme, no name; a reference may
carry four modifiers ("The two-day mega food international event … is being organised by X"); in
"Organized by A, which is part of B, and hosted by C, the Congress …" the list after "hosted by" ends
before the event it is about (C hosts, A organizes); "organises its flagship 14-day X" makes the
body the host, and "which will culminate on November 27" ends the gathering; a name with no edition or
year after "be held … at" is the venue ("at Lakeside Exposition Mart").
Chinese: "上个月," opening a sentence dates its gathering to the month before publication; 联合办理
and 办理 hold a gathering as 联合举办 and 举办 do; years counted from a founding ("建国一百年",
"建交30年") open a gathering's name as "成立75周年" does; a list item ending in a moment ("X开幕式、第五届Y论坛")
is no part of the next item's name; "本届X确定八项重大活动,分别为:A、B" makes A and B parts of X; a year in Chinese numerals with a circle for zero ("二○一二") opens a name, and
"在二○二五年会举办" holds no 年会; what an edition "newly adds" ("本届论坛新增「A」、「B」等活动") are its parts; a quoted name before 活动 or 首场活动 ("举办“2017湖滨中秋招待会”首场活动") also names the activity alone; an edition before a quoted name ending in a head ("首届“湖滨文化经贸交流周”") has
that head, so the headline's wording ("首届湖滨文化交流周") names the same event; a place and year after a dot
closing a name ("湖滨旅游经济论坛•澳门2018") are part of it and place it; a founding verb before the years
it counts opens a name ("举行建国61周年招待会"), and how a gathering is held opens none ("举行盛大国庆招待会"); 餐叙(会) heads a gathering; a point joins two
places in a name ("日本.台湾经营者团体交流会"); a role verb the tagger glued to the name's words ("和侨会合办|日本…交流会")
ends the clause's subject and opens no name; a venue after 假 ("at") is where, not who ("A与B日前假C中心举行X").
Both languages: an event placed nowhere that a mission hosts is in the city the mission's name posts it to
("中国驻累西腓总领馆", "the Consulate General of India in Frankfurt").
"""

from __future__ import annotations

import pytest
from test_extract_en import event as en_event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract


# -- English ---------------------------------------------------------------------------------------

def test_a_name_in_apposition_to_a_description(extractor):
    record = run(extractor, "Culture news\nThe Consulate General of India in Hamburg organised a cultural evening, the "
                            "Lakeside Fest, in Bremen on 29 June 2019.", published="2019-07-01")
    found = en_event(record, "Lakeside Fest")
    assert org_names(record, found["hosts"]) == {"consulategeneralofindiainhamburg"}


@pytest.mark.parametrize("sentence, role, body", [
    ("“We are ready,” Jan Berg, chair of the Lakeside Energy Council, the host of the congress, said.",
     "hosts", "lakesideenergycouncil"),
    ("Jan Berg, chair of the Lakeside Organizing Committee, one of the co-hosts of the event, spoke.",
     "co_hosts", "lakesideorganizingcommittee"),
])
def test_an_appositive_role_noun_after_a_body(extractor, sentence, role, body):
    record = run(extractor, "Energy news\nThe 9th Lakeside Energy Congress kicked off in Daegu on Sunday. " + sentence,
                 published="2013-10-13")
    assert body in org_names(record, en_event(record, "9th Lakeside Energy Congress")[role])


def test_days_to_days_of_a_month(extractor):
    record = run(extractor, "Energy news\nThe 21st Lakeside Energy Forum will be held in Lisbon between 11 to 14 of "
                            "June 2019.", published="2019-02-28")
    found = en_event(record, "21st Lakeside Energy Forum")
    assert (found["start_date"], found["end_date"]) == ("2019-06-11", "2019-06-14")


def test_a_fronted_adverbial_names_no_organizer(extractor):
    record = run(extractor, "Consulate news\nIn time for the 75th Anniversary of the Lakeside Republic, the Lakeside "
                            "Consulate General in Cebu organized a huge celebration on Sept. 27, 2024 that featured "
                            "speeches.", published="2024-10-13")
    hosts = {n for e in record["events"] for n in org_names(record, e["hosts"])}
    assert hosts == {"lakesideconsulategeneralincebu"}


def test_a_demonym_and_its_mission_host(extractor):
    record = run(extractor, "Food news\nThe Lakeside Food Festival was organised by the Indian mission in Guatemala "
                            "last month.", published="2020-03-23")
    assert org_names(record, en_event(record, "Lakeside Food Festival")["hosts"]) == {"indianmissioninguatemala"}


def test_a_mart_is_a_gathering(extractor):
    record = run(extractor, "Travel news\nThe Lakeside Tourism Mart was inaugurated by the minister on February 9 and "
                            "it culminated on February 11.", published="2023-02-12")
    found = en_event(record, "Lakeside Tourism Mart")
    assert (found["type"], found["start_date"]) == ("Exhibition", "2023-02-09")


def test_a_defined_abbreviation_before_a_lower_case_head(extractor):
    record = run(extractor, "Trade news\nThe Lakeside Chamber of Commerce is hosting the World Lake Federation (WLF) "
                            "summit in Nairobi.", published="2025-04-09")
    found = en_event(record, "World Lake Federation summit")
    assert "WLF summit" in found["names"] and found["city"][0] == "Nairobi"


def test_a_topic_goes_on_over_through(extractor):
    record = run(extractor, "Lake news\nThe International Conference on Breaking Barriers through Lake Diversity and "
                            "Inclusion will begin in Lahore on Monday.", published="2024-05-01")
    assert en_event(record, "International Conference on Breaking Barriers through Lake Diversity and Inclusion")


def test_a_title_after_a_capitalised_kind(extractor):
    record = run(extractor, "Art news\nThe Embassy of Lakeland organized an Art/Photo Exhibition titled “Journey of "
                            "Lakeland” in Minsk on Monday.", published="2024-05-01")
    assert [e["names"] for e in record["events"]] == [["Journey of Lakeland"]]
    assert org_names(record, record["events"][0]["hosts"]) == {"embassyoflakeland"}


def test_a_quoted_theme_is_no_gathering(extractor):
    record = run(extractor, "Forum news\nThe declaration of the VI Lakeside Forum of Intercultural Dialogue on the "
                            "“Dialogue for Peace and Lake Security: Cooperation”, which was held in Baku from May 1 to 3, "
                            "was published.", published="2024-06-07")
    assert [e["names"][0] for e in record["events"]] == ["VI Lakeside Forum of Intercultural Dialogue"]
    assert record["events"][0]["start_date"] == "2024-05-01"


def test_organized_by_a_government_in_partnership(extractor):
    record = run(extractor, "Forum news\nThe Lake Forum was held in Baku on May 1, 2024. At the Forum, organized by the "
                            "government of Azerbaijan, in partnership with UNESCO, delegates met.", published="2024-06-07")
    found = en_event(record, "Lake Forum")
    assert org_names(record, found["hosts"]) == {"governmentofazerbaijan"}
    assert org_names(record, found["co_hosts"]) == {"unesco"}


@pytest.mark.parametrize("verb", ["chaired", "addressed", "spoke at", "took part in"])
def test_a_fronted_date_and_a_person_at_the_gathering(extractor, verb):
    record = run(extractor, f"News\nOn 3rd May 2024, High Commissioner Lala Berg {verb} the Lakeside Consuls Meeting "
                            "in Delhi.", published="2024-05-06")
    assert en_event(record, "Lakeside Consuls Meeting")["start_date"] == "2024-05-03"


def test_the_second_meeting_of_a_body_chaired(extractor):
    record = run(extractor, "News\nOn 3rd May 2024, High Commissioner Lala Berg chaired the second meeting of the "
                            "Lakeside Honorary Consuls falling under the jurisdiction of the High Commission in Delhi. "
                            "They prepared the biennial Lakeside Honorary Consuls Conference due in October 2024.",
                 published="2024-05-06")
    found = en_event(record, "second meeting of the Lakeside Honorary Consuls")
    assert found["start_date"] == "2024-05-03"
    assert en_event(record, "Lakeside Honorary Consuls Conference")["start_date"] == "2024-10"


def test_a_name_after_an_officers_title_is_a_body(extractor):
    record = run(extractor, "News\nThe Ceylon Chamber of Commerce organized the Lakeside Business Conclave in Colombo "
                            "from 28 – 29 May 2024 as the current Chair of the Lakeside Business Forum (LBF) in "
                            "collaboration with the Ministry of Foreign Affairs.")
    assert [e["names"][0] for e in record["events"]] == ["Lakeside Business Conclave"]
    found = record["events"][0]
    assert org_names(record, found["hosts"]) == {"ceylonchamberofcommerce"}
    assert org_names(record, found["co_hosts"]) == {"ministryofforeignaffairs"}


def test_a_quoted_name_a_place_splits_before_a_lower_case_head(extractor):
    record = run(extractor, "News\nA ‘Made in India’ exhibition will open in Dushanbe on July 14. Organized by the "
                            "Lakeside Chamber of Commerce, the exhibition will take place at the State Complex.",
                 published="2017-07-12")
    found = en_event(record, "‘Made in India’ exhibition")
    assert found["city"][0] == "Dushanbe" and org_names(record, found["hosts"]) == {"lakesidechamberofcommerce"}


def test_a_reference_with_four_modifiers(extractor):
    record = run(extractor, "News\nOdisha is partner state in the Lakeside Food Meet 2019. The two-day mega food "
                            "international event is being organised by the Trade Promotion Council of India.",
                 published="2019-01-03")
    found = en_event(record, "Lakeside Food Meet 2019")
    assert org_names(record, found["hosts"]) == {"tradepromotioncouncilofindia"}


def test_a_fronted_list_ends_before_its_event(extractor):
    record = run(extractor, "News\nThe Lakeside Federation opened its 6th biennial Lakeside Chambers Congress in Kuala "
                            "Lumpur today. Organized by the Lakeside Federation, which is part of the International Chamber "
                            "of Commerce, and hosted by the Federation of Malaysian Manufacturers, the Congress brings "
                            "together chambers.", published="2011-06-08")
    found = en_event(record, "6th biennial Lakeside Chambers Congress")
    assert org_names(record, found["hosts"]) == {"federationofmalaysianmanufacturers"}
    assert org_names(record, found["organizers"]) == {"lakesidefederation"}


def test_a_flagship_gathering_and_its_culmination(extractor):
    record = run(extractor, "News\nThe Lakeside Trade Promotion Organisation (LTPO) organises its flagship 14-day "
                            "Lakeside International Trade Fair (LITF) annually in November. Over 3,500 exhibitors are "
                            "expected to participate in the 43rd edition of LITF which will culminate on November 27.",
                 published="2024-11-14")
    found = en_event(record, "Lakeside International Trade Fair")
    assert found["end_date"] == "2024-11-27" and found["hosts"]


@pytest.mark.parametrize("text, published, name", [
    pytest.param("Conference news\nThe 1st Lakeside Joint Conference opened in Surabaya on July 9, 2018. The Opening "
                 "Ceremony was inaugurated with a vibrant cultural performance.", None, "1st Lakeside Joint Conference",
                 id="a moment named alone"),
    pytest.param("Diplomacy news\nThe 18th Lakeside Envoys Conference was held in Nairobi from June 10 to 18, 2022. The "
                 "Ministry of Lake Affairs held the Opening Ceremony of the Conference.", None,
                 "18th Lakeside Envoys Conference", id="the opening ceremony of the conference"),
    pytest.param("News\nOn 2-3 May, the V Lakeside Forum on Intercultural Dialogue themed \"Building Dialogue to Fight "
                 "against Discrimination\" took place in Baku.", "2019-05-08",
                 "V Lakeside Forum on Intercultural Dialogue", id="a theme after themed"),
    pytest.param("News\nThe 5th Lakeside Forum opened in Rome on Monday. The chairman said the Lakeside Summit reached a "
                 "year of efforts. It was the largest summit to be held in Malta.", "2024-05-08", "5th Lakeside Forum",
                 id="only a country: in passing"),
    pytest.param("News\nThe Lakeside Federation opened its 6th biennial Lakeside Chambers Congress in Kuala Lumpur today. "
                 "“The theme for this Congress, ‘Leading sustainable growth’ could not be more appropriate,” said the "
                 "minister.", "2011-06-08", "6th biennial Lakeside Chambers Congress", id="the theme for this congress"),
    pytest.param("News\nOdisha is the partner state in the Lakeside Food Meet 2019. The two-day event, which is going to "
                 "be held from January 14 at Lakeside Exposition Mart of Greater Noida, is being organised by the Trade "
                 "Promotion Council of India.", "2019-01-03", "Lakeside Food Meet 2019", id="held at a mart: the venue"),
])
def test_the_one_gathering(extractor, text, published, name):
    record = run(extractor, text, published=published)
    assert [e["names"][0] for e in record["events"]] == [name]


@pytest.mark.parametrize("text, published, name, field, value", [
    pytest.param("Energy news\nThe 9th Lakeside Energy Congress kicked off in Daegu. “We expect a lot,” the chair said.",
                 "2013-10-13", "9th Lakeside Energy Congress", "city", "Daegu", id="an opening quote"),
    pytest.param("News\nThe launch ceremony was held at the 2023 Dialogue between Consular Officials and Private "
                 "Entrepreneurs in Shanghai.", "2023-09-18",
                 "2023 Dialogue between Consular Officials and Private Entrepreneurs", "city", "Shanghai",
                 id="a dialogue between two groups"),
    pytest.param("News\nOn Thursday the 12th of November, The Conference of Lake Area “Belt and Road” Alliance of "
                 "Chambers of Commerce was held in Chengdu.", "2020-11-20",
                 "Conference of Lake Area “Belt and Road” Alliance of Chambers of Commerce", "start_date", "2020-11-12",
                 id="a quoted part inside a name; a weekday before the day"),
    pytest.param("Food news\nThe weeklong festival was organised by the Indian mission in Guatemala last month. The "
                 "ambassador said the Lakeside Food Festival was a success.", "2020-03-23", "Lakeside Food Festival",
                 "start_date", "2020-02", id="organised by a mission last month"),
    pytest.param("MELBOURNE, 18 April 2024: The consul general today hosted a Lakeside Dinner Reception for the Indian "
                 "community and faith leaders.", None, "Lakeside Dinner Reception", "city", "Melbourne",
                 id="a name ends before a demonym and common noun"),
    pytest.param("News\nThe Consulate General of India in Frankfurt organised the Lakeside Fest on 29th June 2019.", None,
                 "Lakeside Fest", "city", "Frankfurt am Main", id="a mission's event is in its city"),
])
def test_a_gathering_reads(extractor, text, published, name, field, value):
    found = en_event(run(extractor, text, published=published), name)
    assert (found[field][0] if field == "city" else found[field]) == value


# -- Chinese ---------------------------------------------------------------------------------------

def test_last_month_opening_the_sentence():
    record = extract("新闻\n上个月,首届湖滨国际进口博览会在上海成功举办。", published="2018-12-07")
    assert zh_event(record, "首届湖滨国际进口博览会").start_date == "2018-11"


@pytest.mark.parametrize("name", ["中华民国建国一百年侨界新年餐会", "中韩建交30年纪念招待会"])
def test_held_jointly_by_banli_and_founding_years_in_the_name(name):
    record = extract(f"新闻\n湖滨代表处与湖滨工商会1月30日在代表处联合办理庆祝{name},侨胞共计150余人齐聚同欢。",
                     published="2011-02-02")
    found = [e for e in record.events if any(n.endswith(name) for n in e.names)]
    assert found and len(found[0].co_hosts) == 2


def test_counted_activities_are_parts_and_a_moment_ends_a_list_item():
    record = extract("新闻\n第十三届湖滨博览会将于9月20日至25日在成都举行。本届湖博会已确定四项重大活动,分别为:第十三届湖博会"
                     "开幕式、第五届湖滨国际合作论坛、2012湖滨采购商大会和第三届湖滨金融论坛。", published="2012-05-10")
    parent = zh_event(record, "第十三届湖滨博览会")
    forum = zh_event(record, "第五届湖滨国际合作论坛")
    assert forum.part_of == parent.id and zh_event(record, "第三届湖滨金融论坛").part_of == parent.id


def test_a_year_in_chinese_numerals_with_a_circle():
    record = extract("新闻\n行政長官將出席在符拉迪沃斯托克市舉行的湖濱經合組織二○一二經濟領導人會議。", published="2012-08-31")
    assert zh_event(record, "湖濱經合組織二○一二經濟領導人會議").city


def test_a_year_then_hui_as_a_modal_is_no_annual_meeting():
    record = extract("新闻\n湖滨会长表示,香港在二○二五年会举办无数的大型活动。", published="2025-01-20")
    assert record.events == []


def test_what_an_edition_newly_adds_are_its_parts():
    record = extract("新闻\n第五届湖滨论坛将于6月15日在厦门举办。本届论坛新增「湖滨城镇化发展论坛」、「湖滨民生气象论坛」等活动。",
                     published="2013-05-17")
    parent = zh_event(record, "第五届湖滨论坛")
    assert zh_event(record, "湖滨城镇化发展论坛").part_of == parent.id
    assert zh_event(record, "湖滨民生气象论坛").part_of == parent.id


def test_a_quoted_name_before_its_first_activity():
    record = extract("新闻\n10月4日,湖滨商会与湖滨基金会在纽约共同举办“2017湖滨中秋招待会暨文化礼仪系列”首场活动。",
                     published="2017-10-05")
    found = zh_event(record, "2017湖滨中秋招待会暨文化礼仪系列")
    assert found.start_date == "2017-10-04" and len(found.co_hosts) == 2


def test_an_edition_before_a_quoted_name_keeps_its_head():
    record = extract("首届湖滨文化交流周8月18日在兰州开幕\n\n由湖滨省台办主办,湖滨交流促进会承办的首届“湖滨文化经贸交流周”将于8月18日"
                     "开幕。", published="2012-08-09")
    assert len(record.events) == 1 and record.events[0].start_date == "2012-08-18"


def test_a_place_and_year_after_a_dot_close_the_name():
    record = extract("新闻\n湖滨旅遊經濟論壇•澳門2018昨日開幕。", published="2018-10-20")
    found = zh_event(record, "湖滨旅遊經濟論壇•澳門2018")
    assert found.city[0] == "Macau"


def test_a_missions_event_is_in_its_city():
    record = extract("新闻\n1月13日,中国驻累西腓总领馆举行湖滨新春招待会,总领事致辞。", published="2023-01-15")
    assert zh_event(record, "湖滨新春招待会").city[0] == "Recife"


@pytest.mark.parametrize("text, name", [
    ("新闻\n湖滨大使高育生9月28日在阿布扎比举行建国61周年招待会。", "建国61周年招待会"),
    ("新闻\n9月28日晚,湖滨大使高育生在阿布扎比举行盛大国庆招待会。", "国庆招待会"),
])
def test_a_founding_verb_opens_a_name_and_a_manner_does_not(text, name):
    record = extract(text, published="2010-09-30")
    assert zh_event(record, name).start_date == "2010-09-28"


@pytest.mark.parametrize("name", ["日本.湖滨經營者團體交流會", "湖滨歡迎餐敘"])
def test_a_point_between_places_and_a_dinner_gathering(name):
    record = extract(f"新闻\n湖滨商會聯合總會12月2日在東京舉行{name},吸引雙方成員近百名參加。", published="2023-12-05")
    assert zh_event(record, name).start_date == "2023-12-02"


def test_a_glued_role_verb_opens_no_name():
    record = extract("日總與湖濱會合辦日本.台灣經營者團體交流會 促進台日經貿交流\n\n日本湖濱商會與東京湖濱會於12月2日舉行日本.台灣經營者團體"
                     "交流會。", published="2023-12-05")
    assert [e.names[0] for e in record.events] == ["日本.台灣經營者團體交流會"]


def test_a_venue_after_jia_is_no_host():
    record = extract("新闻\n湖滨协会与南非商工总会日前假华南银行国际会议中心举行「第四届湖滨经济联席会议」,双方代表出席。",
                     published="2024-12-05")
    found = zh_event(record, "第四届湖滨经济联席会议")
    hosts = {n for o in record.organizations if o.id in found.hosts for n in o.names}
    assert hosts == {"湖滨协会", "南非商工总会"}
