"""``kg resolve --explain NAME``: how entity resolution treated the nodes with that name."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.cli.common import add_store, store_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("resolve", help="explain which mentions were merged into one node, and why",
                       description="Show the nodes named NAME (any of their names, in either language, with or "
                                   "without the edition; or a part of a name): the article mentions each holds, "
                                   "the evidence that merged them, and the similarly named nodes kept apart with "
                                   "the reason. Correct a decision with an alias file (see README, 'Identity').")
    add_store(p)
    p.add_argument("--explain", required=True, metavar="NAME", help="a name of the entity")
    p.add_argument("--aliases", type=Path, metavar="FILE",
                   help="a user alias file, as kg build --aliases (default: $KG_ALIASES)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="nodes and kept-apart nodes shown (default: 20)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.resolve import load_aliases
    from kg.resolve.explain import explain
    from kg.store import open_store

    aliases = load_aliases(args.aliases)
    with open_store(store_path(args), read_only=True) as store:
        print(explain(store, args.explain, aliases, args.limit))
    return 0
