"""Plain RDF terms shared by the rdflib and Oxigraph outputs of the graph builder.

The builder yields, per article, its graph IRI and triples of *plain terms*:
an IRI is a ``str``, a literal a :class:`Lit`. :func:`to_rdflib` turns them into
rdflib terms (for ``build_graph``) and :class:`NQuadsWriter` into N-Quads text for
Oxigraph's bulk loader, so neither path goes through the other library.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

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
PlainTriple = tuple[str, str, Term]  # subject, predicate, object
GraphTriples = tuple[str, Iterable[PlainTriple]]  # a named graph's IRI and its triples

XSD_DATE, XSD_GYEARMONTH, XSD_GYEAR = str(XSD.date), str(XSD.gYearMonth), str(XSD.gYear)
XSD_INTEGER, XSD_DECIMAL, XSD_ANYURI = str(XSD.integer), str(XSD.decimal), str(XSD.anyURI)

_LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def name(text: str) -> Lit:
    """A name as a language-tagged label: ``@zh`` when it holds Han characters, else ``@en``."""
    return Lit(text, "zh" if has_han(text) else "en")


def text(value: str, language: str | None) -> Lit:
    """Text in a stated language (a valid BCP 47 tag), else tagged as :func:`name` would tag it."""
    if language and _LANGUAGE_TAG.match(language):
        return Lit(value, language.lower())
    return name(value)


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


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class NQuadsWriter:
    """Article graphs as N-Quads text (UTF-8), the fastest way into Oxigraph's bulk loader.

    IRIs are not checked here: the builder mints them from a validated base and
    ASCII-safe parts (see :mod:`kg.graph.iris`).
    """

    def __init__(self, cache_limit: int = 200_000) -> None:
        self.iris: dict[str, str] = {}
        self.cache_limit = cache_limit

    def _iri(self, iri: str) -> str:
        if len(self.iris) >= self.cache_limit:
            self.iris.clear()
        text = self.iris[iri] = f"<{iri}> "
        return text

    def graph(self, graph: str, triples: Iterable[PlainTriple]) -> bytes:
        """One graph's triples as N-Quads; raises UnicodeEncodeError on text that is not valid Unicode."""
        iris, iri, escape = self.iris, self._iri, _ESCAPE
        tail = f"<{graph}> .\n"
        lines = []
        for s, p, o in triples:
            if type(o) is str:
                obj = iris.get(o) or iri(o)
            elif o.lang:
                obj = f'"{o.value.translate(escape)}"@{o.lang} '
            elif o.datatype:
                obj = f'"{o.value.translate(escape)}"^^<{o.datatype}> '
            else:
                obj = f'"{o.value.translate(escape)}" '
            lines.append((iris.get(s) or iri(s)) + (iris.get(p) or iri(p)) + obj + tail)
        return "".join(lines).encode("utf-8")


def _rdflib_literal(lit: Lit) -> Literal:
    return Literal(lit.value, lang=lit.lang, datatype=URIRef(lit.datatype) if lit.datatype else None)


def to_rdflib(graphs: Iterable[GraphTriples]) -> Iterator[tuple[URIRef, URIRef, Any, URIRef]]:
    """rdflib (subject, predicate, object, graph name) tuples."""
    iris: dict[str, URIRef] = {}
    for graph, triples in graphs:
        g = URIRef(graph)
        for s, p, o in triples:
            yield (iris.get(s) or iris.setdefault(s, URIRef(s)), iris.get(p) or iris.setdefault(p, URIRef(p)),
                   (iris.get(o) or iris.setdefault(o, URIRef(o))) if type(o) is str else _rdflib_literal(o), g)
