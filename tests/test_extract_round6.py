"""Constructions of the sixth unseen-text round (issue 9), on sentences written for these
tests. English: a gathering an article describes instead of naming ("hosted a farewell
reception for X", "ahead of their 18th extraordinary summit billed for Friday", "Lakeside Dairy
and Feed expo ... opened"), read with the parser when no name in the article gives an event; a
gathering described as held on the sidelines of a named one; one name in another word order; a
quoted title a gathering goes under; a dateline's small city and
the dateline city for the one event reported beside those named in passing; countries listed
after a counted group ("five other countries — A, B and C") or after "Ambassadors of"; "is going
to organise", "organized in partnership between A and B"; "in the tourist town of X"; a headline's name for
the gathering the body describes; three countries joined in a name; "presidents from A, B";
"from 28-30th this month"; "<country> will be represented by"; a first partner naming no
organization ("in collaboration with regional agencies, the X Council and ..."); no small city from
inside an event's name ("Chiefs of Mission"); a clause after a name ("X, organised a
workshop") is no appositive naming X an event; an edition opens one name over "<place> and"
("the 11th China and Globalisation Forum"); an occasion opening a name ("Inauguration of X
Exhibition") also names X Exhibition; a described gathering beside a day the article only marks.
Chinese: the names of a list closed by a count of gatherings ("设A、B、C三个分论坛"); a
contracted name (上合组织峰会 for 上海合作组织峰会); an era word inside a name (现代…); a title in
《》 naming a show or performance ("《X》大型文艺晚会") organised (组织了) by people; a country's
leader in a sentence saying who attends ("出席…的还有土耳其总统A"); the publisher's own body (我校) in a
list of co-hosts; a publication's office named by its title ("《X》杂志社"); a year by number alone
("从2005年至今") dates no event, this year (今年) does; 联袂举办 (jointly held); a declared short name
("(以下简称X)") inside a list of hosts; a wire lede's day in numerals with a clock time ("八日上午九时零八分,"); envoys' countries listed
before their title who speak at the event ("澳大利亚,蒙古,泰国总领事发言")."""

from __future__ import annotations

import pytest
from test_extract_en import extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event, extract


def _names(record: dict) -> list[list[str]]:
    return [e["names"] for e in record["events"]]


# -- English: described gatherings ---------------------------------------------------------------

def test_a_described_reception_is_the_event_with_and_without_its_complement(extractor):
    record = run(extractor, "On Monday 3 June 2024, the Ambassador of Fiji hosted a farewell reception for the "
                            "Tongan Ambassador Mele Lata in Apia. Guests from Samoa attended the reception.",
                 published="2024-06-04")
    assert _names(record) == [["farewell reception for the Tongan Ambassador Mele Lata", "farewell reception"]]
    assert record["events"][0]["start_date"] == "2024-06-03"


def test_a_described_summit_keeps_its_edition_and_leaves_out_a_possessive(extractor):
    record = run(extractor, "Heads of state of the lagoon states began arriving in Apia ahead of their 18th "
                            "extraordinary summit billed for Friday at the Lagoon Palace.", published="2024-06-04")
    assert _names(record) == [["18th extraordinary summit", "extraordinary summit"]]


def test_capitalised_modifiers_before_a_lower_case_head_are_the_name(extractor):
    record = run(extractor, "APIA (Lagoon News) – Lakeside Dairy and Feed expo in collaboration with the Lagoon "
                            "Farmers Association kicked off at the Apia Expo Centre on Wednesday.",
                 published="2024-06-05")
    assert _names(record)[0][0] == "Lakeside Dairy and Feed expo"


def test_a_duration_and_praise_stay_out_of_a_described_name(extractor):
    record = run(extractor, "Over 300 delegates attended the two-day regional workshop on water policy in Apia. "
                            "The workshop closed on 5 June 2024.", published="2024-06-05")
    assert _names(record) == [["regional workshop on water policy", "regional workshop"]]
    record = run(extractor, "The mayor hosted a lively garden party for the visiting teachers. Later she held a "
                            "lively welcome dinner for the visiting teachers in Apia on 5 June 2024.",
                 published="2024-06-05")
    assert _names(record) == [["lively welcome dinner for the visiting teachers", "lively welcome dinner",
                               "welcome dinner"]]


def test_a_described_gathering_needs_a_modifier_or_a_complement(extractor):
    assert run(extractor, "The company hosted a meeting with investors on Thursday.",
               published="2024-04-25")["events"] == []


@pytest.mark.parametrize("text", [
    "The company held a board meeting on Thursday and a press conference on Friday.",
    "Analysts expect a strong quarter; the regional workshop season is over.",  # no verb holds it
])
def test_a_routine_or_unreported_gathering_is_no_event(extractor, text):
    assert run(extractor, text, published="2024-04-25")["events"] == []


def test_a_name_in_the_article_wins_over_a_description(extractor):
    record = run(extractor, "The embassy hosted a farewell reception on Monday. The Lagoon Trade Fair opened in "
                            "Apia on 3 June 2024.", published="2024-06-04")
    assert _names(record) == [["Lagoon Trade Fair"]]


def test_a_gathering_described_as_held_within_a_named_one_is_its_own_event(extractor):
    record = run(extractor, "The Lagoon Summit opened in Apia on 3 June 2024. A bilateral meeting of the two "
                            "ministers was held on the sidelines of the Lagoon Summit on 4 June 2024.",
                 published="2024-06-05")
    meeting = next(e for e in record["events"] if "bilateral meeting of the two ministers" in e["names"])
    summit = next(e for e in record["events"] if e["names"][0] == "Lagoon Summit")
    assert meeting["part_of"] == summit["id"] and meeting["start_date"] == "2024-06-04"


def test_names_in_another_order_are_one_event(extractor):
    record = run(extractor, "Ministers will attend the Lagoon Association’s Fisheries Forum 2024 in Apia. The 2024 "
                            "Fisheries Forum of the Lagoon Association will be held under the theme of blue growth.",
                 published="2024-06-05")
    assert len(record["events"]) == 1



def test_a_quoted_title_a_held_gathering_goes_under_is_its_name(extractor):
    record = run(extractor, "On Friday, 3 May 2024, the ambassador organized a discussion at the Apia Press Club "
                            "under the title: \"Island Envoys Roundtable on Ocean Trade\". The roundtable took place "
                            "in Apia.", published="2024-05-04")
    assert _names(record) == [["Island Envoys Roundtable on Ocean Trade"]]


def test_a_date_after_a_described_gathering_is_no_part_of_its_name(extractor):
    record = run(extractor, "The foreign minister will address the ministerial meeting on December 5 in Apia.",
                 published="2024-11-04")
    assert _names(record) == [["ministerial meeting"]]


def test_a_dinner_with_a_year_is_a_named_event(extractor):
    record = run(extractor, "The 2024 Lagoon Fisheries Parliamentary Dinner was held in Apia on 3 May 2024.",
                 published="2024-05-04")
    assert _names(record)[0][0] == "2024 Lagoon Fisheries Parliamentary Dinner"


def test_a_small_city_opening_a_dateline_places_the_report_s_event(extractor):
    record = run(extractor, "KOHIMA, 2 Dec: The 10-day Lagoon Heritage Festival got off to a start on Friday with "
                            "drums and dances from across India.", published="2022-12-02")
    assert record["events"][0]["city"][0] == "Kohima"


def test_the_dateline_goes_to_the_one_event_reported_beside_one_named_in_passing(extractor):
    record = run(extractor, "Aizawl: Nearly 80 delegates arrived on Wednesday to take part in the L20 meeting of "
                            "the Lagoon Summit. The inaugural function of the L20 meeting will be held at the "
                            "university on Thursday.", published="2023-03-01")
    meeting = next(e for e in record["events"] if e["names"][0] == "L20 meeting")
    assert meeting["city"][0] == "Aizawl"


@pytest.mark.parametrize("text, codes", [
    ("Leaders from five other island countries — Fiji, Tonga and Vanuatu — will attend the Lagoon Summit.",
     {"FJ", "TO", "VU"}),  # a counted group before the list
    ("Ambassadors of Britain, Germany and South Korea jointly inaugurated the four-day summit.", {"GB", "DE", "KR"}),
    ("Among the attendants to the summit are presidents from Bulgaria, Peru and Ghana.", {"BG", "PE", "GH"}),
])
def test_listed_countries_of_leaders_and_envoys_take_part(extractor, text, codes):
    record = run(extractor, "The Lagoon Summit opened in Apia on 3 June 2024. " + text, published="2024-06-03")
    assert codes <= set(record["events"][0]["participant_countries"])


def test_an_organization_going_to_organise_an_event_hosts_it(extractor):
    record = run(extractor, "The Lagoon Health Organisation (LHO) is going to organise the Lagoon Health Summit in "
                            "Apia on 17 August 2023.", published="2023-08-01")
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    assert [orgs[i] for i in record["events"][0]["hosts"]] == ["Lagoon Health Organisation (LHO)"]


@pytest.mark.parametrize("text, co_hosts", [
    ("The conference is being organized in partnership between the Government of Samoa and the Forum of Federations.",
     {"Government of Samoa", "Forum of Federations"}),
    ("The conference is being organised by the Lagoon Secretariat in collaboration with regional investment promotion "
     "agencies, the Lagoon Business Council and the Samoan Government.",  # a first partner naming no organization
     {"Lagoon Business Council", "Samoan Government"}),
])
def test_co_hosts_of_partnership_wordings(extractor, text, co_hosts):
    record = run(extractor, "The Lagoon Investment Conference opened in Apia on 3 May 2024. " + text,
                 published="2024-05-03")
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    assert {orgs[i] for i in record["events"][0]["co_hosts"]} == co_hosts


def test_a_city_named_as_the_town_of_x_places_the_event(extractor):
    record = run(extractor, "The Lagoon Food Festival kicked off in the tourist town of Pokhara on Friday.",
                 published="2024-03-01")
    assert record["events"][0]["city"][0] == "Pokhara"


def test_the_headline_names_the_gathering_the_body_describes(extractor):
    record = run(extractor, "LAGOON DAY RECEPTION IN APIA\n\n11 October 2018, Apia: The Embassy of Samoa hosted a "
                            "reception to commemorate the 61st anniversary of Samoa's independence.",
                 published="2018-10-11")
    assert record["events"][0]["names"][0] == "LAGOON DAY RECEPTION"


def test_three_countries_joined_in_a_name_take_part(extractor):
    record = run(extractor, "The first round of the China-Afghanistan-Pakistan Lagoon Dialogue was held in Beijing on "
                            "27 May 2017.", published="2017-05-28")
    assert set(record["events"][0]["participant_countries"]) >= {"CN", "AF", "PK"}


def test_days_of_this_month_and_a_country_represented(extractor):
    record = run(extractor, "The 3rd Lagoon Investment Conference will take place in Apia from 28-30th this month. "
                            "Tonga will be represented by a delegation of 250 participants.", published="2010-04-14")
    conference = record["events"][0]
    assert (conference["start_date"], conference["end_date"]) == ("2010-04-28", "2010-04-30")
    assert "TO" in conference["participant_countries"]


def test_a_small_city_that_needs_context_inside_an_event_name_places_nothing(extractor):
    record = run(extractor, "A Conference for Chiefs of Mission was held on Monday. The US ambassador spoke at the "
                            "Conference for Chiefs of Mission.", published="2015-08-25")
    assert all(not e["city"] for e in record["events"])


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Tourism, in conjunction with the Lagoon Commission, organised a two-day regional workshop "
     "on trade rules on 9-10 June 2010 in Apia.", "regional workshop"),
    ("The Association of Lagoon Traders, Apia, organised its annual general body meeting on 11 September 2016.",
     "annual general body meeting"),
])
def test_a_clause_after_a_name_is_no_appositive_naming_an_event(extractor, text, name):
    record = run(extractor, text, published="2016-09-16")
    assert [e["names"][-1] for e in record["events"]] == [name]


def test_an_edition_opens_one_name_over_a_place_and_another_word(extractor):
    record = run(extractor, "The 11th Samoa and Globalisation Forum was held in Apia on 22 May 2025.", published="2025-05-23")
    assert record["events"][0]["names"][0] == "11th Samoa and Globalisation Forum"


def test_an_occasion_opening_a_name_also_names_the_event_itself(extractor):
    record = run(extractor, "On 29 July 2017, the Consul General attended the Inauguration of Lagoon Art Exhibition at "
                            "the Apia Academy.", published="2017-07-30")
    assert "Lagoon Art Exhibition" in record["events"][0]["names"]


def test_a_described_gathering_beside_a_day_the_article_only_marks(extractor):
    record = run(extractor, "On World Lagoon Day, the ministry said it will organise its annual health summit in Apia "
                            "from April 25 to 29, 2016.", published="2016-04-23")
    assert any("annual health summit" in e["names"] for e in record["events"])

# -- Chinese -------------------------------------------------------------------------------------

def test_names_listed_before_a_count_of_forums_are_parts_of_the_event():
    record = extract("5月8日,第三届湖光合作论坛在湖州开幕。本届论坛设绿色金融论坛、现代渔业与科技论坛、"
                     "湖区文化交流论坛三个分论坛,同步举办湖光合作成果展。")
    whole = event(record, "第三届湖光合作论坛")
    for name in ("绿色金融论坛", "现代渔业与科技论坛", "湖区文化交流论坛", "湖光合作成果展"):
        assert event(record, name).part_of == whole.id


def test_a_name_without_a_closing_count_is_not_listed():
    record = extract("5月8日,第三届湖光合作论坛在湖州开幕。本届论坛讨论了绿色金融、现代渔业等议题。")
    assert [e.names[0] for e in record.events] == ["第三届湖光合作论坛"]


def test_a_contracted_name_is_the_same_event():
    record = extract("湖光经济合作组织峰会5月8日在湖州开幕。出席湖经合组织峰会的各国代表团共二十个。")
    assert len(record.events) == 1
    assert {"湖光经济合作组织峰会", "湖经合组织峰会"} <= set(record.events[0].names)


def test_a_plain_part_of_a_name_is_no_contraction():
    record = extract("5月8日,湖光国际医疗器械博览会在湖州开幕。同期举办湖光国际医疗博览会。")
    assert len(record.events) == 2


def test_a_name_with_one_word_left_out_is_no_contraction():
    record = extract("7月2日,2024湖光青年书画大赛在湖州举行。7月3日,2024湖光书画大赛在嘉兴举行。", published="2024-07-03")
    assert len(record.events) == 2


def test_a_title_with_kind_words_names_a_performance_organised_by_people():
    record = extract("8日晚,湖州华侨华人在湖光大剧院组织了《湖光之歌》大型文艺晚会,庆祝湖光建城50周年。", published="2024-07-09")
    assert [e.names[0] for e in record.events] == ["《湖光之歌》大型文艺晚会"]


def test_a_title_before_a_forum_stays_a_publications():
    record = extract("7月2日,《湖光经济》湖州发展论坛在湖州举行。", published="2024-07-03")
    assert all(not e.names[0].startswith("《") for e in record.events)


def test_country_leaders_in_a_sentence_saying_who_attends_bring_their_countries():
    record = extract("8月31日,第三届湖光论坛在天津开幕。应邀出席论坛的外国元首还有土耳其總統甲乙、印尼總統丙丁。",
                     published="2024-09-01")
    assert {"TR", "ID"} <= set(event(record, "第三届湖光论坛").participant_countries)


def test_a_leader_in_a_sentence_saying_nothing_of_attending_brings_no_country():
    record = extract("8月31日,第三届湖光论坛在天津开幕。土耳其總統甲乙上周发表讲话谈及经济。", published="2024-09-01")
    assert "TR" not in event(record, "第三届湖光论坛").participant_countries


def test_the_publishers_own_body_in_a_list_of_co_hosts_is_left_out():
    record = extract("12月1日,第二届湖光理论研讨会由湖光艺术研究院音乐研究所、湖光音乐家协会理论委员会、《湖光音乐》杂志社"
                     "和我校联合主办。", published="2024-12-02")
    seminar = event(record, "第二届湖光理论研讨会")
    names = {o.id: o.names[0] for o in record.organizations}
    assert {names[i] for i in seminar.co_hosts} == {"湖光艺术研究院音乐研究所", "湖光音乐家协会理论委员会", "《湖光音乐》杂志社"}
    parents = {names[o.id]: names.get(o.part_of) for o in record.organizations}
    assert parents["湖光艺术研究院音乐研究所"] == "湖光艺术研究院"


@pytest.mark.parametrize("text", [
    "第十二届湖光博览会在长春开幕。湖光博览会从2005年至今已经举办十一届。",
    "第十二届湖光博览会在长春开幕。2005年,湖光博览会由省政府主办。",
])
def test_a_year_by_number_alone_dates_no_event(text):
    assert event(extract(text, published="2019-08-24"), "第十二届湖光博览会").start_date is None


def test_this_year_dates_an_event_to_its_year():
    record = extract("湖光协会期待今年在明斯克共同举办第二届湖光装备展览会。", published="2025-07-13")
    assert event(record, "第二届湖光装备展览会").start_date == "2025"


def test_jointly_held_by_two_bodies_makes_both_co_hosts():
    record = extract("5月19日,首届湖光外交论坛在北京开幕。本届论坛由湖光学会和湖光国际关系研究所联袂举办。", published="2012-05-19")
    forum = event(record, "首届湖光外交论坛")
    names = {o.id: o.names[0] for o in record.organizations}
    assert {names[i] for i in forum.co_hosts} == {"湖光学会", "湖光国际关系研究所"}


def test_a_declared_short_name_inside_a_list_of_hosts():
    record = extract("今日上午,由湖光科学技术协会(以下简称湖光科协)和浙江省人民政府共同主办的第二十届湖光科协年会在杭州召开。",
                     published="2018-05-26")
    names = {o.id: o.names for o in record.organizations}
    co_hosts = [names[i] for i in event(record, "第二十届湖光科协年会").co_hosts]
    assert ["湖光科学技术协会", "湖光科协"] in co_hosts and ["浙江省人民政府"] in co_hosts


def test_a_clock_time_after_the_day_keeps_the_date_on_the_event():
    record = extract("八日上午九时零八分,随着副总理启动金钥匙,第十一届湖光国际投资贸易洽谈会正式开幕。", published="2007-09-08")
    assert event(record, "第十一届湖光国际投资贸易洽谈会").start_date == "2007-09-08"


def test_countries_of_envoys_listed_before_their_title_who_speak_take_part():
    record = extract("7月16日,湖光领事团工作午餐会在上海举行。陈博士邀请近期来沪履新的澳大利亚,蒙古,泰国总领事发言。",
                     published="2023-07-17")
    assert {"AU", "MN", "TH"} <= set(event(record, "湖光领事团工作午餐会").participant_countries)


def test_countries_in_another_clause_before_a_delegation_are_not_listed_with_it():
    record = extract("7月16日,第三届湖光博览会在上海开幕。在美国,中国代表团参观了展会。", published="2023-07-17")
    assert "US" not in event(record, "第三届湖光博览会").participant_countries


def test_a_declared_short_name_of_an_event_is_the_name_alone():
    record = extract("19日在重庆举行的第五届湖光国际投资贸易洽谈会(以下简称湖洽会)上,湖光总领事孙明出席。湖洽会吸引了众多客商。",
                     published="2023-05-19")
    names = event(record, "第五届湖光国际投资贸易洽谈会").names
    assert "湖洽会" in names and not any(n.startswith("以下简称") for n in names)


def test_a_count_of_people_is_no_year_for_a_story_without_one():
    record = extract("新华社上海10月19日电 上海湖光高峰论坛将于31日在上海世博中心举行。近2000人将出席论坛。", published=None)
    assert event(record, "上海湖光高峰论坛").start_date is None
