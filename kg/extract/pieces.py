"""Long articles read in pieces, so that cost stays linear in length and memory bounded.

The extractors' models and rules work sentence by sentence, but their cost per document
grows faster than its length (spaCy refuses over 1,000,000 characters, LAC's memory grows
with a line's length, a line with no sentence break is one huge sentence). An article
longer than :data:`PIECE_CHARS` is cut into pieces at line breaks, else at sentence ends,
else at spaces, else anywhere; each piece is extracted as an article of its own and the
records are merged: evidence offsets shifted back into the whole text, entity ids
renumbered. News articles are far shorter, so they are read whole as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from kg.model import Article, EventRecord
from kg.model.record import Event, Organization, Person

#: an article longer than this (in characters) is read in pieces of at most this length
PIECE_CHARS = 20_000
Entity = TypeVar("Entity", Event, Organization, Person)
_CUTS = (re.compile(r"\n"), re.compile(r"[。！？!?；;]|[.](?=\s)"), re.compile(r"\s"))


def split(article: Article) -> list[tuple[int, Article]]:
    """``(offset, piece)`` pairs covering the article's text; one piece for a short article."""
    text = article.text
    if len(text) <= PIECE_CHARS:
        return [(0, article)]
    out: list[tuple[int, Article]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        if end < len(text):
            end = _cut(text, start + PIECE_CHARS // 2, end)
        piece = text[start:end]
        if piece.strip():
            out.append((start, replace(article, text=piece, content_hash=article.content_hash)))
        start = end
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place to end a piece between ``lo`` and ``hi``: after the last line break,
    sentence end or space there, else at ``hi``."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, lo, hi):
            pass
        if last is not None:
            return last.end()
    return hi


def merge(article: Article, parts: list[tuple[int, EventRecord]]) -> EventRecord:
    """One record for the article from its pieces' records."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    merged = EventRecord(article=article.meta())
    kinds = (("events", "e"), ("organizations", "o"), ("people", "p"))
    for offset, record in parts:
        ids: dict[str, str] = {}
        for kind, prefix in kinds:
            taken = len(getattr(merged, kind))
            for n, entity in enumerate(getattr(record, kind), start=taken + 1):
                ids[entity.id] = f"{prefix}{n}"
        for kind, _ in kinds:
            getattr(merged, kind).extend(_renumbered(entity, ids, offset) for entity in getattr(record, kind))
    return merged


def _renumbered(entity: Entity, ids: dict[str, str], offset: int) -> Entity:
    """A copy of ``entity`` with its own and its references' ids mapped and evidence offsets shifted."""
    def ref(value: str | None) -> str | None:
        return ids.get(value, value) if value is not None else None

    changes = {"id": ids[entity.id],
               "evidence": [replace(e, start=e.start + offset, end=e.end + offset, value=ref(e.value))
                            for e in entity.evidence]}
    for name in ("hosts", "co_hosts", "organizers", "attended"):
        if hasattr(entity, name):
            changes[name] = [ref(v) for v in getattr(entity, name)]
    if hasattr(entity, "part_of"):
        changes["part_of"] = ref(entity.part_of)
    if hasattr(entity, "roles"):
        changes["roles"] = [replace(r, org=ref(r.org)) for r in entity.roles]
    return replace(entity, **changes)
