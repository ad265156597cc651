"""Chinese extraction on sentences written for these tests (plus the seed article end to end).

LAC is loaded once per test session: ``kg.extract.get_extractor`` keeps one extractor per process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import get_extractor
from kg.model import Article, EventRecord

SEED = Path(__file__).resolve().parents[1] / "examples" / "articles" / "seed-000.txt"


def extract(text: str, published: str | None = "2025-06-01", title: str | None = None) -> EventRecord:
    article = Article(id="t", text=text, title=title, published=published, lang="zh")
    return next(iter(get_extractor("zh").pipe([article])))


def event(record: EventRecord, name: str):
    found = [e for e in record.events if name in e.names]
    assert found, f"no event named {name!r} in {[e.names for e in record.events]}"
    return found[0]


def org_names(record: EventRecord, ids: list[str]) -> set[str]:
    return {o.names[0] for o in record.organizations if o.id in ids}


def roles_of(record: EventRecord) -> set[tuple[str, str, str]]:
    """(person, title, organization) of every role in a record."""
    return {(p.names[0], role.title, org_names(record, [role.org]).pop()) for p in record.people for role in p.roles}


def person(record: EventRecord, name: str):
    found = [p for p in record.people if name in p.names]
    assert found, f"no person named {name!r} in {[p.names for p in record.people]}"
    return found[0]


# -- events and roles ------------------------------------------------------------------------
def test_host_co_hosts_and_organizer_in_one_sentence():
    r = extract("11月5日,第三届长江智能制造博览会在武汉开幕。本届博览会由湖北省经济和信息化厅主办,"
                "武汉市工商业联合会和华中科技大学联合主办,武汉光谷会展有限公司承办。", published="2024-11-06")
    e = event(r, "第三届长江智能制造博览会")
    assert "长江智能制造博览会" in e.names  # alias without the edition
    assert e.type == "Exhibition"
    assert org_names(r, e.hosts) == {"湖北省经济和信息化厅"}
    assert org_names(r, e.co_hosts) == {"武汉市工商业联合会", "华中科技大学"}
    assert org_names(r, e.organizers) == {"武汉光谷会展有限公司"}
    assert (e.start_date, e.city[0], e.country) == ("2024-11-05", "Wuhan", "CN")
    assert e.end_date is None  # one date with 开幕 is only the start


def test_jointly_organised_by_a_list_with_lianhe_makes_co_hosts():
    r = extract("第二届西部康复医学论坛由四川大学华西医院联合成都市医学会、重庆医科大学等共同主办,"
                "于2025年4月12日在成都举行。")
    e = event(r, "第二届西部康复医学论坛")
    assert org_names(r, e.co_hosts) == {"四川大学华西医院", "成都市医学会", "重庆医科大学"}
    assert not e.hosts
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-04-12", "2025-04-12", "Chengdu")


def test_guidance_and_support_give_no_role():
    r = extract("2025智慧养老产业大会在杭州召开,大会由杭州市民政局指导,浙江省养老产业协会主办。")
    e = event(r, "2025智慧养老产业大会")
    assert org_names(r, e.hosts) == {"浙江省养老产业协会"}
    assert not e.co_hosts and not e.organizers


def test_host_named_after_zhubanfang():
    r = extract("2025亚洲口腔展10日在新加坡开幕。展会主办方新加坡牙科协会会长陈明表示,本届展会规模为历年最大。")
    e = event(r, "2025亚洲口腔展")
    assert org_names(r, e.hosts) == {"新加坡牙科协会"}
    assert (e.city[0], e.country, e.start_date) == ("Singapore", "SG", "2025-06-10")


# -- dates ----------------------------------------------------------------------------------
def test_zhi_date_range_across_months():
    r = extract("中新网南宁8月2日电 第十届中国-东盟医药合作论坛将于10月30日至11月2日在广西南宁举办。",
                published=None)
    e = event(r, "第十届中国-东盟医药合作论坛")
    assert (e.start_date, e.end_date) == (None, None)  # no year anywhere in the text
    r = extract("第十届中国-东盟医药合作论坛将于2025年10月30日至11月2日在广西南宁举办。")
    e = event(r, "第十届中国-东盟医药合作论坛")
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-10-30", "2025-11-02", "Nanning")


def test_range_with_dash_and_duration():
    r = extract("首届北方生物医药创新周将于9月24-26日在沈阳举行。", published="2025-08-20")
    assert (event(r, "首届北方生物医药创新周").start_date, event(r, "首届北方生物医药创新周").end_date) == \
        ("2025-09-24", "2025-09-26")
    r = extract("2025国际康复器械展17日在德国柏林开幕,本届展会为期三天。", published="2025-03-18")
    e = event(r, "2025国际康复器械展")
    assert (e.start_date, e.end_date, e.city[0], e.country) == ("2025-03-17", "2025-03-19", "Berlin", "DE")


def test_jinnian_resolves_against_publication_year():
    r = extract("白俄罗斯卫生部与中国医院协会签署合作备忘录,双方期待今年在明斯克共同举办第三届中白医疗合作对接会。",
                published="2026-03-02")
    e = event(r, "第三届中白医疗合作对接会")
    assert (e.start_date, e.end_date) == ("2026", None)
    assert (e.city[0], e.country) == ("Minsk", "BY")
    assert org_names(r, e.co_hosts) == {"白俄罗斯卫生部", "中国医院协会"}


def test_reporter_date_is_not_the_event_date_but_dates_its_month():
    r = extract("记者15日在此间举行的第六届长三角健康产业峰会上获悉,区域医疗合作项目已达120个。",
                published="2025-05-16")
    e = event(r, "第六届长三角健康产业峰会")
    assert (e.start_date, e.end_date) == ("2025-05", "2025-05")  # only that it was on in that month


# -- traditional text, pinyin inserts ---------------------------------------------------------
def test_traditional_text_keeps_surface_names():
    r = extract("第十屆粵港澳大灣區醫療器械博覽會於2023年6月8日至10日在廣州舉行,由廣東省醫療器械行業協會主辦。")
    e = event(r, "第十屆粵港澳大灣區醫療器械博覽會")
    assert "粵港澳大灣區醫療器械博覽會" in e.names
    assert org_names(r, e.hosts) == {"廣東省醫療器械行業協會"}
    assert e.city == ["Guangzhou", "廣州"]
    assert (e.start_date, e.end_date) == ("2023-06-08", "2023-06-10")
    ev = [x for x in e.evidence if x.fact == "names"][0]
    assert r.article["id"] == "t" and "第十屆" in ev.sentence  # evidence quotes the original text


def test_pinyin_inserts_are_dropped_from_names():
    text = "由天津市醫(yī)學(xué)會主辦的2024京津冀醫(yī)學(xué)影像大會將於11月8日在天津開幕。"
    r = extract(text)
    e = event(r, "2024京津冀醫學影像大會")
    assert org_names(r, e.hosts) == {"天津市醫學會"}
    assert (e.start_date, e.city[0]) == ("2024-11-08", "Tianjin")
    ev = [x for x in e.evidence if x.fact == "start_date"][0]
    assert text[ev.start:ev.end] == ev.sentence


# -- people -------------------------------------------------------------------------------------
def test_ambassador_to_china_attends_and_brings_his_country():
    r = extract("2025中法生物医药创新论坛12日在北京举行。法国驻华大使白林出席开幕式并致辞。")
    p = person(r, "白林")
    e = event(r, "2025中法生物医药创新论坛")
    assert (p.ambassador_of, p.posted_to, p.attended) == ("FR", "CN", [e.id])
    assert "FR" in e.participant_countries


def test_chinese_diplomats_abroad_and_at_the_un():
    r = extract("第三届中德医疗器械合作大会在柏林开幕,中国驻德国大使邓洪波致辞,中国驻汉堡总领事杜晓慧出席。"
                "中国常驻联合国代表傅聪在发给大会的贺信中表示祝贺。", published="2025-04-02")
    assert (person(r, "邓洪波").ambassador_of, person(r, "邓洪波").posted_to) == ("CN", "DE")
    assert (person(r, "杜晓慧").ambassador_of, person(r, "杜晓慧").posted_to) == ("CN", "DE")
    assert (person(r, "傅聪").ambassador_of, person(r, "傅聪").posted_to) == ("CN", None)
    e = event(r, "第三届中德医疗器械合作大会")
    assert e.id in person(r, "邓洪波").attended
    assert "CN" in e.participant_countries  # its ambassador takes part for China (round 6 measurement)


def test_title_split_from_its_organization():
    r = extract("2025浙江数字健康大会在杭州开幕。浙江省卫生健康委员会副主任王仁元、中国数字医学学会秘书长周立新出席。"
                "四川省副省长李刚致辞,省长黄强会见了与会代表。")
    assert {("王仁元", "副主任", "浙江省卫生健康委员会"), ("周立新", "秘书长", "中国数字医学学会"),
            ("李刚", "副省长", "四川省人民政府")} <= roles_of(r)
    assert not any(p.names[0] == "黄强" for p in r.people)  # titled only by an unnamed place


def test_title_chain_shares_the_organization():
    r = extract("国家药监局党组成员、副局长赵军宁,中华医学会会长、北京大学医学部主任王辰出席首届医疗器械创新大会。"
                "天津瑞康医疗器械有限公司市场部经理刘萍说,公司今年参展的产品更多。")
    roles = roles_of(r)
    assert {("赵军宁", "党组成员", "国家药监局"), ("赵军宁", "副局长", "国家药监局"),
            ("王辰", "会长", "中华医学会"), ("王辰", "主任", "北京大学医学部")} <= roles
    assert ("刘萍", "市场部经理", "天津瑞康医疗器械有限公司") in roles


def test_speaking_for_the_host_makes_the_speakers_organization_a_host():
    r = extract("2025华南医院管理论坛在深圳开幕,广东省医院协会会长陈星伟代表主办方致辞。")
    assert org_names(r, event(r, "2025华南医院管理论坛").hosts) == {"广东省医院协会"}


# -- places -------------------------------------------------------------------------------------
def test_headline_abbreviation_zaihu():
    r = extract("第五届医疗人工智能大会在沪开幕\n2025-05-21 来源:新华网\n第五届医疗人工智能大会20日开幕,"
                "来自20多个国家的专家参会。", published="2025-05-21", title="第五届医疗人工智能大会在沪开幕")
    e = event(r, "第五届医疗人工智能大会")
    assert e.city[0] == "Shanghai" and "沪" in e.city and e.country == "CN"
    assert e.start_date == "2025-05-20"


def test_county_maps_to_its_prefecture_city_and_hong_kong_keeps_its_code():
    r = extract("第二届临洮当归产业博览会8月10日在临洮县开幕。\n第八届亚洲医疗科技论坛于香港会议展览中心举行。",
                published="2025-08-11")
    assert event(r, "第二届临洮当归产业博览会").city[0] == "Dingxi"
    e = event(r, "第八届亚洲医疗科技论坛")
    assert (e.city[0], e.country, e.venue) == ("Hong Kong", "HK", "香港会议展览中心")


def test_participant_countries_from_a_list():
    r = extract("2025丝路医疗合作大会在西安开幕,来自哈萨克斯坦、乌兹别克斯坦和巴基斯坦等12个国家的代表参会。"
                "会上介绍,来自美国的进口设备占比逐年下降。")
    assert set(event(r, "2025丝路医疗合作大会").participant_countries) == {"KZ", "UZ", "PK"}


# -- sub-events ---------------------------------------------------------------------------------
def test_sub_events_held_during_the_main_event():
    r = extract("2025世界传统医药大会9月5日在南宁开幕。大会期间还举办了东盟传统医药分论坛和民族医药产业推介会。"
                "大会同期还将举办第二届中医药健康产品博览会。")
    main = event(r, "2025世界传统医药大会")
    for name in ("东盟传统医药分论坛", "民族医药产业推介会", "第二届中医药健康产品博览会"):
        sub = event(r, name)
        assert sub.part_of == main.id
        assert sub.city[0] == "Nanning"  # taken from the main event


def test_bare_tongqi_is_no_sub_event():
    r = extract("同期举办的第三届康养产业展览会吸引了300家企业参展。", published="2025-06-01")
    assert event(r, "第三届康养产业展览会").part_of is None


def test_forum_named_after_the_main_event_is_part_of_it():
    r = extract("2025数字中国建设峰会将于4月29日在福州开幕,2025数字中国建设峰会智慧医疗分论坛将于4月30日举行。")
    main, sub = event(r, "2025数字中国建设峰会"), event(r, "2025数字中国建设峰会智慧医疗分论坛")
    assert sub.part_of == main.id
    assert "智慧医疗分论坛" in sub.names
    assert (sub.start_date, sub.end_date) == ("2025-04-30", "2025-04-30")


# -- organizations --------------------------------------------------------------------------------
def test_org_parents_from_lishuyu_and_compound_names():
    r = extract("第四届华东眼科学术会议由上海市眼科学会主办,上海视康医疗科技有限公司承办。上海视康医疗科技有限公司隶属于"
                "华东医药集团。会议还邀请了国家卫生健康委员会医政司副司长李大川出席。")
    by_name = {o.names[0]: o for o in r.organizations}
    assert by_name["上海视康医疗科技有限公司"].part_of == by_name["华东医药集团"].id
    assert by_name["国家卫生健康委员会医政司"].part_of == by_name["国家卫生健康委员会"].id


def test_subsidiary_under_qixia():
    r = extract("2025上海国际医疗器械展由国药集团旗下的国药励展展览有限责任公司主办。")
    by_name = {o.names[0]: o for o in r.organizations}
    assert by_name["国药励展展览有限责任公司"].part_of == by_name["国药集团"].id


# -- no event -------------------------------------------------------------------------------------
def test_no_event_story_gives_no_event():
    r = extract("外交部发言人毛宁表示,中方愿同各国加强卫生领域合作,推动构建人类卫生健康共同体。\n"
                "她说,近年来中国医疗队在非洲开展了大量工作,为当地医疗事业发展作出了贡献,"
                "相关会议精神正在各地展开学习。")
    assert r.events == []
    assert ("发言人", "外交部") in {(role.title, org_names(r, [role.org]).pop()) for p in r.people for role in p.roles}


def test_descriptive_gathering_is_no_event():
    r = extract("该院今年首次独立举办的护理技能展示会吸引了众多同行,同期还组织了多场专题学术会议。")
    assert r.events == []
    r = extract("迈瑞康医疗昨日在深圳举办新品发布会,发布三款监护仪,并与经销商召开了经验交流会。")
    assert r.events == []
    r = extract("公司发布半年报,营收同比增长。公司去年曾参加德国杜塞尔多夫医疗展,并在展会上签约。")
    assert r.events == []  # background, not news


# -- the seed article end to end -------------------------------------------------------------------
@pytest.mark.parametrize("cut_furniture", [True, False])
def test_seed_000_end_to_end(cut_furniture):
    text = SEED.read_text(encoding="utf-8")
    if cut_furniture:
        from kg.load import load_articles

        article = next(iter(load_articles([SEED])))
    else:  # the raw page, its list of other stories included
        article = Article(id="seed-000", text=text, published="2025-07-13", lang="zh")
    r = next(iter(get_extractor("zh").pipe([article])))
    main = event(r, "2025中国医学装备国际合作大会")
    assert {"中国医学装备国际合作大会", "首届中国医学装备国际合作大会"} <= set(main.names)
    assert (main.start_date, main.end_date, main.city[0], main.country) == ("2025-07-11", "2025-07-12", "Shanghai", "CN")
    assert org_names(r, main.hosts) == {"中国医学装备协会"}
    for name in ("中国医学装备产业链国际合作对接会", "中非智慧医疗国际论坛"):
        sub = event(r, name)
        assert (sub.part_of, sub.start_date, sub.end_date) == (main.id, "2025-07-12", "2025-07-12")
    expo = event(r, "第二届中国医学装备(白俄罗斯)展览会")
    assert (expo.country, expo.start_date) == ("BY", "2025")
    assert org_names(r, expo.co_hosts) == {"中国医学装备协会", "白俄罗斯卫生部"}
    ambassador = person(r, "亚历山大·切尔维亚科夫")
    assert (ambassador.ambassador_of, ambassador.posted_to, ambassador.attended) == ("BY", "CN", [main.id])
    assert main.participant_countries == ["BY"]
    assert len(r.events) == 4  # nothing from the list of other stories
    for entity in [*r.events, *r.organizations, *r.people]:
        for ev in entity.evidence:
            assert article.text[ev.start:ev.end] == ev.sentence and 0 < ev.confidence <= 1


def test_host_and_organizer_cues_in_a_row_and_as_nouns():
    r = extract("由中国康复医学会主办、北京博瑞会展有限公司承办的第十届康复医学博览会于2025年5月9日在北京闭幕。"
                "本届博览会中国残疾人联合会为指导单位,北京康复医院为协办单位。")
    e = event(r, "第十届康复医学博览会")
    assert org_names(r, e.hosts) == {"中国康复医学会"}
    assert org_names(r, e.organizers) == {"北京博瑞会展有限公司"}
    assert org_names(r, e.co_hosts) == {"北京康复医院"}
    assert (e.start_date, e.end_date) == (None, "2025-05-09")  # 闭幕: the day it closed


def test_title_joined_with_jian():
    r = extract("深圳迈康医疗器械有限公司董事长兼总经理何志远出席2025深圳国际医疗器械展并发表讲话。")
    roles = roles_of(r)
    assert roles == {("何志远", "董事长", "深圳迈康医疗器械有限公司"), ("何志远", "总经理", "深圳迈康医疗器械有限公司")}


def test_until_date_and_duration_give_the_end():
    r = extract("第三届东北亚医药博览会8日在长春开幕,展期至11日。", published="2025-09-09")
    e = event(r, "第三届东北亚医药博览会")
    assert (e.start_date, e.end_date) == ("2025-09-08", "2025-09-11")
    r = extract("9月2日,由吉林省医学会主办的2025长白山康养论坛在延吉召开。论坛为期两天。", published="2025-09-03")
    e = event(r, "2025长白山康养论坛")
    assert (e.start_date, e.end_date) == ("2025-09-02", "2025-09-03")  # the date opens the sentence
    assert org_names(r, e.hosts) == {"吉林省医学会"}


def test_next_edition_is_no_event_and_takes_no_date():
    r = extract("2025西湖医学论坛在杭州闭幕。据悉,下一届论坛将于明年在宁波举办。", published="2025-10-20")
    assert [e.names[0] for e in r.events] == ["2025西湖医学论坛"]
    assert event(r, "2025西湖医学论坛").start_date == "2025"  # the name's year, not the next edition's 明年


def test_speaker_at_the_opening_attended():
    r = extract("2025中意医疗合作论坛在罗马开幕。开幕式上,意大利驻华大使安博思表示,两国合作前景广阔。",
                published="2025-06-11")
    p = person(r, "安博思")
    assert (p.ambassador_of, p.posted_to, p.attended) == ("IT", "CN", [event(r, "2025中意医疗合作论坛").id])


def test_declared_short_name_and_government_title_after_a_party_post():
    r = extract("杭州智影医疗科技有限公司(以下简称“智影医疗”)今日发布年报,智影医疗董事长沈文表示将加大研发投入。"
                "2025杭州医学影像大会开幕式上,杭州市委副书记、市长姚高员致辞。")
    assert {("沈文", "董事长", "杭州智影医疗科技有限公司"), ("姚高员", "市长", "杭州市人民政府")} <= roles_of(r)
    assert {"杭州智影医疗科技有限公司", "智影医疗"} <= set(next(o.names for o in r.organizations
                                                              if o.names[0] == "杭州智影医疗科技有限公司"))
    assert [e.names[0] for e in r.events] == ["2025杭州医学影像大会"]


def test_announcement_with_role_lines():
    r = extract("2025中国康复医学大会通知\n会议时间:2025年8月22日至24日\n会议地点:北京国家会议中心\n"
                "主办单位:中国康复医学会、中华医学会\n承办单位:北京博瑞会展有限公司\n"
                "欢迎各界人士参加2025中国康复医学大会。")
    e = event(r, "2025中国康复医学大会")
    assert org_names(r, e.hosts) == {"中国康复医学会", "中华医学会"}
    assert org_names(r, e.organizers) == {"北京博瑞会展有限公司"}
    assert (e.start_date, e.end_date, e.city[0], e.venue) == ("2025-08-22", "2025-08-24", "Beijing", "北京国家会议中心")


def test_two_editions_stay_two_events():
    r = extract("第一届长三角康复论坛于3月1日在南京举行,第二届长三角康复论坛于9月1日在合肥举行。", published="2025-09-02")
    first, second = event(r, "第一届长三角康复论坛"), event(r, "第二届长三角康复论坛")
    assert first.id != second.id
    assert (first.start_date, first.city[0], second.start_date, second.city[0]) == \
        ("2025-03-01", "Nanjing", "2025-09-01", "Hefei")


def test_local_time_date_and_an_exhibition_the_tagger_took_for_an_organization():
    r = extract("当地时间3月5日,2025年国际牙科展在德国科隆开幕,为期五天。", published="2025-03-06")
    e = event(r, "2025年国际牙科展")
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-03-05", "2025-03-09", "Köln")
    r = extract("第十屆澳門國際醫療展將於2025年6月在澳門舉行,預計吸引來自葡萄牙、巴西等國家的企業參展。")
    e = event(r, "第十屆澳門國際醫療展")
    assert (e.start_date, e.city[0], e.country, sorted(e.participant_countries)) == ("2025-06", "Macau", "MO", ["BR", "PT"])


def test_home_country_firms_at_an_event_abroad():
    r = extract("2025中国医疗器械(越南)展览会在河内开幕,展会汇聚了40多家国内知名医疗器械企业。", published="2025-05-20")
    e = event(r, "2025中国医疗器械(越南)展览会")
    assert (e.country, e.participant_countries) == ("VN", ["CN"])


def test_opening_ceremony_dates_the_start():
    r = extract("2025全国康复医疗器械博览会开幕式暨康复产业发展论坛9月3日在武汉举行。", published="2025-09-04")
    expo, forum = event(r, "2025全国康复医疗器械博览会"), event(r, "康复产业发展论坛")
    assert (expo.start_date, expo.end_date, expo.city[0]) == ("2025-09-03", None, "Wuhan")
    assert (forum.start_date, forum.end_date, forum.part_of) == ("2025-09-03", "2025-09-03", expo.id)


def test_quoted_name_after_de_and_hong_kong_in_a_list_of_countries():
    r = extract("由香港醫務委員會與香港大學李嘉誠醫學院合辦的「2024亞太醫學教育會議」昨日在港揭幕,為期三日,"
                "來自香港、澳門、新加坡等地的學者出席。", published="2024-06-21")
    e = event(r, "2024亞太醫學教育會議")
    assert org_names(r, e.co_hosts) == {"香港醫務委員會", "香港大學李嘉誠醫學院"}
    assert (e.start_date, e.end_date, e.city, e.country) == ("2024-06-20", "2024-06-22", ["Hong Kong", "港"], "HK")
    assert set(e.participant_countries) == {"HK", "MO", "SG"}


def test_abbreviated_trade_fair_name_and_a_long_foreign_name():
    r = extract("2025服贸会将于9月10日至14日在北京首钢园举办。俄罗斯卫生部副部长格卢哈科夫将出席。", published="2025-08-30")
    e = event(r, "2025服贸会")
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-09-10", "2025-09-14", "Beijing")
    roles = [(role.title, org_names(r, [role.org]).pop()) for role in person(r, "格卢哈科夫").roles]
    assert roles == [("副部长", "俄罗斯卫生部")]


def test_event_only_inside_a_quoted_speech_is_not_reported():
    r = extract("谈及未来,他说:“我们正在筹划,希望明年能在成都举办首届西部医学人工智能大会,把更多企业请进来。”"
                "他表示,公司将继续加大投入。")
    assert r.events == []


# -- constructions beyond the development set ------------------------------------------------
def test_home_envoy_without_sender_and_a_chargé_d_affaires():
    r = extract("2024年3月5日,第二届中国(智利)医疗器械展览会在圣地亚哥开幕。驻智利大使刘明、"
                "厄瓜多尔驻智利使馆临时代办何塞·帕斯出席开幕式并致辞。")
    e = event(r, "第二届中国(智利)医疗器械展览会")
    envoy = person(r, "刘明")
    assert (envoy.ambassador_of, envoy.posted_to, envoy.attended) == ("CN", "CL", [e.id])
    charge = person(r, "何塞·帕斯")
    assert charge.ambassador_of is None
    assert roles_of(r) >= {("何塞·帕斯", "临时代办", "厄瓜多尔驻智利使馆")}
    assert "EC" in e.participant_countries


def test_hosts_listed_after_zhuban_danwei_wei_and_joint_events_share_roles():
    r = extract("2025西南康复医学大会暨第三届康复辅具展销会于6月12日至14日在昆明召开。"
                "本次大会主办单位为云南省康复医学会、四川省康复医学会、贵州省康复医学会,承办单位为昆明会展有限公司。")
    hosts = {"云南省康复医学会", "四川省康复医学会", "贵州省康复医学会"}
    for name in ("2025西南康复医学大会", "第三届康复辅具展销会"):
        e = event(r, name)
        assert org_names(r, e.hosts) == hosts
        assert org_names(r, e.organizers) == {"昆明会展有限公司"}
        assert (e.start_date, e.end_date, e.city[0]) == ("2025-06-12", "2025-06-14", "Kunming")


def test_counted_sub_forums_are_no_event_and_listed_side_events_are_parts():
    r = extract("9月3日上午,2025东北中医药产业博览会在长春开幕。大会举办6个分论坛。"
                "开幕式后,长白山中药材论坛、道地药材产销对接会等4项配套活动相继举行。")
    main = event(r, "2025东北中医药产业博览会")
    assert main.start_date == "2025-09-03"
    assert not [e for e in r.events if any("6个" in n for n in e.names)]
    for name in ("长白山中药材论坛", "道地药材产销对接会"):
        assert event(r, name).part_of == main.id


def test_side_event_after_a_subject_and_one_held_by_the_event_on_the_same_day():
    r = extract("1月20日,第五届中东欧医疗合作论坛在华沙举行。论坛期间,与会各方还共同举办了中波药品监管研讨会。"
                "当天下午,论坛还举办了中波医疗器械贸易对接会。", published="2025-01-22")
    main = event(r, "第五届中东欧医疗合作论坛")
    assert event(r, "中波药品监管研讨会").part_of == main.id
    side = event(r, "中波医疗器械贸易对接会")
    assert side.part_of == main.id
    assert (side.start_date, side.city[0]) == ("2025-01-20", "Warsaw")


def test_a_promotion_elsewhere_and_months_before_is_no_part_and_a_venue_hosts_nothing():
    r = extract("8月5日,第六届中国医疗器械(秘鲁)展览会招商推介会在广州举行。第六届中国医疗器械(秘鲁)展览会"
                "定于2025年3月10日至12日在利马会展中心举办,由中国医疗器械行业协会主办。", published="2024-08-06")
    promo = event(r, "第六届中国医疗器械(秘鲁)展览会招商推介会")
    fair = event(r, "第六届中国医疗器械(秘鲁)展览会")
    assert promo.part_of is None
    assert (promo.city[0], fair.city[0]) == ("Guangzhou", "Lima")
    assert org_names(r, fair.hosts) == {"中国医疗器械行业协会"}
    assert not promo.hosts


def test_parents_stated_by_subsidiary_nouns_and_fushu():
    r = extract("2025华中医院建设大会由武汉大学附属同济康复医院承办,湖北康宁医疗科技有限公司协办,于5月8日在武汉召开。"
                "湖北康宁医疗科技有限公司系华康控股集团股份有限公司控股子公司。")
    parents = {o.names[0]: org_names(r, [o.part_of]) for o in r.organizations if o.part_of}
    assert parents["武汉大学附属同济康复医院"] == {"武汉大学"}
    assert parents["湖北康宁医疗科技有限公司"] == {"华康控股集团股份有限公司"}


def test_declared_short_name_of_an_event_and_a_bracketed_qualifier_group_mentions():
    r = extract("第十届华南国际口腔器械(秋季)展览会(以下简称SCDE)将于2025年10月15日至17日举办。"
                "SCDE将在深圳国际会展中心举行。第十届华南国际口腔器械展览会由广东省口腔医学会主办。",
                published="2025-06-01")
    assert len(r.events) == 1
    e = r.events[0]
    assert "SCDE" in e.names
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-10-15", "2025-10-17", "Shenzhen")
    assert org_names(r, e.hosts) == {"广东省口腔医学会"}


def test_envoys_listed_before_a_shared_verb_attend():
    r = extract("2025中亚卫生合作论坛12日在阿拉木图开幕。中国驻哈萨克斯坦大使张林,哈萨克斯坦卫生部副部长"
                "阿斯兰·努尔兰等出席开幕式。", published="2025-04-13")
    e = event(r, "2025中亚卫生合作论坛")
    assert person(r, "张林").attended == [e.id]


def test_mainland_and_group_words_in_a_list_of_participants():
    r = extract("第三届澳门国际中医药展览会昨日在澳门开幕,来自葡萄牙、巴西等葡语国家及内地、香港的150家企业参展。",
                published="2025-03-02")
    e = event(r, "第三届澳门国际中医药展览会")
    assert set(e.participant_countries) == {"PT", "BR", "CN", "HK"}


def test_the_signing_association_is_wohui():
    r = extract("关于组织参加2025年曼谷国际医疗器械展的通知\n各会员单位:\n2025年曼谷国际医疗器械展将于9月10日至12日"
                "在泰国曼谷举办。展会期间,我会将在现场举办中泰医疗器械合作推介会。\n广东省医疗器械行业协会\n2025年5月6日",
                published="2025-05-08")
    side = event(r, "中泰医疗器械合作推介会")
    assert side.part_of == event(r, "2025年曼谷国际医疗器械展").id
    assert org_names(r, side.hosts) == {"广东省医疗器械行业协会"}


def test_those_also_present_attend_and_a_guild_hosts():
    r = extract("11月2日,2025西部中医药论坛在西宁开幕。出席开幕式的还有蒙古国驻华大使巴特尔·其其格。", published="2025-11-03")
    e = event(r, "2025西部中医药论坛")
    envoy = person(r, "巴特尔·其其格")
    assert (envoy.ambassador_of, envoy.attended) == ("MN", [e.id])
    assert "MN" in e.participant_countries
    r = extract("「2025高雄國際牙科器材展」於3月7日至9日在高雄展覽館舉行，由台灣牙科器材商業同業公會主辦。", published="2025-03-01")
    assert org_names(r, event(r, "2025高雄國際牙科器材展").hosts) == {"台灣牙科器材商業同業公會"}


def test_co_hosts_listed_after_you_and_a_vice_premier():
    r = extract("10月25日,第三届长三角康养博览会在合肥开幕,国务院副总理王建设出席开幕式。"
                "协办单位有安徽省老龄协会、合肥市民政局。", published="2025-10-26")
    e = event(r, "第三届长三角康养博览会")
    assert org_names(r, e.co_hosts) == {"安徽省老龄协会", "合肥市民政局"}
    assert roles_of(r) == {("王建设", "副总理", "国务院")}


def test_a_past_edition_in_passing_and_the_date_of_a_relative_clause():
    r = extract("11月2日,第三届西溪健康论坛在杭州开幕。去年举办的第二届西溪健康论坛吸引了800余名代表参会。",
                published="2025-11-03")
    assert [e.names[0] for e in r.events] == ["第三届西溪健康论坛"]
    r = extract("记者从8日召开的2026华东康复器械博览会新闻发布会上获悉,多家企业将参加下月在南京举行的"
                "2026华东康复器械博览会。", published="2026-03-09")
    e = event(r, "2026华东康复器械博览会")
    assert (e.start_date, e.city[0]) == ("2026-04", "Nanjing")


def test_traditional_short_name_in_corner_quotes_and_an_agency_under_its_ministry():
    r = extract("由經濟部國際貿易署主辦的第八屆台灣國際長照展（下稱「長照展」）於12月4日在台中國際展覽館開幕。"
                "長照展為期四天。", published="2025-12-05")
    e = event(r, "第八屆台灣國際長照展")
    assert "長照展" in e.names
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-12-04", "2025-12-07", "Taichung")
    agency = next(o for o in r.organizations if o.names[0] == "經濟部國際貿易署")
    assert org_names(r, [agency.part_of]) == {"經濟部"}


def test_a_year_glued_to_the_name_and_a_country_before_a_ministry():
    r = extract("中國駐荷蘭大使談踐日前出席在阿姆斯特丹舉行的2025荷中醫療創新論壇並致辭。論壇由荷蘭中醫藥學會主辦。",
                published="2025-10-12")
    e = event(r, "2025荷中醫療創新論壇")
    assert (e.city[0], org_names(r, e.hosts)) == ("Amsterdam", {"荷蘭中醫藥學會"})
    assert person(r, "談踐").attended == [e.id]
    r = extract("第二届中巴传统医学研讨会由巴基斯坦国家卫生服务部主办,于11月1日在伊斯兰堡举行。", published="2025-11-03")
    host = org_names(r, event(r, "第二届中巴传统医学研讨会").hosts)
    assert host == {"巴基斯坦国家卫生服务部"}
    assert next(o for o in r.organizations if o.names[0] in host).country == "PK"


def test_a_head_holding_a_word_that_is_no_head_and_both_countries_of_a_bilateral_forum():
    r = extract("当地时间5月8日,2025中老传统医药论坛在万象举行。论坛由中国驻老挝大使馆与老挝卫生部共同主办,"
                "两国官员和专家约200人出席。当天下午,论坛还举办了中老中医药产品展示会。", published="2025-05-09")
    forum = event(r, "2025中老传统医药论坛")
    assert set(forum.participant_countries) == {"CN", "LA"}
    show = event(r, "中老中医药产品展示会")
    assert (show.part_of, show.start_date) == (forum.id, "2025-05-08")


def test_a_year_after_the_head_is_part_of_the_name_and_hong_kong_papers_say_bengang():
    r = extract("一年一度的醫學教育研討大會2025昨日（6日）於香港會議展覽中心揭幕，為期兩日，"
                "吸引來自本港、內地及海外的逾3000名醫護人員參與。", published="2025-05-07")
    e = event(r, "醫學教育研討大會2025")
    assert "醫學教育研討大會" in e.names
    assert (e.start_date, e.end_date, e.city[0]) == ("2025-05-06", "2025-05-07", "Hong Kong")
    assert set(e.participant_countries) == {"HK", "CN"}


def test_past_events_listed_in_passing_are_no_events():
    for text in ("近年来,学会先后举办了首届长江康复论坛、第二届长江康复论坛和2023长江护理大会,取得良好反响。",
                 "据介绍,该市已连续五年举办中国(柳州)国际康养博览会,累计签约项目超过200个。",
                 "公司负责人说,他们很期待参加全国康复器械创新大会。"):
        assert extract(text, published="2025-03-01").events == [], text
    r = extract("本次展会是继2024年第一届展会成功举办后的第二届。11月1日,第二届华南护理用品展览会在广州开幕。",
                published="2025-11-02")
    assert [e.names[0] for e in r.events] == ["第二届华南护理用品展览会"]


def test_bare_role_labels_invited_countries_and_one_of_the_counted_activities():
    r = extract("关于召开2026年全国康复护理学术会议的通知\n会议定于2026年5月8日至10日在长沙召开。\n"
                "主办:中国康复医学会\n承办:中国康复医学会护理分会、湖南省康复医学会\n支持:长沙市卫生健康委员会",
                published="2026-02-01")
    e = event(r, "2026年全国康复护理学术会议")
    assert org_names(r, e.hosts) == {"中国康复医学会"}
    assert org_names(r, e.organizers) == {"中国康复医学会护理分会", "湖南省康复医学会"}
    r = extract("第二届中国—东南亚医药合作论坛定于9月18日在南宁举办。届时将邀请越南、老挝、柬埔寨三国卫生部门负责人出席。"
                "论坛同期举办医药产品展、投资推介会等10余场活动。其中,2026东盟医疗器械对接会于19日举行。",
                published="2026-07-01")
    e = event(r, "第二届中国—东南亚医药合作论坛")
    assert set(e.participant_countries) == {"VN", "LA", "KH"}
    side = event(r, "2026东盟医疗器械对接会")
    assert (side.part_of, side.start_date) == (e.id, "2026-09-19")


def test_a_taiwan_style_relative_day_a_smaller_foreign_city_and_a_country_named_with_guo():
    r = extract("第五屆國際傳統醫學論壇今（12）日在日內瓦開幕，蒙古國駐華大使巴特爾出席並致辭。", published="2025-06-12")
    e = event(r, "第五屆國際傳統醫學論壇")
    assert (e.start_date, e.city, e.country) == ("2025-06-12", ["Geneva", "日內瓦"], "CH")
    envoy = person(r, "巴特爾")
    assert (envoy.ambassador_of, envoy.posted_to) == ("MN", "CN")
    r = extract("2025中蒙医药合作论坛昨（24）日在乌兰巴托闭幕。", published="2025-09-25")
    assert event(r, "2025中蒙医药合作论坛").end_date == "2025-09-24"


def test_a_park_as_co_host_a_place_inside_a_named_event_and_one_of_the_satellite_meetings():
    r = extract("由珠海市科技創新局主辦，橫琴生物醫藥產業園、珠海市醫學會協辦的「2026珠海國際生物醫藥論壇」"
                "今（3）日在珠海開幕。", published="2026-04-03")
    e = event(r, "2026珠海國際生物醫藥論壇")
    assert org_names(r, e.co_hosts) == {"橫琴生物醫藥產業園", "珠海市醫學會"}
    r = extract("2026西部医疗器械博览会4月9日在重庆开幕。开幕当天，主办方还举行了中国—东盟器械标准对话会。",
                published="2026-04-10")
    assert event(r, "2026西部医疗器械博览会").hosts == []
    r = extract("中国医师协会2026年超声医学年会定于8月20日至22日在郑州召开。"
                "年会期间将举办多场卫星会，其中“超声造影卫星会”定于8月21日晚举行。", published="2026-05-01")
    main = event(r, "中国医师协会2026年超声医学年会")
    side = event(r, "超声造影卫星会")
    assert (side.part_of, side.start_date) == (main.id, "2026-08-21")
