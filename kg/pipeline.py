"""Batch runs shared by the commands: load -> extract -> (write records | build the store).

One bad file or article never stops a batch: load and extraction errors are
collected in the :class:`BatchReport` and the rest goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.atomic import atomic_write
from kg.extract import ExtractError, extract_stream
from kg.model import Article, EventRecord, LoadError

log = logging.getLogger("kg.pipeline")
#: what a record file name must not hold as is: separators, the escape and hash marks,
#: control and Windows-reserved characters, a leading dot (a hidden file, ``.``, ``..``)
_UNSAFE = re.compile(r'[/\\%~:*?"<>|\x00-\x1f\x7f]|^\.')
#: file systems allow 255 bytes a name; leave room for ``.json`` and temporary-file affixes
_MAX_NAME_BYTES = 180


@dataclass
class BatchReport:
    """What a batch did: counts and the problems met, each naming its file."""

    articles: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def _articles(items: Iterable[Article | LoadError], report: BatchReport) -> Iterator[Article]:
    for item in items:
        if isinstance(item, LoadError):
            report.problems.append(str(item))
        else:
            yield item


def count_articles(inputs: Iterable[str | Path]) -> int:
    """How many articles ``inputs`` hold, counted before loading them (for the progress bar's total):
    one per article file, one per non-blank line of a JSON Lines file."""
    from kg.load import READERS
    from kg.load.inputs import iter_files

    total = 0
    for path in iter_files(inputs, frozenset(READERS)):
        if not isinstance(path, Path) or path.suffix.lower() not in READERS or not path.is_file():
            continue
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as lines:
                total += sum(1 for line in lines if line.strip())
        except OSError:
            total += 1  # reported when it is loaded
    return total


def extract_records(inputs: Iterable[str | Path], report: BatchReport, jobs: int = 1,
                    max_bytes: int | None = None) -> Iterator[EventRecord]:
    """Load every article under ``inputs`` and yield its event record; problems go to ``report``."""
    from kg.load import load_articles

    return extract_loaded(load_articles(inputs, max_bytes=max_bytes), report, jobs=jobs)


def extract_loaded(items: Iterable[Article | LoadError], report: BatchReport, jobs: int = 1) -> Iterator[EventRecord]:
    """The event record of every loaded article of ``items``; load and extraction problems go to ``report``."""
    for result in extract_stream(_articles(items, report), jobs=jobs):
        if isinstance(result, ExtractError):
            report.problems.append(str(result))
            continue
        report.articles += 1
        log.info("%s: %d events, %d organizations, %d people", result.id, len(result.events),
                 len(result.organizations), len(result.people))
        yield result


def read_records(folder: str | Path, report: BatchReport) -> Iterator[EventRecord]:
    """Event records from the JSON files of a folder (``*.json``, gold files included)."""
    paths = sorted(Path(folder).rglob("*.json")) if Path(folder).is_dir() else [Path(folder)]
    if not paths:
        report.problems.append(f"{folder}: no .json event records found")
    for path in paths:
        try:
            record = EventRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except json.JSONDecodeError as exc:
            report.problems.append(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
            continue
        except OSError as exc:
            report.problems.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        except (UnicodeDecodeError, ValueError) as exc:
            report.problems.append(f"{path}: {exc}")
            continue
        report.articles += 1
        yield record


def record_filename(record: EventRecord) -> str:
    """``<article id>.json``, one name per id: characters a file name cannot hold (path
    separators, ``%``, control and Windows-reserved characters, a leading dot) are
    percent-encoded; a name too long for a file system keeps its start and ends in ``~``
    and a hash of the whole id (``~`` is always encoded, so no other id makes that name)."""
    name = _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), record.id)
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        digest = hashlib.sha256(record.id.encode("utf-8")).hexdigest()[:32]
        name = name.encode("utf-8")[:_MAX_NAME_BYTES - 40].decode("utf-8", "ignore") + "~" + digest
    return name + ".json"


def write_record(record: EventRecord, folder: Path) -> Path:
    """Write one record as ``folder/<article id>.json``, atomically."""
    path = folder / record_filename(record)
    with atomic_write(path) as fh:
        json.dump(record.to_dict(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path
