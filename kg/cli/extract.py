"""``kg extract INPUT... --out DIR``: one event record (JSON) per article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import config
from kg.cli.common import UserError, positive_int, progress, writable_folder
from kg.outdir import OutputFolder
from kg.model import EventRecord
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
    cluster = parser.add_argument_group("distributed extraction (Dask; pip install 'kg[cluster]')")
    where = cluster.add_mutually_exclusive_group()
    where.add_argument("--cluster", metavar="ADDRESS",
                       help="extract on the Dask scheduler at ADDRESS (e.g. tcp://10.0.0.5:8786); its workers "
                            "must see INPUT and --shards at the same paths")
    where.add_argument("--workers", type=positive_int, metavar="N", help="extract on a local Dask cluster of N processes")
    cluster.add_argument("--shards", type=Path, default=None, metavar="DIR",
                         help=f"where shard outputs and their manifest are kept; finished shards are not extracted "
                              f"again (default: {config.default_shards()}, or $KG_SHARDS)")
    cluster.add_argument("--shard-size", type=positive_int, default=100, metavar="N",
                         help="articles per shard (default 100)")


def extracted(args: argparse.Namespace, report: BatchReport, max_bytes: int) -> Iterator[EventRecord]:
    """The records of the INPUTs: by ``--jobs`` local processes, or on a Dask cluster."""
    if args.cluster is None and args.workers is None:
        return extract_records(args.inputs, report, jobs=args.jobs, max_bytes=max_bytes)
    if args.jobs > 1:
        raise UserError("--jobs is for a local run; with --cluster or --workers the workers extract")
    from kg.cluster import cluster_records

    return cluster_records(args.inputs, report, folder=args.shards or config.default_shards(), max_bytes=max_bytes,
                           address=args.cluster, workers=args.workers or 1, shard_size=args.shard_size)


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
    records = extracted(args, report, max_bytes)
    total = count_articles(args.inputs)
    if total == 0:
        return nothing_found(args.inputs, records, report)
    with OutputFolder(args.out):
        for record in progress(records, report, total):
            write_record(record, args.out)
    print_problems(report)
    print(f"{counted(report.articles, 'record')} written to {args.out}"
          + (f", {counted(len(report.problems), 'problem')}" if report.problems else ""), file=sys.stderr)
    return 1 if report.failed else 0
