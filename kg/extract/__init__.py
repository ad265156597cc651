"""Extraction: articles to event records, with one extractor per language.

``extract(article)`` handles one article; ``extract_all(articles, jobs=N)``
extracts a batch across N worker processes and returns the records as a list
(the articles that failed in its ``errors``), so that one bad article never
stops the batch; ``extract_stream`` yields them one by one, records and
:class:`ExtractError` records in input order, for batches too large to hold.
"""

from __future__ import annotations

import importlib
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from kg.extract import learned, pieces
from kg.extract.base import Extractor
from kg.model import Article, EventRecord
from kg.verbs import callable_module

#: language code -> "module:class" of its extractor
EXTRACTORS = {
    "en": "kg.extract.en:EnglishExtractor",
    "zh": "kg.extract.zh:ChineseExtractor",
}


@dataclass
class ExtractError:
    """An article the extractor failed on."""

    article: Article
    reason: str

    def __str__(self) -> str:
        where = self.article.path or self.article.id
        if self.article.line is not None:
            where = f"{where}:{self.article.line}"
        return f"{where}: extraction failed: {self.reason}"


@lru_cache(maxsize=None)
def get_extractor(lang: str) -> Extractor:
    """The extractor for a language, loaded once per process."""
    try:
        target = EXTRACTORS[lang]
    except KeyError:
        raise ValueError(f"no extractor for language {lang!r} (have: {', '.join(EXTRACTORS)})") from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)()


def extract(article: Article) -> EventRecord:
    """The event record of one article."""
    return next(_pipe(article.lang or "en", [article]))


def rule_records(lang: str, articles: list[Article]) -> Iterator[EventRecord]:
    """Records of the rules alone, without the trained re-scoring (what :mod:`.learned` learns from)."""
    return _pipe(lang, articles, trained=False)


def _pipe(lang: str, articles: list[Article], trained: bool = True) -> Iterator[EventRecord]:
    """Records of ``articles`` (all in ``lang``) in order; long ones read in pieces (:mod:`.pieces`),
    then re-scored by the trained components (:mod:`.learned`) on the whole text."""
    split = [pieces.split(a) for a in articles]
    records = get_extractor(lang).pipe(piece for parts in split for _, piece in parts)
    for article, parts in zip(articles, split):
        record = pieces.merge(article, [(offset, next(records)) for offset, _ in parts])
        yield learned.rescore(record, article.text, lang) if trained else record


def _extract_chunk(chunk: list[Article]) -> list[EventRecord | ExtractError]:
    """Extract a chunk, batching per language; on failure retry one by one to isolate the bad article."""
    out: dict[int, EventRecord | ExtractError] = {}
    for lang in {a.lang or "en" for a in chunk}:
        idx = [i for i, a in enumerate(chunk) if (a.lang or "en") == lang]
        try:
            records = list(_pipe(lang, [chunk[i] for i in idx]))
            out.update(zip(idx, records))
        except Exception:  # noqa: BLE001 - isolate the failing article below
            for i in idx:
                try:
                    out[i] = extract(chunk[i])
                except Exception as exc:  # noqa: BLE001 - reported, batch goes on
                    out[i] = ExtractError(chunk[i], f"{type(exc).__name__}: {exc}")
    return [out[i] for i in range(len(chunk))]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Extracted(list[EventRecord]):
    """The records of a batch, in input order; ``errors`` holds the articles whose extraction failed."""

    def __init__(self, records: Iterable[EventRecord] = (), errors: Iterable[ExtractError] = ()) -> None:
        super().__init__(records)
        self.errors = list(errors)


def extract_all(articles: Iterable[Article], jobs: int = 1, chunk_size: int = 32) -> Extracted:
    """Every article's record, as a list in input order (reusable: ``build_graph`` then ``add_records``),
    using ``jobs`` processes; the articles that failed are in its ``errors``, not in the list."""
    done = Extracted()
    for result in extract_stream(articles, jobs=jobs, chunk_size=chunk_size):
        (done.errors if isinstance(result, ExtractError) else done).append(result)
    return done


def extract_stream(articles: Iterable[Article], jobs: int = 1,
                   chunk_size: int = 32) -> Iterator[EventRecord | ExtractError]:
    """Records (or errors) for a stream of articles, one at a time in input order, using ``jobs`` processes."""
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if jobs == 1:
        for chunk in _chunks(articles, chunk_size):
            yield from _extract_chunk(chunk)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs) as pool:
        for results in pool.imap(_extract_chunk, _chunks(articles, chunk_size)):
            yield from results


callable_module(__name__, extract)

__all__ = ["Extracted", "Extractor", "ExtractError", "EXTRACTORS", "extract", "extract_all", "extract_stream",
           "get_extractor", "rule_records"]
