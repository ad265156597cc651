"""The task a worker runs for one shard: load, extract, write the records and the shard's N-Quads.

The models are loaded once per worker process (:func:`kg.extract.get_extractor` keeps
them) and a process-wide lock runs one shard at a time in it, so a worker started with
several threads neither loads them twice nor shares a spaCy pipeline between threads.
A shard's output goes to ``<shards folder>/<digest>/``, written in a temporary folder
and renamed into place, so it is either complete or absent:

- ``records/<article id>.json``, as ``kg extract`` writes them;
- ``graph.nq``, the shard's article graphs (identities resolved within the shard only:
  ``kg build`` resolves across all shards when it adds the records to the store);
- ``done.json``, the shard's articles (id, record file, file and line read) and problems.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write
from kg.cluster.shards import Shard
from kg.graph.build import article_graphs
from kg.graph.terms import NQuadsWriter
from kg.load import load_articles
from kg.load.errors import LoadFailure
from kg.load.jsonl import read_jsonl
from kg.model import Article, LoadError
from kg.pipeline import BatchReport, extract_loaded, write_record

DONE = "done.json"
_ONE_AT_A_TIME = threading.Lock()


def finished(folder: Path, shard: Shard) -> dict[str, Any] | None:
    """The result of a shard finished earlier (by any run), or None."""
    try:
        return json.loads((folder / shard.digest / DONE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def run_shard(shard: Shard, folder: str, max_bytes: int) -> dict[str, Any]:
    """Extract ``shard`` into ``folder/<digest>/`` (unless it is there already) and return its ``done.json``."""
    root = Path(folder)
    if (done := finished(root, shard)) is not None:
        return done
    with _ONE_AT_A_TIME:
        report = BatchReport()
        stage = Path(tempfile.mkdtemp(prefix=f".{shard.digest}-", dir=root))
        try:
            done = _extract(shard, max_bytes, report, stage)
            try:
                stage.rename(root / shard.digest)
            except OSError:
                if (earlier := finished(root, shard)) is None:  # not another attempt's finished copy
                    raise
                return earlier
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return done


def _extract(shard: Shard, max_bytes: int, report: BatchReport, stage: Path) -> dict[str, Any]:
    (stage / "records").mkdir()
    articles: list[tuple[str, str, str, int | None]] = []
    records = []
    where: dict[str, tuple[str, int | None]] = {}
    for record in extract_loaded(_load(shard, max_bytes, where), report):
        path = write_record(record, stage / "records")
        articles.append((record.id, path.name, *where[record.id]))
        records.append(record)
    writer = NQuadsWriter()
    with atomic_write(stage / "graph.nq", "wb") as fh:
        for graph, triples in article_graphs(records):
            fh.write(writer.graph(graph, triples))
    done = {"shard": shard.describe(), "articles": articles, "problems": report.problems}
    with atomic_write(stage / DONE) as fh:
        json.dump(done, fh, ensure_ascii=False, indent=1)
    return done


def _load(shard: Shard, max_bytes: int, where: dict[str, tuple[str, int | None]]) -> Iterator[Article | LoadError]:
    """The shard's articles and load errors, named by the inputs as given (as a local run names them);
    ``where`` gets each article's file and line, for the duplicate-id check across shards."""
    shown = {path: given for given, path in shard.files}
    if shard.span is None:
        items = load_articles([path for _, path in shard.files], max_bytes=max_bytes)
    else:
        items = _read_span(Path(shard.files[0][1]), shard, max_bytes)
    for item in items:
        item = replace(item, path=shown.get(item.path, item.path))
        if isinstance(item, Article):
            where[item.id] = (str(item.path), item.line)
        yield item


def _read_span(path: Path, shard: Shard, max_bytes: int) -> Iterator[Article | LoadError]:
    try:
        yield from read_jsonl(path, max_bytes=max_bytes, lang=None, span=shard.span)
    except LoadFailure as failure:
        yield LoadError(str(path), failure.reason, failure.line)
