"""Query parameters: their declared types, and turning a command-line string into a typed RDF term.

A parameter value is never pasted into query text: it becomes a pyoxigraph term
here, checked against its type, and is then bound as an escaped ``VALUES`` row
(see :mod:`kg.query.bind`). Two types name an entity and are resolved to its IRIs
before the query runs (:mod:`kg.query.resolve`): ``name`` (any label or alias, in
Chinese or English) and ``country`` (an ISO code).

Types: ``string`` (a plain literal), ``label`` (a name as the graph tags it: ``@zh``
when it holds Chinese characters, else ``@en``), ``name`` (the entities with that
label), ``country`` (the country with that ISO 3166-1 alpha-2 code), ``iri``,
``date`` (``xsd:date``), ``integer``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph import terms

XSD = "http://www.w3.org/2001/XMLSchema#"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ParamError(ValueError):
    """A parameter that is unknown, missing or not of its declared type."""


def _string(value: str) -> ox.Literal:
    return ox.Literal(value)


def _label(value: str) -> ox.Literal:
    """The name tagged as the graph builder tags names (``kg.graph.terms.name``)."""
    if not value.strip():
        raise ParamError("a name cannot be empty")
    lit = terms.name(value)
    return ox.Literal(lit.value, language=lit.lang)


def _iri(value: str) -> ox.NamedNode:
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value):
        raise ParamError(f"not an absolute IRI: {value!r}")
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise ParamError(f"not a valid IRI: {value!r} ({exc})") from exc


def _date(value: str) -> ox.Literal:
    value = value.strip()
    try:
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise ParamError(f"not a date (YYYY-MM-DD): {value!r}") from None
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))


def _integer(value: str) -> ox.Literal:
    if not re.match(r"^[+-]?\d+$", value.strip()):
        raise ParamError(f"not an integer: {value!r}")
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _country(value: str) -> ox.Literal:
    """An ISO 3166-1 alpha-2 code, upper-cased: the ``skos:notation`` of a country node."""
    code = value.strip().upper()
    if not re.match(r"^[A-Z]{2}$", code):
        raise ParamError(f"not an ISO 3166-1 alpha-2 country code: {value!r}")
    return ox.Literal(code)


#: declared type -> parser of a command-line string into a term
TYPES: dict[str, Callable[[str], ox.NamedNode | ox.Literal]] = {
    "string": _string,
    "label": _label,
    "name": _label,  # resolved to the IRIs of the entities so named
    "iri": _iri,
    "date": _date,
    "integer": _integer,
    "country": _country,
}


@dataclass(frozen=True)
class Param:
    """A declared parameter of a prepared query: the variable it binds, its type and an example value."""

    name: str
    type: str
    example: str

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ParamError(f"parameter name {self.name!r} is not a SPARQL variable name")
        if self.type not in TYPES:
            raise ParamError(f"parameter {self.name!r}: unknown type {self.type!r} (one of {', '.join(TYPES)})")

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """``value`` as the typed RDF term this parameter binds."""
        try:
            return TYPES[self.type](value)
        except ParamError as exc:
            raise ParamError(f"parameter {self.name}: {exc}") from None

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "type": self.type, "example": self.example}


def parse_assignments(items: list[str]) -> dict[str, tuple[str | None, str]]:
    """``key=value`` or ``key:type=value`` strings -> {key: (type or None, value)}."""
    out: dict[str, tuple[str | None, str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise ParamError(f"--param {item!r}: expected key=value")
        name, _, type_ = key.strip().partition(":")
        if not _NAME.match(name):
            raise ParamError(f"--param {item!r}: {name!r} is not a SPARQL variable name")
        if type_ and type_ not in TYPES:
            raise ParamError(f"--param {item!r}: unknown type {type_!r} (one of {', '.join(TYPES)})")
        if any("\udc80" <= ch <= "\udcff" for ch in value):  # bytes of the command line that are not UTF-8
            shown = os.fsencode(value).decode("utf-8", "backslashreplace")
            raise ParamError(f"--param {name}: the value {shown!r} is not valid UTF-8 text")
        out[name] = (type_ or None, value)
    return out


Bound = dict[str, tuple[Param, ox.NamedNode | ox.Literal]]


def typed_bindings(declared: list[Param], given: dict[str, tuple[str | None, str]], strict: bool = True) -> Bound:
    """{name: (parameter, typed term)} for every declared parameter (the given value, else its example)
    and for undeclared ones.

    With ``strict`` (prepared queries), a value for an undeclared parameter is an error;
    otherwise (ad-hoc queries) it is bound with its ``key:type`` type, by default ``string``.
    """
    known = {p.name: p for p in declared}
    out: Bound = {}
    for name, (type_, value) in given.items():
        if name not in known and strict:
            raise ParamError(f"unknown parameter {name!r} (this query takes: {', '.join(known) or 'none'})")
        param = known.get(name)
        if param is None or type_ not in (None, param.type):
            param = Param(name, type_ or "string", value)
        out[name] = (param, param.term(value))
    for param in declared:
        if param.name not in out:
            out[param.name] = (param, param.term(param.example))
    return out
