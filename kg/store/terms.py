"""Conversion between pyoxigraph and rdflib terms (query bindings in, query results out)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.graph.vocab import XSD

_XSD_STRING = str(XSD.string)

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_rdflib(term: Any) -> Identifier | None:
    """An rdflib term for a pyoxigraph term (``xsd:string`` literals become plain literals)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def to_oxigraph(value: Any) -> OxTerm:
    """A pyoxigraph term for an rdflib term, a pyoxigraph term, or a plain Python value
    (str, int, float, bool, date: bound as a typed literal)."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, (str, int, float, bool, dt.date)) and not isinstance(value, Literal):
        value = Literal(value)
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype is not None and str(value.datatype) != _XSD_STRING:
            return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
        return ox.Literal(str(value))
    raise TypeError(f"cannot bind {value!r} in a SPARQL query: give an rdflib or pyoxigraph term, or a str/int/float/bool/date")
