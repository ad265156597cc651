"""Paragraphs a feed hard-wrapped at a fixed width (kg.load.unwrap), on texts written for these tests."""

from __future__ import annotations

from kg.load import load_articles
from kg.load.unwrap import unwrap

WRAPPED = """Harbour delegation to attend chamber congress

MOMBASA, May 3 (KNA): A high-level delegation of the Harbour

Chamber of Commerce will take part in the 12th three-day flagship

meeting of the Eastern Africa Chamber Congress commencing from June 9

in Kigali (Rwanda) where more than 800 chambers from 40 countries

will take part.

The delegation leader said that the Eastern Africa Chamber Congress had

invited the Harbour Chamber of Commerce to its twelfth meeting, in

recognition of its work for small traders over the past six-

month-long campaign in the region.

He said the delegation would meet the leaders of other chambers and

learn from their experience of trade across borders in the region.
"""


def test_a_hard_wrapped_text_is_joined_into_paragraphs():
    joined = unwrap(WRAPPED)
    assert "the 12th three-day flagship meeting of the Eastern Africa Chamber Congress commencing from June 9 " \
           "in Kigali (Rwanda) where more than 800 chambers" in joined
    assert "past six-month-long campaign" in joined
    assert joined.startswith("Harbour delegation to attend chamber congress\n")  # (the headline stays apart)
    assert "will take part.\n\nThe delegation leader" in joined  # (a paragraph's last line ends it)


def test_a_wrapped_articles_names_reach_the_extractor_whole(tmp_path):
    (tmp_path / "wrapped.txt").write_text(WRAPPED, encoding="utf-8")
    article = next(a for a in load_articles([tmp_path / "wrapped.txt"]))
    assert "Eastern Africa Chamber Congress commencing" in article.text


def test_texts_that_are_not_wrapped_are_unchanged():
    kept = ["Trade week opens\n\nThe Harbour Trade Week opened in Mombasa on Monday with 300 exhibitors from "
            "twelve countries.\n\nOrganisers said the week would close on Friday.",
            "湖光博览会开幕\n2030年5月8日,第五届湖光国际博览会在湖州开幕。\n本届博览会为期三天。",
            "Menu\nHome\nNews\nSport\nContact us"]
    for text in kept:
        assert unwrap(text) == text
