"""Constructions of the twenty-ninth unseen-text round (issue 9), on sentences written for these tests.

English: "a seminar titled X Y and Z" names the seminar by the unquoted words in capitals after the
naming word (a date after them is not part of the title); "The conference was divided into the opening
ceremony, the A Forum, the B Forum and the C Forum" makes each named item a part of the conference;
a name ending in a capitalised plural head ("the 2024 X Investment Promotion Conferences") is one
gathering's name; "X, a joint initiative of A and B," makes A and B co-hosts; a quoted title-case name
before "activity", "event" or "programme" ("for the "2023 X Tour" activity") names a gathering when a
year or an edition is in it or the sentence holds or attends it. The host of "X, which is organizing the
symposium", "A, in coordination with B, has organised X", "A will be hosting and organising X", "A (MW),
a United States-based organisation, is set to organise X" is the body before the clause; a bracketed
acronym that spells a name across "in" ("… Higher Education in Africa (INHEA)") keeps a list of partners
going; a unit after an organization's possessive ("CSU’s Office of X") is the host, a part of it (but
"All-China Women’s Federation" is one name, "All-" opening it); a family name NER split off ("Oybek Arif
[Usmanov]") ends a person's name, who is no organization; a dateline after a page's date label on its
line (" date 2019-08-18 Pokhara, 18 August: …") is read as the dateline; a name in single curly quotes
(‘X Ministerial and Business Forum’) is one name; "organized a distinct event called ‘X’" gives X its host;
a comma after a cue ("in partnership with, the X Institute and Y") leaves the list after it.

Chinese: a department named for two portfolios ("四川省文化和旅游厅", "深圳市工业和信息化局") is one
body, but "A人民政府和旅游局" is two; "举办X主论坛与A、B、C等三个分论坛" and "设有“A”、“B”3主题分论坛"
make each listed topic, with the head said once after the list, a part named "A分论坛" (and A), when
the count matches the list; one-character abbreviations listed ("来自美、英、法近30个国家", "中、俄、蒙三国企业
代表参加") are countries taking part (a lone one is not); "暨中-非能源电力大会" keeps the dashed pair of
abbreviations (a proper pair such as 中非) in the name; "主办单位之一台北市电脑公会" (the tagger's numeral "一台")
names 台北市电脑公会; "随后进行“A”、“B”3主题分论坛" needs no verb before quoted topics; "第十六届海峡论坛—卫生与健康
分论坛" is a part (also named without its whole) of the 海峡论坛 named before the dash; "由A与B共同组织的X" makes
A and B co-hosts; "活动主办者——A" makes A the host; 上演 holds a concert ("X系列活动——Y音乐会在…上演"); a
headline's press conference about X (新闻发布会) leaves X the article's main event, which "此次音乐盛会" refers to;
"“X”新闻发布会" (a quoted title) is a press conference, X an event it presents, no part of it and not dated by it.
"""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_round27 import org_names, org_names_zh
from test_extract_zh import event as zh_event
from test_extract_zh import extract as zh_extract


# -- English ----------------------------------------------------------------------------------
def test_an_unquoted_title_after_titled_names_the_seminar(extractor):
    r = run(extractor, "NAIROBI, May 4, 2024 - The Embassy of Kenya organised a seminar titled Kenya and Japan "
                       "Water Technology Partnership on May 6.")
    seminar = event(r, "Kenya and Japan Water Technology Partnership")
    assert seminar["start_date"] == "2024-05-06"
    assert org_names(r, seminar["hosts"] + seminar["co_hosts"] + seminar["organizers"]) == {"Embassy of Kenya"}


def test_a_naming_word_before_a_lone_capitalised_word_names_nothing(extractor):
    r = run(extractor, "NAIROBI, May 4, 2024 - A seminar called Monday for more water funding.")
    assert not any("Monday" in n for e in r["events"] for n in e["names"])


def test_named_items_a_conference_is_divided_into_are_its_parts(extractor):
    r = run(extractor, "NAIROBI, May 4, 2024 - The 2024 Regional Water Conference opened on Monday at the Kenyatta "
                       "International Convention Centre. The conference was divided into the opening ceremony, the "
                       "Water Finance Forum, the Urban Sanitation Forum and the Youth Innovation Forum.")
    conference = event(r, "2024 Regional Water Conference")
    for name in ("Water Finance Forum", "Urban Sanitation Forum", "Youth Innovation Forum"):
        assert event(r, name)["part_of"] == conference["id"]


def test_a_list_of_parts_goes_on_over_an_unnamed_item(extractor):
    r = run(extractor, "The 2024 Regional Water Conference opened on Monday, May 6, 2024 in Nairobi. The conference was "
                       "divided into the opening ceremony, the Water Finance Forum and the dialogue between the "
                       "ministers and the world's top engineers, the Urban Sanitation Forum, and Youth Innovation Forum.")
    conference = event(r, "2024 Regional Water Conference")
    for name in ("Water Finance Forum", "Urban Sanitation Forum", "Youth Innovation Forum"):
        assert event(r, name)["part_of"] == conference["id"]


def test_a_capitalised_plural_head_ends_one_gatherings_name(extractor):
    r = run(extractor, "NAIROBI, May 4, 2024 - Delegates also attended the 2024 Nairobi Investment Promotion "
                       "Conferences on May 5.")
    conferences = event(r, "2024 Nairobi Investment Promotion Conferences")
    assert conferences["start_date"] == "2024-05-05"


def test_a_lower_case_plural_after_a_name_still_counts_editions(extractor):
    r = run(extractor, "LAHORE, May 4, 2024 - The chamber organised two Punjab Agri Expo exhibitions in 2023.")
    assert not any("Punjab Agri Expo" in n for e in r["events"] for n in e["names"])


def test_a_joint_initiative_of_two_bodies_makes_them_co_hosts(extractor):
    r = run(extractor, "ZURICH, May 4, 2024 - The first Alpine Trade Fair, a joint initiative of the Swiss Export "
                       "Chamber and the Austrian Trade Council, was inaugurated by the minister on Friday in Zurich.")
    fair = event(r, "first Alpine Trade Fair")
    assert org_names(r, fair["co_hosts"]) == {"Swiss Export Chamber", "Austrian Trade Council"}


def test_a_quoted_name_before_activity_names_a_gathering(extractor):
    r = run(extractor, "GUANGZHOU, March 31, 2023 - Consuls general of 14 countries visited Foshan for the "
                       "\"2023 Foshan Consular Tour\" activity on March 30.")
    assert event(r, "2023 Foshan Consular Tour")["start_date"] == "2023-03-30"


def test_a_quoted_slogan_before_activity_without_a_year_or_a_holding_verb_is_no_gathering(extractor):
    r = run(extractor, "GUANGZHOU, March 31, 2023 - The mayor praised the \"Green City\" programme.")
    assert not r["events"]


def _roles(r: dict, event_name: str) -> tuple[set[str], set[str]]:
    e = event(r, event_name)
    return org_names(r, e["hosts"]), org_names(r, e["co_hosts"])


def test_a_relative_clause_after_a_body_makes_it_the_host(extractor):
    r = run(extractor, "“It is a great chance,” said Jane Miller, director of the Office of Global Programs, which is "
                       "organizing the symposium. The first Rocky Mountain International Symposium will be held on "
                       "May 20, 2024.")
    assert _roles(r, "first Rocky Mountain International Symposium")[0] == {"Office of Global Programs"}


def test_a_partner_phrase_between_commas_leaves_the_subject_the_host(extractor):
    r = run(extractor, "The Vietnamese Embassy, in coordination with the embassies of French-speaking countries in "
                       "Chile, has organised the Francophone Film Week 2022 in Santiago.")
    assert _roles(r, "Francophone Film Week 2022")[0] == {"Vietnamese Embassy"}


def test_two_holding_verbs_joined_by_and_make_the_subject_the_host(extractor):
    r = run(extractor, "Following its success in 2021, Global Events Asia will be hosting and organising the "
                       "Malaysia Showcase 2022 in Istanbul on 24-27 November 2022.")
    assert _roles(r, "Malaysia Showcase 2022")[0] == {"Global Events Asia"}


def test_an_appositive_description_between_a_body_and_is_set_to_organise(extractor):
    r = run(extractor, "Medics Worldwide (MW), a United States-based organisation, is set to organise its 10th Global "
                       "Health Convention in Karachi starting Dec 24, 2022.")
    assert _roles(r, "10th Global Health Convention")[0] == {"Medics Worldwide (MW)"}


def test_a_bracketed_acronym_spelling_a_name_over_in_keeps_the_partner_list_going(extractor):
    r = run(extractor, "St. Mary’s University, partnering with the Association of African Universities, the "
                       "International Network for Higher Education in Africa (INHEA), University of KwaZulu-Natal and "
                       "MasterCard Foundation, held the 20th International Conference on Private Higher Education "
                       "from 25 to 29 August 2023.")
    hosts, co_hosts = _roles(r, "20th International Conference on Private Higher Education")
    assert hosts == {"St. Mary’s University"}
    assert co_hosts == {"Association of African Universities", "International Network for Higher Education in Africa (INHEA)",
                        "University of KwaZulu-Natal", "MasterCard Foundation"}


def test_a_unit_after_its_bodys_possessive_is_the_host(extractor):
    r = run(extractor, "“It is a chance,” said Kate Fox, vice provost in CSU’s Office of International Programs, which "
                       "is organizing the symposium. The first CSU International Symposium will be held on Feb 25, 2020.")
    host = org_names(r, event(r, "first CSU International Symposium")["hosts"])
    assert host == {"Office of International Programs"}
    office = next(o for o in r["organizations"] if o["names"][0] == "Office of International Programs")
    assert org_names(r, [office["part_of"]]) == {"CSU"}


def test_a_hyphenated_all_opens_a_bodys_name_and_its_possessive_word_stays(extractor):
    r = run(extractor, "The All-China Women’s Federation hosted the 3rd Global Women Leaders Forum in Beijing on "
                       "May 3, 2023.")
    assert _roles(r, "3rd Global Women Leaders Forum")[0] == {"All-China Women’s Federation"}


def test_a_family_name_ner_left_out_ends_an_envoys_name(extractor):
    r = run(extractor, "The Uzbek Ambassador to Pakistan, Oybek Arif Usmanov, hosted the seminar titled Uzbekistan and "
                       "Pakistan Economic Development on Friday, May 3, 2024.")
    assert [p["names"][0] for p in r["people"]] == ["Oybek Arif Usmanov"]
    assert "Oybek Arif Usmanov" not in {o["names"][0] for o in r["organizations"]}


def test_a_dateline_after_a_pages_date_label_is_read_as_one(extractor):
    r = run(extractor, " date 2019-08-18 Pokhara, 18 August: A fourth Thai educational fair has kicked off in the "
                       "city. The minister inaugurated the one-day fair on Saturday.", published="2019-08-18")
    fair = event(r, "fourth Thai educational fair")
    assert (fair["start_date"], fair["end_date"]) == ("2019-08-17", "2019-08-17")
    assert fair["city"][0] == "Pokhara"


def test_a_single_quoted_name_is_not_split_at_and(extractor):
    r = run(extractor, "The minister has participated in the two-day ‘Indo-Pacific Energy Security Ministerial and "
                       "Business Forum’ that began in Tokyo, Japan on March 14, 2024.")
    assert event(r, "Indo-Pacific Energy Security Ministerial and Business Forum")["city"][0] == "Tokyo"
    assert not any(e["names"][0] == "Business Forum" for e in r["events"])


def test_the_body_organising_an_event_called_a_quoted_title_hosts_it(extractor):
    r = run(extractor, "New Delhi, December 23, 2022: In a buildup event to River Week 2023, which is scheduled to be held "
                       "in Pune from 6th to 8th February 2023, the Ministry of Culture, organized a distinct event called "
                       "‘Dance for Rivers’, where energy generated through dance was used.")
    assert org_names(r, event(r, "Dance for Rivers")["hosts"]) == {"Ministry of Culture"}


def test_a_comma_after_a_partner_cue_leaves_the_list_its_partners(extractor):
    r = run(extractor, "The Global Energy Leaders Summit was held in Bhubaneswar on March 3, 2025. The summit was organised "
                       "by the Department of Energy of Odisha in partnership with, the Tony Blair Institute for Global "
                       "Change and Indian Institute of Technology Kanpur.")
    assert _roles(r, "Global Energy Leaders Summit") == (
        {"Department of Energy of Odisha"}, {"Tony Blair Institute for Global Change", "Indian Institute of Technology Kanpur"})


# -- Chinese ----------------------------------------------------------------------------------
def test_a_department_of_two_portfolios_is_one_body():
    r = zh_extract("2024年5月10日,第三届文旅产业发展论坛在成都开幕。本次论坛由四川省文化和旅游厅、成都市人民政府主办,"
                   "深圳市工业和信息化局协办。")
    forum = zh_event(r, "第三届文旅产业发展论坛")
    assert org_names_zh(r, forum.hosts) == {"四川省文化和旅游厅", "成都市人民政府"}
    assert org_names_zh(r, forum.co_hosts) == {"深圳市工业和信息化局"}


def test_a_government_and_a_bureau_are_two_bodies():
    r = zh_extract("2024年6月1日,第二届旅游交流会在北京举行,由北京市人民政府和市旅游局共同主办。")
    names = {o.names[0] for o in r.organizations}
    assert "北京市人民政府" in names
    assert not any("人民政府和" in n for n in names)


def test_topics_sharing_a_counted_head_are_parts():
    r = zh_extract("2024年9月3日,第五届智能制造发展大会在苏州开幕。大会期间将举办智能装备主论坛与工业软件、智能物流、"
                   "绿色制造等三个分论坛。")
    congress = zh_event(r, "第五届智能制造发展大会")
    for name in ("工业软件分论坛", "智能物流分论坛", "绿色制造分论坛"):
        part = zh_event(r, name)
        assert part.part_of == congress.id
        assert name.removesuffix("分论坛") in part.names
    assert zh_event(r, "智能装备主论坛").part_of == congress.id


def test_quoted_topics_before_a_counted_head_take_the_head():
    r = zh_extract("2024年10月8日,第二届海洋经济论坛在青岛举行。论坛设有“蓝色金融”、“海洋科技”、“港口物流”3主题分论坛。")
    forum = zh_event(r, "第二届海洋经济论坛")
    for topic in ("蓝色金融", "海洋科技", "港口物流"):
        part = zh_event(r, f"“{topic}”分论坛")
        assert topic in part.names and part.part_of == forum.id


def test_a_count_that_does_not_match_the_list_makes_no_parts():
    r = zh_extract("2024年9月3日,第五届智能制造发展大会在苏州开幕。大会期间将举办工业软件、智能物流等五个分论坛。")
    assert not any(n.endswith("分论坛") for e in r.events for n in e.names)


def test_one_character_abbreviations_listed_are_countries_taking_part():
    r = zh_extract("第21届中国科协年会将于6月29日至30日在哈尔滨举行,来自美、英、法、日、韩、俄近30个国家的专家将参会。",
                   published="2019-06-21")
    assert set(zh_event(r, "第21届中国科协年会").participant_countries) >= {"US", "GB", "FR", "JP", "KR", "RU"}


def test_abbreviations_set_off_by_commas_before_their_count_are_countries():
    r = zh_extract("3月20日,第三届图瓦农业投资论坛在克孜勒举行。中、俄、蒙三国企业代表参加。", published="2025-03-21")
    assert set(zh_event(r, "第三届图瓦农业投资论坛").participant_countries) == {"CN", "RU", "MN"}


def test_a_lone_abbreviation_is_no_country():
    r = zh_extract("3月20日,第三届图瓦农业投资论坛在克孜勒举行,美方企业代表参加。", published="2025-03-21")
    assert "US" not in zh_event(r, "第三届图瓦农业投资论坛").participant_countries


def test_a_pair_of_abbreviations_with_a_dash_stays_in_the_name():
    r = zh_extract("由全球能源互联网发展合作组织主办的2019全球能源互联网暨中-非能源电力大会将于11月4-7日在北京举办。",
                   published="2019-10-16")
    conference = zh_event(r, "2019全球能源互联网暨中-非能源电力大会")
    assert org_names_zh(r, conference.hosts) == {"全球能源互联网发展合作组织"}
    assert zh_event(zh_extract("2019年11月5日,第二届中-欧农业论坛在北京举行。"), "第二届中-欧农业论坛").city[0] == "Beijing"


def test_a_place_the_tagger_glued_to_a_numeral_opens_the_body():
    r = zh_extract("2023年3月28日,第10届智慧城市展在台北开幕,主办单位之一台北市电脑公会举行展前记者会。")
    assert org_names_zh(r, zh_event(r, "第10届智慧城市展").hosts) == {"台北市电脑公会"}


def test_quoted_topics_with_no_verb_before_them_are_parts():
    r = zh_extract("2024年10月8日,第二届海洋经济论坛在青岛举行。随后进行“蓝色金融”、“海洋科技”、“港口物流”3主题分论坛。")
    forum = zh_event(r, "第二届海洋经济论坛")
    assert zh_event(r, "“海洋科技”分论坛").part_of == forum.id


def test_a_part_named_after_its_whole_and_a_dash_is_part_of_it():
    r = zh_extract("2024年6月14至16日,第十六届海峡论坛—卫生与健康分论坛在厦门举行。")
    part, whole = zh_event(r, "第十六届海峡论坛—卫生与健康分论坛"), zh_event(r, "第十六届海峡论坛")
    assert part.part_of == whole.id
    assert "卫生与健康分论坛" in part.names
    assert (part.start_date, part.end_date) == ("2024-06-14", "2024-06-16")


def test_bodies_that_jointly_organise_a_gathering_co_host_it():
    r = zh_extract("2023年11月2日,一场由世界农民协会与中农合作协会共同组织的“第二届全球农民论坛”在广州盛大开幕。")
    assert org_names_zh(r, zh_event(r, "第二届全球农民论坛").co_hosts) == {"世界农民协会", "中农合作协会"}


def test_a_host_named_after_a_dash_following_its_role_noun():
    r = zh_extract("“2006中国国际教育年会”将于10月在北京举行。年会期间,活动主办者——中国教育国际交流协会将庆祝其成立25周年。",
                   published="2006-08-01")
    assert org_names_zh(r, zh_event(r, "2006中国国际教育年会").hosts) == {"中国教育国际交流协会"}


def test_a_concert_staged_as_a_series_part_after_a_dash():
    r = zh_extract("12月7日晚,成都·欧洲文化季系列活动——中奥秋季音乐会在成都上演。音乐会由成都市人民政府外事办公室主办。",
                   published="2021-12-08")
    concert = zh_event(r, "中奥秋季音乐会")
    assert concert.start_date == "2021-12-07"
    assert org_names_zh(r, concert.hosts) == {"成都市人民政府外事办公室"}


def test_a_headline_press_conference_about_an_event_makes_that_event_the_main_one():
    r = zh_extract("2013张家界国际乡村音乐周新闻发布会在京举行\n8月15日上午,“2013中国张家界国际乡村音乐周”新闻发布会在北京举行。"
                   "此次音乐盛会由中国文化部和湖南省政府主办。", published="2013-08-15")
    week = zh_event(r, "2013中国张家界国际乡村音乐周")
    assert org_names_zh(r, week.hosts) == {"中国文化部", "湖南省政府"}


def test_a_press_conference_a_quoted_title_names_is_an_event_and_presents_the_title():
    r = zh_extract("8月15日上午,“2013中国张家界国际乡村音乐周”新闻发布会在北京举行。音乐周将于8月31日开幕。",
                   published="2013-08-15")
    conference = zh_event(r, "“2013中国张家界国际乡村音乐周”新闻发布会")
    assert conference.start_date == "2013-08-15"
    week = zh_event(r, "2013中国张家界国际乡村音乐周")
    assert week.start_date != "2013-08-15" and week.part_of is None


def test_a_bare_press_conference_is_no_event():
    r = zh_extract("第三届湖光国际论坛于8月18日在北京举办。今日,湖光卫计委召开新闻发布会介绍论坛的相关情况。",
                   published="2024-08-14")
    assert all("发布会" not in n for e in r.events for n in e.names)
