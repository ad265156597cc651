"""Helpers shared by the command modules: common options, progress, errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from kg import config

T = TypeVar("T")


class UserError(Exception):
    """A problem the user can fix (bad arguments, missing store, endpoint down); printed without a traceback."""


def add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None, metavar="DIR",
                        help=f"embedded store folder (default: {config.default_store()}, or $KG_STORE)")


def store_path(args: argparse.Namespace) -> Path:
    return args.store or config.default_store()


def progress(items: Iterable[T], total: int | None = None, desc: str = "articles") -> Iterator[T]:
    """A progress bar on a terminal (count, rate); silent when stderr is piped."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, unit="art", file=sys.stderr)
