"""kg.graph.identity: one event node for one event, however each article names its edition."""

from kg.graph.identity import event_key
from kg.model import Event


def key(*names: str, start: str | None = None) -> str:
    return event_key(Event("e1", list(names), start_date=start))


def test_year_and_ordinal_prefixes_name_the_same_edition():
    assert key("2031年华东医疗器械博览会", "华东医疗器械博览会", start="2031-04-02") == \
        key("首届华东医疗器械博览会", "华东医疗器械博览会", start="2031-04")


def test_english_ordinal_and_trailing_year_forms_meet():
    assert key("The 7th Nordic Dental Congress", "Nordic Dental Congress", start="2030-09-12") == \
        key("Nordic Dental Congress 2030", "Nordic Dental Congress")


def test_editions_in_different_years_stay_apart():
    assert key("2030 Nordic Dental Congress", "Nordic Dental Congress", start="2030-09-12") != \
        key("2031 Nordic Dental Congress", "Nordic Dental Congress", start="2031-09-10")


def test_undated_numbered_editions_stay_apart():
    assert key("第二届西部康养论坛", "西部康养论坛") != key("第三届西部康养论坛", "西部康养论坛")


def test_an_alias_that_is_not_an_edition_away_is_not_the_key():
    # "Summit" alone is an alias, but "Northern Health" is no edition: the full name stays the key
    assert key("Northern Health Summit", "Summit") == key("Northern Health Summit")
    assert key("Northern Health Summit") != key("Southern Health Summit")


def test_the_edition_is_found_without_aliases():
    assert key("2031华东医疗器械博览会", start="2031-04-02") == key("首届华东医疗器械博览会", start="2031-04")


def test_ordinal_words_count_only_as_whole_words():
    assert key("Secondary Schools Health Forum") != key("Schools Health Forum")
