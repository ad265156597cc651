"""Plain RDF terms shared by the rdflib and Oxigraph outputs of the graph builder.

The builder yields quads of *plain terms*: an IRI is a ``str``, a literal a
:class:`Lit`. :func:`to_oxigraph` and :func:`to_rdflib` turn them into the terms
of either library, so the same generator feeds an rdflib ``Dataset`` and a
pyoxigraph ``Store`` without a detour through the other library.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.graph.vocab import XSD
from kg.model.names import has_han


class Lit(NamedTuple):
    """A literal: its lexical form, and a language tag or a datatype IRI (neither: xsd:string)."""

    value: str
    lang: str | None = None
    datatype: str | None = None

    def key(self) -> str:
        """The N-Triples-like form used in hashes."""
        suffix = f"@{self.lang}" if self.lang else f"^^<{self.datatype}>" if self.datatype else ""
        return f'"{self.value}"{suffix}'


Term = str | Lit  # IRI or literal
PlainQuad = tuple[str, str, Term, str]  # subject, predicate, object, graph

XSD_DATE, XSD_GYEARMONTH, XSD_GYEAR = str(XSD.date), str(XSD.gYearMonth), str(XSD.gYear)
XSD_INTEGER, XSD_DECIMAL, XSD_ANYURI = str(XSD.integer), str(XSD.decimal), str(XSD.anyURI)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def name(text: str) -> Lit:
    """A name as a language-tagged label: ``@zh`` when it holds Han characters, else ``@en``."""
    return Lit(text, "zh" if has_han(text) else "en")


def date(value: str | None) -> Lit | None:
    """An ISO date typed by its precision (xsd:date, xsd:gYearMonth, xsd:gYear); None when not a valid date."""
    m = _DATE.match((value or "").strip())
    if not m:
        return None
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    datatype = XSD_DATE if day else XSD_GYEARMONTH if month else XSD_GYEAR
    return Lit(m.group(0), None, datatype)


def integer(n: int) -> Lit:
    return Lit(str(int(n)), None, XSD_INTEGER)


def decimal(x: float) -> Lit:
    text = f"{float(x):.4f}".rstrip("0")
    return Lit(text + "0" if text.endswith(".") else text, None, XSD_DECIMAL)


def _converter(iri: Callable[[str], Any], literal: Callable[[Lit], Any]) -> Callable[[Term], Any]:
    cache: dict[str, Any] = {}

    def convert(term: Term) -> Any:
        if type(term) is str:
            node = cache.get(term)
            if node is None:
                if len(cache) > 200_000:
                    cache.clear()
                node = cache[term] = iri(term)
            return node
        return literal(term)

    return convert


def _ox_literal_factory() -> Callable[[Lit], ox.Literal]:
    datatypes: dict[str, ox.NamedNode] = {}

    def literal(lit: Lit) -> ox.Literal:
        if lit.lang:
            return ox.Literal(lit.value, language=lit.lang)
        if lit.datatype:
            datatype = datatypes.get(lit.datatype)
            if datatype is None:
                datatype = datatypes[lit.datatype] = ox.NamedNode(lit.datatype)
            return ox.Literal(lit.value, datatype=datatype)
        return ox.Literal(lit.value)

    return literal


def to_oxigraph(quads: Iterable[PlainQuad]) -> Iterator[ox.Quad]:
    """pyoxigraph quads (ready for ``Store.bulk_extend``)."""
    node = _converter(ox.NamedNode, _ox_literal_factory())
    Quad = ox.Quad
    for s, p, o, g in quads:
        yield Quad(node(s), node(p), node(o), node(g))


def _rdflib_literal(lit: Lit) -> Literal:
    return Literal(lit.value, lang=lit.lang, datatype=URIRef(lit.datatype) if lit.datatype else None)


def to_rdflib(quads: Iterable[PlainQuad]) -> Iterator[tuple[URIRef, URIRef, Any, URIRef]]:
    """rdflib (subject, predicate, object, graph name) tuples."""
    node = _converter(URIRef, _rdflib_literal)
    for s, p, o, g in quads:
        yield node(s), node(p), node(o), node(g)
