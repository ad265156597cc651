"""Chinese constructions of the third unseen-text round (issue 9), on sentences written for
these tests: a gathering's head the tagger glues to its name, people said to come from a
list of countries, an event named in passing and reported through 本届, the activities of
the event a reference names, and a verb before an edition."""

from __future__ import annotations

from test_extract_zh import event, extract


def test_a_head_glued_to_its_name_by_the_tagger_is_found_by_shape():
    record = extract("1月20日,2025驻华大使新春联谊会在北京举行。", published="2025-01-21")
    found = event(record, "2025驻华大使新春联谊会")
    assert found.city[0] == "Beijing" and found.start_date == "2025-01-20"


def test_a_glued_head_after_a_year_and_a_quoted_name_with_its_co_hosts():
    record = extract("1月20日,由甲国驻华大使馆、亚太商会联合主办的2025“一带一路”驻华大使新春联谊会在北京举行。",
                     published="2025-01-21")
    assert len(event(record, "2025“一带一路”驻华大使新春联谊会").co_hosts) == 2


def test_an_organization_or_a_committee_ending_in_hui_is_no_event():
    record = extract("1月20日,中国红十字会在北京举行表彰会。省政府和大会组委会表示欢迎。", published="2025-01-21")
    assert all("红十字会" not in n and "组委会" not in n for e in record.events for n in e.names)


def test_people_said_to_come_from_a_list_with_parts_no_gazetteer_knows():
    record = extract("1月20日,第三届湖光论坛在澳门开幕。出席会见的部长及副部长来自波黑塞族共和国、博茨瓦纳、"
                     "柬埔寨、坦桑尼亚桑给巴尔、尼泊尔及津巴布韦等。", published="2025-01-21")
    assert set(event(record, "第三届湖光论坛").participant_countries) >= {"BA", "BW", "KH", "TZ", "NP", "ZW"}


def test_goods_from_a_country_name_no_participant():
    record = extract("1月20日,第三届湖光论坛在澳门开幕。来自美国的进口产品备受欢迎。", published="2025-01-21")
    assert event(record, "第三届湖光论坛").participant_countries == []


def test_a_list_keeps_a_country_after_and():
    record = extract("1月20日,第三届湖光论坛在澳门开幕。来自美国和日本、韩国的企业参展。", published="2025-01-21")
    assert event(record, "第三届湖光论坛").participant_countries == ["US", "JP", "KR"]


def test_an_edition_named_in_passing_is_reported_through_benjie():
    record = extract("4月26日,湖光秘书处在广州召开座谈会,通报第五届湖光博览会情况。"
                     "本届博览会将于9月20日至25日在乌鲁木齐举办。本届博览会的重点活动湖光经济发展论坛将于9月21日举行。",
                     published="2025-05-01")
    expo = event(record, "第五届湖光博览会")
    assert expo.start_date == "2025-09-20" and expo.end_date == "2025-09-25" and expo.city[0] == "Ürümqi"
    assert event(record, "湖光经济发展论坛").part_of == expo.id


def test_a_reference_reports_no_earlier_edition_when_the_current_one_is_reported():
    record = extract("9月11日,第四届湖光发展论坛在芒市开幕。回顾首届湖光发展论坛的成果。本届论坛在芒市举行。",
                     published="2025-09-12")
    assert [e.names[0] for e in record.events] == ["第四届湖光发展论坛"]


def test_a_pair_of_country_abbreviations_before_shuangfang_gives_both_countries():
    for text in ("12月15日晚,第十三届“湖光论坛”中方主办方湖光出版局在京为出席论坛的中日双方主要代表举行欢迎仪式。",
                 "12月15日晚,第十三屆“湖光論壇”中方主辦方湖光出版局在京為出席論壇的中日雙方主要代表舉行歡迎儀式。"):
        assert event(extract(text, published="2025-12-16"), "湖光论坛" if "论坛" in text else "湖光論壇"
                     ).participant_countries == ["CN", "JP"]


def test_a_bare_shuangfang_names_no_country():
    record = extract("5月3日,第二届湖光论坛在北京开幕。双方代表共200人出席。", published="2025-05-04")
    assert event(record, "第二届湖光论坛").participant_countries == []


def test_coming_to_a_city_to_attend_places_the_event_there():
    record = extract("5月8日,第五届湖光投资高峰论坛开幕。商务部部长助理张明表示,非常高兴来澳出席是次论坛。",
                     published="2025-05-09")
    assert event(record, "第五届湖光投资高峰论坛").city == ["Macau", "澳"]
    record = extract("5月8日,商务部部长助理张明专程赴京参加第三届湖光论坛。", published="2025-05-09")
    assert event(record, "第三届湖光论坛").city[0] == "Beijing"


def test_a_place_named_by_a_holding_verb_wins_over_coming_to_attend():
    record = extract("5月8日,第三届湖光论坛在上海举行。张明专程赴京参加第三届湖光论坛。", published="2025-05-09")
    assert event(record, "第三届湖光论坛").city[0] == "Shanghai"


def test_benjie_before_a_short_name_refers_to_the_edition_named_before():
    record = extract("李明副秘书长主持会议并通报第五届湖光博览会情况。本届湖光博览会将在9月20日至25日在乌鲁木齐举办。",
                     published="2016-04-29")
    expo = event(record, "第五届湖光博览会")
    assert (expo.start_date, expo.end_date, expo.city[0]) == ("2016-09-20", "2016-09-25", "Ürümqi")


def test_more_heads_as_data_and_an_association_named_lianyihui_is_no_event():
    record = extract("5月8日,2025湖光投资推介晚会在昆明举行。全国湖光企业联谊会会长李明致辞。", published="2025-05-09")
    assert [e.names[0] for e in record.events] == ["2025湖光投资推介晚会"]


def test_a_date_with_a_gloss_and_qijian_before_the_place_clause():
    record = extract("第十一届湖光医疗器械展销会暨首届湖光人才招聘会将于2015年2月17日至2015年2月21日(农历十二月二十九至正月初三)期间,"
                     "在湖光展销馆举办。", published="2015-02-10")
    for name in ("第十一届湖光医疗器械展销会", "首届湖光人才招聘会"):
        assert (event(record, name).start_date, event(record, name).end_date) == ("2015-02-17", "2015-02-21")


def test_a_list_closed_by_deng_bumen_before_its_role_and_a_zonghui_is_an_organization():
    record = extract("2015年2月17日,第十一届湖光展销会在莆田开幕。展销会由秀屿区人民政府、湖光健康产业总会主办,"
                     "湖光市商务局、湖光市贸易促进会等部门协办。", published="2015-02-18")
    found = event(record, "第十一届湖光展销会")
    assert len(found.hosts) == 2 and len(found.co_hosts) == 2


def test_a_republic_of_china_year_and_a_baodao_dateline_date_an_announcement():
    record = extract("【湖光报8月15日报导】外交部今天表示,「中华民国100年湖光使节会议」明天举行开幕仪式。"
                     "「中华民国100年湖光使节会议」明起一连3天在台北举行。", published=None)
    found = event(record, "中华民国100年湖光使节会议")
    assert (found.start_date, found.end_date, found.city[0]) == ("2011-08-16", "2011-08-18", "Taipei")


def test_parts_held_within_an_event_and_an_organization_named_with_he_and_lianhe_zuzhi():
    record = extract("记者24日获悉,由湖光友好协会、非洲城市和地方政府联合组织共同主办的首届湖光地方合作论坛将于8月27日至28日在"
                     "北京举行。在为期一天半的论坛中,将分别举办湖光领导人峰会和湖光经贸论坛。", published="2012-07-24")
    forum = event(record, "首届湖光地方合作论坛")
    assert {o.names[0] for o in record.organizations if o.id in forum.co_hosts} == {"湖光友好协会", "非洲城市和地方政府联合组织"}
    assert event(record, "湖光领导人峰会").part_of == forum.id and event(record, "湖光经贸论坛").part_of == forum.id


def test_zai_huodong_zhong_names_no_holder():
    record = extract("首届湖光地方合作论坛将于8月27日在北京举行。在活动中,将举办湖光经贸论坛。", published="2012-07-24")
    assert event(record, "湖光经贸论坛").part_of is None


def test_a_place_in_brackets_inside_an_organization_name():
    record = extract("2015年2月17日,第十一届湖光展销会在莆田开幕。展销会由莆田(中国)健康产业总会主办。", published="2015-02-18")
    assert [o.names[0] for o in record.organizations] == ["莆田(中国)健康产业总会"]


def test_a_quoted_day_held_banli_is_an_event_and_a_procedure_is_not():
    record = extract("外交部将于10月22日(周六)在台北宾馆办理「结伴同行力量大-2022国际组织日」,开幕典礼将由部长主持。"
                     "公司将办理「退税日」相关手续。", published="2022-10-20")
    assert [(e.names[0], e.start_date, e.city[0]) for e in record.events] == \
        [("结伴同行力量大-2022国际组织日", "2022-10-22", "Taipei")]
