"""Querying the graph: prepared SPARQL queries with typed parameters, run on the embedded
store or on a remote SPARQL endpoint, pushed to real triple stores, served over HTTP.

    import kg
    with kg.open_store(read_only=True) as store:
        result = kg.run_query("events-in-city", store=store, city="上海")
    result = kg.run_query("ambassadors", endpoint="http://127.0.0.1:7878/query")
"""

from __future__ import annotations

from kg.query import prepared
from kg.query.bind import selects_all, variables
from kg.query.params import Bound, typed_bindings
from kg.query.prepared import PreparedQuery
from kg.query.resolve import resolve
from kg.query.results import Result
from kg.query.remote import RemoteBackend
from kg.query.run import Backend, EmbeddedBackend
from kg.store import GraphStore


def run_bound(backend: Backend, sparql: str, bound: Bound) -> Result:
    """Run ``sparql`` with typed parameters, entity parameters resolved to IRIs first.
    A ``SELECT *`` answers with its columns in the order the query first names them
    (stores sort them by name)."""
    result = backend.run(sparql, resolve(backend, bound))
    return result.ordered(variables(sparql)) if result.kind == "select" and selects_all(sparql) else result


def answer(backend: Backend, query: PreparedQuery, given: dict[str, tuple[str | None, str]] | None = None,
           strict: bool = True) -> Result:
    """Run ``query`` on ``backend`` with the ``given`` parameter values (``{name: (type or None, value)}``),
    the examples standing in for the missing ones; ``strict`` refuses undeclared parameters."""
    return run_bound(backend, query.sparql, typed_bindings(query.params, given or {}, strict=strict))


def run_query(name: str, *, store: GraphStore | None = None, endpoint: str | None = None,
              **params: str) -> Result:
    """Run the prepared query ``name`` on an embedded ``store`` or a SPARQL ``endpoint``;
    keyword arguments are its parameters (the examples stand in for the missing ones)."""
    if (store is None) == (endpoint is None):
        raise ValueError("give a store or an endpoint (one of the two)")
    backend = EmbeddedBackend(store.ox) if store is not None else RemoteBackend(endpoint)
    return answer(backend, prepared.get(name), {key: (None, value) for key, value in params.items()})


__all__ = ["answer", "run_bound", "run_query"]
