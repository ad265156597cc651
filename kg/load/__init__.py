"""The load stage: files and folders in, articles (or load errors) out.

``load_articles(paths)`` takes files and folders (walked recursively, in
sorted order) and yields one :class:`~kg.model.Article` per article and one
:class:`~kg.model.LoadError` per file or line that cannot be loaded, so that
one bad input never stops a batch. Formats, by suffix:

- ``.txt`` (:mod:`kg.load.txt`): one article; headline and date line stay in the text.
- ``.html`` / ``.htm`` (:mod:`kg.load.html`): main content by trafilatura.
- ``.jsonl`` (:mod:`kg.load.jsonl`): one article per line.

Every article's text has its newlines normalised to ``\\n`` and its page
furniture cut (:mod:`kg.load.furniture`); evidence offsets point into that
text. Title, date and source come from the file's own metadata or else from
the header lines (:mod:`kg.load.header`); the language is detected
(:mod:`kg.load.lang`) unless given. Encodings are detected
(:mod:`kg.load.decode`). Ids are the file stem (``id`` or ``<stem>-<line>``
for JSON Lines); a second article with an id already loaded is an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg import config
from kg.load.errors import LoadFailure
from kg.load.html import read_html
from kg.load.inputs import iter_files
from kg.load.jsonl import read_jsonl
from kg.load.lang import normalise_lang
from kg.load.txt import read_txt
from kg.model.article import Article, LoadError

Reader = Callable[..., Iterator[Article | LoadError]]

#: suffix -> reader; a folder is searched for these suffixes only
READERS: dict[str, Reader] = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl}

__all__ = ["READERS", "load_articles"]


def load_articles(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int | None = None,
    lang: str | None = None,
) -> Iterator[Article | LoadError]:
    """Articles and load errors from files and folders, in a deterministic order.

    ``max_bytes`` caps the size of a file (of a line, for JSON Lines), default
    :func:`kg.config.max_bytes` (5 MB); ``lang`` (``zh`` or ``en``) overrides
    language detection for every article.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    limit = config.max_bytes() if max_bytes is None else max_bytes
    if limit <= 0:
        raise ValueError(f"max_bytes must be positive, not {limit}")
    return _load(list(paths), limit, normalise_lang(lang) if lang else None)


def _load(paths: list[str | os.PathLike[str]], max_bytes: int, lang: str | None) -> Iterator[Article | LoadError]:
    seen: dict[str, str] = {}
    for item in iter_files(paths, frozenset(READERS)):
        if isinstance(item, LoadError):
            yield item
            continue
        for result in _load_file(item, max_bytes, lang):
            if isinstance(result, Article):
                first = seen.setdefault(result.id, _where(result))
                if first != _where(result):
                    result = LoadError(str(item), f"duplicate article id {result.id!r}, already loaded from {first}",
                                       result.line)
            yield result


def _load_file(path: Path, max_bytes: int, lang: str | None) -> Iterator[Article | LoadError]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        yield LoadError(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r} (supported: {kinds})")
        return
    try:
        yield from reader(path, max_bytes=max_bytes, lang=lang)
    except LoadFailure as failure:
        yield LoadError(str(path), failure.reason, failure.line)


def _where(article: Article) -> str:
    return f"{article.path}:{article.line}" if article.line is not None else str(article.path)
