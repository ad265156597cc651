"""``build_graph``: event records -> an rdflib Dataset with one named graph per article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, Graph, URIRef

from kg import config
from kg.graph.cohosts import with_network
from kg.graph.iris import Iris
from kg.graph.terms import GraphTriples, to_rdflib
from kg.graph.triples import record_triples
from kg.graph.vocab import PREFIXES
from kg.model import EventRecord


def article_graphs(records: Iterable[EventRecord], base_iri: str | None = None) -> Iterator[GraphTriples]:
    """Each record's article graph IRI and triples, in plain terms (:mod:`kg.graph.terms`),
    with the entities resolved across the records (:mod:`kg.resolve`)."""
    from kg.resolve import Resolver, resolution_triples

    iris = Iris(base_iri or config.base_iri())
    records = list(records)
    resolution = Resolver(iris).add(records)
    for record in records:
        graph, triples = record_triples(record, iris, resolution.ids(iris.article(record.id)))
        yield graph, triples + resolution_triples(resolution, graph)


def build_graph(records: Iterable[EventRecord], base_iri: str | None = None) -> Dataset:
    """An rdflib Dataset holding one named graph per article (IRI ``<base>article/<id>``), and the
    co-host network of them all (``<base>cohosts``, :mod:`kg.graph.cohosts`), as a store holds them.

    A record whose article id came earlier in ``records`` replaces the earlier graph.
    The Dataset's default graph is empty (not the union of the article graphs).
    """
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    latest = {record.id: record for record in records}
    graphs: dict[URIRef, Graph] = {}
    quads = []
    iris = Iris(base_iri or config.base_iri())
    for s, p, o, g in to_rdflib(with_network(article_graphs(latest.values(), iris.base), iris)):
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = dataset.graph(g)
        quads.append((s, p, o, graph))
    dataset.addN(quads)
    return dataset
