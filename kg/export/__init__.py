"""Exports of the graph to files, one writer per format, written atomically.

    kg.export(store, "ttl", "exports/graph.ttl")     # a GraphStore or an rdflib Dataset/Graph

Formats are registered, not hard-wired: every module in ``kg/export/`` may define
``FORMATS = {name: Format(...)}`` and is picked up on first use (the RDF formats
live in :mod:`kg.export.rdf`). A writer gets the source and a binary stream and
returns the number of statements it wrote.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from kg import config
from kg.atomic import atomic_write
from kg.verbs import callable_module


#: how much per-fact provenance an RDF export keeps, heaviest first (``--provenance``; kg.export.rdf)
PROVENANCE = ("sentence", "article", "none")


@dataclass(frozen=True)
class Format:
    name: str  # as given to --format
    extension: str  # file extension without the dot
    description: str  # one line for --help
    write: Callable[..., int]  # (GraphStore | rdflib Dataset | rdflib Graph, stream[, provenance]) -> statements written
    provenance: bool = False  # the writer takes ``provenance=`` (a level of kg.export.rdf.PROVENANCE)


@cache
def formats() -> dict[str, Format]:
    """Every registered export format, by name."""
    found: dict[str, Format] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        found.update(getattr(importlib.import_module(f"{__name__}.{info.name}"), "FORMATS", {}))
    return found


def default_path(fmt: str) -> Path:
    """``exports/graph.<ext>`` under ``config.default_out()``."""
    return config.default_out() / f"graph.{get_format(fmt).extension}"


def get_format(fmt: str) -> Format:
    try:
        return formats()[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(sorted(formats()))}") from None


def export(source: Any, fmt: str, path: str | Path | None = None, provenance: str = "sentence") -> int:
    """Write ``source`` (a GraphStore, an rdflib Dataset or Graph) in format ``fmt``.

    ``path`` defaults to :func:`default_path`; ``"-"`` writes to standard output.
    ``provenance`` (``sentence``, ``article`` or ``none``) is how much per-fact provenance
    the RDF formats keep (:mod:`kg.export.rdf`); the entity-graph formats hold none anyway.
    Files are written atomically: a temporary file in the same folder, renamed
    over ``path`` when complete, removed on error. Returns the statements written
    (triples for triple formats, quads for dataset formats).
    """
    writer = get_format(fmt)
    if provenance not in PROVENANCE:
        raise ValueError(f"unknown provenance level {provenance!r}; choose one of {', '.join(PROVENANCE)}")
    options = {"provenance": provenance} if writer.provenance else {}
    if str(path) == "-":
        count = writer.write(source, sys.stdout.buffer, **options)
        sys.stdout.buffer.flush()
        return count
    with atomic_write(Path(path) if path is not None else default_path(fmt), "wb") as out:
        return writer.write(source, out, **options)


callable_module(__name__, export)

__all__ = ["PROVENANCE", "Format", "default_path", "export", "formats", "get_format"]
