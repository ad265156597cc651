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
