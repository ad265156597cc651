"""The shared date engine: a language's patterns matched, the longest mentions kept, each
resolved against the publication date.

A language module (``en.py``, ``zh.py``) provides ``PATTERNS`` (regular expressions with
the group names listed in ``en.py``), ``SPAN_TO`` (what joins the two ends of a span written
as two dates), ``RELATIVE``, ``WEEKDAY_MODES``, the tense data read
by :mod:`kg.extract.dates.tense` and the readers ``month``, ``number``, ``weekday`` and
``key`` (a matched word as a dictionary key).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType

from kg.extract.dates import resolve, tense
from kg.extract.dates.model import DateMention
from kg.model.names import to_simplified_aligned

LANGUAGES = ("en", "zh")
#: numeric dates, whatever the language: 2025-07-11, 2025/7/11, 2025.7.11 (year first)
NUMERIC = r"(?<![\d.])(?P<y1>(?:19|20)\d{2})([-/.])(?P<m1>\d{1,2})\2(?P<d1>\d{1,2})(?![\d.])"
#: day first with dots, as European pages write it: 29.04.2016 (slashes are left out: 04/05/2016
#: is read either way)
NUMERIC_DAY_FIRST = r"(?<![\d.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>(?:19|20)\d{2})(?![\d.])"
#: slashes where the order shows, a day over 12 first or second (24/07/2013, 7/24/2013), with
#: the range's end in the same order ("24/07/2013 - 25/07/2013")
_Y = r"(?:19|20)\d{2}"
_LATE_DAY = r"(?:1[3-9]|2\d|3[01])"
NUMERIC_SLASH_DAY_FIRST = (rf"(?<![\d/])(?P<d1>{_LATE_DAY})/(?P<m1>0?[1-9]|1[0-2])/(?P<y1>{_Y})"
                           rf"(?:\s*[-–]\s*(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>{_Y}))?(?![\d/])")
NUMERIC_SLASH_MONTH_FIRST = (rf"(?<![\d/])(?P<m1>0?[1-9]|1[0-2])/(?P<d1>{_LATE_DAY})/(?P<y1>{_Y})"
                             rf"(?:\s*[-–]\s*(?P<m2>\d{{1,2}})/(?P<d2>\d{{1,2}})/(?P<y2>{_Y}))?(?![\d/])")


_YEAR_REACH = 60  # characters between a year-less date and the dated one that lends it its year
#: days after the publication date past which a year-less day in a past clause is last year's
#: (a reprint dated 2022-01-07 of "11月10日…论坛召开": 2021-11-10)
_PAST_GAP = 90


@lru_cache(maxsize=None)
def language(lang: str) -> tuple[ModuleType, tuple[re.Pattern, ...]]:
    """A language's data module and its compiled patterns."""
    if lang not in LANGUAGES:
        raise ValueError(f"no date patterns for language {lang!r} (have: {', '.join(LANGUAGES)})")
    module = importlib.import_module(f"kg.extract.dates.{lang}")
    return module, tuple(re.compile(p) for p in (NUMERIC, NUMERIC_DAY_FIRST, NUMERIC_SLASH_DAY_FIRST,
                                                     NUMERIC_SLASH_MONTH_FIRST, *module.PATTERNS))


def aligned(text: str, lang: str) -> str:
    """Text in the form the patterns expect (NFKC, simplified Chinese), one character for
    one character, so that offsets into it are offsets into the original."""
    if text.isascii():  # NFKC leaves ASCII as it is
        return text
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    plain = "".join(out)
    return to_simplified_aligned(plain) if lang == "zh" else plain


def find(text: str, lang: str, published: date | None, year_hint: int | None) -> list[DateMention]:
    """Every date mention, longest first where matches overlap, in text order."""
    module, patterns = language(lang)
    if getattr(module, "CUE", None) is not None and not module.CUE.search(text):
        return []  # (no word a date is written with)
    plain = aligned(text, lang)
    matches = []
    for pattern in patterns:
        for m in pattern.finditer(plain):
            start, end = m.span("at") if "at" in pattern.groupindex else m.span()
            if end > start:
                matches.append((start, end, m))
    taken: list[tuple[int, int]] = []
    found = []
    yearless: dict[int, dict] = {}  # the groups of dates no year resolved, by start
    for start, end, m in sorted(matches, key=lambda t: (t[0] - t[1], t[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        groups = m.groupdict()
        ahead = bool(groups.get("wd")) and tense.ahead(plain, start, end, module)
        resolved = _resolve(groups, module, published, year_hint, ahead)
        if resolved is None:
            continue
        if resolved.relative and year_hint is None and _reported_past(groups, resolved, published) \
                and tense.clause_tense(plain, start, end, module) in module.PAST_TENSES:
            resolved = resolve.year_before(resolved)
        taken.append((start, end))
        found.append(DateMention(start, end, text[start:end], resolved.start, resolved.end, resolved.relative))
        if (resolved.start is None and published is None and year_hint is None) \
                or (groups.get("m1") and not (groups.get("y1") or groups.get("y2") or groups.get("rel_year"))):
            yearless[start] = groups
    found.sort(key=lambda d: d.start)
    return _years_from_next(plain, found, yearless, module) if yearless else found


def _reported_past(groups: dict, resolved: resolve.Resolved, published: date | None) -> bool:
    """Whether a month and day without a year, read in the publication's year, fall well after the
    publication date (:data:`_PAST_GAP`): in a report of the past that is last year's day."""
    if published is None or resolved.start is None or len(resolved.start) != 10 \
            or not groups.get("m1") or groups.get("rel_year") or groups.get("rel_month"):
        return False
    return date.fromisoformat(resolved.start) - published > timedelta(days=_PAST_GAP)


def _years_from_next(plain: str, found: list[DateMention], yearless: dict[int, dict],
                     module: ModuleType) -> list[DateMention]:
    """A date without a year takes the year of a date that states one right after it: with no
    publication date ("opened on Thursday, September 5 and concluded Saturday, September 8, 2019"),
    and whatever the page's date when the two close one span ("started on October 1 and will run
    till March 31, 2022": October of 2021, the year before the end's when its day falls later)."""
    out = list(found)
    for i, d in enumerate(found):
        if d.start not in yearless or i + 1 >= len(found):
            continue
        nxt = found[i + 1]
        if nxt.start_date is None or nxt.relative or nxt.start - d.end > _YEAR_REACH:
            continue
        span = bool(module.SPAN_TO.fullmatch(plain, d.end, nxt.start))
        if d.start_date is not None and not span:
            continue
        year = int(nxt.start_date[:4])
        for guess in (year, year - 1) if span else (year,):
            resolved = _resolve(yearless[d.start], module, None, guess)
            if resolved is not None and resolved.start and resolved.start <= nxt.start_date:
                out[i] = replace(d, start_date=resolved.start, end_date=resolved.end)
                break
    return out


def _resolve(groups: dict, module: ModuleType, published: date | None,
             year_hint: int | None, ahead: bool = False) -> resolve.Resolved | None:
    """The dates of one match; ``ahead``: a weekday in a future clause."""
    if groups.get("rel_day"):  # 昨(24)日
        offset = module.DAY_OFFSETS[module.key(groups["rel_day"])]
        return resolve.day_near(published, offset, module.number(groups["d1"]))
    if groups.get("rel"):
        unit, offset = module.RELATIVE[module.key(groups["rel"])]
        return resolve.shifted(published, unit, offset)
    if groups.get("wd"):
        mode = module.WEEKDAY_MODES.get(module.key(groups.get("wm") or ""), "on")
        day = resolve.weekday(published, module.weekday(groups["wd"]), "ahead" if ahead and mode == "on" else mode)
        if groups.get("wd2"):  # "Saturday and Sunday", "Friday to Monday": a range from the first
            span = (module.weekday(groups["wd2"]) - module.weekday(groups["wd"])) % 7
            if span == 0 or groups["join"] in ("and", "&") and span != 1:
                return None  # (two days apart: each found on its own)
            return resolve.days_after(day, span)
        return day
    first = _parts(groups, "1", module)
    last = _parts(groups, "2", module) if groups.get("d2") or groups.get("m2") else None
    if groups.get("cross") and last and last.month:  # "21日到6月25日": from the 21st of the month before
        first = resolve.Parts(first.year, last.month - 1 or 12, first.day)
    if groups.get("and") and not resolve.consecutive(first, last):
        return None  # "11日和13日": two dates, each found on its own
    if groups.get("rel_month"):  # 本月20日, "the 5th of next month"
        month = resolve.month_of(published, module.RELATIVE[module.key(groups["rel_month"])][1])
        if month is None:
            return resolve.Resolved(None, None, True)
        first = resolve.Parts(month[0], month[1], first.day)
        resolved = resolve.absolute(first, last, published, None)
        return replace(resolved, relative=True) if resolved else None
    year_offset = None
    if groups.get("rel_year"):
        year_offset = module.RELATIVE[groups["rel_year"]][1]
    return resolve.absolute(first, last, published, year_hint, year_offset)


def _parts(groups: dict, n: str, module: ModuleType) -> resolve.Parts:
    def read(name: str, reader) -> int | None:
        value = groups.get(name + n)
        return reader(value) if value else None
    era = read("era", module.number)  # a year of a calendar era (民国100年)
    year = read("y", module.number) if era is None else module.ERA_BASE + era
    return resolve.Parts(year, read("m", module.month), read("d", module.number))

