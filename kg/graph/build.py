"""``build_graph``: event records -> an rdflib Dataset with one named graph per article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, URIRef

from kg import config
from kg.graph.iris import Iris
from kg.graph.terms import PlainQuad, to_rdflib
from kg.graph.triples import record_quads
from kg.graph.vocab import PREFIXES
from kg.model import EventRecord


def iter_quads(records: Iterable[EventRecord], base_iri: str | None = None) -> Iterator[PlainQuad]:
    """The plain quads of every record's article graph (a record repeated later replaces the earlier one
    only in a store; here both are yielded)."""
    iris = Iris(base_iri or config.base_iri())
    for record in records:
        yield from record_quads(record, iris)


def build_graph(records: Iterable[EventRecord], base_iri: str | None = None) -> Dataset:
    """An rdflib Dataset holding one named graph per article (IRI ``<base>article/<id>``).

    A record whose article id came earlier in ``records`` replaces the earlier graph.
    """
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    latest = {record.id: record for record in records}
    graphs: dict[URIRef, object] = {}
    quads = []
    for s, p, o, g in to_rdflib(iter_quads(latest.values(), base_iri)):
        graph = graphs.get(g)
        if graph is None:
            graph = graphs[g] = dataset.graph(g)
        quads.append((s, p, o, graph))
    dataset.addN(quads)
    return dataset
