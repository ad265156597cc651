"""Sentence and clause boundaries in Chinese text (character offsets)."""

from __future__ import annotations

import re

# a sentence ends at 。！？!? (with closing quotes/brackets kept) or at a line break
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』)]*)?|[。！？!?]+")
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")

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
    """The clause of ``text[start:end]`` holding offset ``pos`` (split at , ; :)."""
    left = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        left = m.end()
    m = _CLAUSE_BREAK.search(text, pos, end)
    return left, (m.start() if m else end)
