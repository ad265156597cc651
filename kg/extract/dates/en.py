"""English date patterns and words, for the shared engine in ``engine.py``.

Group names the engine reads: ``y1 m1 d1`` (a date), ``y2 m2 d2`` (a range's end),
``rel`` (a word in RELATIVE), ``rel_month``/``rel_year`` (a relative month or year word that
gives a date its month or year: "the 20th of next month", 今年7月), ``and`` (set when two
days are listed rather than joined as a range: read as a range only when consecutive),
``wd``/``wm`` (a weekday and its modifier), ``rel_day`` (a relative day word written with
its day of the month, 今(5)日: a key of the module's ``DAY_OFFSETS``, the day in ``d1``),
``at`` (the part reported as the mention when the match also holds a cue such as "in").
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
#: word -> (unit, offset from the publication date)
RELATIVE = {
    "today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1),
    "last night": ("day", -1), "last evening": ("day", -1), "tonight": ("day", 0), "this evening": ("day", 0),
    "the day before yesterday": ("day", -2), "the day after tomorrow": ("day", 2),
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
}
#: what every date written in English holds: a digit, a month's or a weekday's name, or a relative word
#: (a text with none of them is not read further)
CUE = re.compile(r"\d|(?i:" + "|".join([*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "night",
                                        "evening", "month", "year"]) + ")")
#: weekday modifier -> resolution mode (see resolve.weekday); no modifier means "on"
#: what joins a span's start and its end when each is written as a date of its own ("October 1
#: and will run till March 31, 2022", "December 3 to Sunday, January 14, 2024")
SPAN_TO = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:will|would|is\s+to|shall)\s+)?"
                     r"(?:(?:run|runs|ran|last|lasts|lasted|continue|continues|continued)\s+(?:until|till|through|to)"
                     r"|(?:end|ends|ended|close|closes|closed|conclude|concludes|concluded)\s+(?:on\s+)?"
                     r"|until|till|through|to|-|–|—)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:the\s+)?",
                     re.IGNORECASE)
WEEKDAY_MODES = {"on": "on", "last": "last", "next": "next", "this": "week0", "coming": "next",
                 "past": "last"}

#: tense cues around a bare weekday (see tense.py): "will open on Friday" is the Friday on or
#: after the publication date, "opened on Friday" the one on or before it
FUTURE_CUES = (
    r"\bwill\b", r"\bwould\b", r"[’']ll\b", r"\bshall\b", r"\bwon[’']t\b", r"\bgoing\s+to\b", r"\bplans?\s+to\b",
    r"\b(?:is|are|am)\s+(?:to|scheduled|expected|set|due|slated|planned|poised)\b",
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:scheduled|slated|set|expected|planned|poised)\s+(?:to|for)\b", r"\bto\s+be\s+held\b",
    r"\b(?:upcoming|forthcoming|next)\b",
    r"\b(?:runs?|continues?|lasts?|remains?\s+open|(?:is|are)\s+(?:open|on))\s+(?:until|till|through)\b",
    # a start told in the present or as a participle: "opens on Friday", "beginning here on Wednesday"
    r"\b(?:begins|starts|opens|commences|kicks\s+off|beginning|starting|commencing)\b",
)
PAST_CUES = (r"\b(?:was|were|had|did|ago|earlier|already)\b",)
#: clause tenses in which a year-less day well after the publication date is last year's ("was held on
#: November 10"); with no cue an English date may announce ("runs November 10-12")
PAST_TENSES = ("past",)
#: a clause ends at punctuation (not the point of "p.m." or "U.S.") and before a conjunction
CLAUSE_BREAKS = (r"(?<!\b[A-Za-z])[.!?](?=\s|$)|[;,()\[\]\"“”—–]|(?<!\d):(?!\d)|\b(?:and|but|or|nor|while|after|before|when|"
                 r"since|because|although|though|that|which|who|whom|where|whereas)\b")
#: the clause after the weekday is read too, up to the same breaks: a time phrase may stand between a
#: gathering and its verb ("The seminar on Wednesday will begin with ..."); the nearest cue decides
AFTER_BREAKS = CLAUSE_BREAKS

#: press-release wire services, named in a dateline without brackets or slashes
#: ("Jan. 15, 2025 PRNewswire --", "ACCESSWIRE / January 15, 2025 /"); spaces in a name are optional
WIRE_SERVICES = (
    "PR Newswire", "Business Wire", "GlobeNewswire", "Globe Newswire", "ACCESSWIRE", "ACCESS Newswire",
    "EIN Presswire", "Newsfile Corp.", "JCN Newswire", "ACN Newswire", "PRWeb", "Marketwired", "CNW",
    "Send2Press", "PR.com",
)

_MONTH = "(?:" + "|".join(
    form + (r"\.?" if len(name) <= 4 and name != "may" else "")
    for name in sorted(MONTHS, key=len, reverse=True)
    for form in (f"{name[0].upper()}{name[1:]}", name.upper())) + r")(?![a-zA-Z])"  # (a page's "MAR 10, 2015")
_WEEKDAY = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]|2\d)\d{2}(?!\d)"
_TO = r"\s*(?:-|–|—|to|through|until|till|and|&)\s*"
_YEAR_CUES = r"(?:in|In|since|Since|until|by|from|during|of|for|before|after|between)"
_WD_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"  # ("Thursday the 12th of November")
_ORDINAL = r"[0-3]?\d(?:st|nd|rd|th)"
_M_D = r"(?:\s+|(?<=\.))"  # between a month and its day: a space, or none after an abbreviation's point ("Sep.25")
_MONTH_WORDS = "|".join(word for word, (unit, _) in RELATIVE.items() if unit == "month")
#: a day named by its ordinal alone ("on the 20th", "the 5th of next month"), after these words
_DAY_ONLY_CUES = "[Oo]n|[Ff]rom|[Bb]etween|[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter"
_DAY_ONLY = (rf"the\s+(?P<d1>{_ORDINAL})(?:{_TO}(?:the\s+)?(?P<d2>{_ORDINAL}))?"
             rf"(?:\s+of\s+(?P<rel_month>(?i:{_MONTH_WORDS})))?")
#: days of a month named relatively: "28-30th this month", "12 to 14 next month"
_DAYS_OF_MONTH = rf"(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<rel_month>(?i:{_MONTH_WORDS}))"
#: what may follow it: punctuation, the end, or a small word (not a noun: "the 20th
#: anniversary", "the 20th China Expo")
_DAY_ONLY_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in|and|with|when|as|before|after|while|by|for|"
                 r"from|until|to|this|next|last|local|morning|afternoon|evening|night)\b)")


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


PATTERNS = (
    # September 24-26, 2024 / September 24 to 26 / Sept 30-Oct 2, 2024
    rf"\b{_WD_PREFIX}{_g('m1', _MONTH)}{_M_D}{_g('d1', _DAY)}(?:[,.]?\s+{_g('y1', _YEAR)})?{_TO}"
    rf"(?:{_g('m2', _MONTH)}\s+)?{_g('d2', _DAY)}(?:[,.]?\s+{_g('y2', _YEAR)})?",
    # 17-18 September 2023 / 17 to 18 September / 30 September to 2 October 2024 / 10th, 11th and
    # 12th November (the days listed: the first to the last) / 11 to 14 of June
    rf"\b{_g('d1', _DAY)}(?:\s+{_g('m1', _MONTH)})?(?:\s*,\s*{_DAY})*,?{_TO}{_g('d2', _DAY)}\s+(?:of\s+)?{_g('m2', _MONTH)}"
    rf"(?:[,.]?\s+{_g('y2', _YEAR)})?",
    # Nov. 27, 2020 / Oct. 19 / Saturday, Sept. 25 / Sep.25 / October 26/2020 (a dateline's)
    rf"\b{_WD_PREFIX}{_g('m1', _MONTH)}{_M_D}{_g('d1', _DAY)}(?:(?:[,.]?\s+|/){_g('y1', _YEAR)})?",
    # 26 September 2024 / Thu, 26 Sep 2024 / the 26th of September
    rf"\b{_WD_PREFIX}{_g('d1', _DAY)},?\s+(?:of\s+)?{_g('m1', _MONTH)}(?:[,.]?\s+{_g('y1', _YEAR)})?",
    # March 2015
    rf"\b{_g('m1', _MONTH)},?\s+{_g('y1', _YEAR)}",
    # on the 20th / from the 20th to the 22nd / the 5th of next month (a day of the publication's
    # month, or of the month named)
    rf"\b(?:{_DAY_ONLY_CUES})\s+{_g('at', _DAY_ONLY)}{_DAY_ONLY_END}",
    # from 28-30th this month / 12 to 14 next month (days of a month named relatively)
    rf"\b(?:{_DAY_ONLY_CUES})\s+{_g('at', _DAYS_OF_MONTH)}",
    # late July / mid-May (the part of the month makes the month name a date)
    rf"\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]{_g('at', _g('m1', _MONTH))}(?![\w-]|\s+\d)",
    # in March (the month alone only after a cue: "may" and "march" are words too)
    rf"\b{_YEAR_CUES}\s+(?:(?:early|mid|late)[- ])?{_g('at', _g('m1', _MONTH))}(?![\w-]|\s+\d)",
    # in 2015
    rf"\b{_YEAR_CUES}\s+(?:(?:early|mid|late)[- ])?{_g('at', _g('y1', _YEAR))}(?![\w%-]|\s*[/-]\d)",
    # yesterday / next month / this year
    "(?i:" + _g("rel", "|".join(sorted(RELATIVE, key=len, reverse=True))) + r")\b",
    # Saturday and Sunday / Friday to Monday (a weekday's range: "and" joins two days in a row)
    rf"\b{_g('wd', _WEEKDAY)}\s*{_g('join', '-|–|—|to|through|until|till|and|&')}\s*{_g('wd2', _WEEKDAY)}\b"
    rf"(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d))",
    # on Saturday / last Friday / Monday
    rf"\b(?:{_g('wm', '(?i:' + '|'.join(WEEKDAY_MODES) + ')')}\s+)?{_g('wd', _WEEKDAY)}\b(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d))",
)


def month(word: str) -> int:
    """A month name or abbreviation, or its number (numeric dates)."""
    return int(word) if word.isdigit() else MONTHS[word.rstrip(".").lower()]


def number(word: str) -> int:
    return int("".join(ch for ch in word if ch.isdigit()))


def weekday(word: str) -> int:
    return WEEKDAYS[word.lower()]


def key(word: str) -> str:
    return word.lower()
