"""Querying the graph: prepared SPARQL queries with typed parameters, run on the embedded
store or on a remote SPARQL endpoint, pushed to real triple stores, served over HTTP.

    from kg.query import prepared, answer
    from kg.query.run import EmbeddedBackend
    result = answer(EmbeddedBackend(store.ox), prepared.get("events-in-city"), {"city": (None, "上海")})
"""

from __future__ import annotations

from kg.query.params import Bound, typed_bindings
from kg.query.prepared import PreparedQuery
from kg.query.resolve import resolve
from kg.query.results import Result
from kg.query.run import Backend


def run_bound(backend: Backend, sparql: str, bound: Bound) -> Result:
    """Run ``sparql`` with typed parameters, entity parameters resolved to IRIs first."""
    return backend.run(sparql, resolve(backend, bound))


def answer(backend: Backend, query: PreparedQuery, given: dict[str, tuple[str | None, str]] | None = None,
           strict: bool = True) -> Result:
    """Run ``query`` on ``backend`` with the ``given`` parameter values (``{name: (type or None, value)}``),
    the examples standing in for the missing ones; ``strict`` refuses undeclared parameters."""
    return run_bound(backend, query.sparql, typed_bindings(query.params, given or {}, strict=strict))


__all__ = ["answer", "run_bound"]
