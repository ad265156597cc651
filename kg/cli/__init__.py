"""The ``kg`` command line: one module per command group in ``kg.cli``.

Each command module defines ``register(subparsers)``, which adds its
sub-commands and sets ``func`` (taking the parsed args, returning an exit code).
Modules are discovered, so adding a command is adding a module.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from importlib import metadata

from kg.cli import common


#: command modules in pipeline order, for --help; others follow alphabetically
PIPELINE_ORDER = ("extract", "build", "export", "query", "view", "analytics")


def _order(name: str) -> tuple[int, str]:
    return (PIPELINE_ORDER.index(name) if name in PIPELINE_ORDER else len(PIPELINE_ORDER), name)


def _version() -> str:
    try:
        return metadata.version("kg")
    except metadata.PackageNotFoundError:  # a checkout run without installing
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Turn news articles about industry events into an RDF knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log per-article detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: _order(m.name)):
        if info.name != "common" and not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    for command in sub.choices.values():  # -v after the command too (kg build -v …); SUPPRESS keeps one before it
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                             help="log per-article detail")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except common.UserError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `kg stats | head`: the reader has gone, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
