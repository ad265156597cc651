"""Helpers shared by the command modules: common options, checked option values, progress, errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from kg import config
from kg.errors import UserError
from kg.pipeline import BatchReport

T = TypeVar("T")

__all__ = ["UserError", "add_store", "store_path", "positive_int", "non_negative_int", "port", "writable_folder",
           "writable_file", "progress"]


def add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None, metavar="DIR",
                        help=f"embedded store folder (default: {config.default_store()}, or $KG_STORE)")


def store_path(args: argparse.Namespace) -> Path:
    return args.store or config.default_store()


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def positive_int(text: str) -> int:
    """An option value of 1 or more (``--jobs``, ``--top``, ``--max-bytes``)."""
    value = _whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


def non_negative_int(text: str) -> int:
    """An option value of 0 or more (``--depth``)."""
    value = _whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is not 0 or more")
    return value


def port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    value = _whole(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to 65535)")
    return value


def writable_folder(path: Path, option: str) -> Path:
    """``path`` when it is a folder or can become one; :class:`UserError` when it is a file."""
    if path.exists() and not path.is_dir():
        raise UserError(f"{option} {path}: it is a file, not a folder")
    return path


def writable_file(path: Path, option: str) -> Path:
    """``path`` when it is a file or can become one; :class:`UserError` when it is a folder."""
    if path.is_dir():
        raise UserError(f"{option} {path}: it is a folder; give a file name (for example {path / 'graph.html'})")
    return path


def progress(items: Iterable[T], report: BatchReport, total: int | None = None,
             desc: str = "articles") -> Iterator[T]:
    """A progress bar on a terminal (articles done of ``total``, percentage, rate, ETA, failures);
    silent when stderr is not a terminal. An article counts as done when extracted or failed."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=desc, unit=" art", file=sys.stderr, dynamic_ncols=True) as bar:
        def advance() -> None:
            done = report.articles + len(report.problems)
            bar.update(max(0, done - bar.n))
            if report.problems:
                bar.set_postfix(failures=len(report.problems), refresh=False)

        for item in items:
            advance()
            yield item
        advance()

