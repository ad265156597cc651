"""Helpers shared by the command modules: common options, progress, errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from kg import config
from kg.pipeline import BatchReport

T = TypeVar("T")


class UserError(Exception):
    """A problem the user can fix (bad arguments, missing store, endpoint down); printed without a traceback."""


def add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None, metavar="DIR",
                        help=f"embedded store folder (default: {config.default_store()}, or $KG_STORE)")


def store_path(args: argparse.Namespace) -> Path:
    return args.store or config.default_store()


def progress(items: Iterable[T], report: BatchReport | None = None, desc: str = "articles") -> Iterator[T]:
    """A progress bar on a terminal (articles done, rate, failures); silent when stderr is piped."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    with tqdm(desc=desc, unit=" art", file=sys.stderr) as bar:
        for item in items:
            yield item
            bar.update()
            if report is not None and report.problems:
                bar.set_postfix(failures=len(report.problems), refresh=False)
