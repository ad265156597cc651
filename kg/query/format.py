"""Writing an answer as an aligned table, CSV, SPARQL 1.1 Results JSON or Markdown.

``table``, ``csv`` and ``md`` show each term through a display function (labels in
the language asked for, see :mod:`kg.query.labels`); ``json`` is the standard
results document with the terms themselves.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable

import pyoxigraph as ox

from kg.query.results import Result, Term

FORMATS = ("table", "csv", "json", "md")
#: widest cell of the ``table`` format, in terminal columns; longer text is cut with "…"
MAX_CELL = 60
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Display = Callable[[Term | None], str]


def char_width(ch: str) -> int:
    """Terminal columns of one character: 2 for wide and full-width (Chinese), 0 for combining marks."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns (ending in "…" when cut)."""
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - text_width(text))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cells(result: Result, display: Display, one_line: bool = True) -> tuple[list[str], list[list[str]]]:
    """Header and rows of display text (line breaks inside a cell turned into spaces with ``one_line``)."""
    if result.kind == "ask":
        return ["boolean"], [["true" if result.boolean else "false"]]
    show = (lambda t: _one_line(display(t))) if one_line else display
    return list(result.variables), [[show(t) for t in row] for row in result.rows]


def table(result: Result, display: Display) -> str:
    head, rows = _cells(result, display)
    rows = [[_fit(c, MAX_CELL) for c in row] for row in rows]
    widths = [max([text_width(h)] + [text_width(r[i]) for r in rows]) for i, h in enumerate(head)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(head, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in rows]
    if result.kind != "ask":
        lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def to_csv(result: Result, display: Display) -> str:
    head, rows = _cells(result, display, one_line=False)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(head)
    writer.writerows(rows)
    return out.getvalue()


def markdown(result: Result, display: Display) -> str:
    head, rows = _cells(result, display)

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("\\", "\\\\").replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(head), "|" + "|".join("---" for _ in head) + "|", *map(line, rows)]) + "\n"


def term_json(term: Term) -> dict[str, str]:
    """One term as a binding of SPARQL 1.1 Results JSON."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    cell = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        cell["datatype"] = term.datatype.value
    return cell


def results_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON (a ``graph`` answer as bindings of subject, predicate, object)."""
    if result.kind == "ask":
        doc: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        doc = {"head": {"vars": list(result.variables)},
               "results": {"bindings": [{v: term_json(t) for v, t in zip(result.variables, row) if t is not None}
                                        for row in result.rows]}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def render(result: Result, fmt: str, display: Display) -> str:
    """The answer in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return results_json(result)
    writers = {"table": table, "csv": to_csv, "md": markdown}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return writers[fmt](result, display)
