"""Constructions of the twenty-seventh unseen-text round (issue 9), on sentences written for these tests.

English: a weekday after a start told in the present or as a participle ("beginning here on Wednesday")
or before a future verb ("The seminar on Wednesday will begin") is ahead of the publication date; a
weekday range with its dates after it ("on Wednesday and Thursday, the 28th to 29th of November 2007")
takes those dates; "organised by A and B ... in association with C" makes A and B hosts (a partner is
no host; "the Consulate of X in Kochi and Y House" are two bodies, "in Hong Kong and Macau" two places); "X, one of the biggest Y Expo organised by Z" names no gathering Y Expo; a city's alternate
name that is a demonym ("Pak-Turk") places nothing; a name with a list of single words ("G20 Science,
Technology and Innovation Ministers Meeting") is one name; "CCOIC and Ministry of X" are two bodies;
"Faculty of Education, University of X" is one host, a unit of the university; a country that is also a
word ("Turkey") is a country inside a list of countries; "To be held at the <City> ... Centre (XCC) on
<dates>, the X" places X in the city; "A Council & B Institute" are two bodies; "Commission for Asia and the
Pacific" is one name; "the Asian Ministerial meeting" names no gathering; ", said Ravi P Kurup, Honorary Consul of X in Y" names a
consul (NER's "[Honorary Consul]" is a title, not a person).

Chinese: a theme clause closed by 的 ("以“…”为主题的X论坛") is followed by a name; a year-less day takes
the one year of the text's full dates when there is no publication date; "作为X的重要子活动之一,此次论坛"
makes the forum referred to a part of X; "活动期间,A出席B、C" makes B and C parts of the event;
"来到吉林长春,共同出席X" places X in Changchun; a part the trained city model leaves unplaced takes its
whole's city; 第廿五届 is an edition; "X年会主论坛" is a part of X年会; a verb that ends a clause ("…书记李强出席")
is read into no name; 科协, 侨联, 友协 … end organizations' names; "本届兰州论坛" is the 兰州绿色发展论坛 named
before (a city and the same head); a date with its month written ("11月18日") replaces a bare day ("将于18日")
read in the publication's month; a name that opens with a year and ends in 活动 ("2023…专场活动") is a gathering,
unless 活动 follows another gathering's head or a list ("X教育展活动", "开幕式及相关活动").
"""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event
from test_extract_zh import extract as zh_extract

from kg.extract import extract_all, learned
from kg.extract.places import get_gazetteer
from kg.model import Article


def org_names(record: dict, ids: list[str]) -> set[str]:
    return {o["names"][0] for o in record["organizations"] if o["id"] in ids}


def org_names_zh(record, ids: list[str]) -> set[str]:
    return {o.names[0] for o in record.organizations if o.id in ids}


def org_by_name(record: dict, name: str) -> dict:
    found = [o for o in record["organizations"] if name in o["names"]]
    assert found, f"no organization named {name!r} in {[o['names'] for o in record['organizations']]}"
    return found[0]


# -- English ----------------------------------------------------------------------------------
def test_a_weekday_after_a_participle_of_starting_is_ahead(extractor):
    r = run(extractor, "Water news\n\nOver 40 delegates will attend the three-day Delta Water Working Group meeting, "
                       "beginning here on Wednesday.", "2023-03-14")
    meeting = event(r, "Delta Water Working Group meeting")
    assert (meeting["start_date"], meeting["end_date"]) == ("2023-03-15", "2023-03-17")


def test_a_weekday_before_a_future_verb_is_ahead(extractor):
    r = run(extractor, "Water news\n\nThe Delta Water Seminar on Thursday will begin with a talk by engineers.",
            "2023-03-14")
    assert event(r, "Delta Water Seminar")["start_date"] == "2023-03-16"


def test_a_weekday_reported_past_stays_behind(extractor):
    r = run(extractor, "Water news\n\nThe Delta Water Seminar was held on Thursday in Dhaka.", "2023-03-14")
    assert event(r, "Delta Water Seminar")["start_date"] == "2023-03-09"


def test_a_weekday_range_takes_the_dates_written_after_it(extractor):
    r = run(extractor, "Diaspora news\n\nThe 3rd Harbour Diaspora Investment Forum will take place at the city hall, "
                       "London, from 10am to 6pm on Wednesday and Thursday, the 28th to 29th of November 2007.",
            "2007-02-04")
    forum = event(r, "3rd Harbour Diaspora Investment Forum")
    assert (forum["start_date"], forum["end_date"]) == ("2007-11-28", "2007-11-29")


def test_organised_by_beside_a_partner_makes_hosts(extractor):
    r = run(extractor, "Travel news\n\nThe three-day Fjord Travel and Tourism Fair organised by the Norwegian "
                       "Business Club and the Nordic Trade Council will begin on 29 November 2022 in Kochi. The fair, "
                       "organised in association with the Kerala Tourism Department, is open to the public.")
    fair = event(r, "Fjord Travel and Tourism Fair")
    assert org_names(r, fair["hosts"]) == {"Norwegian Business Club", "Nordic Trade Council"}
    assert org_names(r, fair["co_hosts"]) == {"Kerala Tourism Department"} and fair["organizers"] == []


def test_a_consulate_in_a_city_and_the_next_body_are_two_hosts(extractor):
    r = run(extractor, "Travel news\n\nThe Fjord Travel Fair organised by the Honorary Consulate of Norway in Kochi and "
                       "Norway House will begin on 29 November 2022 in Kochi. The Fjord Seafood Seminar was hosted by the "
                       "Consulate General of Norway in Hong Kong and Macau on 2 December 2022.")
    assert org_names(r, event(r, "Fjord Travel Fair")["hosts"]) == {"Honorary Consulate of Norway in Kochi", "Norway House"}
    seminar = event(r, "Fjord Seafood Seminar")
    assert org_names(r, seminar["hosts"]) == {"Consulate General of Norway in Hong Kong and Macau"}


def test_one_of_the_biggest_names_a_kind_not_a_gathering(extractor):
    r = run(extractor, "Farm news\n\nThe minister will lead a delegation to the 3rd Highland Coffee Expo, one of the "
                       "biggest Agricultural Expo organised by the Ministry of Agriculture of Kenya. The Expo runs "
                       "from May 12-18, 2019 in Nairobi.", "2019-05-11")
    assert [e["names"][0] for e in r["events"]] == ["3rd Highland Coffee Expo"]
    expo = event(r, "3rd Highland Coffee Expo")
    assert org_names(r, expo["hosts"]) == {"Ministry of Agriculture of Kenya"}
    assert (expo["start_date"], expo["end_date"], expo["country"]) == ("2019-05-12", "2019-05-18", "KE")


def test_a_demonym_in_a_compound_name_places_nothing(extractor):
    r = run(extractor, "Health news\n\nPak-Turk Dental Expo will be held for three days from October 6 to 8, 2022 "
                       "at the Expo Centre.")
    expo = event(r, "Pak-Turk Dental Expo")
    assert expo["city"] is None and expo["country"] != "UZ"


def test_a_name_holding_a_list_of_single_words_is_one_name(extractor):
    r = run(extractor, "Science news\n\nDuring China’s 2016 G20 Culture, Sport and Tourism Ministers Meeting, Delta "
                       "Youth Forum on Culture was co-held by CCPIT and CCOIC in Beijing on November 3.")
    meeting = event(r, "2016 G20 Culture, Sport and Tourism Ministers Meeting")
    assert event(r, "Delta Youth Forum on Culture")["part_of"] == meeting["id"]


def test_an_acronym_and_a_ministry_are_two_bodies(extractor):
    r = run(extractor, "Science news\n\nThe Delta Business Forum on Energy was co-held by CCPIT, CCOIC and Ministry "
                       "of Water and Energy in Beijing on November 3, 2016.")
    forum = event(r, "Delta Business Forum on Energy")
    assert org_names(r, forum["co_hosts"]) == {"CCPIT", "CCOIC", "Ministry of Water and Energy"}


def test_a_faculty_and_its_university_are_one_host(extractor):
    r = run(extractor, "LAHORE - Faculty of Arts, University of the Indus will organize a 3-day International Arts "
                       "Conference in collaboration with HEC at the New Campus from October 21 to 23, 2024.")
    conference = event(r, "International Arts Conference")
    assert org_names(r, conference["hosts"]) == {"Faculty of Arts, University of the Indus"}
    assert org_names(r, conference["co_hosts"]) == {"HEC"}
    faculty = org_by_name(r, "Faculty of Arts, University of the Indus")
    assert faculty["part_of"] == org_by_name(r, "University of the Indus")["id"]


def test_a_country_that_is_also_a_word_is_one_in_a_list_of_countries():
    text = ("Science news\n\nThe 2017 Delta Innovation Forum was held in Hangzhou on May 6, 2017.\n\nOver 100 "
            "scholars attended the Forum. They came from 12 members, i.e. Argentina, Brazil, Russia, Turkey, "
            "the UK, the US and Peru.")
    r = extract_all([Article(id="t", text=text, lang="en")])[0].to_dict()  # (with the trained participant model)
    countries = set(event(r, "2017 Delta Innovation Forum")["participant_countries"])
    assert {"AR", "BR", "RU", "TR", "GB", "US", "PE"} <= countries


def test_a_venue_opening_with_its_city_places_the_gathering_a_fronted_phrase_announces(extractor):
    r = run(extractor, "Mining news\n\nMinisters will take part in the 2025 Karoo Mining Summit.\n\nTo be held at the Cape "
                       "Town International Convention Centre (CTICC) on 03 – 06 February 2025, the Karoo Mining Summit "
                       "is the largest gathering of miners.")
    summit = event(r, "2025 Karoo Mining Summit")
    assert (summit["city"][0], summit["country"], summit["start_date"]) == ("Cape Town", "ZA", "2025-02-03")


def test_two_bodies_joined_by_an_ampersand(extractor):
    r = run(extractor, "Energy news\n\nDelta Council & PetroNova Economics & Technology Research Institute organized the "
                       "2nd Delta Energy Forum on November 17, 2017 in Beijing.")
    forum = event(r, "2nd Delta Energy Forum")
    assert org_names(r, forum["hosts"]) == {"Delta Council", "PetroNova Economics & Technology Research Institute"}


def test_a_commission_for_asia_and_the_pacific_is_one_body(extractor):
    r = run(extractor, "Energy news\n\nIn a statement issued Thursday, ministers at the Coral Energy Forum (CEF) welcomed "
                       "the plan.\n\nCEF is the first regional ministerial meeting on energy convened by the Joint "
                       "National Commission for Asia and the Pacific (JNCAP).")
    names = [o["names"][0] for o in r["organizations"]]
    assert "Joint National Commission for Asia and the Pacific (JNCAP)" in names
    assert not any(n.startswith("Pacific") for n in names)


def test_ministerial_before_a_head_is_no_head(extractor):
    r = run(extractor, "Energy news\n\nIn a statement issued Thursday, ministers at the Coral Energy Forum (CEF) welcomed "
                       "the plan.\n\nCEF is the first regional ministerial meeting on energy convened by the Joint "
                       "National Commission for Asia and the Pacific (JNCAP).")
    assert not any(n.endswith("ministerial") for e in r["events"] for n in e["names"])


def test_an_honorary_consul_named_after_said_is_an_envoy(extractor):
    r = run(extractor, "Travel news\n\nThe Fjord Travel Fair will be held on 29 November 2022 in Kochi. A large number of "
                       "tourists are expected to visit India, said Ravi P Kurup, Honorary Consul of the Kingdom of Norway "
                       "in Kochi.")
    consul = next(p for p in r["people"] if "Ravi P Kurup" in p["names"])
    assert (consul["ambassador_of"], consul["posted_to"]) == ("NO", "IN")


def test_a_given_name_after_a_country_and_a_comma_is_no_country():
    assert [m.place.country for m in get_gazetteer().find("In Russia, Jordan said the forum went well.", "en")] == ["RU"]


# -- Chinese ----------------------------------------------------------------------------------
def test_a_name_after_a_theme_clause_is_a_gathering():
    r = zh_extract("2019年3月22日，以“同饮一江水，共赢新时代”为主题的同心青年发展论坛在四川省宜宾市开幕。", published=None)
    forum = zh_event(r, "同心青年发展论坛")
    assert (forum.start_date, forum.city[0]) == ("2019-03-22", "Yibin")


def test_a_described_gathering_after_的_is_still_no_name():
    r = zh_extract("该院首次独立举办的护理技能展示会在成都开幕。")
    assert r.events == []


def test_a_year_less_day_takes_the_one_year_of_the_text():
    r = zh_extract("2025年4月13日，大阪世博会中国馆举行开馆仪式。\n\n大阪世博会于4月13日至10月13日在大阪举行。", published=None)
    expo = zh_event(r, "大阪世博会")
    assert (expo.start_date, expo.end_date) == ("2025-04-13", "2025-10-13")


def test_two_years_in_the_text_leave_a_year_less_day_unknown():
    r = zh_extract("2024年5月1日，组委会召开筹备会议。2025年3月2日，组委会再次开会。\n\n大阪世博会于4月13日至10月13日在大阪举行。",
                   published=None)
    assert zh_event(r, "大阪世博会").start_date is None


def test_what_someone_attends_during_the_event_is_part_of_it():
    r = zh_extract("2023年8月29日，2023南湖教育交流周在贵阳开幕。\n\n活动期间，中心秘书长王明出席南湖职业教育论坛、南湖语言文化论坛并致辞。")
    week = zh_event(r, "2023南湖教育交流周")
    assert zh_event(r, "南湖职业教育论坛").part_of == week.id and zh_event(r, "南湖语言文化论坛").part_of == week.id


def test_coming_to_a_city_to_attend_places_the_gathering():
    r = zh_extract("今天，来自大洋彼岸的各位朋友们来到吉林长春，共同出席第五届北美友好论坛。")
    forum = zh_event(r, "第五届北美友好论坛")
    assert (forum.city[0], forum.country) == ("Changchun", "CN")


def test_a_part_the_city_model_leaves_unplaced_takes_its_whole_city():
    text = ("2015年8月3日，由教育部和贵州省人民政府共同主办的第八届南湖教育交流周在贵州省贵阳市隆重开幕。\n\n"
            "南湖中心在此次交流周期间主办了南湖教育博览会、南湖海洋科学成果展等数项活动。")
    record = zh_extract(text, published=None)
    fair = zh_event(record, "南湖教育博览会")
    assert fair.part_of == zh_event(record, "第八届南湖教育交流周").id
    scored = learned.scored(learned.cities, record, text, "zh", learned.model("cities", "zh"))
    whole_only = [(c, p) for c, p in scored if c.item == 0 and c.value == "Guiyang"]  # (the model places the whole alone)
    learned.cities.write(record, text, whole_only, "cities-model")
    assert (fair.city[0], fair.country) == ("Guiyang", "CN")


def test_an_edition_counted_with_廿_is_an_edition():
    r = zh_extract("由中国科协和江南省政府共同主办的第廿五届江南科技年会，本月22日在合肥召开。")
    meeting = zh_event(r, "第廿五届江南科技年会")
    assert "江南科技年会" in meeting.names and org_names_zh(r, meeting.co_hosts) == {"中国科协", "江南省政府"}


def test_a_main_forum_named_after_its_meeting_is_a_part_and_a_clause_is_no_name():
    r = zh_extract("由中国科协主办的第二十五届江南科技年会，本月22日在合肥召开。中国科协主席王明、江南省委书记李强出席第二十五届"
                   "江南科技年会主论坛并致辞。")
    meeting = zh_event(r, "第二十五届江南科技年会")
    assert zh_event(r, "第二十五届江南科技年会主论坛").part_of == meeting.id
    assert not any("出席" in n or "书记" in n for e in r.events for n in e.names)


def test_this_edition_named_by_its_city_and_head_is_the_longer_named_event():
    r = zh_extract("2021兰州绿色发展论坛将于18日举办\n\n5日，甘肃省政府召开新闻发布会。本届兰州论坛定于11月18日-20日在甘肃兰州举行，"
                   "由商务部和甘肃省人民政府共同主办。", published="2021-10-05")  # (the headline's bare 18日: the body's month)
    assert len(r.events) == 1
    forum = zh_event(r, "2021兰州绿色发展论坛")
    assert (forum.start_date, forum.end_date) == ("2021-11-18", "2021-11-20") and "兰州论坛" in forum.names


def test_a_year_led_activity_held_there_is_a_gathering():
    r = zh_extract("新华社洛杉矶8月11日电 “你好中国！”2023长江主题旅游海外推广季美国专场活动11日在美国洛杉矶市举行。", published=None)
    activity = zh_event(r, "2023长江主题旅游海外推广季美国专场活动")
    assert (activity.start_date, activity.city[0], activity.country) == ("2023-08-11", "Los Angeles", "US")


def test_activities_of_another_gathering_or_a_list_name_none():
    r = zh_extract("由南湖中心主办的2023南湖教育展活动于1日上午在金边开幕。2023南湖教育交流周开幕式及相关活动在贵阳举行。",
                   published="2023-12-02")
    names = [n for e in r.events for n in e.names]
    assert "2023南湖教育展" in names and not any(n.endswith("活动") for n in names)


def test_a_forum_referred_to_as_a_sub_activity_is_a_part():
    r = zh_extract("2019年3月22日，澜湄教育合作论坛在四川省宜宾市开幕。\n\n作为2019年“澜湄区域合作周”的重要子活动之一，"
                   "此次论坛由宜宾市人民政府主办。")
    week = zh_event(r, "澜湄区域合作周")
    assert zh_event(r, "澜湄教育合作论坛").part_of == week.id
