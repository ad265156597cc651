"""``kg build``: load, extract, add to the store, write the exports (Turtle, TriG, records, HTML view)."""

from __future__ import annotations

import argparse
from itertools import islice
from pathlib import Path

from kg import config
from kg.cli.common import UserError, add_store, progress, store_path, writable_folder
from kg.cli.export import add_provenance
from kg.cli.extract import (RECORD_FORMAT, add_input_options, extracted, no_inputs_message, nothing_found,
                            print_problems)
from kg.outdir import OutputFolder
from kg.pipeline import BatchReport, count_articles, read_records, write_record
from kg.wording import counted

#: records written to the store per transaction
CHUNK = 256


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="extract articles into the store and write the exports",
                       description="Load and extract the articles (or read event records with --records), "
                                   "replace each article's named graph in the store, then write "
                                   "graph.ttl, graph.trig, records/*.json and graph.html to the exports folder.",
                       epilog=RECORD_FORMAT)
    add_input_options(p)
    add_store(p)
    p.add_argument("--records", type=Path, metavar="DIR",
                   help="build from event records (JSON files as kg extract writes them, or hand-curated) "
                        "instead of extracting")
    p.add_argument("--out", "-o", type=Path, default=None, metavar="DIR",
                   help=f"exports folder (default: {config.default_out()}, or $KG_OUT)")
    p.add_argument("--aliases", type=Path, metavar="FILE",
                   help="a user alias file for entity resolution: names of one body (or one never to be merged, "
                        "a line starting with '!') separated by tabs, one line each (default: $KG_ALIASES)")
    p.add_argument("--no-view", action="store_true", help="do not write graph.html")
    p.add_argument("--keep-log", action="store_true",
                   help="start the store's update log (a new store only): each update's N-Quads are kept beside "
                        "the store, and kg push --bulk sends them as they are instead of dumping the store "
                        "(faster; costs the disk of every update kept)")
    add_provenance(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.export import export
    from kg.store import open_store
    from kg.summary import summarise

    if args.inputs and args.records:
        raise UserError("name INPUT files or folders, or --records DIR, not both")
    if not args.inputs and not args.records:
        raise UserError(f"{no_inputs_message()}, or --records DIR")
    out = writable_folder(args.out or config.default_out(), "--out")
    report = BatchReport()
    if args.records:
        records, total = read_records(args.records, report), None
        if args.records.is_file():  # one file: a bad one is a bad argument, said before the store is touched
            records = list(records)
            if report.problems:
                raise UserError(report.problems[0])
    else:
        max_bytes = args.max_bytes or config.max_bytes()  # a bad $KG_MAX_BYTES is said before anything is done
        records = extracted(args, report, max_bytes)
        total = count_articles(args.inputs)
        if total == 0:
            return nothing_found(args.inputs, records, report)
    records = iter(progress(records, report, total))
    try:
        with OutputFolder(out) as folder, open_store(store_path(args), keep_log=args.keep_log) as store:
            store.aliases_file = args.aliases
            stage = folder.stage()
            while chunk := list(islice(records, CHUNK)):
                for record in chunk:
                    write_record(record, stage / "records")
                store.add_records(chunk, on_error=lambda r, exc: report.problems.append(f"{r.id}: graph: {exc}"))
            export(store, "ttl", stage / "graph.ttl", provenance=args.provenance)
            export(store, "trig", stage / "graph.trig", provenance=args.provenance)
            if not args.no_view:
                from kg.view import write_view

                view = write_view(store, stage / "graph.html")
                if view.notice:
                    print(view.notice)
            folder.commit()
            summary = summarise(store)
    except OSError as exc:  # a full disk, a folder that cannot be written: the store keeps its state
        where = f" ({exc.filename})" if exc.filename else ""
        raise UserError(f"cannot write the exports{where}: {exc.strerror or exc}; "
                        f"the exports in {out} are unchanged") from exc
    print_problems(report)
    failed = f" ({counted(len(report.problems), 'problem')}, listed above)" if report.problems else ""
    print(f"built {counted(report.articles, 'article')}{failed} into {store_path(args)}; "
          f"the store now holds {summary}")
    print(f"exports in {out}/: graph.ttl, graph.trig, records/" + ("" if args.no_view else ", graph.html"))
    return 1 if report.failed else 0
