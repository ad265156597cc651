"""Showing entities by their labels in the language asked for, falling back to the other one.

Labels are fetched from the same backend as the answer, with one query per batch
of IRIs (``rdfs:label`` in the default graph, which kg queries as the union of the
article graphs). When an entity has several labels in a language (articles may name
it differently), the one most articles assert wins (counted through the label's
reified assertions, when the graph has them), then the shortest, then the first in
code-point order.
An IRI without a label shows as a prefixed name (``kg:host``, ``id:event/…``).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg import config
from kg.graph.vocab import PREFIXES
from kg.query.results import Result, Term
from kg.query.run import Backend

LANGS = ("zh", "en")
BATCH = 200

_LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?x ?label (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?x rdfs:label ?label .
  OPTIONAL { ?a rdf:subject ?x ; rdf:predicate rdfs:label ; rdf:object ?label ; prov:wasDerivedFrom ?article }
} GROUP BY ?x ?label"""


def fetch(backend: Backend, iris: Iterable[ox.NamedNode]) -> dict[str, dict[str, list[tuple[int, str]]]]:
    """{iri: {lang: [(number of articles, label), ...]}} for the IRIs that have labels."""
    todo = sorted(set(iris), key=lambda n: n.value)
    out: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for i in range(0, len(todo), BATCH):
        batch = todo[i:i + BATCH]
        result = backend.run(_LABELS, {"x": batch})
        for x, label, n in result.rows:
            if isinstance(x, ox.NamedNode) and isinstance(label, ox.Literal):
                out.setdefault(x.value, {}).setdefault(label.language or "", []).append((int(n.value), label.value))
    return out


def best(by_lang: dict[str, list[tuple[int, str]]], lang: str) -> str | None:
    """The label to show in ``lang``; else in the other language; else any label."""
    order = [lang, *[other for other in LANGS if other != lang], *sorted(by_lang)]
    for want in order:
        found = by_lang.get(want)
        if found:
            return min(found, key=lambda c: (-c[0], len(c[1]), c[1]))[1]
    return None


def short_iri(iri: str) -> str:
    """``prefix:local`` for a known namespace (``id:`` is the entity base), else the IRI itself."""
    spaces = {"id": config.base_iri(), **{p: str(ns) for p, ns in PREFIXES.items()}}
    for prefix, ns in sorted(spaces.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


class Labeller:
    """Turns the terms of an answer into display text: labels for IRIs, lexical forms for literals."""

    def __init__(self, labels: dict[str, dict[str, list[tuple[int, str]]]], lang: str = "zh") -> None:
        self.labels = labels
        self.lang = lang

    @classmethod
    def for_result(cls, backend: Backend, result: Result, lang: str = "zh") -> Labeller:
        iris = {t for row in result.rows for t in row if isinstance(t, ox.NamedNode)}
        return cls(fetch(backend, iris), lang)

    def __call__(self, term: Term | None) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            label = best(self.labels.get(term.value, {}), self.lang)
            return label if label is not None else short_iri(term.value)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return term.value


def raw(term: Term | None) -> str:
    """Display text without labels: full IRIs, lexical forms of literals."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value
