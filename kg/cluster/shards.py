"""Cutting the inputs into shards: groups of files, and line ranges of large JSON Lines files.

Each shard carries a content hash (:attr:`Shard.digest`) of everything its output depends
on: the bytes it reads, the names it reads them under, the size limit and the kg code
itself. A shard whose hash has a finished output folder is not extracted again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.load import READERS
from kg.load.inputs import iter_files
from kg.load.jsonl import Span
from kg.model import LoadError

_BLOCK = 1 << 20


@dataclass(frozen=True)
class Shard:
    """Files (or one JSON Lines byte range) extracted together by one task."""

    index: int
    #: (the name as given, which problems and duplicate checks use; the absolute path a worker reads)
    files: tuple[tuple[str, str], ...]
    span: Span | None
    articles: int  # counted before loading
    digest: str
    last_line: int | None = None  # of a JSON Lines range, for the description

    def describe(self) -> str:
        """Where the shard's articles are, in words, e.g. ``a.jsonl lines 201-400`` or ``3 files, a.txt … c.txt``."""
        first = self.files[0][0]
        if self.span is not None:
            return f"{first} lines {self.span[2]}-{self.last_line}"
        if len(self.files) == 1:
            return first
        return f"{len(self.files)} files, {first} … {self.files[-1][0]}"


def plan(inputs: Iterable[str | os.PathLike[str]], size: int, max_bytes: int) -> tuple[list[Shard], list[LoadError]]:
    """The shards of ``inputs`` (about ``size`` articles each, in input order), and the inputs
    that cannot be read at all (a missing path, a pipe…), as load errors."""
    shards: list[Shard] = []
    errors: list[LoadError] = []
    group: list[tuple[str, str]] = []
    count = 0

    def add(files: list[tuple[str, str]], span: Span | None, articles: int, last: int | None = None) -> None:
        shards.append(Shard(len(shards), tuple(files), span, articles, _digest(files, span, max_bytes), last))

    for item in iter_files(inputs, frozenset(READERS)):
        if isinstance(item, LoadError):
            errors.append(item)
            continue
        name = (str(item), str(item.resolve()))
        spans = list(_spans(item, size)) if item.suffix.lower() == ".jsonl" else []
        if len(spans) > 1:
            if group:
                add(group, None, count)
                group, count = [], 0
            for span, lines, last in spans:
                add([name], span, lines, last)
            continue
        group.append(name)
        count += spans[0][1] if spans else 1
        if count >= size:
            add(group, None, count)
            group, count = [], 0
    if group:
        add(group, None, count)
    return shards, errors


def _spans(path: Path, size: int) -> Iterator[tuple[Span, int, int]]:
    """Byte ranges of whole lines holding ``size`` non-blank lines each, with their counts and last lines."""
    try:
        f = path.open("rb")
    except OSError:
        yield (0, -1, 1), 1, 1  # reported by the worker that reads it
        return
    with f:
        start, first, number, lines = 0, 1, 0, 0
        for raw in f:
            number += 1
            lines += bool(raw.strip())
            if lines == size:
                end = f.tell()
                yield (start, end, first), lines, number
                start, first, lines = end, number + 1, 0
        if lines or start == 0:
            yield (start, -1, first), lines, number


def _digest(files: list[tuple[str, str]], span: Span | None, max_bytes: int) -> str:
    h = hashlib.sha256(f"{code_fingerprint()}\0{max_bytes}\0{span}\0".encode())
    for shown, path in files:
        h.update(shown.encode("utf-8", "surrogateescape") + b"\0")
        _hash_file(h, Path(path), span)
    return h.hexdigest()[:32]


def _hash_file(h: hashlib._Hash, path: Path, span: Span | None) -> None:
    start, end, _ = span or (0, -1, 1)
    try:
        with path.open("rb") as f:
            f.seek(start)
            left = end - start if end >= 0 else -1
            while left and (block := f.read(_BLOCK if left < 0 else min(left, _BLOCK))):
                h.update(block)
                left = left - len(block) if left > 0 else left
    except OSError as exc:  # unreadable now: the worker reports it; the hash says so
        h.update(f"\0unreadable: {exc.strerror}".encode())


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the installed kg package (its code, rules and data): new rules redo every shard."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
