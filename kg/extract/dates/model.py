"""A date named in a text, resolved to ISO form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A date or date range at ``text[start:end] == surface``.

    ``start_date`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as precise as the text;
    ``None`` when no year can be known (no year in the text, no publication date, no hint).
    ``end_date`` is set only for ranges ("July 11-12"); a single date leaves it ``None``
    and callers decide (a one-day event has end = start).
    ``relative`` is true when part of the date came from outside the mention: the
    publication date ("yesterday", "11日", "on Saturday", "Nov 27" without a year) or the
    year hint.
    """

    start: int
    end: int
    surface: str
    start_date: str | None
    end_date: str | None
    relative: bool


@dataclass(frozen=True)
class Dateline:
    """A news dateline ("MINSK, Sept. 25 (Xinhua) --"): its date and the agency it names
    (``None`` when it names none in a form the reader knows)."""

    date: DateMention
    agency: str | None
