"""Full calendar dates in article headers (``2025-07-13``, ``2023/5/18``, ``September 26, 2024``…),
found with the shared date engine (:mod:`kg.extract.dates`). Only full dates count: a header
date without a year says nothing certain about the publication day.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.dates import find_dates


@dataclass(frozen=True)
class FoundDate:
    """A date found in a string: its ISO form and where it was written."""

    iso: str
    start: int
    end: int


def find_date(text: str) -> FoundDate | None:
    """The first complete single date (not a range) written in ``text``, in either language's forms."""
    found = [FoundDate(m.start_date, m.start, m.end)
             for lang in ("en", "zh") for m in find_dates(text, lang, None)
             if m.start_date and len(m.start_date) == 10 and m.end_date is None and not m.relative]
    return min(found, key=lambda f: f.start) if found else None


def parse_date(value: str) -> str | None:
    """``value`` as an ISO date when it is one date (a time may follow it), else ``None``."""
    found = find_date(value)
    if found is None or value[: found.start].strip():
        return None
    return found.iso
