"""Query results in one shape for every backend, and how they come from pyoxigraph or SPARQL Results JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

Term = ox.NamedNode | ox.Literal | ox.BlankNode
Row = tuple[Term | None, ...]

#: the columns of a CONSTRUCT or DESCRIBE answer, one row per triple
TRIPLE_VARS = ("subject", "predicate", "object")


@dataclass
class Result:
    """A ``SELECT`` answer (``variables`` and ``rows``), an ``ASK`` answer (``boolean``),
    or the triples of a ``CONSTRUCT``/``DESCRIBE`` as rows of subject, predicate, object."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None

    def ordered(self, order: list[str]) -> Result:
        """The same answer with its columns in ``order`` (columns it does not name keep their place after)."""
        variables = [v for v in order if v in self.variables] + [v for v in self.variables if v not in order]
        index = [self.variables.index(v) for v in variables]
        return Result(self.kind, variables, [tuple(row[i] for i in index) for row in self.rows], self.boolean)

    def dicts(self) -> list[dict[str, Term]]:
        """Rows as {variable: term}, unbound variables left out."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def from_oxigraph(answer: Any) -> Result:
    """A ``Store.query`` answer (solutions, boolean or triples) as a :class:`Result`."""
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return Result("select", variables, [tuple(s) for s in answer])
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", boolean=bool(answer))
    return Result("graph", list(TRIPLE_VARS), [(t.subject, t.predicate, t.object) for t in answer])


def term_from_json(cell: dict[str, str]) -> Term:
    """One binding of SPARQL 1.1 Results JSON (``typed-literal`` from older Virtuoso included)."""
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if cell.get("xml:lang"):
            return ox.Literal(value, language=cell["xml:lang"])
        if cell.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
        return ox.Literal(value)
    raise ValueError(f"unsupported term type in SPARQL results: {kind!r}")


def from_json(doc: dict[str, Any]) -> Result:
    """A SPARQL 1.1 Results JSON document as a :class:`Result`."""
    if "boolean" in doc:
        return Result("ask", boolean=bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    rows = [tuple(term_from_json(b[v]) if v in b else None for v in variables)
            for b in doc.get("results", {}).get("bindings", [])]
    return Result("select", variables, rows)


def from_triples(triples: Any) -> Result:
    """Parsed triples (``pyoxigraph.parse``) as a ``graph`` :class:`Result`."""
    return Result("graph", list(TRIPLE_VARS), [(t.subject, t.predicate, t.object) for t in triples])
