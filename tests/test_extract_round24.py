"""Constructions of the twenty-fourth unseen-text round (issue 9), on sentences written for these tests.

Chinese: a home envoy named before the title with no mission in the text ("李某总领事应邀出席"), where
应邀 and its like after a title name no one; a one-character head (周) closing a word right after a
person's title is the end of a name ("…关系大使高某周"), not a gathering's; "A暨B" of two meetings (an
annual meeting and a forum) is one gathering, a show joined to a meeting stays two; a headline's name
that shortens the body's quoted theme ("X研讨会" for "“X与Y”研讨会") is the same event; "出席A开幕式和B":
the attendee and the opening date go to both. A short government after a place-led body in a role list
takes its place ("X市委、市政府"); an event named in the spirit of a speech given there is background; a
joined name goes on before a bilateral 中 ("A暨中越B论坛"); counted one-character country abbreviations
("中柬老缅泰五国") take part; sub-forums counted in a later clause ("另外还将有15个分论坛…,其中包括A、B") belong
to the main event, not to a forum named in the clause before.

English: a title-cased deck under a headline is no body prose; "the conference" in a paragraph after
one that named another conference in passing means the one the article reports; a relative clause's
place after "the A and the 9th B which ran … in X" is both events'; every listed subject before a
partner cue hosts ("A and B, in association with C, are going to organise"); "conduct" is a holding
verb; a capitalised "The" after "and" opens the next body's name; a page's time stamp line closed by
a city ("… IST - CHENNAI") gives the dateline city.
"""

from __future__ import annotations

from test_extract_en import event, extractor, has, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract as zh_extract, person


# -- Chinese ----------------------------------------------------------------------------------
def test_a_home_envoy_named_before_the_title_attends_both_listed_events():
    r = zh_extract("5月2日至3日,李书文总领事应邀出席在釜山举办的第三届国际船舶博览会开幕式和第二届中韩造船论坛。")
    fair, forum = zh_event(r, "第三届国际船舶博览会"), zh_event(r, "第二届中韩造船论坛")
    envoy = person(r, "李书文")
    assert (envoy.ambassador_of, envoy.posted_to) == ("CN", "KR")
    assert set(envoy.attended) == {fair.id, forum.id}
    assert (forum.start_date, forum.end_date) == ("2025-05-02", "2025-05-03")


def test_a_foreign_name_before_the_title_is_no_home_envoy():
    r = zh_extract("5月2日,约翰·史密斯大使出席在北京举办的第三届国际船舶博览会。")
    assert all(p.ambassador_of != "CN" for p in r.people)


def test_a_name_ending_in_a_one_character_head_after_a_title_is_a_person():
    r = zh_extract("5月2日,第三届国际船舶博览会在釜山开幕。釜山市国际关系大使金正周、韩国船舶协会会长朴某出席开幕式。")
    assert [e.names[0] for e in r.events] == ["第三届国际船舶博览会"]


def test_a_week_named_as_such_stays_an_event():
    r = zh_extract("5月2日,第五届科技活动周在成都开幕。")
    assert zh_event(r, "第五届科技活动周").city[0] == "Chengdu"


def test_an_annual_meeting_joined_to_a_forum_is_one_gathering():
    r = zh_extract("9月19日,由中国园艺学会主办的2024全国园艺师年会暨园艺产业创新论坛在昆明开幕。")
    assert len(r.events) == 1
    e = zh_event(r, "2024全国园艺师年会暨园艺产业创新论坛")
    assert e.city[0] == "Kunming"


def test_a_meeting_joined_to_an_exhibition_stays_two_events():
    r = zh_extract("9月19日,第一届全国园艺装备学术会议暨第一届全国园艺装备展览会在昆明开幕。")
    assert len(r.events) == 2


def test_a_headline_shortening_the_quoted_theme_names_the_body_event():
    text = ("驻肯尼亚大使出席中非茶叶合作研讨会\n\n2024年6月21日,“中非茶叶合作创新发展与展望”研讨会在内罗毕举行。\n\n"
            "研讨会由肯尼亚茶叶协会主办。")
    r = zh_extract(text, published="2024-06-23")
    assert len(r.events) == 1
    assert zh_event(r, "中非茶叶合作研讨会").city[0] == "Nairobi"


def test_two_quoted_themes_of_one_head_stay_two_events():
    text = ("中非茶叶合作研讨会举行\n\n2024年6月21日,“中非茶叶合作创新发展”研讨会在内罗毕举行。"
            "6月22日,“中非咖啡贸易”研讨会在蒙巴萨举行。")
    r = zh_extract(text, published="2024-06-23")
    assert {e.city[0] for e in r.events if e.city} == {"Nairobi", "Mombasa"}


# -- English ----------------------------------------------------------------------------------
def test_a_title_cased_deck_names_no_event_and_the_conference_is_the_reported_one(extractor):
    text = ("Envoys’ Meeting Held In Vienna\n\n"
            "A Gathering for Heads of Mission was Held on Tuesday, Discussing the Future Role of Embassies\n\n"
            "On 12 May, the Foreign Minister opened the annual Envoys Meeting, held at the ministry in Vienna.\n\n"
            "The minister named the coming Ocean Conference in Lisbon as an example of the work ahead.\n\n"
            "The Ambassador of Chile to Austria, Maria Soto, also spoke at the meeting.")
    record = run(extractor, text, published="2025-05-14")
    meeting = event(record, "Envoys Meeting")
    assert not any("Heads of Mission" in n for e in record["events"] for n in e["names"])
    soto = next(p for p in record["people"] if "Maria Soto" in p["names"])
    assert soto["attended"] == [meeting["id"]]


def test_the_conference_a_paragraph_after_a_passing_conference_is_the_reported_one(extractor):
    text = ("The 4th Regional Health Conference opened on 3 June in Accra. It was organised by the Ghana Health "
            "Service.\n\nThe minister recalled the World Health Conference held in Geneva last year and the work "
            "done there.\n\nThe Ambassador of Spain to Ghana, Luis Moreno, addressed the conference on Tuesday.")
    record = run(extractor, text, published="2025-06-05")
    regional = event(record, "4th Regional Health Conference")
    moreno = next(p for p in record["people"] if "Luis Moreno" in p["names"])
    assert moreno["attended"] == [regional["id"]]


def test_a_relative_clause_places_both_coordinated_events(extractor):
    record = run(extractor, "A trade officer of the embassy took part in the Asia Solar Week and the 4th Pacific "
                            "Energy Roundtable which ran from March 6-8 in Indonesia.", published="2024-03-10")
    assert event(record, "Asia Solar Week")["country"] == "ID"
    assert event(record, "4th Pacific Energy Roundtable")["country"] == "ID"


def test_every_listed_subject_before_a_partner_cue_hosts(extractor):
    record = run(extractor, "The Global Tea Forum will be held in Kandy on 22-23 September.\n\nCeylon Leaf Trust "
                            "and Hill Country Growers Association, in association with the Kandy Chamber of Commerce, "
                            "are going to organise the event.", published="2025-04-03")
    forum = event(record, "Global Tea Forum")
    assert has(record, forum["hosts"], "Ceylon Leaf Trust")
    assert has(record, forum["hosts"], "Hill Country Growers Association")
    assert has(record, forum["co_hosts"], "Kandy Chamber of Commerce")


def test_conduct_holds_and_a_capitalised_the_opens_the_next_host(extractor):
    record = run(extractor, "The Department of Fisheries, Government of Kerala and The Kerala Marine University "
                            "will conduct the Ocean Futures Conference from January 19 to 21, 2026, in Kochi.",
                 published="2025-11-17")
    conference = event(record, "Ocean Futures Conference")
    assert has(record, conference["hosts"], "Kerala Marine University")
    assert not any("Kerala Marine University" in n and "Fisheries" in n
                   for o in record["organizations"] for n in o["names"])


def test_a_time_stamp_line_closed_by_a_city_gives_the_dateline(extractor):
    text = ("Menu\n\nPort conference to be held in March\n\nNovember 17, 2025 07:34 pm | Updated 07:34 pm IST - "
            "MUMBAI\n\nThe Indian Ports Association will host the Blue Ports Summit from March 3 to 5, 2026.")
    record = run(extractor, text, published="2025-11-17")
    assert event(record, "Blue Ports Summit")["city"][0] == "Mumbai"


def test_a_brand_set_off_after_its_description_names_the_gathering(extractor):
    record = run(extractor, "The Governor will inaugurate on July 15 the dairy trade fair – Milk Mela 2025. The fair "
                            "will be held in Madurai from July 15 to 18.", published="2025-07-11")
    fair = event(record, "Milk Mela 2025")
    assert (fair["start_date"], fair["end_date"], fair["city"][0]) == ("2025-07-15", "2025-07-18", "Madurai")


def test_a_place_set_off_after_a_description_is_no_brand(extractor):
    record = run(extractor, "Officials opened the trade fair, Madurai 2025, on Tuesday.", published="2025-07-11")
    assert not any("Madurai 2025" in n for e in record["events"] for n in e["names"])


def test_a_number_inside_a_name_its_head_ends(extractor):
    record = run(extractor, "The Karolinska 200 Clinical Conference will be held on March 9-10 in Stockholm.",
                 published="2025-01-20")
    assert event(record, "Karolinska 200 Clinical Conference")["city"][0] == "Stockholm"


def test_a_title_cased_headline_verb_opens_no_name(extractor):
    text = ("Chile Will Host International Dental Congress\n\nSantiago, Jan 13 - Delegates from 12 countries will "
            "attend International Congress Odonto 2026 taking place in this capital from January 23 to 25.\n\n"
            "The Congress will receive representatives from Peru and Bolivia.")
    record = run(extractor, text, published="2026-01-13")
    assert [e["names"][0] for e in record["events"]] == ["International Congress Odonto 2026"]
    assert {"PE", "BO"} <= set(record["events"][0]["participant_countries"])


def test_it_after_a_line_break_is_the_previous_lines_event(extractor):
    record = run(extractor, "The Batik Exhibition runs from 8-14 March in Jakarta.\nIt is organised by the Embassy "
                            "of Malaysia in partnership with the Indonesian Crafts Council.", published="2025-03-09")
    show = event(record, "Batik Exhibition")
    assert has(record, show["hosts"], "Embassy of Malaysia")
    assert has(record, show["co_hosts"], "Indonesian Crafts Council")


def test_a_quoted_title_in_plain_quotes_after_a_described_festival(extractor):
    record = run(extractor, "The mega cultural festival 'Korea on the Danube' opened in Budapest on Wednesday.",
                 published="2025-03-09")
    assert event(record, "Korea on the Danube")["city"][0] == "Budapest"


def test_a_holding_verbs_listed_objects_share_its_subject_date_and_place(extractor):
    record = run(extractor, "The Ministry of Water hosted the First Assembly of the Delta Alliance, the 2nd River "
                            "Ministerial Meeting and the 3rd Global Water Expo in Dhaka on Monday.",
                 published="2025-10-08")
    for name in ("First Assembly of the Delta Alliance", "2nd River Ministerial Meeting", "3rd Global Water Expo"):
        e = event(record, name)
        assert has(record, e["hosts"], "Ministry of Water"), name
        assert (e["start_date"], e["city"][0]) == ("2025-10-06", "Dhaka"), name


def test_a_mission_accredited_to_a_body_is_one_co_host(extractor):
    record = run(extractor, "The North-South Prize 2024 is co-organised by the Permanent Mission of Fiji to the "
                            "United Nations and the Pacific Islands Forum.", published="2024-09-23")
    prize = event(record, "North-South Prize 2024")
    assert has(record, prize["co_hosts"], "Permanent Mission of Fiji to the United Nations")
    assert has(record, prize["co_hosts"], "Pacific Islands Forum")


def test_a_short_government_after_a_place_led_body_takes_its_place():
    r = zh_extract("由国家林业局主办,昆明市委、市政府承办的第三届森林科学大会将于2025年11月6日至9日在昆明召开。")
    e = zh_event(r, "第三届森林科学大会")
    assert {o.names[0] for o in r.organizations if o.id in e.organizers} == {"昆明市委", "昆明市政府"}


def test_an_event_in_the_spirit_of_a_speech_is_background():
    r = zh_extract("11月14日,2025中国眼科学大会在广州开幕。广东正深入学习贯彻习近平总书记出席深圳经济特区建立45周年"
                   "庆祝大会重要讲话精神。")
    assert [e.names[0] for e in r.events] == ["2025中国眼科学大会"]


def test_a_joined_name_goes_on_before_a_bilateral_zhong():
    r = zh_extract("2025年4月10日,由农业农村部主办的红河农业合作暨中越村长论坛在昆明召开。")
    assert zh_event(r, "红河农业合作暨中越村长论坛").city[0] == "Kunming"


def test_counted_country_abbreviations_take_part():
    r = zh_extract("2025年4月10日,第二届湄公河村长论坛在昆明召开。来自中柬老缅泰五国近百名村长参加此次论坛。")
    assert set(zh_event(r, "第二届湄公河村长论坛").participant_countries) >= {"CN", "KH", "LA", "MM", "TH"}



def test_a_year_less_day_long_after_a_reprint_is_last_years():
    r = zh_extract("北京时间11月10日9时,第二届中国—东盟企业海洋合作论坛以线上和线下相结合方式召开。", published="2026-01-07")
    e = zh_event(r, "第二届中国—东盟企业海洋合作论坛")
    assert e.start_date == "2025-11-10" and not e.city  # 北京时间 (Beijing time) places nothing


def test_an_announced_day_long_after_publication_stays_in_its_year():
    r = zh_extract("第二届中国—东盟企业海洋合作论坛将于11月10日在宁波召开。", published="2026-01-07")
    assert zh_event(r, "第二届中国—东盟企业海洋合作论坛").start_date == "2026-11-10"


def test_english_past_and_present_days_long_after_publication(extractor):
    held = run(extractor, "The Blue Ports Summit was held on November 10 in Mumbai.", published="2026-01-07")
    runs = run(extractor, "The Blue Ports Summit runs from November 10 to 12 in Mumbai.", published="2026-01-07")
    assert event(held, "Blue Ports Summit")["start_date"] == "2025-11-10"
    assert event(runs, "Blue Ports Summit")["start_date"] == "2026-11-10"


def test_a_press_conference_about_an_event_does_not_date_it():
    r = zh_extract("“2026年中国农业(越南)展览会”将于2026年5月在河内举行。这次展览会的新闻发布会30日上午在河内举行。",
                   published="2025-09-01")
    assert zh_event(r, "2026年中国农业(越南)展览会").start_date == "2026-05"


def test_a_comma_list_closed_by_deng_is_reported():
    r = zh_extract("19日,2025全国牙医年会在青岛开幕。大会开幕前,第二届口腔医学智慧委员会成立大会,全国牙周病学论坛,"
                   "2025全国正畸医师论坛等会议通过线下或线上方式举行。", published="2025-09-20")
    assert {"第二届口腔医学智慧委员会成立大会", "全国牙周病学论坛", "2025全国正畸医师论坛"} <= {e.names[0] for e in r.events}


def test_month_abbreviation_point_and_weekday_ranges(extractor):
    record = run(extractor, "The three-day 2025 Anhui Tea Trade Fair, which concluded on Sep.25, drew 9,000 buyers.\n\n"
                            "The European Education Fair 2025 was held at the Habitat Centre in Delhi on Saturday and "
                            "Sunday.", published="2025-09-29")
    assert event(record, "2025 Anhui Tea Trade Fair")["end_date"] == "2025-09-25"
    fair = event(record, "European Education Fair 2025")
    assert (fair["start_date"], fair["end_date"]) == ("2025-09-27", "2025-09-28")


def test_a_body_named_like_a_gathering_in_the_agents_slot_is_no_event(extractor):
    record = run(extractor, "The 3rd World Port Forum, organized by the United Nations Conference on Shipping and "
                            "Ports (UNCSP), opened in Rotterdam on Tuesday.", published="2025-09-10")
    assert [e["names"][0] for e in record["events"]] == ["3rd World Port Forum"]
    forum = record["events"][0]
    assert has(record, forum["hosts"], "United Nations Conference on Shipping and Ports (UNCSP)")


def test_a_name_in_capitals_starts_after_the_article_before_its_head(extractor):
    text = ("SUCCESSFUL CONCLUSION TO THE REGIONAL SEMINAR ON WATER AND DEVELOPMENT\n\nThe regional seminar on "
            "water and development was held at the Foreign Ministry in Lima on Tuesday.")
    record = run(extractor, text, published="2025-03-06")
    assert event(record, "Regional Seminar on Water and Development")


def test_bodies_after_a_passive_cue_keep_its_role_before_a_partner_cue(extractor):
    record = run(extractor, "Co-organised by Kenya’s Ministry of Energy (MoE), the Ministry of Trade (MoT) and the "
                            "Strathmore Energy Centre in collaboration with the Africa Energy Council (AEC), the Solar "
                            "Summit took place on February 7 and 8 in Nairobi.", published="2025-02-10")
    summit = event(record, "Solar Summit")
    assert summit["hosts"] == []
    assert has(record, summit["co_hosts"], "Ministry of Trade (MoT)")
    assert has(record, summit["co_hosts"], "Africa Energy Council (AEC)")


def test_sub_forums_counted_in_a_later_clause_belong_to_the_main_event():
    r = zh_extract("9月25日,第九届世界茶商大会在昆明开幕。今日开幕式结束后,中国茶经济论坛将在新国际会展中心举行,另外在今日下午"
                   "还将有12个分论坛于国际会议中心举办,其中包括茶企跨国发展论坛、青年茶商论坛等。", published="2025-09-25")
    congress = zh_event(r, "第九届世界茶商大会")
    assert zh_event(r, "茶企跨国发展论坛").part_of == congress.id
    assert zh_event(r, "青年茶商论坛").part_of == congress.id
