"""Constructions of the twenty-third unseen-text round (issue 9), on sentences written for these tests.

English: a gathering described by a kind noun before "show" or "meet" ("a catalogue show"), one
that "gets under way", one whose modifiers hold a common noun's possessive ("the honorary consuls’
conference"); a body's name of two sides joined by a spaced dash inside a gathering's name, and the
gathering without the parent body that closes it; a body's name followed by a lower-case head and
its topic ("the 4th round of X forum for export promotion"); and subjects of any form of a holding
verb after "jointly" as co-hosts ("will jointly organise"). Name variants: without a place's possessive
opening the name ("Lisbon's X Summit"), with the country a country's festival is held in ("the Festival
of Chile in Kenya"), a described gathering with its complement's list read to the end and without a
second complement ("a workshop on X for Y"), and without praise ("a landmark symposium"). A lede
describing a gathering ("A three-day workshop on X commenced today in Y") whose kind the one named event
has, named later ("the National Workshop"): one event, dated and placed by the lede. A named event
opening a sentence after "During" took place. A brand with an event's proper name set off after it
("Namaste X, Food Festival of Y"): one event of both names. A headline opening with a gathering's head
and its quoted topic ("Symposium on ‘X’"), and the body's "the symposium of <its body> on ‘X’": the
gathering named by its topic. A body's portfolio listed over a comma ("Chamber of Commerce, Industry and
Agriculture") belongs to its name, but not a second body after "and" nor an acronym after a comma.
Datelines with the country in square brackets ("New Delhi [India], November 26 (ANI):") or glued to
the article "A" ("BAHAWALPUR-A two-day conference") place the gathering held "here". An officer's title
before "for" is no part of a gathering's name ("Commissioner General for Expo 2031"). "EXPO 2037
International Exhibition" is also "EXPO 2037": a head and its year open the name.

Chinese: an event head that opens an organization's word is no gathering ("X商工会议所", a chamber of
commerce and industry); the tagger's adjacent pieces of one organization's name are one name, a
compound whose parent is found at any end, overlapping ones too ("X商工会议所|Y委员会"). "本次会议组织了A、B、C
三场主题交流": the meeting holds its listed parts. A year opening a name is no start for an event the
text says ends on a given day. A one-character head ends a list item before 和 or 、 ("湖光美术交流展和X论坛",
"第四届X服装节、Y推介会"), but not in a word that holds it ("经济发展和创新论坛"). "庆祝X成立81周年招待会":
the name with 庆祝 is a title of the reception too.
"""

from __future__ import annotations

from test_extract_en import event, extractor, org_names, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import event as zh_event, extract as zh_extract

from kg.model.names import normalise


def test_a_kind_noun_before_show_describes_a_gathering(extractor):
    record = run(extractor, "Textile fair in Kandy\n\nKANDY - The Kandy Traders Association organised a "
                            "handloom show on Tuesday to promote local weavers. Forty firms took part.",
                 published="2024-02-08")
    show = event(record, "handloom show")
    assert show["start_date"] == "2024-02-06"


def test_show_of_support_is_no_gathering(extractor):
    record = run(extractor, "Vote in Dodoma\n\nDODOMA - Members of parliament held a strong show of hands on "
                            "Tuesday to back the budget.", published="2024-02-08")
    assert not any("show" in n.lower() for e in record["events"] for n in e["names"])


def test_a_gathering_getting_under_way_with_a_possessive_modifier(extractor):
    record = run(extractor, "Envoys meet in Mahe\n\nThe three-day annual honorary consuls’ conference gets under "
                            "way this morning at a hotel in Victoria, Seychelles.", published="2026-05-11")
    conference = event(record, "annual honorary consuls’ conference")
    assert conference["country"] == "SC"


def test_a_bodys_two_sides_joined_by_a_spaced_dash(extractor):
    record = run(extractor, "Council meets\n\nThe 12th Annual General Meeting of the Kenya – India Trade Council of "
                            "the Nairobi Chamber of Commerce was held on Friday in Nairobi.", published="2027-03-06")
    meeting = event(record, "12th Annual General Meeting of the Kenya – India Trade Council")
    assert meeting["city"][0] == "Nairobi"


def test_a_bodys_name_then_a_lower_case_head_and_its_topic(extractor):
    record = run(extractor, "Forum held\n\nNairobi, May 3, 2027 – The 4th round of National Consultation forum for "
                            "export promotion held today in the presence of the Trade Minister.\n"
                            "The National Consultation Forum for Export Promotion was set up in 2015.",
                 published="2027-05-03")
    forum = event(record, "4th round of National Consultation forum for export promotion")
    assert normalise("National Consultation Forum for Export Promotion") in {normalise(n) for n in forum["names"]}
    assert forum["start_date"] == "2027-05-03"


def test_jointly_before_any_form_of_a_holding_verb_makes_co_hosts(extractor):
    record = run(extractor, "Summit planned\n\nThe Ministry of Trade and the Accra Chamber of Commerce will jointly "
                            "organise the Ghana Export Summit to be held from 3 to 5 June.", published="2027-04-01")
    summit = event(record, "Ghana Export Summit")
    assert org_names(record, summit["co_hosts"]) >= {normalise("Ministry of Trade"),
                                                      normalise("Accra Chamber of Commerce")}


def test_a_chamber_of_commerce_and_industry_is_no_meeting():
    record = zh_extract("交流会在神户举行\n2030年4月2日,神户商工会议所与湖州市商务局共同主办的第三届湖神经贸交流会在神户举行。")
    assert [e.names[0] for e in record.events] == ["第三届湖神经贸交流会"]


def test_a_committee_of_a_chamber_is_one_name_with_its_parent():
    record = zh_extract("交流会在神户举行\n2030年4月2日,神户商工会议所中国贸易委员会主办的第三届湖神经贸交流会在神户举行。")
    fair = zh_event(record, "第三届湖神经贸交流会")
    orgs = {o.id: o for o in record.organizations}
    host = orgs[fair.hosts[0]]
    assert host.names[0] == "神户商工会议所中国贸易委员会"
    assert orgs[host.part_of].names[0] == "神户商工会议所"


def test_a_places_possessive_opening_a_name_is_left_out_of_a_variant(extractor):
    record = run(extractor, "Summit opens\n\nLisbon's Atlantic Ocean Summit and Fair opened on Monday in Lisbon with "
                            "ministers of five countries.", published="2027-09-08")
    assert event(record, "Atlantic Ocean Summit")["city"][0] == "Lisbon"


def test_a_countrys_festival_in_another_country(extractor):
    record = run(extractor, "Festival opens\n\nThe Festival of Chile in Kenya was inaugurated in Nairobi on 7 "
                            "November 2027 by the trade minister.", published="2027-11-08")
    festival = event(record, "Festival of Chile in Kenya")
    assert normalise("Festival of Chile") in {normalise(n) for n in festival["names"]}


def test_a_described_gatherings_complement_read_to_the_end_of_its_list_and_short_of_a_second(extractor):
    record = run(extractor, "Training in Suva\n\nSUVA - The ministry organised a training workshop on coastal "
                            "fisheries management for island officials in Suva on Monday.", published="2027-03-09")
    assert event(record, "training workshop on coastal fisheries management")["city"][0] == "Suva"
    record = run(extractor, "Seminar in Nairobi\n\nNAIROBI - The embassy held a seminar to promote cooperation among "
                            "farmers, traders, and exporters of Chile and Kenya on Friday.", published="2027-03-09")
    event(record, "seminar to promote cooperation among farmers, traders, and exporters of Chile and Kenya")


def test_praise_before_a_described_gathering_is_left_out_of_a_variant(extractor):
    record = run(extractor, "Symposium in Accra\n\nACCRA - The university hosted a landmark symposium on Monday "
                            "with scholars from ten countries.", published="2027-03-09")
    assert event(record, "symposium")["city"][0] == "Accra"


def test_a_ledes_described_gathering_is_the_named_event_of_its_kind(extractor):
    record = run(extractor, "Workshop begins\n\nA three-day workshop on water governance in rural "
                            "counties commenced today in Kisumu.\nThe minister inaugurated the workshop. Delegates "
                            "from all counties will attend the Lake Region Workshop, an official release said.",
                 published="2027-05-04")
    assert len(record["events"]) == 1
    workshop = event(record, "Lake Region Workshop")
    assert normalise("workshop on water governance") in {normalise(n) for n in workshop["names"]}
    assert (workshop["start_date"], workshop["end_date"], workshop["city"][0]) == ("2027-05-04", "2027-05-06", "Kisumu")


def test_a_named_event_after_fronted_during_took_place(extractor):
    record = run(extractor, "Chamber upbeat\n\nDuring the third General Membership meeting of the chamber, the "
                            "president said in his report that more investors would come.")
    event(record, "third General Membership meeting")


def test_a_brand_and_a_festivals_proper_name_set_off_after_it_are_one_event(extractor):
    record = run(extractor, "Festival coming\n\nThe Aloha Kenya, Food Festival of Kenya would be a great chance to "
                            "bring the two peoples closer, says Kenya's High Commissioner to Fiji John Mwangi. It will be held in "
                            "Suva on Friday.", published="2027-06-01")
    assert [e["names"][0] for e in record["events"]] == ["Aloha Kenya, Food Festival of Kenya"]


def test_a_meeting_organizing_its_listed_parts():
    record = zh_extract("湖光会议闭幕\n2030年5月8日,2030湖光地方领导人会晤在湖州闭幕。本次会议组织了湖光经贸对话会、"
                        "湖光文旅合作推介会、湖光自贸区对接交流会三场主题交流,与会嘉宾进行了交流。")
    meeting = zh_event(record, "2030湖光地方领导人会晤")
    assert (meeting.start_date, meeting.end_date) == (None, "2030-05-08")
    for name in ("湖光经贸对话会", "湖光文旅合作推介会", "湖光自贸区对接交流会"):
        assert zh_event(record, name).part_of == meeting.id


def test_a_one_character_head_ends_a_list_item():
    record = zh_extract("文化周开幕\n2030年5月8日,第五届湖光文化周在湖州开幕。活动期间还将举办湖光歌谣大赛、湖光美术交流展和"
                        "湖光青年论坛等系列活动。")
    for name in ("湖光美术交流展", "湖光青年论坛"):
        zh_event(record, name)
    record = zh_extract("博览会将举办\n2030年8月,第四届湖光博览会在湖州举行。期间还将举办湖光服装产业论坛、第四届湖光丝绸服装节、"
                        "湖光民族服装品牌推介会等活动。")
    for name in ("第四届湖光丝绸服装节", "湖光民族服装品牌推介会"):
        zh_event(record, name)


def test_a_word_holding_a_one_character_head_joins_a_name():
    record = zh_extract("论坛举行\n2030年5月8日,湖州经济发展和创新论坛在湖州举行。")
    assert [e.names[0] for e in record.events] == ["湖州经济发展和创新论坛"]


def test_a_gathering_on_a_quoted_topic_after_the_body_holding_it(extractor):
    record = run(extractor, "Symposium on ‘Trade Relations between Kenya, Peru and Chile’\nNairobi: Diplomats and faculty "
                            "members discussed trade.\nThey had come together in the symposium of the Department of "
                            "Economics, Faculty of Social Studies on ‘Trade Relations between Kenya, Peru and Chile’.\n"
                            "The Ambassador of Peru to Kenya, Maria Lopez, addressed the symposium.")
    symposium = event(record, "Symposium on ‘Trade Relations between Kenya, Peru and Chile’")
    assert normalise("Trade Relations between Kenya, Peru and Chile") in {normalise(n) for n in symposium["names"]}


def test_a_celebrations_name_with_its_verb_is_a_title_too():
    record = zh_extract("大使馆举行国庆招待会\n2030年9月28日,中国驻湖光大使馆举行庆祝中华人民共和国成立81周年招待会。")
    reception = zh_event(record, "中华人民共和国成立81周年招待会")
    assert "庆祝中华人民共和国成立81周年招待会" in reception.names


def test_a_bodys_portfolio_over_a_comma_belongs_to_its_name(extractor):
    record = run(extractor, "Board meets\n\nThe 12th Meeting of the Board of Directors of the Lake Chamber of Commerce, "
                            "Industry and Mines was held in Kisumu on Monday.", published="2027-05-08")
    meeting = event(record, "12th Meeting of the Board of Directors of the Lake Chamber of Commerce, Industry and Mines")
    assert meeting["start_date"] == "2027-05-03"


def test_a_second_body_after_a_portfolio_and_an_acronym_after_a_comma_are_bodies_of_their_own(extractor):
    record = run(extractor, "Forum held\n\nThe Lake Investment Forum was organised by the Ministry of Foreign Economic "
                            "Relations, Investments and Trade and Ministry of Finance of Kenya on Monday in Kisumu.",
                 published="2027-05-08")
    forum = event(record, "Lake Investment Forum")
    assert org_names(record, forum["hosts"]) == {normalise("Ministry of Foreign Economic Relations, Investments and Trade"),
                                                 normalise("Ministry of Finance of Kenya")}


def test_datelines_with_a_bracketed_country_or_glued_to_the_article_place_the_event(extractor):
    record = run(extractor, " date 2027-11-26 Kisumu [Kenya], November 26 (KNA): The High Commissioner of Fiji in "
                            "Kenya, Tom Vula, on Sunday visited the Fiji Pavilion at the ongoing 12th Lake Region Trade "
                            "Fair here.\n\nThe envoy was impressed with the products on display.", published="2027-11-26")
    assert event(record, "12th Lake Region Trade Fair")["city"][0] == "Kisumu"
    record = run(extractor, "Conference concludes\n\nKISUMU-A two-day Algebra Conference, held under the auspices of the "
                            "Department of Mathematics, concluded here the other day.", published="2027-11-26")
    assert event(record, "Algebra Conference")["city"][0] == "Kisumu"


def test_an_officers_title_before_for_is_no_part_of_the_gathering(extractor):
    record = run(extractor, "Pavilion marks national day\n\nThe Kenya Pavilion at Expo 2031 Lisbon marked the country's "
                            "National Day on Wednesday. Accompanied by John Mwangi, Ambassador of Kenya to Portugal and "
                            "Commissioner General for Expo 2031, the delegation was welcomed by the hosts.",
                 published="2031-08-15")
    names = [n for e in record["events"] for n in e["names"]]
    assert "Expo 2031 Lisbon" in names and not any(n.startswith("Commissioner") for n in names)


def test_a_head_and_its_year_opening_a_name_are_a_name_of_it(extractor):
    record = run(extractor, "Pavilion opens\n\nThe Kenya Pavilion at the EXPO 2037 International Exhibition opened in "
                            "Astana on Saturday. Visitors from China and India came to EXPO 2037 on its first day.",
                 published="2037-06-12")
    assert len(record["events"]) == 1
    assert "EXPO 2037" in record["events"][0]["names"]
