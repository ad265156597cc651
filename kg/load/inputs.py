"""Which files a list of inputs names, and their bytes within the size limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.load.errors import LoadFailure
from kg.model.article import LoadError


def iter_files(paths: Iterable[str | os.PathLike[str]], suffixes: frozenset[str]) -> Iterator[Path | LoadError]:
    """Files named by ``paths``, in order; folders walked recursively in sorted order.

    In a folder only files whose suffix is in ``suffixes`` are taken (which
    skips ``*.gold.json`` and everything else) and hidden files and folders are
    skipped; a file named explicitly is always yielded, whatever its suffix.
    Only regular files are read: a pipe, socket or device (which could block a
    read forever) and a name that is not UTF-8 are reported instead.
    """
    for given in paths:
        path = Path(os.fsdecode(given))
        if path.is_dir():
            for item in _walk(path, suffixes):
                yield item if isinstance(item, LoadError) else _checked(item)
        elif path.exists():
            yield _checked(path)
        else:
            yield LoadError(display(path), "no such file or folder")


def display(path: str | os.PathLike[str]) -> str:
    """``path`` printable whatever its bytes: a name that is not UTF-8 shows its bad bytes as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _checked(path: Path) -> Path | LoadError:
    """``path`` when it is a regular file with a UTF-8 name; else the reason it is skipped."""
    if display(path) != str(path):
        return LoadError(display(path), "file name is not valid UTF-8; rename the file")
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return LoadError(str(path), f"cannot read: {error.strerror or error}")
    if not stat.S_ISREG(mode):
        return LoadError(str(path), "not a regular file (a pipe, socket or device); skipped")
    return path


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
        yield LoadError(display(error.filename or folder), f"cannot read folder: {error.strerror or error}")


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
