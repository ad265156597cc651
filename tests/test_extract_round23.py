"""Constructions of the twenty-third unseen-text round (issue 9), on sentences written for these tests.

English: a gathering described by a kind noun before "show" or "meet" ("a catalogue show"), one
that "gets under way", one whose modifiers hold a common noun's possessive ("the honorary consuls’
conference"); a body's name of two sides joined by a spaced dash inside a gathering's name, and the
gathering without the parent body that closes it; a body's name followed by a lower-case head and
its topic ("the 4th round of X forum for export promotion"); and subjects of any form of a holding
verb after "jointly" as co-hosts ("will jointly organise").

Chinese: an event head that opens an organization's word is no gathering ("X商工会议所", a chamber of
commerce and industry); the tagger's adjacent pieces of one organization's name are one name, a
compound whose parent is found at any end, overlapping ones too ("X商工会议所|Y委员会").
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
