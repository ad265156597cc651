"""``kg export`` (the store as Turtle, TriG, N-Triples, N-Quads, JSON-LD…) and ``kg validate`` (SHACL)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg import config
from kg.cli.common import UserError, add_store, store_path
from kg.wording import counted


def register(sub: argparse._SubParsersAction) -> None:
    from kg.export import formats

    choices = formats()
    listing = "; ".join(f"{name}: {fmt.description}" for name, fmt in choices.items())
    p = sub.add_parser("export", help="write the graph to a file (Turtle, TriG, N-Triples, N-Quads, JSON-LD…)",
                       description="Write the store's graph in one format. The file is written atomically "
                                   "(a temporary file renamed into place), so a failed export leaves no half file.")
    add_store(p)
    p.add_argument("--format", "-f", required=True, choices=sorted(choices), metavar="FORMAT",
                   help=f"one of: {listing}")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help=f"where to write (default: {config.default_out()}/graph.<ext>, or $KG_OUT/graph.<ext>; "
                        "'-' for standard output)")
    add_provenance(p)
    p.set_defaults(func=run_export)

    v = sub.add_parser("validate", help="check the graph against the SHACL shapes (exit 1 on any violation)",
                       description="Validate the graph against ontology/shapes.ttl (with ontology/kg.ttl) and "
                                   "report every violation in plain language. Exit status 1 when there is one.")
    add_store(v)
    v.add_argument("source", nargs="?", type=Path, default=None, metavar="FILE",
                   help="an RDF file (.ttl, .trig, .nt, .nq, .jsonld) or a store folder to check instead of --store")
    v.set_defaults(func=run_validate)


def add_provenance(p: argparse.ArgumentParser) -> None:
    """``--provenance sentence|article|none``: how much per-fact provenance the RDF exports keep."""
    from kg.export import PROVENANCE

    p.add_argument("--provenance", choices=PROVENANCE, default=PROVENANCE[0],
                   help="per-fact provenance in the RDF exports: 'sentence' (default) a reified kg:Assertion per "
                        "fact with its sentences, confidence and extractor; 'article' the assertion with its "
                        "article only; 'none' no assertions (entities still name their articles)")


def run_export(args: argparse.Namespace) -> int:
    from kg.export import default_path, export
    from kg.export.graphml import GraphSize
    from kg.store import open_store

    target = args.output or default_path(args.format)
    with open_store(store_path(args), read_only=True) as store:
        try:
            count = export(store, args.format, target, provenance=args.provenance)
        except BrokenPipeError:  # `kg export -o - | head`: the reader has gone, which is fine
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
        except OSError as exc:
            raise UserError(f"cannot write {target}: {exc}") from exc
    where = "standard output" if str(target) == "-" else str(target)
    what = count if isinstance(count, GraphSize) else counted(count, "statement")  # GraphSize says nodes and edges
    print(f"{what} written to {where}", file=sys.stderr)
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    if args.source is not None and args.store is not None:
        raise UserError("give either --store DIR or FILE, not both")
    report = validate(args.source if args.source is not None else store_path(args))
    print(report.text())
    return 0 if report.conforms else 1
