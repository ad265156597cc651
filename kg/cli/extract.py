"""``kg extract INPUT... --out DIR``: one event record (JSON) per article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from kg import config
from kg.cli.common import UserError, positive_int, progress, writable_folder
from kg.pipeline import BatchReport, count_articles, extract_records, write_record
from kg.wording import counted

#: where the record format is described, named in help texts
RECORD_FORMAT = "the record format: docs/record-format.md in the kg sources"


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads articles."""
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                        help="article files (.txt, .html, .htm, .jsonl) or folders, read recursively")
    parser.add_argument("--jobs", "-j", type=positive_int, default=1, metavar="N", help="extract with N processes")
    parser.add_argument("--max-bytes", type=positive_int, default=None, metavar="N",
                        help="refuse files larger than N bytes (default 5 MB, or $KG_MAX_BYTES)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract event records from articles",
                       description="Extract one event record per article (its events, organizations and "
                                   "people, each fact with its evidence) and write DIR/<article id>.json.",
                       epilog=RECORD_FORMAT)
    add_input_options(p)
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the JSON records")
    p.set_defaults(func=run)


def no_inputs_message() -> str:
    """What to say when no INPUT is named: where the sample articles are."""
    from kg.resources import example_articles

    samples = example_articles()
    where = f" (the sample articles shipped with kg: {samples[0].parent})" if samples else ""
    return f"name at least one INPUT file or folder{where}"


def print_problems(report: BatchReport) -> None:
    """Each problem of the batch on its own line (once), naming its file."""
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)


def nothing_found(inputs: list[Path], records: Iterable[object], report: BatchReport) -> int:
    """Inputs that hold no article (a wrong path, an empty folder, only skipped files): say why, exit status 1."""
    for _ in records:  # nothing to extract: this only collects the load errors (a missing path…)
        pass
    print_problems(report)
    if not report.problems:
        names = ", ".join(map(str, inputs))
        print(f"error: no article found in {names} (articles are .txt, .html, .htm and .jsonl files)",
              file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    if not args.inputs:
        raise UserError(no_inputs_message())
    writable_folder(args.out, "--out")
    report = BatchReport()
    max_bytes = args.max_bytes or config.max_bytes()  # a bad $KG_MAX_BYTES is said before anything is done
    records = extract_records(args.inputs, report, jobs=args.jobs, max_bytes=max_bytes)
    total = count_articles(args.inputs)
    if total == 0:
        return nothing_found(args.inputs, records, report)
    for record in progress(records, report, total):
        write_record(record, args.out)
    print_problems(report)
    print(f"{counted(report.articles, 'record')} written to {args.out}"
          + (f", {counted(len(report.problems), 'problem')}" if report.problems else ""), file=sys.stderr)
    return 1 if report.failed else 0
