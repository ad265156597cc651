"""Dates in English and Chinese text, resolved to ISO against the publication date.

``find_dates(text, lang, published)`` lists every date mention; ``parse_published`` reads a
publication date in the forms article headers use; ``dateline_date`` reads the date of a
news dateline ("MINSK, Sept. 25 (Xinhua) --", "中新网北京6月19日电", a press release's
"DUBAI, United Arab Emirates, Jan. 15, 2025 /PRNewswire/ --") and ``read_dateline`` its
agency too. Resolution rules are in :mod:`kg.extract.dates.resolve`; per-language patterns
in ``en.py`` and ``zh.py``; a bare weekday's tense in :mod:`kg.extract.dates.tense`.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.dates import en, engine
from kg.extract.dates.model import DateMention, Dateline

__all__ = ["DateMention", "Dateline", "dateline_date", "find_dates", "parse_published", "read_dateline"]

_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_WIRE = "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(en.WIRE_SERVICES, key=len, reverse=True)) + ")"
#: a dateline: place, date and where it ends ("(Xinhua) --", "/PRNewswire/ --", "电"); groups
#: named ``agency...`` hold the agency
_DATELINES = {
    "en": tuple(re.compile(p) for p in (
        # MINSK, Sept. 25 (Xinhua) -- / DUBAI, United Arab Emirates, Jan. 15, 2025 /PRNewswire/ --
        # BOSTON--(BUSINESS WIRE)--Jan. 15, 2025-- / HAVANA, Cuba, Nov 8 (ACN) The ... / COLOMBO, 3 July 2024: The ...
        rf"^\W{{0,3}}{_PLACE}(?:,\s+{_PLACE})?(?:,\s+|\s*--\s*\((?P<agency_b>[^)\n]{{1,40}})\)\s*--\s*)"
        rf"(?P<date>[^()\n]{{3,30}}?)\s*(?:[-–—]\s*)?(?:\((?P<agency_p>[^)\n]{{1,40}})\)\s*"
        rf"|/\s*(?P<agency_s>[^/\n]{{2,40}}?)\s*/\s*|(?P<agency_w>{_WIRE})\s*)?(?:--|—|–|-|:(?=\s)|(?<=\)\s)(?=[A-Z]))",
        # ACCESSWIRE / January 15, 2025 /
        rf"^\W{{0,3}}(?P<agency_f>{_WIRE})\s*/\s*(?P<date>[^/\n]{{3,30}}?)\s*/",
        # Gandhinagar (Gujarat) [India], August 17 (ANI): / NEW DELHI, Aug 17 (PTI):
        rf"^\W{{0,3}}{_PLACE}(?:\s*\([^()\n]{{1,30}}\))?(?:\s*\[[^\[\]\n]{{1,30}}\])?,\s+"
        rf"(?P<date>[^()\n]{{3,30}}?)\s*\((?P<agency_c>[^)\n]{{1,40}})\)\s*:",
        # LAHORE, (UrduPoint / Pakistan Point News - 25th Apr, 2024) The ...
        rf"^\W{{0,3}}{_PLACE},?\s*\((?P<agency_d>[^()\n]{{1,60}}?)\s+[-–—]\s+(?P<date>[^()\n]{{3,30}}?)\)",
    )),
    "zh": (re.compile(r"^\W{0,3}[^\n。，]{0,30}?(?P<date>(?:[\d〇零一二三四五六七八九]{4}年)?"
                      r"[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日)\s*(?:电|讯|消息|报导|报道)"),
           # a caption before it: "…举行(中评社 卢哲摄) 中评社香港10月24日电"
           re.compile(r"(?:摄|供图)\s*[)）]\s*[^\n。，,()]{0,20}?(?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)\s*电"),
           # a wire release: "北京2019年11月22日 /美通社/ --"
           re.compile(r"^\W{0,3}[^\n。，,/]{0,20}?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*/\s*(?P<agency_s>[^/\n]{2,20}?)\s*/")),
}
_DATELINE_REACH = 300
#: a page's date label opening the line a dateline is on: " date 2019-08-18 Kathmandu, 18 August: …"
_DATE_LABEL = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")


def find_dates(text: str, lang: str, published: str | None, year_hint: int | None = None) -> list[DateMention]:
    """Every date mention in ``text`` (``lang`` "en" or "zh"), in order, resolved against
    ``published`` (any form :func:`parse_published` reads) and ``year_hint`` (a year the
    caller knows applies, such as one in the event's name: it beats the publication year
    for dates without a year)."""
    return engine.find(text, lang, _as_date(published), year_hint)


def parse_published(value: str) -> str | None:
    """A publication date as ``YYYY-MM-DD``: "2025-07-13 16:42:12", "2023/5/18",
    "2023年5月18日", "Sept. 26, 2024", "26 September 2024", "Thu, 26 Sep 2024 10:00:00 GMT".
    ``None`` when the value holds no complete date."""
    for lang in ("en", "zh"):
        for mention in engine.find(value, lang, None, None):
            if mention.start_date and len(mention.start_date) == 10 and not mention.relative:
                return mention.start_date
    return None


def dateline_date(text: str, lang: str, published: str | None = None,
                  year_hint: int | None = None) -> DateMention | None:
    """The date of the dateline opening ``text``, if it has one; its year comes from the
    text, else ``year_hint``, else ``published`` (``start_date`` None when none says). A
    dateline is never later than the publication date: "Dec. 31" published on Jan. 2 is
    in the year before."""
    found = read_dateline(text, lang, published, year_hint)
    return found.date if found else None


def read_dateline(text: str, lang: str, published: str | None = None,
                  year_hint: int | None = None) -> Dateline | None:
    """The dateline opening ``text``: its date (as :func:`dateline_date`) and the agency it
    names in brackets or slashes or as a known wire service ("(Xinhua)", "/PRNewswire/",
    "--(BUSINESS WIRE)--"); ``None`` when ``text`` opens with no dated dateline."""
    patterns = _DATELINES.get(lang)
    if patterns is None:
        raise ValueError(f"no dateline pattern for language {lang!r}")
    label = _DATE_LABEL.match(text)
    skip = label.end() if label else 0  # a page's "date 2019-08-18" label on the dateline's line
    head = text[skip:skip + _DATELINE_REACH]
    plain = engine.aligned(head, lang)  # traditional 電 reads as 电
    for pattern in patterns:
        m = pattern.search(plain)
        mention = _date_of(head, m, lang, published, year_hint) if m else None
        if mention:
            agency = next((head[m.start(g):m.end(g)].strip() for g in pattern.groupindex
                           if g.startswith("agency") and m[g]), None)
            return Dateline(DateMention(mention.start + skip, mention.end + skip, mention.surface, mention.start_date,
                                        mention.end_date, mention.relative), agency or None)
    return None


def _date_of(head: str, m: re.Match, lang: str, published: str | None,
             year_hint: int | None) -> DateMention | None:
    start, end = m.span("date")
    reference = _as_date(published)
    for mention in engine.find(head[start:end], lang, reference, year_hint):
        if mention.start_date is None or len(mention.start_date) == 10:
            when = mention.start_date
            if when and mention.relative and year_hint is None and reference and when > reference.isoformat():
                when = _year_before(when)  # a dateline never follows its publication date
            return DateMention(start + mention.start, start + mention.end, mention.surface, when,
                               mention.end_date, mention.relative)
    return None


def _year_before(iso: str) -> str | None:
    try:
        return date.fromisoformat(iso).replace(year=int(iso[:4]) - 1).isoformat()
    except ValueError:  # 29 February
        return None


def _as_date(published: str | None) -> date | None:
    if not published:
        return None
    iso = parse_published(published)
    return date.fromisoformat(iso) if iso else None
