"""Queries against the embedded Oxigraph store.

Parameters are bound exactly as for a remote endpoint, as ``VALUES`` blocks of
escaped terms (:mod:`kg.query.bind`), so a query means the same in both places.
(Oxigraph's own substitutions would also do, but they require every bound
variable to be projected by the ``SELECT``.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import pyoxigraph as ox

from kg.query.bind import UPDATE_OPERATIONS, query_form, with_bindings
from kg.query.results import Result, Term, from_oxigraph


class QueryError(Exception):
    """A query that cannot run: bad syntax, or an update where a query was expected."""


class Backend(Protocol):
    """Where queries run: the embedded store or a remote endpoint."""

    name: str

    def run(self, sparql: str, bindings: Mapping[str, Term | Sequence[Term]] | None = None) -> Result: ...


class EmbeddedBackend:
    """A pyoxigraph ``Store``, queried by default with its default graph as the union of all its graphs,
    as kg asks of every store (a store loaded from ``graph.ttl`` holds that union in its default graph);
    ``union_default_graph=False`` reads the store's own (empty) default graph instead."""

    def __init__(self, store: ox.Store, name: str = "embedded store", union_default_graph: bool = True) -> None:
        self.store = store
        self.name = name
        self.union_default_graph = union_default_graph

    def run(self, sparql: str, bindings: Mapping[str, Term | Sequence[Term]] | None = None) -> Result:
        if query_form(sparql) in UPDATE_OPERATIONS:
            raise QueryError("only queries are run (SELECT, ASK, CONSTRUCT, DESCRIBE)")
        try:
            return from_oxigraph(self.store.query(with_bindings(sparql, dict(bindings or {})),
                                                  use_default_graph_as_union=self.union_default_graph))
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"bad query: {exc}") from None
