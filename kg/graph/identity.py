"""Which event a record's event is, across articles: the key its IRI is minted from.

Two articles name the same event differently: "2025中国医学装备国际合作大会" in one,
"首届中国医学装备国际合作大会" in another; "the 5th X Forum" and "X Forum 2024". The
key is the event's name without its edition (a leading year, ordinal or 届, or a trailing
year), plus the edition's year: the start date's year, else a year written in the name,
else the edition itself. So the 2024 and 2025 editions stay two events, and an undated
"第二届X" stays apart from "第三届X".
"""

from __future__ import annotations

import re

from kg.model import Event
from kg.model.names import normalise

_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural"
#: a leading edition: "2025", "2025年", "the 5th", "Fifth", "首届", "第十二届" (repeated: "2025年第五届")
_LEADING = re.compile(
    rf"^(?:\s*(?:the\s+)?(?:(?:19|20)\d\d(?:年度|年)?|\d{{1,3}}(?:st|nd|rd|th)\b|(?:{_ORDINAL_WORDS})\b"
    r"|第?[0-9一二三四五六七八九十百零〇两]+届|首届)\s*)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\s+(?:19|20)\d\d$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def split_edition(name: str) -> tuple[str, str]:
    """(name without its edition, the edition): "2025 X Expo" -> ("X Expo", "2025 ")."""
    lead = _LEADING.match(name)
    core = name[lead.end():] if lead and lead.end() < len(name) else name
    edition = name[: len(name) - len(core)]
    if trail := _TRAILING.search(core):
        core, edition = core[: trail.start()], edition + trail.group()
    return core, edition


def event_key(event: Event) -> str:
    """The identity of an event across articles: edition-free name and edition year."""
    core, edition = split_edition(event.names[0].strip())
    if event.start_date:
        when = event.start_date[:4]
    elif found := _YEAR.search(edition):
        when = found.group()
    else:
        when = normalise(edition)
    base = normalise(core)
    return f"{base}\x1f{when}" if when else base
