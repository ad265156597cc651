"""Constructions of the unseen-text round (issue 9), on sentences written for these tests:
names that open with their head, an edition followed by "annual", an abbreviation inside an
event name, quoted names, attendance that says an event took place, bilateral names giving both
countries, counted lists of quoted activities, a quoted name with 活动, and a numeral inside a
proper word (一带一路)."""

from __future__ import annotations

from test_extract_en import event, extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event
from test_extract_zh import extract as zh_extract


def names(record) -> list[list[str]]:
    return [e["names"] for e in record["events"]]


def test_a_name_may_open_with_its_head(extractor):
    record = run(extractor, "The Forum on Nordic-Baltic Cooperation in Dental Care was held in Tallinn on "
                            "12 May 2024.", published="2024-05-13")
    assert event(record, "Forum on Nordic-Baltic Cooperation in Dental Care")["city"][0] == "Tallinn"


def test_a_weak_head_opening_a_name_is_no_event(extractor):
    record = run(extractor, "Day of Remembrance events took place across the region.", published="2024-05-13")
    assert names(record) == []


def test_an_edition_followed_by_annual_and_an_inner_abbreviation(extractor):
    record = run(extractor, "The 9th annual Coastal Imaging & Radiology Innovation (CIRI) Symposium was held "
                            "on 3 March 2023 in Porto.", published="2023-03-04")
    found = event(record, "9th annual Coastal Imaging & Radiology Innovation (CIRI) Symposium")
    assert "CIRI Symposium" in found["names"]
    assert found["start_date"] == "2023-03-03"


def test_a_quoted_name_keeps_its_brackets(extractor):
    record = run(extractor, "On June 4th, the minister was invited to the “2022 Herbal Medicine(HM) Trade "
                            "Forum (Laos)” in Vientiane.", published="2022-06-06")
    found = event(record, "2022 Herbal Medicine(HM) Trade Forum (Laos)")
    assert "Herbal Medicine(HM) Trade Forum" in found["names"]


def test_taking_part_says_the_event_took_place(extractor):
    record = run(extractor, "Engineers from Chile and Peru took part in the second Andes Water Technology "
                            "Think Tank Dialogue.", published="2024-01-10")
    assert event(record, "second Andes Water Technology Think Tank Dialogue")


def test_a_name_mentioned_in_passing_is_still_no_event(extractor):
    record = run(extractor, "She recalled the Andes Water Technology Dialogue of the nineties fondly.",
                 published="2024-01-10")
    assert names(record) == []


def test_a_bilateral_name_gives_both_countries(extractor):
    record = run(extractor, "The Kenya-Norway Maritime Conference 2025 opened in Mombasa on Monday.",
                 published="2025-02-05")
    assert sorted(event(record, "Kenya-Norway Maritime Conference 2025")["participant_countries"]) == ["KE", "NO"]


def test_a_name_with_a_region_is_not_bilateral(extractor):
    record = run(extractor, "The China-Africa Dairy Conference opened in Nairobi on Monday.", published="2025-02-05")
    assert event(record, "China-Africa Dairy Conference")["participant_countries"] == []


def test_zh_counted_quoted_activities_are_sub_events():
    record = zh_extract("2024年5月10日,第三届滨江智慧养老产业大会在杭州开幕。大会设置“长三角养老服务合作推介会”"
                        "“智慧康养设备体验展示”“银发经济圆桌交流”等三项主题活动。")
    main = zh_event(record, "第三届滨江智慧养老产业大会")
    for name in ("长三角养老服务合作推介会", "智慧康养设备体验展示", "银发经济圆桌交流"):
        assert zh_event(record, name).part_of == main.id


def test_zh_quoted_names_without_a_count_are_no_events():
    record = zh_extract("2024年5月10日,第三届滨江智慧养老产业大会在杭州开幕。与会者谈到“老有所养”“老有所乐”的愿景。")
    assert [e.names[0] for e in record.events] == ["第三届滨江智慧养老产业大会"]


def test_zh_a_quoted_name_with_huodong_is_an_event():
    record = zh_extract("6月3日,省卫生健康委和省中医药管理局在成都共同举办“中医药文化进校园”活动。")
    assert zh_event(record, "“中医药文化进校园”活动")


def test_zh_a_numeral_inside_a_proper_word_stays_in_the_name():
    record = zh_extract("8月18日,一带一路暨绿色港口发展研讨会在天津举行。")
    assert zh_event(record, "一带一路暨绿色港口发展研讨会")


def test_zh_a_publication_title_before_a_name_is_not_part_of_it():
    record = zh_extract("《滨海日报》国际海洋经济论坛18日在青岛开幕。", published="2024-09-19")
    assert zh_event(record, "国际海洋经济论坛")


def test_zh_a_bilateral_name_gives_both_countries():
    record = zh_extract("2024年3月5日,中国—新加坡智慧城市合作论坛在苏州举行。")
    assert sorted(zh_event(record, "中国—新加坡智慧城市合作论坛").participant_countries) == ["CN", "SG"]


def test_counted_quoted_sessions_are_parts_on_the_events_day(extractor):
    record = run(extractor, "The 3rd Harbour Robotics Symposium was held on 8 April 2023 in Halifax. The event was "
                            "organized into three sessions, including “Underwater Drones”, chaired by Ann Lee, "
                            "“Port Automation” and “Safety at Sea”.", published="2023-04-09")
    main = event(record, "3rd Harbour Robotics Symposium")
    for name in ("Underwater Drones", "Port Automation", "Safety at Sea"):
        part = event(record, name)
        assert (part["part_of"], part["start_date"]) == (main["id"], "2023-04-08")


def test_quoted_words_without_a_count_are_no_parts(extractor):
    record = run(extractor, "The 3rd Harbour Robotics Symposium was held on 8 April 2023 in Halifax. Speakers "
                            "discussed “Underwater Drones” and “Port Automation”.", published="2023-04-09")
    assert [e["names"][0] for e in record["events"]] == ["3rd Harbour Robotics Symposium"]


def test_zh_a_noun_and_hui_before_a_holding_word_is_a_head():
    record = zh_extract("2024年4月2日,首届滨江数字音乐会在杭州举办。")
    assert zh_event(record, "首届滨江数字音乐会").city[0] == "Hangzhou"


def test_zh_hui_as_a_verb_makes_no_event():
    record = zh_extract("2024年4月2日,专家认为数字音乐会继续发展。")
    assert record.events == []


def test_zh_a_themed_part_after_zhi_belongs_to_the_event_before_it():
    record = zh_extract("2023年6月8日,第五届中国—中亚农业合作论坛之“智慧灌溉”研讨会在西安举行。")
    part = zh_event(record, "“智慧灌溉”研讨会")
    assert "第五届中国—中亚农业合作论坛之“智慧灌溉”研讨会" in part.names
    assert part.part_of == zh_event(record, "第五届中国—中亚农业合作论坛").id


def test_envoy_quoted_after_the_event_is_reported_attended_it(extractor):
    record = run(extractor, "The Lagos Maritime Health Summit 2024 opened in Lagos on Tuesday. \"Ports keep "
                            "health supplies moving,\" said Anna Berg, ambassador of Norway to Nigeria.",
                 published="2024-05-15")
    summit = event(record, "Lagos Maritime Health Summit 2024")
    envoy = next(p for p in record["people"] if p["ambassador_of"] == "NO")
    assert envoy["attended"] == [summit["id"]]
    assert "NO" in summit["participant_countries"]


def test_envoy_quoted_before_any_event_attended_nothing(extractor):
    record = run(extractor, "\"Ports keep health supplies moving,\" said Anna Berg, ambassador of Norway to Nigeria. "
                            "Officials did not say when talks would resume.", published="2024-05-15")
    assert all(p["attended"] == [] for p in record["people"])


def test_zh_a_listed_speaker_ending_in_deng_at_the_opening_attended():
    record = zh_extract("2023年6月8日,第五届中国—中亚农业合作论坛在西安开幕。陕西省副省长王明,"
                        "哈萨克斯坦驻华大使努尔兰·别克等在开幕式上致辞。")
    forum = zh_event(record, "第五届中国—中亚农业合作论坛")
    envoy = next(p for p in record.people if p.ambassador_of == "KZ")
    assert envoy.attended == [forum.id]


def test_zh_a_counted_list_of_countries_with_yu_and_no_ge():
    record = zh_extract("2024年9月2日,“海上丝路健康行”活动在福州举办。越南、泰国、马来西亚等30余国代表出席活动。")
    assert {"VN", "TH", "MY"} <= set(zh_event(record, "“海上丝路健康行”活动").participant_countries)


def test_zh_a_headline_dash_still_embeds_the_parent():
    record = zh_extract("第三届中国-东盟海洋论坛举行\n2024年9月2日,第三届中国—东盟海洋论坛“蓝色经济”视频会在南宁举行。",
                        title=None)
    part = zh_event(record, "“蓝色经济”视频会")
    assert part.part_of == zh_event(record, "第三届中国-东盟海洋论坛").id


def test_a_head_of_an_edition_of_another_event_is_its_own_event(extractor):
    record = run(extractor, "The Launch Meeting of the 2nd Danube Bioeconomy Expo will be held in Vienna on "
                            "March 3. The 2nd Danube Bioeconomy Expo opens in June.", published="2025-02-20")
    meeting = event(record, "Launch Meeting of the 2nd Danube Bioeconomy Expo")
    assert meeting["start_date"] == "2025-03-03"
    assert event(record, "2nd Danube Bioeconomy Expo")["id"] != meeting["id"]


def test_a_committee_or_officer_of_an_event_is_no_event(extractor):
    record = run(extractor, "Staff of the Organizing Committee of the Danube Health Forum visited Vienna on "
                            "Monday, said the Deputy Director of the Danube Health Forum.", published="2025-02-20")
    assert all("Committee" not in n and "Director" not in n for e in record["events"] for n in e["names"])


def test_zh_an_adverb_inside_a_name_after_a_place():
    record = zh_extract("5月20日,第九届中国对外文化贸易洽谈会(简称“文洽会”)在西安举行。")
    assert "文洽会" in zh_event(record, "第九届中国对外文化贸易洽谈会").names
    assert all(e.names for e in record.events)


def test_zh_a_gathering_named_as_quoted_text():
    record = zh_extract("新华社杭州6月2日电 名为“数字健康新时代”的大型学术会议2日在杭州开幕。中国驻法国大使王明到会祝贺。",
                        published="2024-06-03")
    meeting = zh_event(record, "数字健康新时代")
    envoy = next(p for p in record.people if p.ambassador_of == "CN")
    assert meeting.start_date == "2024-06-02" and envoy.attended == [meeting.id]


def test_an_anniversary_celebration_of_a_programme_is_an_event(extractor):
    record = run(extractor, "On May 4, 2024, the 10th anniversary celebration of the Nordic Health Exchange "
                            "Programme (NHEP) was held in Oslo. It was jointly organized by the Nordic Council "
                            "and the Oslo Chamber of Commerce.", published="2024-05-05")
    found = event(record, "10th anniversary celebration of the Nordic Health Exchange Programme (NHEP)")
    assert found["city"][0] == "Oslo" and len(found["co_hosts"]) == 2


def test_its_opening_a_sentence_refers_to_the_event_before(extractor):
    record = run(extractor, "The Third Baltic Pharmacy Forum opened in Riga on Monday. It’s organized by the "
                            "Latvian Pharmacists Association.", published="2024-05-07")
    assert len(event(record, "Third Baltic Pharmacy Forum")["hosts"]) == 1


def test_a_quoted_title_inside_a_name(extractor):
    record = run(extractor, "The Third Session of “Health for All” Nursing Summit was held in Accra on June 3, "
                            "2024.", published="2024-06-04")
    assert event(record, "Third Session of “Health for All” Nursing Summit")["start_date"] == "2024-06-03"


def test_a_pages_date_label_is_not_the_events_date(extractor):
    record = run(extractor, " date 2024-05-02 The Third Volta Dairy Forum kicked off in Accra on May 1.",
                 published="2024-05-02")
    assert event(record, "Third Volta Dairy Forum")["start_date"] == "2024-05-01"


def test_an_administration_of_a_department_has_that_parent(extractor):
    record = run(extractor, "The Harbour Trade Forum 2024 was co-organized by the Export Administration of the "
                            "Ruritania Department of Trade and opened in Oslo on 3 May 2024.", published="2024-05-04")
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    parents = {orgs[o["id"]]: orgs.get(o["part_of"]) for o in record["organizations"]}
    assert parents.get("Export Administration of the Ruritania Department of Trade") == "Ruritania Department of Trade"


def test_zh_quotes_delimit_a_joint_name():
    record = zh_extract("2024年9月26日,“企业对接会暨海洋装备合作研讨会”在宁波举行。")
    assert zh_event(record, "企业对接会暨海洋装备合作研讨会").city[0] == "Ningbo"


def test_a_part_takes_the_year_in_its_parents_name(extractor):
    record = run(extractor, "The Forum on Andean Water Policy was held in Quito on August 29 during the 2023 "
                            "Andean Cooperation Week.")
    assert event(record, "Forum on Andean Water Policy")["start_date"] == "2023-08-29"


def test_two_editions_sharing_a_name_stay_two_events(extractor):
    record = run(extractor, "The second Baltic Rail Forum will be held in Riga from June 1 to 4, 2025. The first "
                            "Baltic Rail Forum was held in Tallinn in 2023.", published="2025-05-20")
    second = event(record, "second Baltic Rail Forum")
    assert "first Baltic Rail Forum" not in second["names"] and second["city"][0] == "Riga"


def test_a_date_after_the_holding_verb_beats_a_fronted_report_date(extractor):
    record = run(extractor, "On May 31, the third Baltic Rail Expo will be opened in Hall 2, Riga Expo Park on "
                            "June 1, 2025.", published="2025-05-31")
    assert event(record, "third Baltic Rail Expo")["start_date"] == "2025-06-01"
    assert all("Riga Expo Park" not in e["names"] for e in record["events"])


def test_zh_as_a_part_of_an_event_the_reported_event_belongs_to_it():
    record = zh_extract("作为2024海博会的配套活动,第三届海洋药物创新论坛9月5日在厦门举行。")
    forum = zh_event(record, "第三届海洋药物创新论坛")
    assert forum.part_of == zh_event(record, "2024海博会").id and forum.city[0] == "Xiamen"


def test_a_venue_joined_by_and_to_an_event_noun_stays_one_venue(extractor):
    record = run(extractor, "The Pacific Ports Summit opened at the Hong Kong Convention and Exhibition Centre on "
                            "Wednesday. Co-organized by the Macao Special Administrative Region (MSAR) government "
                            "and the Pacific Ports Council (PPC), the summit drew 300 delegates.", published="2024-05-10")
    assert [e["names"][0] for e in record["events"]] == ["Pacific Ports Summit"]
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    assert {orgs[o] for o in record["events"][0]["co_hosts"]} == {
        "Macao Special Administrative Region (MSAR) government", "Pacific Ports Council (PPC)"}


def test_zh_a_century_opens_a_name_and_a_dash_compound_names_an_organization():
    record = zh_extract("5月18日,21世纪海洋经济市长论坛在福州举行。论坛由福建省人民政府、中国—东盟国家合作秘书处共同主办。",
                        published="2024-05-19")
    forum = zh_event(record, "21世纪海洋经济市长论坛")
    hosts = {o.names[0] for o in record.organizations if o.id in forum.hosts + forum.co_hosts}
    assert "中国—东盟国家合作秘书处" in hosts


def test_zh_a_consul_posted_to_a_city_abbreviation_and_a_hong_kong_country_name():
    record = zh_extract("1月17日,迎春座谈会在重庆举行。匈牙利驻渝总领事馆总领事罗兰致辞。中国驻马耳他大使姜明出席。",
                        published="2018-01-19")
    posts = {(p.names[0], p.ambassador_of, p.posted_to) for p in record.people}
    assert ("罗兰", "HU", "CN") in posts and ("姜明", "CN", "MT") in posts


def test_zh_items_after_a_reported_one_and_after_the_opening_are_parts():
    record = zh_extract("10月16日,第三届东海港口城市合作大会在宁波开幕。开幕式后,还举行了港口物流合作论坛,"
                        "海洋装备发展论坛、航运金融创新论坛等平行论坛。大会同期,还举办了“看见东海”—港口城市摄影展、"
                        "海洋科技成果展等。", published="2024-10-17")
    main = zh_event(record, "第三届东海港口城市合作大会")
    for name in ("港口物流合作论坛", "海洋装备发展论坛", "航运金融创新论坛", "“看见东海”—港口城市摄影展", "海洋科技成果展"):
        assert zh_event(record, name).part_of == main.id


def test_zh_an_anniversary_inside_a_name_a_leading_verb_and_a_venue_after_jia():
    record = zh_extract("为庆祝澳门科技协会成立二十周年,协会将于十月二十日假澳门会展中心举办澳门科技协会成立二十周年高级别研讨会。",
                        published="2023-10-13")
    seminar = zh_event(record, "澳门科技协会成立二十周年高级别研讨会")
    assert seminar.start_date == "2023-10-20" and seminar.hosts == []
    assert all(not n.startswith("庆祝") for e in record.events for n in e.names)


def test_zh_a_day_with_its_evening_and_a_name_opening_with_guo_jing_wai():
    record = zh_extract("1月17日晚,重庆市工商联举办了国(境)外驻渝领事馆和商务机构迎春座谈会。", published="2018-01-19")
    meeting = zh_event(record, "国(境)外驻渝领事馆和商务机构迎春座谈会")
    assert meeting.start_date == "2018-01-17" and len(meeting.hosts) == 1


def test_zh_a_host_institution_label_and_a_long_list_with_one_misread_part():
    record = zh_extract("“第五届环球商会峰会”主办机构环球商会联盟今天称,峰会将于十月十七日在澳门举行。本届会议由"
                        "中国国际贸易促进委员会、台湾商业总会、澳门贸易投资促进局、澳门厂商联合会、澳门付货人协会协办。",
                        published="2024-10-15")
    summit = zh_event(record, "第五届环球商会峰会")
    names = lambda ids: {o.names[0] for o in record.organizations if o.id in ids}  # noqa: E731
    assert names(summit.hosts) == {"环球商会联盟"}
    assert {"中国国际贸易促进委员会", "澳门贸易投资促进局", "澳门厂商联合会"} <= names(summit.co_hosts)


def test_zh_a_headline_and_body_naming_one_event_with_a_word_inserted_are_one_event():
    record = zh_extract("2024驻华使节夫人中国书画大赛在京举行\n7月2日,2024驻华使节夫人书画大赛在北京举行。",
                        published="2024-07-03")
    assert len(record.events) == 1


def test_zh_names_differing_by_a_longer_word_stay_two_events():
    record = zh_extract("7月2日,2024国际青年书画大赛在北京举行。7月3日,2024国际青年数字书画大赛在上海举行。",
                        published="2024-07-03")
    assert len(record.events) == 2


def test_a_place_line_opening_the_body_places_the_event_in_the_city(extractor):
    record = run(extractor, "Bhopal (Madhya Pradesh): The 12th Central India Dairy Fair is being organised in the city "
                            "from March 3 to March 5.", published="2024-02-20")
    fair = event(record, "12th Central India Dairy Fair")
    assert (fair["city"][0], fair["country"]) == ("Bhopal", "IN")


def test_a_plural_possessive_inside_a_name_and_an_ambiguous_country_in_a_list(extractor):
    record = run(extractor, "The third Ghana Cocoa Farmers’ Expo 2024 is billed for May 3, 2024, in Accra. Delegates "
                            "are expected from Togo, Chad, Niger and Benin.", published="2024-02-20")
    expo = event(record, "third Ghana Cocoa Farmers’ Expo 2024")
    assert {"TG", "TD", "NE", "BJ"} <= set(expo["participant_countries"])


def test_an_event_of_two_kinds_joined_by_and(extractor):
    record = run(extractor, "The inaugural Sahel Solar Exhibition and Conference will hold in Niamey on May 3, 2024.",
                 published="2024-02-20")
    assert event(record, "inaugural Sahel Solar Exhibition and Conference")["city"][0] == "Niamey"


def test_organised_jointly_by_a_closing_day_and_a_place_after_an_abbreviation(extractor):
    record = run(extractor, "The 5th Chattogram Trade Fair opened on November 14, 2023. The fair is being organised "
                            "jointly by the Dhaka Chamber of Commerce (DCC) Bangladesh and the Port Traders Association. "
                            "The fourteen-day fair will conclude on November 27.", published="2023-11-15")
    fair = event(record, "5th Chattogram Trade Fair")
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    assert "Dhaka Chamber of Commerce (DCC) Bangladesh" in {orgs[o] for o in fair["co_hosts"]}
    assert (fair["start_date"], fair["end_date"]) == ("2023-11-14", "2023-11-27")


def test_a_name_ner_reads_as_a_person_is_still_a_festivals(extractor):
    record = run(extractor, "Meanwhile, a Tigrayan Diaspora Festival will be held from July 31 to August 6, 2014 in "
                            "Mekelle, officials said.", published="2014-07-30")
    assert event(record, "Tigrayan Diaspora Festival")["start_date"] == "2014-07-31"


def test_zh_countries_listed_inside_baokuo_zainei_and_envoys_of_listed_countries():
    record = zh_extract("8月18日,第二届丝路卫生合作研讨会在北京举行,来自包括新加坡、柬埔寨和蒙古国在内的30个国家的"
                        "约300名卫生官员出席了研讨会。斐济、密克罗尼西亚等6 个国家的驻华大使一起按下启动球。",
                        published="2017-08-19")
    assert {"SG", "KH", "MN", "FJ", "FM"} <= set(zh_event(record, "第二届丝路卫生合作研讨会").participant_countries)
