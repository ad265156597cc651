"""``kg extract INPUT... --out DIR``: one event record (JSON) per article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli.common import UserError, progress
from kg.outdir import OutputFolder
from kg.pipeline import BatchReport, extract_records, write_record


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads articles."""
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                        help="article files (.txt, .html, .htm, .jsonl) or folders, read recursively")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="extract with N processes")
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N",
                        help="refuse files larger than N bytes (default 5 MB, or $KG_MAX_BYTES)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract event records from articles",
                       description="Extract one event record per article (../shared/eval/SCHEMA.md shape, "
                                   "plus evidence) and write DIR/<article id>.json.")
    add_input_options(p)
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the JSON records")
    p.set_defaults(func=run)


def print_problems(report: BatchReport) -> None:
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    report = BatchReport()
    records = extract_records(args.inputs, report, jobs=args.jobs, max_bytes=args.max_bytes)
    if not args.inputs:
        raise UserError("name at least one INPUT file or folder")
    with OutputFolder(args.out):
        for record in progress(records, report):
            write_record(record, args.out)
    print_problems(report)
    print(f"{report.articles} records written to {args.out}"
          + (f", {len(report.problems)} problems" if report.problems else ""), file=sys.stderr)
    return 1 if report.failed else 0
