"""Officials titled in brackets or between commas, and organizations whose names embed their
parent (issue 9, third round), on sentences written for these tests."""

from __future__ import annotations

from test_extract_en import extractor, run  # noqa: F401 (extractor: fixture)
from test_extract_zh import extract as zh_extract

from kg.model.names import normalise

EN = ("The 2024 Lakeside Trade Conference took place in Kisumu from March 3 - 4, 2024. "
      "It included remarks by Ms. Jane Okafor (Deputy Director, Lakeside Investment Authority), "
      "Mr. Peter Lang (Head of Trade at the Delegation of the European Union to Kenya), "
      "and Mr. Ali Hassan (Counselor, Embassy of Egypt).")


def _roles(record: dict) -> set[tuple[str, str, str]]:
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    return {(p["names"][0], r["title"], orgs.get(r["org"], "")) for p in record["people"] for r in p["roles"]}


def _parents(record: dict) -> set[tuple[str, str]]:
    orgs = {o["id"]: o["names"][0] for o in record["organizations"]}
    return {(normalise(o["names"][0]), normalise(orgs[o["part_of"]]))
            for o in record["organizations"] if o["part_of"]}


def test_a_title_and_its_organization_in_brackets_after_a_name(extractor):
    roles = _roles(run(extractor, EN, published="2024-03-05"))
    assert ("Jane Okafor", "Deputy Director", "Lakeside Investment Authority") in roles
    assert ("Ali Hassan", "Counselor", "Embassy of Egypt") in roles


def test_a_field_between_title_and_at_belongs_to_the_title(extractor):
    record = run(extractor, EN, published="2024-03-05")
    assert ("Peter Lang", "Head of Trade", "Delegation of the European Union to Kenya") in _roles(record)
    assert all(normalise(o["names"][0]) != "trade" for o in record["organizations"])


def test_a_delegation_to_a_country_is_part_of_the_body_it_represents(extractor):
    parents = _parents(run(extractor, EN, published="2024-03-05"))
    assert (normalise("Delegation of the European Union to Kenya"), normalise("European Union")) in parents


def test_title_then_organization_between_commas(extractor):
    record = run(extractor, "The Coastal Fisheries Forum opened in Mombasa on 2 May 2024. Amina Yusuf, "
                            "Chairperson, Coastal Fishing Cooperative Union, welcomed the guests.",
                 published="2024-05-03")
    assert ("Amina Yusuf", "Chairperson", "Coastal Fishing Cooperative Union") in _roles(record)


def test_a_unit_named_after_its_parent_and_a_group_of_an_association(extractor):
    record = run(extractor, "The Regional Nursing Summit was held in Accra on 9 June 2024. It was organized "
                            "by the West Africa Health Organisation Regional Office for Ghana and the "
                            "Pharmaceutical Producers Group of the Ghana Association of Industries.",
                 published="2024-06-10")
    parents = _parents(record)
    assert (normalise("West Africa Health Organisation Regional Office for Ghana"),
            normalise("West Africa Health Organisation")) in parents
    assert (normalise("Pharmaceutical Producers Group of the Ghana Association of Industries"),
            normalise("Ghana Association of Industries")) in parents


def test_zh_a_department_of_a_centre_a_party_committee_and_the_cppcc():
    record = zh_extract("2024年5月10日,第三届东南亚经贸合作论坛在昆明开幕。论坛由中国—东盟中心和云南省人民政府共同主办。"
                        "中国—东盟中心贸易投资部主任李明、上海市委统战部副部长王芳、全国政协外事委员会副主任张伟出席开幕式。",
                        published="2024-05-11")
    orgs = {o.id: o.names[0] for o in record.organizations}
    parents = {(o.names[0], orgs[o.part_of]) for o in record.organizations if o.part_of}
    assert {("中国—东盟中心贸易投资部", "中国—东盟中心"), ("上海市委统战部", "上海市委"),
            ("全国政协外事委员会", "全国政协")} <= parents


def test_zh_a_ministry_is_not_split_into_a_parent_and_a_department():
    record = zh_extract("2024年5月10日,中国外交部在北京举行新闻发布会。", published="2024-05-11")
    assert all(o.part_of is None for o in record.organizations)


def test_a_modifier_before_a_title_belongs_to_it(extractor):
    record = run(extractor, "The Harbour Consular Meeting took place in Mombasa on 3 May 2024. It included remarks by "
                            "Ms. Grace Achieng (Assistant Chief of Protocol at the Kenya Ministry of Foreign Affairs).",
                 published="2024-05-04")
    assert ("Grace Achieng", "Assistant Chief of Protocol", "Kenya Ministry of Foreign Affairs") in _roles(record)


def test_heads_outside_the_usual_few_meet_and_indaba(extractor):
    record = run(extractor, "The Global Investors Meet 2024 was held in Indore on 24 February 2024. The 5th Africa "
                            "Energy Indaba opened in Cape Town on 3 March 2024.", published="2024-03-05")
    names = {n for e in record["events"] for n in e["names"]}
    assert {"Global Investors Meet 2024", "5th Africa Energy Indaba"} <= names


def test_a_weak_head_without_an_edition_or_a_holding_verb_is_no_event(extractor):
    record = run(extractor, "Meet the new chairman of the board, who spoke in Cape Town on Monday. The minister "
                            "greeted delegates at a reception.", published="2024-03-05")
    assert record["events"] == []


def test_a_shortened_reference_leaving_out_places_and_scope_words_is_the_same_event(extractor):
    record = run(extractor, "The minister inaugurated the 17th Kenya International Mega Trade Fair on Saturday in Kisumu. "
                            "The 11 days long International Trade Fair from February 19 to March 1 has been organised "
                            "by the Lakeside Chamber of Commerce.", published="2024-02-20")
    assert len(record["events"]) == 1 and record["events"][0]["hosts"]


def test_a_shortened_name_leaving_out_a_topic_word_is_another_event(extractor):
    record = run(extractor, "The Seoul G20 Business Summit opened on 10 November 2010 in Seoul on the sidelines of the "
                            "Seoul G20 Summit.", published="2010-11-10")
    assert len(record["events"]) == 2


def test_one_entrepreneur_from_a_country_and_a_country_national_at_the_fair(extractor):
    record = run(extractor, "The 17th Lakeside Trade Fair opened on Saturday in Kisumu. An entrepreneur from Afghanistan "
                            "running a stall at the trade fair said sales were good. Another Thailand national, running a "
                            "clothes store at the fair, was pleased. The China National Textile Company did not come.",
                 published="2024-02-20")
    assert record["events"][0]["participant_countries"] == ["AF", "TH"]


def test_an_indefinite_event_inside_a_sentence_takes_the_roles_of_the_event_named_next(extractor):
    record = run(extractor, "The Lakeside Chamber of Commerce and the Ministry of Trade will jointly hold a weeklong "
                            "international trade and investment summit next month. Scheduled to be held between October "
                            "26 and November 1, the \"Lakeside Investment Summit\" is expected to draw investors.",
                 published="2024-09-08")
    assert len(record["events"][0]["co_hosts"]) == 2


def test_a_city_of_its_country_is_a_place_not_a_longer_name(extractor):
    record = run(extractor, "A photo exhibition entitled “Lakeside – Eternal Attraction” is being held in Mexico City "
                            "of Mexico to promote the lake.", published="2021-09-08")
    assert record["events"][0]["city"] == ["Mexico City"]


def test_an_article_naming_no_event_reports_the_one_it_describes(extractor):
    record = run(extractor, "KISUMU, (Lakeside News - 25th Apr, 2024) The University of Lakeside, in partnership "
                            "with the Embassy of Ethiopia, hosted a business forum here on Thursday. The event "
                            "brought together industrialists.", published="2024-04-25")
    assert [e["names"] for e in record["events"]] == [["business forum"]]
    assert record["events"][0]["city"][0] == "Kisumu" and record["events"][0]["start_date"] == "2024-04-25"
    record = run(extractor, "About 100 traders attended a business forum of the Kenyan and Ugandan business circles "
                            "in Kisumu, reports said.", published="2024-04-25")
    assert record["events"][0]["names"] == ["business forum of the Kenyan and Ugandan business circles",
                                            "business forum"]


def test_a_company_meeting_is_no_unnamed_event(extractor):
    for text in ("The company hosted a meeting with investors on Thursday.",
                 "The company held a board meeting on Thursday and a press conference on Friday."):
        assert run(extractor, text, published="2024-04-25")["events"] == []


def test_a_national_day_an_event_marks_is_an_occasion_not_an_event(extractor):
    record = run(extractor, "The Lakeside Photo Exhibition opened in Mexico City on 7 September 2021. The event also "
                            "marks Vietnam’s 76th National Day (September 2, 1945 – 2021), she added. The 5th Lakeside "
                            "Innovation Day was held in Nairobi on 3 March 2024.", published="2021-09-08")
    assert sorted(e["names"][0] for e in record["events"]) == ["5th Lakeside Innovation Day", "Lakeside Photo Exhibition"]


def test_a_description_right_before_the_name_is_the_same_event(extractor):
    record = run(extractor, "Gandhinagar (Gujarat) [India], August 17 (ANI): The minister on Thursday inaugurated "
                            "India’s first medical technology expo, ‘Lakeside MedTech Expo 2023, in Gandhinagar, Gujarat.",
                 published=None)
    assert len(record["events"]) == 1
    assert "first medical technology expo" in record["events"][0]["names"]


def test_an_agency_dateline_with_a_state_and_a_country_in_brackets():
    from kg.extract.dates import read_dateline
    found = read_dateline("Gandhinagar (Gujarat) [India], August 17 (ANI): The minister said", "en", None, 2023)
    assert (found.date.start_date, found.agency) == ("2023-08-17", "ANI")


def test_a_passive_role_cue_split_by_a_date(extractor):
    record = run(extractor, "The Lakeside Energy Conference is convened on Tuesday, May 21, 2024, by the International "
                            "Energy Agency (IEA) and the Kenya Ministry of Energy. The Lakeside Water Forum was held in "
                            "Nairobi, by the lake.", published="2024-05-20")
    conference, forum = record["events"]
    assert len(conference["hosts"]) == 2 and forum["hosts"] == []


def test_artists_representing_a_list_of_countries_take_part(extractor):
    record = run(extractor, "The Lakeside Food Festival took place in New York on Thursday. Guests enjoyed shows by "
                            "artists representing Georgia, Indonesia, Serbia, and Thailand. A lawyer representing Kenya "
                            "also spoke.", published="2024-11-15")
    assert record["events"][0]["participant_countries"] == ["GE", "ID", "RS", "TH"]
