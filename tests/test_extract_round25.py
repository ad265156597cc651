"""Constructions of the twenty-fifth unseen-text round (issue 9), on sentences written for these tests.

Chinese: regions listed before the body they share ("A与B省和C省人民政府共同主办": each region's
government co-hosts); a quoted epithet ("有“X第一展”之称的Y", "被誉为“X”的Y") names no gathering; a
media briefing (吹风会) that announces an event is no event, like a press conference; a count of
countries enumerated after it ("15个国家的部长将出席论坛,分别为:A、B、C") takes part; a declared short
name in brackets ends the name before it ("A博览会(以下简称“A博会”)与B博览会": two fairs, both
given the date they share); a headline's name that is the first of a quoted "A暨B" of one kind is
the same gathering.

English: an appositive after a brand may run to nine words before its head noun ("Agrofood 2019, the
region's largest annual food and packaging show"); "A coordinated with B and C to organize X",
"A teamed up with B to host X": A hosts, B and C co-host.
"""

from __future__ import annotations

from test_extract_en import event, extractor, has, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract as zh_extract, org_names


# -- Chinese ----------------------------------------------------------------------------------
def test_regions_listed_before_a_shared_body_each_name_their_own():
    r = zh_extract("2019东盟食品博览会3日在南宁开幕。本届博览会由中国商务部与广西壮族自治区和云南省人民政府共同主办。")
    fair = zh_event(r, "2019东盟食品博览会")
    assert org_names(r, fair.co_hosts) == {"中国商务部", "广西壮族自治区人民政府", "云南省人民政府"}


def test_a_region_alone_in_a_list_of_bodies_is_no_body():
    r = zh_extract("2019东盟食品博览会3日在南宁开幕。本届博览会由中国商务部与广西壮族自治区共同主办。")
    fair = zh_event(r, "2019东盟食品博览会")
    assert "广西壮族自治区人民政府" not in org_names(r, fair.co_hosts)


def test_a_quoted_epithet_names_no_gathering():
    r = zh_extract("2019东盟食品博览会3日在南宁开幕。有“南方第一展”之称的中国糖酒会将于秋季在成都举行。"
                   "被誉为“西部第一会”的西部博览会也将于10月在成都举办。")
    names = {n for e in r.events for n in e.names}
    assert "南方第一展" not in names and "西部第一会" not in names
    assert zh_event(r, "中国糖酒会")


def test_a_media_briefing_announcing_an_event_is_no_event():
    r = zh_extract("外交部长19日在外交部举行中外媒体吹风会,宣布第二届亚洲港口合作论坛将于4月25日至27日在北京举行。",
                   published="2019-04-19")
    assert [e.names[0] for e in r.events] == ["第二届亚洲港口合作论坛"]
    assert zh_event(r, "第二届亚洲港口合作论坛").start_date == "2019-04-25"


def test_countries_enumerated_after_their_count_take_part():
    r = zh_extract("第二届亚洲港口合作论坛将于4月25日至27日在北京举行。"
                   "截至目前,15个国家的部长将出席论坛,分别为:奥地利、智利、希腊。", published="2019-04-19")
    assert set(zh_event(r, "第二届亚洲港口合作论坛").participant_countries) == {"AT", "CL", "GR"}


def test_countries_enumerated_after_a_count_of_something_else_do_not_take_part():
    r = zh_extract("第二届亚洲港口合作论坛将于4月25日至27日在北京举行。"
                   "该港口已与15个国家通航,分别为:奥地利、智利、希腊。", published="2019-04-19")
    assert not zh_event(r, "第二届亚洲港口合作论坛").participant_countries


def test_a_declared_short_name_ends_the_name_before_it_and_both_fairs_share_the_date():
    r = zh_extract("江西省人民政府新闻办公室17日在南昌举行新闻发布会介绍,第九届江西茶业博览会(以下简称“江西茶博会”)"
                   "与第三届南昌国际绿色食品博览会将于10月27日至30日共同举办。", published="2023-10-17")
    tea, food = zh_event(r, "第九届江西茶业博览会"), zh_event(r, "第三届南昌国际绿色食品博览会")
    assert tea.id != food.id and "江西茶博会" in tea.names
    assert all("以下简称" not in n for e in r.events for n in e.names)
    assert (tea.start_date, tea.end_date) == (food.start_date, food.end_date) == ("2023-10-27", "2023-10-30")


def test_a_headline_name_that_opens_a_quoted_joint_name_is_the_same_gathering():
    text = ("两岸中医药学术年会21日在台中登场\n\n"
            "「2015第三屆兩岸中医药學術年會暨博士生論壇」21日在台中舉行,吸引來自陸方49名學者與會。")
    r = zh_extract(text, published="2015-11-21", title="两岸中医药学术年会21日在台中登场")
    assert len(r.events) == 1 and r.events[0].part_of is None
    assert "2015第三屆兩岸中医药學術年會暨博士生論壇" in r.events[0].names


# -- English ----------------------------------------------------------------------------------
def test_a_brand_before_a_long_appositive_description_is_the_event(extractor):
    r = run(extractor, "The minister took a tour of the Agrofood 2019, the region's largest annual food and "
                       "packaging show, being staged at the Expo Centre in Lagos from March 3 to 6.", "2019-03-04")
    show = event(r, "Agrofood 2019")
    assert (show["start_date"], show["end_date"]) == ("2019-03-03", "2019-03-06")


def test_partners_after_a_coordinating_verb_co_host(extractor):
    r = run(extractor, "Riverside Hospital coordinated with the Northern Medical University and the Accra Nursing "
                       "College to organize the 3rd West Africa Nursing Conference on March 3.", "2019-03-04")
    conf = event(r, "3rd West Africa Nursing Conference")
    assert has(r, conf["hosts"], "Riverside Hospital")
    assert has(r, conf["co_hosts"], "Northern Medical University") and has(r, conf["co_hosts"], "Accra Nursing College")


def test_partners_after_teamed_up_with_co_host(extractor):
    r = run(extractor, "The Lagos Chamber of Commerce teamed up with the Nigeria Export Council to host the "
                       "3rd West Africa Trade Summit in Abuja.", "2019-03-04")
    summit = event(r, "3rd West Africa Trade Summit")
    assert has(r, summit["hosts"], "Lagos Chamber of Commerce")
    assert has(r, summit["co_hosts"], "Nigeria Export Council")


def test_with_and_to_without_a_partner_verb_make_no_partners(extractor):
    r = run(extractor, "The Lagos Chamber of Commerce met with the Nigeria Export Council to host the "
                       "3rd West Africa Trade Summit in Abuja.", "2019-03-04")
    summit = event(r, "3rd West Africa Trade Summit")
    assert not has(r, summit["co_hosts"], "Nigeria Export Council")


def test_a_body_named_like_a_gathering_that_holds_an_edition_is_its_host(extractor):
    r = run(extractor, "QINGDAO, China, June 4, 2021 /PRNewswire/ -- The Lima Forum for Asia (LFA) hosts the second "
                       "Global Water Forum in Qingdao. The Forum gathered 400 experts.")
    forum = event(r, "second Global Water Forum")
    assert has(r, forum["hosts"], "Lima Forum for Asia")
    assert all("Lima Forum for Asia" not in e["names"] for e in r["events"])


def test_an_edition_holding_an_edition_stays_an_event(extractor):
    r = run(extractor, "The 5th Pacific Trade Expo hosted the 3rd Investment Forum in Suva on May 2.", "2021-05-03")
    assert event(r, "5th Pacific Trade Expo") and event(r, "3rd Investment Forum")


def test_a_former_ambassador_is_no_envoy(extractor):
    r = run(extractor, "The keynote address at the 3rd Andes Mining Forum in Lima was delivered by Gert Grobler, "
                       "former Ambassador of South Africa, and by Ana Ruiz, Ambassador of Chile to Peru.", "2021-10-01")
    envoys = {p["names"][0]: (p["ambassador_of"], p["posted_to"]) for p in r["people"] if p["ambassador_of"]}
    assert envoys == {"Ana Ruiz": ("CL", "PE")}


def test_a_partner_list_goes_on_over_and_also(extractor):
    r = run(extractor, "Pune based Lotus University in association with the Lotus Centre for Global Education and "
                       "also the Lotus Students Council organised the African Student Meet 2016 on Monday, 6 June 2016.")
    meet = event(r, "African Student Meet 2016")
    assert has(r, meet["co_hosts"], "Lotus Centre for Global Education")
    assert has(r, meet["co_hosts"], "Lotus Students Council")


def test_a_name_opened_by_a_span_of_years_drops_both_in_its_short_name():
    r = zh_extract("2023年7月21日,多国驻华大使在郑州市出席“2022-2023全球发明大会”。")
    names = zh_event(r, "2022-2023全球发明大会").names
    assert "全球发明大会" in names and not any(n.startswith("-") for n in names)


def test_topics_listed_after_a_name_and_closed_by_its_acronym_are_the_name(extractor):
    r = run(extractor, "Almost 200 scientists are expected to attend the 5th International Conference for Solar Energy, "
                       "Energy Storage and Energy Policy, CISE 2012. The conference opens on June 1 and will run for "
                       "three days at the Lima Convention Center.")
    conf = event(r, "5th International Conference for Solar Energy, Energy Storage and Energy Policy")
    assert "CISE 2012" in conf["names"]
    assert (conf["start_date"], conf["end_date"]) == ("2012-06-01", "2012-06-03")


def test_names_listed_in_a_comma_list_do_not_swallow_each_other(extractor):
    r = run(extractor, "Delegates attended the Forum on Trade, the 2nd Water Expo and the Energy Summit, held in Pune "
                       "on May 3, 2019.")
    assert {e["names"][0] for e in r["events"]} == {"Forum on Trade", "2nd Water Expo", "Energy Summit"}


def test_workshops_listed_before_run_parallel_take_place(extractor):
    r = run(extractor, "The 5th Andes Solar Conference opens on June 1 in Lima. The 3rd Workshop on Solar Cooling, "
                       "the 2nd Workshop on Storage and Grids, and the 1st Workshop on Green Hydrogen will run "
                       "parallel to the event, she stated.", "2012-05-31")
    for name in ("3rd Workshop on Solar Cooling", "2nd Workshop on Storage and Grids", "1st Workshop on Green Hydrogen"):
        assert event(r, name)


def test_a_lead_saying_people_meet_places_and_dates_the_one_event(extractor):
    r = run(extractor, "Kolkata, Sept 1 (IBNS): Trade Ministers of 11 countries are meeting in Dili, Timor-Leste, "
                       "from Sept 7-11 to set priorities for the region.\n\nOne of the key areas for discussion at the "
                       "5th Session of the Asia Trade Council will be tariffs.", "2015-09-01")
    session = event(r, "5th Session of the Asia Trade Council")
    assert session["city"][0] == "Dili" and session["start_date"] == "2015-09-07"


def test_a_lead_about_people_meeting_is_no_reference_when_two_events_are_named(extractor):
    r = run(extractor, "Trade Ministers of 11 countries are meeting in Dili from Sept 7-11.\n\nThey will discuss the "
                       "5th Asia Trade Expo in Jakarta and the 2nd Pacific Port Summit in Suva.", "2015-09-01")
    assert event(r, "5th Asia Trade Expo")["city"][0] == "Jakarta"
    assert event(r, "2nd Pacific Port Summit")["city"][0] == "Suva"


def test_a_session_named_as_its_parent_a_quoted_theme_and_its_own_head_is_a_part_taking_the_roles():
    r = zh_extract("2015年东湖论坛年会将于3月26日至29日在武汉召开。由国家中医药管理局主办,中国民族医药学会国际交流与合作分会"
                   "承办,北京同仁堂集团协办的2015东湖论坛年会“面向未来:中医药的国际化”专场活动将于3月27日举行。",
                   published="2015-03-23")
    meeting = zh_event(r, "2015年东湖论坛年会")
    session = zh_event(r, "“面向未来:中医药的国际化”专场活动")
    assert session.part_of == meeting.id and session.start_date == "2015-03-27"
    assert org_names(r, session.hosts) == {"国家中医药管理局"} and not meeting.hosts
    assert org_names(r, session.organizers) == {"中国民族医药学会国际交流与合作分会"}


def test_two_bodies_joined_by_and_stay_two():
    r = zh_extract("第三届长江医药博览会5月3日在武汉开幕,由湖北省医药行业协会与武汉大学医学部联合主办。")
    fair = zh_event(r, "第三届长江医药博览会")
    assert org_names(r, fair.co_hosts) == {"湖北省医药行业协会", "武汉大学医学部"}


def test_a_closing_ceremony_of_a_quoted_course_dates_its_end_and_its_length_its_start():
    r = zh_extract("6月20日上午,“2013年发展中国家渔业发展和管理部级研讨班”结业典礼在淡水渔业研究中心举行。"
                   "本次研讨班由商务部主办,为期7天。", published="2013-06-21")
    course = zh_event(r, "2013年发展中国家渔业发展和管理部级研讨班")
    assert (course.start_date, course.end_date) == ("2013-06-14", "2013-06-20")
    assert all("结业典礼" not in n for n in course.names)


def test_an_opening_day_and_a_length_still_give_the_end():
    r = zh_extract("6月20日,第三届国际渔业博览会在上海开幕,为期3天。", published="2013-06-21")
    assert (zh_event(r, "第三届国际渔业博览会").start_date, zh_event(r, "第三届国际渔业博览会").end_date) \
        == ("2013-06-20", "2013-06-22")


def test_a_word_right_after_an_edition_that_is_said_to_be_held_heads_a_name():
    r = zh_extract("上海合作组织成员国文化部长第十五次会晤于16日至17日在海南省三亚市举行。", published="2018-05-19")
    meeting = zh_event(r, "上海合作组织成员国文化部长第十五次会晤")
    assert (meeting.start_date, meeting.end_date, meeting.city[0]) == ("2018-05-16", "2018-05-17", "Sanya")


def test_leaders_meeting_with_no_edition_is_no_event():
    r = zh_extract("5月17日,国家主席在北京同俄罗斯总统举行会晤。两国元首会晤后共同会见记者。", published="2018-05-19")
    assert not r.events


def test_a_place_at_the_city_centre_of_a_city_is_the_city(extractor):
    r = run(extractor, "A photo exhibition on Kenya opened on the 22nd of October at the city centre of Chongqing "
                       "Municipality, in China.", "2020-10-26")
    show = event(r, "photo exhibition on Kenya")
    assert show["start_date"] == "2020-10-22" and show["city"][0] == "Chongqing"


def test_items_of_a_list_closed_by_etc_and_a_head_are_parts_and_the_kind_is_no_name():
    r = zh_extract("10月29日,第五届中国茶业大会在咸宁开幕。大会设有“‘一带一路’茶叶与经济”主论坛,标准联通赤壁青砖茶高峰论坛、"
                   "全球风味茶发展趋势论坛等分论坛。", published="2019-10-30")
    main = zh_event(r, "第五届中国茶业大会")
    for name in ("“‘一带一路’茶叶与经济”主论坛", "标准联通赤壁青砖茶高峰论坛", "全球风味茶发展趋势论坛"):
        assert zh_event(r, name).part_of == main.id
    assert all("等" not in n and not n.startswith("设有") for e in r.events for n in e.names)


def test_a_body_after_a_possessive_description_and_an_acronym_s_lower_case_unit(extractor):
    r = run(extractor, "The 7th ASEAN Media Forum (AMF) convened on October 31, 2023 in Jakarta. Organised by the "
                       "ASEAN secretariat in partnership with the Germany’s international development agency GIZ, the "
                       "event drew over 40 members.")
    forum = event(r, "ASEAN Media Forum")
    assert has(r, forum["hosts"], "ASEAN Secretariat") and has(r, forum["co_hosts"], "GIZ")


def test_the_one_year_of_a_sentence_dates_its_day_when_no_publication_date_is_known(extractor):
    r = run(extractor, "As part of Indonesia’s 2023 chairmanship, the 7th ASEAN Media Forum (AMF) convened on "
                       "October 31 in its capital Jakarta.")
    assert event(r, "ASEAN Media Forum")["start_date"] == "2023-10-31"


def test_two_years_in_a_sentence_date_no_day(extractor):
    r = run(extractor, "After the 2019 and 2021 editions, the 7th ASEAN Media Forum (AMF) convened on October 31 in "
                       "Jakarta.")
    assert event(r, "ASEAN Media Forum")["start_date"] is None


def test_two_topics_joined_by_and_share_the_head_after_them(extractor):
    r = run(extractor, "The Kenya Dairy and Livestock Expo 2020 would be held from February 11 to 13 in Nairobi.",
            "2020-02-10")
    expo = event(r, "Kenya Dairy and Livestock Expo 2020")
    assert (expo["start_date"], expo["city"][0]) == ("2020-02-11", "Nairobi")


def test_a_brand_after_and_opens_another_body(extractor):
    r = run(extractor, "On Monday the Lagos Chamber of Commerce and BusinessEurope hosted the 3rd Transatlantic "
                       "Business Summit in Washington.", "2024-04-23")
    summit = event(r, "3rd Transatlantic Business Summit")
    assert has(r, summit["hosts"], "Lagos Chamber of Commerce") and has(r, summit["hosts"], "BusinessEurope")


def test_a_day_opening_the_sentence_without_a_comma_dates_the_event_held_after_it(extractor):
    for text, day in (("Today the Lagos Chamber hosted the 3rd Transatlantic Business Summit in Washington.",
                       "2024-04-23"),
                      ("On Monday the Lagos Chamber hosted the 3rd Transatlantic Business Summit in Washington.",
                       "2024-04-22")):
        assert event(run(extractor, text, "2024-04-23"), "3rd Transatlantic Business Summit")["start_date"] == day


def test_a_day_opening_a_reported_sentence_dates_no_event(extractor):
    r = run(extractor, "Yesterday the minister said the 3rd Transatlantic Business Summit in Washington was a success.",
            "2024-04-23")
    assert all(e["start_date"] is None for e in r["events"])


def test_another_name_s_year_dates_a_sentence_when_no_publication_date_is_known_and_a_tally_is_no_name():
    text = ("2022中国汽车论坛“闭门峰会”在上海嘉定举行\n\n11月8日-10日,由中国汽车工业协会主办的第12届中国汽车论坛在上海嘉定举办。"
            "本届论坛共设置“1场闭门峰会+1个大会论坛+16个主题论坛”。")
    r = zh_extract(text, published=None, title="2022中国汽车论坛“闭门峰会”在上海嘉定举行")
    forum = zh_event(r, "第12届中国汽车论坛")
    assert (forum.start_date, forum.end_date) == ("2022-11-08", "2022-11-10")
    assert all("+" not in n for e in r.events for n in e.names)


def test_a_theme_in_title_marks_before_its_head_is_part_of_the_name():
    r = zh_extract("2017年3月24日,英国黑龙江同乡会和伦敦南岸大学中医孔子学院联合举办的《情系龙江,共谋发展》主题研讨会在伦敦举行。")
    seminar = zh_event(r, "《情系龙江,共谋发展》主题研讨会")
    assert seminar.start_date == "2017-03-24" and seminar.country == "GB"
    assert org_names(r, seminar.co_hosts) == {"英国黑龙江同乡会", "伦敦南岸大学中医孔子学院"}


def test_a_journal_title_before_a_forum_stays_out_of_its_name():
    r = zh_extract("5月3日,《湖光经济》杂志社主办的湖州发展论坛在湖州举行。", published="2019-05-04")
    assert zh_event(r, "湖州发展论坛")
    assert all(not n.startswith("《") for e in r.events for n in e.names)
