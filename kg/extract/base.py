"""The extraction interface: one implementation per language."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from kg.model import Article, EventRecord


class Extractor(Protocol):
    """Turns articles of one language into event records.

    Implementations load their models once (in ``__init__``) and batch in
    ``pipe``; ``name`` is recorded as the extractor of every fact.
    """

    name: str
    lang: str

    def pipe(self, articles: Iterable[Article]) -> Iterator[EventRecord]:
        """One record per article, in input order."""
        ...
