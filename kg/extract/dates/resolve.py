"""Turning the parts of a date mention into ISO dates, against a publication date.

Rules (SCHEMA.md, "Dates"):

- a date without a year takes the year hint (a year named in an event's name) or else the
  publication year; a day without a month ("11日") takes the publication month too;
- a range takes missing parts of its start from its end ("Sept 30-Oct 2, 2024") and of its
  end from its start ("July 11-12"); an end earlier than its start rolls to the next year;
- "yesterday", "next month", "去年" count from the publication date, and so do the month
  of 本月20日 and "the 5th of next month";
- a relative day written with its day of the month (昨(24)日, as Taiwan, Hong Kong and
  Macao papers write) is that day of the month nearest to the relative day: the 24th
  when the page is dated the 25th, and still the 24th when it is dated a day late;
- two days listed ("11、12日") make a range only when they are consecutive;
- a bare weekday ("on Saturday") is the one on or before the publication date (news
  reports past events), but the one on or after it in a future clause ("will open on
  Saturday", 将于周六开幕: see tense.py); "last Friday" the one strictly before, "next
  Friday" the one strictly after; 上周五/下周五/本周五 the Friday of the previous/next/same
  calendar week;
- with nothing to take a year from, the date is ``None``: never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Parts:
    """What a mention states: numbers as written, ``None`` where the text is silent."""

    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class Resolved:
    start: str | None
    end: str | None
    relative: bool


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    """ISO text at the precision given, ``None`` for an impossible date (Sept 31)."""
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            return date(year, month, 1).isoformat()[:7]
    except ValueError:
        return None
    return f"{year:04d}" if 1 <= year <= 9999 else None


def absolute(first: Parts, last: Parts | None, published: date | None, year_hint: int | None,
             year_offset: int | None = None) -> Resolved | None:
    """A date or range from its stated parts; ``year_offset`` is a relative year word
    before it (今年7月: 0, 去年: -1). ``None`` when the stated parts are impossible."""
    first_month = first.month or (last.month if last else None)
    last_month = (last.month or first_month) if last else None
    relative = False
    if first_month is None and first.day is not None:  # "11日": the publication month
        relative = True
        first_month = published.month if published else None
        last_month = last_month or first_month
    first_key = (first_month or 0, first.day or 0)
    last_key = (last_month or 0, last.day or 0) if last else first_key
    if first.year is not None:
        year = first.year
    elif last is not None and last.year is not None:
        year = last.year - (1 if first_key > last_key else 0)
    else:
        relative = True
        if year_offset is not None:
            year = published.year + year_offset if published else None
        else:
            year = year_hint if year_hint is not None else (published.year if published else None)
    if year is None or (first.day is not None and first_month is None):
        return Resolved(None, None, True) if _plausible(first, last) else None
    start = _iso(year, first_month, first.day)
    if start is None:
        return None
    end = None
    if last is not None:
        end_year = last.year if last.year is not None else year + (1 if last_key < first_key else 0)
        end = _iso(end_year, last_month, last.day)
        if end is None or end < start:
            return None
    return Resolved(start, end, relative)


def days_after(first: Resolved, span: int) -> Resolved:
    """A range from a resolved day to ``span`` days after it."""
    if first.start is None:
        return first
    return Resolved(first.start, (date.fromisoformat(first.start) + timedelta(days=span)).isoformat(), first.relative)


def year_before(resolved: Resolved) -> Resolved:
    """The same date or range a year earlier (29 February keeps its year: no such day before)."""
    def back(iso: str | None) -> str | None:
        return _iso(int(iso[:4]) - 1, int(iso[5:7]), int(iso[8:10])) or iso if iso and len(iso) == 10 else iso
    return Resolved(back(resolved.start), back(resolved.end), resolved.relative)


def _plausible(first: Parts, last: Parts | None) -> bool:
    """A year-less date that could exist (Feb 29 could)."""
    for parts in (first, last):
        if parts is not None and parts.month is not None and _iso(2000, parts.month, parts.day) is None:
            return False
    return True


def consecutive(first: Parts, last: Parts | None) -> bool:
    """Whether two listed days are next to each other in one month ("11、12日")."""
    return (last is not None and first.day is not None and last.day == first.day + 1
            and last.month in (None, first.month) and last.year in (None, first.year))


def month_of(published: date | None, offset: int) -> tuple[int, int] | None:
    """(year, month) ``offset`` months from the publication date's month."""
    if published is None:
        return None
    index = published.year * 12 + published.month - 1 + offset
    return index // 12, index % 12 + 1


def day_near(published: date | None, offset: int, day: int) -> Resolved | None:
    """The date whose day of the month is ``day`` nearest to ``offset`` days from the
    publication date (昨(31)日 published on 1 August is 31 July); ``None`` for a day no month
    has."""
    if published is None:
        return Resolved(None, None, True)
    anchor = published + timedelta(days=offset)
    candidates = [date.fromisoformat(iso) for shift in (-1, 0, 1)
                  if (iso := _iso(*month_of(anchor, shift), day)) is not None]
    if not candidates:
        return None
    return Resolved(min(candidates, key=lambda d: abs(d - anchor)).isoformat(), None, True)


def shifted(published: date | None, unit: str, offset: int) -> Resolved:
    """"yesterday" (day, -1), "next month" (month, +1), "去年" (year, -1)."""
    if published is None:
        return Resolved(None, None, True)
    if unit == "day":
        return Resolved((published + timedelta(days=offset)).isoformat(), None, True)
    if unit == "month":
        year, month = month_of(published, offset)
        return Resolved(f"{year:04d}-{month:02d}", None, True)
    return Resolved(f"{published.year + offset:04d}", None, True)


def weekday(published: date | None, day: int, mode: str) -> Resolved:
    """The weekday ``day`` (Monday 0) relative to the publication date; ``mode`` is
    "on"/"ahead" (on or before/after), "last"/"next" (strictly before/after), or
    "week-1"/"week0"/"week+1" (that day of the previous/same/next calendar week)."""
    if published is None:
        return Resolved(None, None, True)
    back = (published.weekday() - day) % 7
    if mode == "on":
        when = published - timedelta(days=back)
    elif mode == "ahead":
        when = published + timedelta(days=(day - published.weekday()) % 7)
    elif mode == "last":
        when = published - timedelta(days=back or 7)
    elif mode == "next":
        when = published + timedelta(days=(day - published.weekday()) % 7 or 7)
    else:
        monday = published - timedelta(days=published.weekday())
        when = monday + timedelta(days=7 * int(mode.removeprefix("week")) + day)
    return Resolved(when.isoformat(), None, True)
