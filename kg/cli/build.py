"""``kg build``: load, extract, add to the store, write the exports (Turtle, TriG, records, HTML view)."""

from __future__ import annotations

import argparse
import sys
from itertools import islice
from pathlib import Path

from kg import config
from kg.cli.common import UserError, add_store, progress, store_path
from kg.cli.extract import add_input_options, print_problems
from kg.pipeline import BatchReport, extract_records, read_records, write_record

#: records written to the store per transaction
CHUNK = 256


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="extract articles into the store and write the exports",
                       description="Load and extract the articles (or read event records with --records), "
                                   "replace each article's named graph in the store, then write "
                                   "graph.ttl, graph.trig, records/*.json and graph.html to the exports folder.")
    add_input_options(p)
    add_store(p)
    p.add_argument("--records", type=Path, metavar="DIR",
                   help="build from event records (JSON files in the SCHEMA.md shape) instead of extracting")
    p.add_argument("--out", "-o", type=Path, default=None, metavar="DIR",
                   help=f"exports folder (default: {config.default_out()}, or $KG_OUT)")
    p.add_argument("--aliases", type=Path, metavar="FILE",
                   help="a user alias file for entity resolution: names of one body (or one never to be merged, "
                        "a line starting with '!') separated by tabs, one line each (default: $KG_ALIASES)")
    p.add_argument("--no-view", action="store_true", help="do not write graph.html")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.export import export
    from kg.store import open_store
    from kg.summary import summarise

    if bool(args.inputs) == bool(args.records):
        raise UserError("name INPUT files or folders, or --records DIR (one of the two)")
    out: Path = args.out or config.default_out()
    report = BatchReport()
    records = (read_records(args.records, report) if args.records
               else extract_records(args.inputs, report, jobs=args.jobs, max_bytes=args.max_bytes))
    records = iter(progress(records, report))
    with open_store(store_path(args)) as store:
        store.aliases_file = args.aliases
        while chunk := list(islice(records, CHUNK)):
            for record in chunk:
                write_record(record, out / "records")
            store.add_records(chunk, on_error=lambda r, exc: report.problems.append(f"{r.id}: graph: {exc}"))
        export(store, "ttl", out / "graph.ttl")
        export(store, "trig", out / "graph.trig")
        if not args.no_view:
            from kg.view import write_view

            view = write_view(store, out / "graph.html")
            if view.notice:
                print(view.notice)
        summary = summarise(store)
    print_problems(report)
    print(f"built {report.articles} articles into {store_path(args)}; the store now holds {summary}")
    print(f"exports in {out}/: graph.ttl, graph.trig, records/" + ("" if args.no_view else ", graph.html"))
    return 1 if report.failed else 0
