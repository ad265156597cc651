"""An article as loaded from a file, ready for extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One news article: its cleaned body text and metadata.

    ``text`` is the body after page furniture has been cut; every character
    offset in an event record's evidence points into this string.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str | None = None
    url: str | None = None
    lang: str | None = None  # "zh" or "en"
    path: str | None = None  # file the article came from
    line: int | None = None  # line number for JSON Lines input
    content_hash: str = field(default="")

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def meta(self) -> dict:
        """The ``article`` block of an event record."""
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "hash": self.content_hash,
        }


@dataclass
class LoadError:
    """A file, or one line of a file, that could not be loaded."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
