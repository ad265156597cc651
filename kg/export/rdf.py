"""RDF exports: Turtle and N-Triples of the union of the article graphs, TriG and N-Quads of
the whole dataset (pyoxigraph's serializers), JSON-LD with named graphs (rdflib)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.export import Format
from kg.graph.vocab import PREFIXES
from kg.store import GraphStore
from kg.store.terms import to_rdflib

OX_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def as_oxigraph(source: Any) -> ox.Store:
    """The pyoxigraph store of a GraphStore, or an in-memory copy of an rdflib Dataset or Graph."""
    if isinstance(source, GraphStore):
        return source.ox
    if isinstance(source, ox.Store):
        return source
    if not isinstance(source, Graph):
        raise TypeError(f"cannot export {type(source).__name__}: give a GraphStore or an rdflib Dataset/Graph")
    store = ox.Store()
    if isinstance(source, Dataset):
        store.load(source.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
    else:
        store.load(source.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(source.identifier)) if isinstance(source.identifier, URIRef) else None)
    return store


class _Counter:
    def __init__(self, items) -> None:
        self.items, self.count = items, 0

    def __iter__(self) -> Iterator:
        for item in self.items:
            self.count += 1
            yield item


def _union_triples(source: Any, out: BinaryIO, fmt: ox.RdfFormat) -> int:
    """Each distinct triple of any graph once (Oxigraph's CONSTRUCT drops duplicates)."""
    triples = _Counter(as_oxigraph(source).query(_UNION, use_default_graph_as_union=True))
    ox.serialize(triples, out, fmt, prefixes=OX_PREFIXES if fmt is ox.RdfFormat.TURTLE else None)
    return triples.count


def write_turtle(source: Any, out: BinaryIO) -> int:
    return _union_triples(source, out, ox.RdfFormat.TURTLE)


def write_ntriples(source: Any, out: BinaryIO) -> int:
    return _union_triples(source, out, ox.RdfFormat.N_TRIPLES)


def _dataset(source: Any, out: BinaryIO, fmt: ox.RdfFormat) -> int:
    store = as_oxigraph(source)
    store.dump(out, fmt, prefixes=OX_PREFIXES if fmt is ox.RdfFormat.TRIG else None)
    return len(store)


def write_trig(source: Any, out: BinaryIO) -> int:
    return _dataset(source, out, ox.RdfFormat.TRIG)


def write_nquads(source: Any, out: BinaryIO) -> int:
    return _dataset(source, out, ox.RdfFormat.N_QUADS)


def write_jsonld(source: Any, out: BinaryIO) -> int:
    """JSON-LD with one ``@graph`` per article and the kg prefixes as ``@context`` (rdflib)."""
    if isinstance(source, GraphStore):
        dataset = source.dataset()
    elif isinstance(source, Graph):
        dataset = source
    else:
        dataset = Dataset()
        for q in as_oxigraph(source).quads_for_pattern(None, None, None, None):
            dataset.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)))
    out.write(dataset.serialize(format="json-ld", context=OX_PREFIXES, auto_compact=True, encoding="utf-8"))
    return len(list(dataset.quads((None, None, None, None)))) if isinstance(dataset, Dataset) else len(dataset)


FORMATS = {
    "ttl": Format("ttl", "ttl", "Turtle, the union of all article graphs", write_turtle),
    "trig": Format("trig", "trig", "TriG, one named graph per article", write_trig),
    "nt": Format("nt", "nt", "N-Triples, the union of all article graphs", write_ntriples),
    "nq": Format("nq", "nq", "N-Quads, one named graph per article", write_nquads),
    "jsonld": Format("jsonld", "jsonld", "JSON-LD, one @graph per article", write_jsonld),
}
