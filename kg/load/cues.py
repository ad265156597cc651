"""Per-language cue words, kept as data in ``cues_<lang>.json`` beside this module.

Every language's cues apply to every article (a Chinese page often carries an
English copyright line). The lists:

- ``trailer``: a label line that starts the trailing page furniture (tags,
  related stories, previous/next links, editor credit); it and every line
  after it are cut.
- ``footer``: a mark anywhere in a line (``©``, ICP licence numbers, copyright
  notices) that starts the footer; it and every line after it are cut.
- ``footer_line``: a line starting with it ("Sponsored by ...") is footer when it
  stands among the short lines that end the page.
- ``furniture_line``: a short line starting with it is cut on its own (share bars,
  font-size buttons, "Follow author on").
- ``breadcrumb``: a short line starting with it is a breadcrumb, cut on its own.
- ``date_labels`` / ``source_labels``: header labels before a publication date or a
  source (matched in the simplified form of a line).
- ``other_labels``: labels of the other header fields (author, editor, views, font size):
  one ends the value before it (``来源:人民网作者:张三``), and a part of a metadata line
  opening with one names no source (``By Li Ming | China Daily | Updated: ...``).
- ``agency_suffixes``: endings of news-agency names in datelines (新华社北京7月1日电).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class Cues:
    """The cue lists of all languages merged; matching forms are case-folded."""

    trailer: tuple[str, ...]
    footer: tuple[str, ...]
    footer_line: tuple[str, ...]
    furniture_line: tuple[str, ...]
    breadcrumb: tuple[str, ...]
    date_labels: tuple[str, ...]  # as written (simplified), longest first
    source_labels: tuple[str, ...]
    other_labels: tuple[str, ...]
    agency_suffixes: tuple[str, ...]


@cache
def cues() -> Cues:
    """All ``cues_*.json`` files merged."""
    merged: dict[str, list[str]] = {}
    for path in sorted(_HERE.glob("cues_*.json")):
        for key, words in json.loads(path.read_text(encoding="utf-8")).items():
            if not key.startswith("_"):
                merged.setdefault(key, []).extend(words)
    return Cues(
        **{key: _matching_forms(merged[key]) for key in ("trailer", "footer", "footer_line", "furniture_line",
                                                         "breadcrumb")},
        **{key: _written_forms(merged[key]) for key in ("date_labels", "source_labels", "other_labels",
                                                          "agency_suffixes")},
    )


def _matching_forms(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for w in words}, key=len, reverse=True))


def _written_forms(words: list[str]) -> tuple[str, ...]:
    """The words longest first, so that a regex alternation prefers the longer of two labels."""
    return tuple(sorted(set(words), key=len, reverse=True))
