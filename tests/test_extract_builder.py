"""The shared RecordBuilder on facts reported by hand for an article written for these tests."""

from kg.extract.builder import RecordBuilder
from kg.model import Article

TEXT = "第三届康养博览会在成都开幕。同期举办的推介会在重庆举行。"


def builder() -> RecordBuilder:
    return RecordBuilder(Article(id="t", text=TEXT, lang="zh"), "test")


def test_unset_event_clears_one_field_and_its_evidence_only():
    b = builder()
    first, second = (0, TEXT.index("。") + 1), (TEXT.index("。") + 1, len(TEXT))
    main = b.event(["第三届康养博览会"], first)
    side = b.event(["推介会"], second)
    b.set_event(side, "part_of", main, second)
    b.set_event(side, "city", ["Chongqing", "重庆"], second)
    b.unset_event(side, "part_of")
    event = b.find_event(["推介会"])
    assert event.part_of is None and event.city == ["Chongqing", "重庆"]
    assert [x.fact for x in event.evidence] == ["names", "city"]
    b.set_event(side, "part_of", main, second)  # a cleared field can be set again
    assert event.part_of == main and [x.value for x in event.evidence if x.fact == "part_of"] == [main]


def test_an_event_without_a_name_is_dropped_with_its_references():
    b = builder()
    whole = (0, len(TEXT))
    main = b.event(["第三届康养博览会"], whole)
    nameless = b.event([], whole)
    b.set_event(main, "part_of", nameless, whole)
    record = b.build()
    assert [e.names for e in record.events] == [["第三届康养博览会"]] and record.events[0].part_of is None
