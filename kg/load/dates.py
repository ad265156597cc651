"""Calendar dates written in article headers, to ISO ``YYYY-MM-DD``.

Numeric forms (``2025-07-13``, ``2023/5/18``, ``2022.09.13``,
``2022年09月13日``) and English ones (``September 26, 2024``, ``Sept. 24, 2024``,
``26 September 2024``). Only full dates count: a header date without a year
says nothing certain about the publication day.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"(?<!\d){_YEAR}\s*(?:[-/.]|年)\s*(?P<m>\d{{1,2}})\s*(?:[-/.]|月)\s*(?P<d>\d{{1,2}})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+{_YEAR}(?!\d)", re.IGNORECASE),
]


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string: its ISO form and where it was written."""

    iso: str
    start: int
    end: int


def find_date(text: str) -> FoundDate | None:
    """The first valid full date written in ``text``."""
    found = [f for pattern in _PATTERNS for m in pattern.finditer(text) if (f := _to_found(m))]
    return min(found, key=lambda f: f.start) if found else None


def parse_date(value: str) -> str | None:
    """``value`` as an ISO date when it is one date (a time may follow it), else ``None``."""
    found = find_date(value)
    if found is None or value[: found.start].strip():
        return None
    return found.iso


def _to_found(m: re.Match[str]) -> FoundDate | None:
    groups = m.groupdict()
    month = _MONTHS[groups["mon"].lower()[:3]] if groups.get("mon") else int(groups["m"])
    try:
        day = datetime.date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
    return FoundDate(day.isoformat(), m.start(), m.end())
