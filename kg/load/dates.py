"""Full calendar dates in article headers (``2025-07-13``, ``2023/5/18``, ``September 26, 2024``…),
found with the shared date engine (:mod:`kg.extract.dates`). Only full dates count: a header
date without a year says nothing certain about the publication day.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass

from kg.extract.dates import find_dates


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string: its ISO form and where it was written."""

    iso: str
    start: int
    end: int


#: a clock time right after a date (a weekday between): "2006年04月08日13:02", "2016/09/22 10:07",
#: "8 March, 2024, 12:00", "2014年12月13日(星期六) 香港时间15时00分"
_CLOCK_AFTER = re.compile(r"[\s,]*(?:[(（][^()（）]{1,6}[)）])?\s*(?:[\u4e00-\u9fff]{2,4}时间)?\s*"
                          r"(?:\d{1,2}[:：]\d{2}(?!\d)|\d{1,2}时\d{1,2}分)")
#: a publication cue right before a date: "Published on", "Publication Date", "发布时间:"
_CUE_BEFORE = re.compile(r"(?:published|publication\s+date|posted|updated|发布|发表|更新)(?:\s+on)?\s*[:：]?\s*$",
                         re.IGNORECASE)
#: a dateline opening a line with a full date, after a place or none: "Geneva 16 November 2017--",
#: "11 October 2018, Washington D.C.: ", "Osaka, Japan – August 29, 2025: ", a sentence opening with one
_PLACE_BEFORE = re.compile(r"\s*(?:[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3}\s*[,–—-]?\s*)?")
_DATELINE_AFTER = re.compile(r"\s*(?:[:：–—-]|\(|,\s*[A-Z])|\.\s+[A-Z]")  # (or "July 15, 2014. A new …")
_STAMP_HEAD, _STAMP_TAIL = 600, 300  # characters at the start and end of a text where a page's stamp stands


def _dates(text: str) -> list[FoundDate]:
    found = [FoundDate(m.start_date, m.start, m.end)
             for lang in ("en", "zh") for m in find_dates(text, lang, None)
             if m.start_date and len(m.start_date) == 10 and m.end_date is None and not m.relative]
    return sorted(found, key=lambda f: f.start)


def clocked(text: str, found: FoundDate) -> bool:
    """Whether a clock time follows the date ``found`` in ``text`` ("15 June 2013 01:24"): a stamp."""
    return bool(_CLOCK_AFTER.match(text, found.end))


def find_date(text: str) -> FoundDate | None:
    """The first complete single date (not a range) written in ``text``, in either language's forms."""
    found = _dates(text)
    return found[0] if found else None


def stamped_date(text: str) -> str | None:
    """The date a page is stamped with where no header says it: a full date with a clock time
    after it, a publication cue before it or opening a dateline, near the start of the text (the first such), else
    the one near its end (a press release's "2014年12月13日(星期六) 香港时间15时00分")."""
    head, tail = text[:_STAMP_HEAD], text[max(_STAMP_HEAD, len(text) - _STAMP_TAIL):]
    stamped = [_stamped(head, f) for f in _dates(head)]
    if any(stamped):
        return next(iso for iso in stamped if iso)
    stamped = [iso for f in _dates(tail) if (iso := _stamped(tail, f))]
    return stamped[0] if len(stamped) == 1 else None  # (not a list of related pages' times)


def _stamped(text: str, found: FoundDate) -> str | None:
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    alone = not text[line_start:found.start].strip() and not text[found.end:line_end if line_end >= 0 else None].strip()
    if _CLOCK_AFTER.match(text, found.end) or _CUE_BEFORE.search(text, max(0, found.start - 30), found.start) \
            or _PLACE_BEFORE.fullmatch(text, line_start, found.start) and _DATELINE_AFTER.match(text, found.end) \
            or alone:  # a line that is only a date: the page's stamp ("17 Mar 2021" under the headline)
        return found.iso
    return None


def parse_date(value: str) -> str | None:
    """``value`` as an ISO date when it is one date (a time may follow it), else ``None``."""
    found = find_date(value)
    if found is None or value[: found.start].strip():
        return None
    return found.iso


#: a date in a page's address: ".../2014/1010/...", "/20040809/", "/2019/05/08/", "/2021-03-17-..."
_URL_DATE = re.compile(r"(?<![0-9])((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?![0-9])")


def url_date(url: str | None) -> str | None:
    """The publication date a news page's address holds in its path, if it holds one."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    for m in _URL_DATE.finditer(path):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None
