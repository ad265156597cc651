"""RDF exports: Turtle and N-Triples of the union of the article graphs, TriG and N-Quads of
the whole dataset (pyoxigraph's serializers), JSON-LD with named graphs (rdflib).

Each takes a provenance level (:data:`kg.export.PROVENANCE`): ``sentence`` writes everything
the store holds; ``article`` keeps each fact's reified assertion with its article
(``rdf:subject``/``rdf:predicate``/``rdf:object``, ``prov:wasDerivedFrom``) and drops
the sentences, confidences and extractors; ``none`` drops the assertions and
sentences too (entities still name the articles they come from).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.export import PROVENANCE, Format
from kg.graph.vocab import KG, PREFIXES, RDF
from kg.store import GraphStore
from kg.store.terms import to_rdflib

OX_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"

_TYPE = ox.NamedNode(str(RDF.type))
_ASSERTION, _SENTENCE = ox.NamedNode(str(KG.Assertion)), ox.NamedNode(str(KG.Sentence))
#: what an assertion says besides its fact and article
_EVIDENCE_DETAIL = frozenset(ox.NamedNode(str(p)) for p in (KG.evidence, KG.confidence, KG.extractor))


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


def provenance_filter(store: ox.Store, level: str) -> Callable[[ox.Triple | ox.Quad], bool] | None:
    """Whether a statement is kept at provenance ``level``; None when everything is kept."""
    if level not in PROVENANCE:
        raise ValueError(f"unknown provenance level {level!r}; choose one of {', '.join(PROVENANCE)}")
    if level == "sentence":
        return None
    dropped = {q.subject for q in store.quads_for_pattern(None, _TYPE, _SENTENCE, None)}
    if level == "none":
        dropped.update(q.subject for q in store.quads_for_pattern(None, _TYPE, _ASSERTION, None))
        return lambda t: t.subject not in dropped
    return lambda t: t.subject not in dropped and t.predicate not in _EVIDENCE_DETAIL


def _union_triples(source: Any, out: BinaryIO, fmt: ox.RdfFormat, provenance: str) -> int:
    """Each distinct triple of any graph once (Oxigraph's CONSTRUCT drops duplicates)."""
    store = as_oxigraph(source)
    keep = provenance_filter(store, provenance)
    found = store.query(_UNION, use_default_graph_as_union=True)
    triples = _Counter(found if keep is None else filter(keep, found))
    ox.serialize(triples, out, fmt, prefixes=OX_PREFIXES if fmt is ox.RdfFormat.TURTLE else None)
    return triples.count


def write_turtle(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _union_triples(source, out, ox.RdfFormat.TURTLE, provenance)


def write_ntriples(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _union_triples(source, out, ox.RdfFormat.N_TRIPLES, provenance)


def _quads(store: ox.Store, provenance: str) -> Iterator[ox.Quad] | None:
    """The store's quads kept at ``provenance``; None when all are (the store can dump itself)."""
    keep = provenance_filter(store, provenance)
    return None if keep is None else filter(keep, store.quads_for_pattern(None, None, None, None))


def _dataset(source: Any, out: BinaryIO, fmt: ox.RdfFormat, provenance: str) -> int:
    store = as_oxigraph(source)
    prefixes = OX_PREFIXES if fmt is ox.RdfFormat.TRIG else None
    quads = _quads(store, provenance)
    if quads is None:
        store.dump(out, fmt, prefixes=prefixes)
        return len(store)
    counted = _Counter(quads)
    ox.serialize(counted, out, fmt, prefixes=prefixes)
    return counted.count


def write_trig(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _dataset(source, out, ox.RdfFormat.TRIG, provenance)


def write_nquads(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _dataset(source, out, ox.RdfFormat.N_QUADS, provenance)


def write_jsonld(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    """JSON-LD with one ``@graph`` per article and the kg prefixes as ``@context`` (rdflib)."""
    if provenance == "sentence" and isinstance(source, GraphStore):
        dataset = source.dataset()
    elif provenance == "sentence" and isinstance(source, Graph):
        dataset = source
    else:
        store = as_oxigraph(source)
        dataset = Dataset()
        for q in _quads(store, provenance) or store.quads_for_pattern(None, None, None, None):
            dataset.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)))
    out.write(dataset.serialize(format="json-ld", context=OX_PREFIXES, auto_compact=True, encoding="utf-8"))
    return len(list(dataset.quads((None, None, None, None)))) if isinstance(dataset, Dataset) else len(dataset)


FORMATS = {
    "ttl": Format("ttl", "ttl", "Turtle, the union of all article graphs", write_turtle, provenance=True),
    "trig": Format("trig", "trig", "TriG, one named graph per article", write_trig, provenance=True),
    "nt": Format("nt", "nt", "N-Triples, the union of all article graphs", write_ntriples, provenance=True),
    "nq": Format("nq", "nq", "N-Quads, one named graph per article", write_nquads, provenance=True),
    "jsonld": Format("jsonld", "jsonld", "JSON-LD, one @graph per article", write_jsonld, provenance=True),
}
