"""Which files a list of inputs names, and their bytes within the size limit."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.load.errors import LoadFailure
from kg.model.article import LoadError


def iter_files(paths: Iterable[str | os.PathLike[str]], suffixes: frozenset[str]) -> Iterator[Path | LoadError]:
    """Files named by ``paths``, in order; folders walked recursively in sorted order.

    In a folder only files whose suffix is in ``suffixes`` are taken (which
    skips ``*.gold.json`` and everything else) and hidden files and folders are
    skipped; a file named explicitly is always yielded, whatever its suffix.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, suffixes)
        elif path.exists():
            yield path
        else:
            yield LoadError(str(path), "no such file or folder")


def _walk(folder: Path, suffixes: frozenset[str]) -> Iterator[Path | LoadError]:
    """The folder's files sorted by their path inside it, then any subfolder that could not be read."""
    errors: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files
                     if not name.startswith(".") and Path(name).suffix.lower() in suffixes)
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)
    for error in errors:
        yield LoadError(str(error.filename or folder), f"cannot read folder: {error.strerror or error}")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; :class:`LoadFailure` when it is empty, too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadFailure(too_large(size, max_bytes))
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as error:
        raise LoadFailure(f"cannot read: {error.strerror or error}") from error
    if len(data) > max_bytes:  # grew since stat, or a device reporting no size
        raise LoadFailure(too_large(len(data), max_bytes, at_least=True))
    if not data:
        raise LoadFailure("empty file")
    return data


def too_large(size: int, max_bytes: int, *, at_least: bool = False) -> str:
    """The reason given for input over the size limit."""
    more = "more than " if at_least else ""
    return f"too large: {more}{size:,} bytes, the limit is {max_bytes:,} (KG_MAX_BYTES or max_bytes=)"
