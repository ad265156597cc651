"""``kg view``: an interactive HTML view of the graph, whole or a selected part, that works offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import config
from kg.cli.common import UserError, add_store, non_negative_int, positive_int, store_path, writable_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("view", help="write an interactive HTML view of the graph (works offline)",
                       description="Write the graph, or the part a selection names, as one self-contained HTML "
                                   "page: node styles per class with a legend, relation labels on edges, and per "
                                   "node its labels in both languages, dates and source articles. Selections "
                                   "narrow one after the other (dates, event, country, around). ENTITY, NAME and "
                                   "CC may be any label in English or Chinese, or an IRI.")
    add_store(p)
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help=f"the page to write (default: {config.default_out()}/graph.html)")
    p.add_argument("--around", metavar="ENTITY", help="only the entities within --depth steps of ENTITY")
    p.add_argument("--depth", type=non_negative_int, default=None, metavar="N",
                   help="steps from --around (default: 1)")
    p.add_argument("--event", metavar="NAME", help="one event, its sub-events and what they link to")
    p.add_argument("--country", metavar="CC",
                   help="what is tied to a country (ISO code or name): events, organizations, ambassadors")
    p.add_argument("--since", metavar="DATE", help="events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="events starting on or before DATE")
    p.add_argument("--threshold", type=positive_int, default=None, metavar="N",
                   help="past N nodes, physics is off and positions are computed in Python (default: 2000)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the labels drawn (default: en)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.store import open_store
    from kg.view import write_view
    from kg.view.html import THRESHOLD

    if args.depth is not None and args.around is None:
        raise UserError("--depth counts steps from --around ENTITY: give --around too")
    target = writable_file(args.output or config.default_out() / "graph.html", "-o")
    with open_store(store_path(args), read_only=True) as store:
        summary = write_view(store, target, around=args.around, depth=1 if args.depth is None else args.depth, event=args.event,
                             country=args.country, since=args.since, until=args.until,
                             threshold=THRESHOLD if args.threshold is None else args.threshold, lang=args.lang)
    print(summary)
    return 0
