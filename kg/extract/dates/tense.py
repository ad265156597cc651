"""Whether a bare weekday ("on Friday", 周五) points forward from the publication date.

News reports past events, so a bare weekday is read as the one on or before the publication
date; in a future clause ("will open on Friday", "is scheduled to run until Friday",
将于周五开幕, 周五将开幕) it is the one on or after it. The clause is the text around the
weekday up to the language's clause breaks; of the tense cues found in it, the one nearest
the weekday decides. A language module gives the data:

- ``FUTURE_CUES`` / ``PAST_CUES``: regular expressions of tense cues (matched case-insensitively);
- ``CLAUSE_BREAKS``: what ends the clause before the weekday (punctuation, conjunctions);
- ``AFTER_BREAKS``: what ends the clause after it, or ``None`` when only the text before counts.

A clause reaches at most :data:`REACH` characters either side of the weekday, so the cost
per weekday is bounded and a long text without breaks is read in linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

#: how far a clause reaches either side of its weekday: text with no clause break for longer
#: than this is no sentence, and the bound keeps the cost of each weekday constant
REACH = 500


@lru_cache(maxsize=None)
def _compiled(module: ModuleType) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern | None]:
    def alternation(cues: tuple[str, ...]) -> re.Pattern:
        return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
    after = re.compile(module.AFTER_BREAKS) if module.AFTER_BREAKS else None
    return (alternation(module.FUTURE_CUES), alternation(module.PAST_CUES), re.compile(module.CLAUSE_BREAKS),
            after)


def ahead(text: str, start: int, end: int, module: ModuleType) -> bool:
    """Whether the weekday at ``text[start:end]`` sits in a future clause."""
    return clause_tense(text, start, end, module) == "future"


def clause_tense(text: str, start: int, end: int, module: ModuleType) -> str | None:
    """"future" or "past" by the tense cue nearest the time phrase at ``text[start:end]`` (a future one
    wins a tie), ``None`` when its clause has none."""
    future, past, breaks, after_breaks = _compiled(module)
    reach = max(0, start - REACH)
    clause_start = max((m.end() for m in breaks.finditer(text, reach, start)), default=reach)
    before = text[clause_start:start]
    after = ""
    if after_breaks is not None:
        limit = min(len(text), end + REACH)
        stop = after_breaks.search(text, end, limit)
        after = text[end:stop.start() if stop else limit]
    cues: list[tuple[int, bool]] = []  # (distance from the weekday, whether the cue is a past one)
    for pattern, is_past in ((future, False), (past, True)):
        cues += [(len(before) - m.end(), is_past) for m in pattern.finditer(before)]
        cues += [(m.start(), is_past) for m in pattern.finditer(after)]
    if not cues:
        return None
    return "past" if min(cues)[1] else "future"  # the nearest cue decides; a future one wins a tie
