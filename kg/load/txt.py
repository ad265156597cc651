"""Plain-text articles (``.txt``).

The whole text, headline and date line included, is the article ``text``:
extraction benefits from seeing the headline ("...在沪举办" names the city),
and evidence offsets then point into what the user sees in the file. Title,
publication date and source are read from the first lines
(:mod:`kg.load.header`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.load.assemble import build_article
from kg.load.decode import decode
from kg.load.inputs import read_bytes
from kg.model.article import Article


def read_txt(path: Path, *, max_bytes: int, lang: str | None) -> Iterator[Article]:
    """The one article in a text file, its id the file's stem."""
    text = decode(read_bytes(path, max_bytes))
    yield build_article(path.stem, text, path=str(path), lang=lang)
