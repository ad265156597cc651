"""kg: news articles about industry events -> RDF knowledge graph.

The Python API mirrors the command line, one verb per pipeline stage::

    import kg
    articles = [a for a in kg.load_articles(kg.example_articles()) if isinstance(a, kg.Article)]
    records = kg.extract_all(articles)          # a list, in input order; failed articles in records.errors
    dataset = kg.build_graph(records)          # rdflib Dataset, one named graph per article
    store = kg.open_store(".kg/store")          # embedded Oxigraph store
    store.add_records(records)
    kg.export(store, "ttl", "exports/graph.ttl")
    kg.run_query("events-in-city", store=store, city="上海")   # a prepared SPARQL query
    kg.write_view(store, "exports/graph.html")                # interactive offline HTML

Heavy modules (spaCy, LAC, Oxigraph) load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from kg.model import Article, Event, EventRecord, Evidence, LoadError, Organization, Person, Role

#: public verb -> "module:attribute", imported on first use
_LAZY = {
    "load_articles": "kg.load:load_articles",
    "extract": "kg.extract:extract",
    "extract_all": "kg.extract:extract_all",
    "build_graph": "kg.graph.build:build_graph",
    "open_store": "kg.store:open_store",
    "export": "kg.export:export",
    "validate": "kg.validate:validate",
    "run_query": "kg.query:run_query",
    "write_view": "kg.view:write_view",
    "example_articles": "kg.resources:example_articles",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    module, _, attr = target.partition(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


__all__ = ["Article", "Event", "EventRecord", "Evidence", "LoadError", "Organization", "Person", "Role",
           *_LAZY]
