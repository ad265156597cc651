"""Sentence and clause boundaries in Chinese text (character offsets)."""

from __future__ import annotations

import re

# a sentence ends at 。！？!? (with closing quotes/brackets kept) or at a line break
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』)]*)?|[。！？!?]+")
#: not a clock's colon ("9:00"), nor a comma a list goes on after ("由A、B,以及C合作举办")
_CLAUSE_BREAK = re.compile(r"[,，](?!以及|及(?!时))|[;；]|[:：](?!\d{2}(?!\d))")
#: a quoted title with a comma in it: short, no sentence punctuation, a name's dash before its end,
#: or a quoted slogan, a dash and the name after it ("“喜迎春来,携手共进”——迎春招待会")
_QUOTED_TITLE = re.compile(r"“[^“”。！？!?;；]{2,40}——[^“”。！？!?;；,，]{2,30}”"
                           r"|“[^“”。！？!?;；]{2,30}”——[^“”。！？!?;；,，]{2,30}")

Span = tuple[int, int]


def sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, surrounding whitespace excluded, empty ones skipped."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def clause_bounds(text: str, start: int, end: int, pos: int) -> Span:
    """The clause of ``text[start:end]`` holding offset ``pos`` (split at , ; : but not inside
    a clock time or a short quoted title: "“凝聚共识,携手合作——X论坛”" and "“喜迎春来,携手共进”——X"
    are one name each)."""
    titles = [m.span() for m in _QUOTED_TITLE.finditer(text, start, end)] if "——" in text[start:end] else []
    left = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        if not any(a < m.start() < b for a, b in titles):
            left = m.end()
    for m in _CLAUSE_BREAK.finditer(text, pos, end):
        if not any(a < m.start() < b for a, b in titles):
            return left, m.start()
    return left, end
