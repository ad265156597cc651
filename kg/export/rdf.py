"""RDF exports: Turtle and N-Triples of the union of the article graphs, TriG and N-Quads of
the whole dataset (pyoxigraph's serializers), JSON-LD with named graphs (rdflib).

Each takes a provenance level (:data:`kg.export.PROVENANCE`): ``sentence`` writes everything
the store holds; ``article`` keeps each fact's reified assertion with its article
(``rdf:subject``/``rdf:predicate``/``rdf:object``, ``prov:wasDerivedFrom``) and drops
the sentences, confidences and extractors; ``none`` drops the assertions and
sentences too (entities still name the articles they come from).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
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


def _counted(items: Iterable) -> tuple[Iterator, Callable[[], int]]:
    """``items`` passed through as they are, and how many have gone through so far: counted in C
    (``zip`` with a counter), with no Python frame per statement."""
    seen = itertools.count()
    return map(operator.itemgetter(0), zip(items, seen)), lambda: next(seen)


class _Lines:
    """A binary output counting the lines written through it (N-Triples and N-Quads: one statement a line,
    newlines in literals escaped), so that a dump need not count the store again (``len`` reads a whole index)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.count = out, 0

    def write(self, data: bytes) -> int:
        self.count += data.count(b"\n")
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def provenance_filter(store: ox.Store, level: str,
                      graph: ox.NamedNode | ox.DefaultGraph | None = None) -> Callable[[ox.Triple | ox.Quad], bool] | None:
    """Whether a statement is kept at provenance ``level`` (the sentences and assertions of ``graph``,
    or of every graph when it is None, dropped as the level says); None when everything is kept."""
    if level not in PROVENANCE:
        raise ValueError(f"unknown provenance level {level!r}; choose one of {', '.join(PROVENANCE)}")
    if level == "sentence":
        return None
    dropped = {q.subject for q in store.quads_for_pattern(None, _TYPE, _SENTENCE, graph)}
    if level == "none":
        dropped.update(q.subject for q in store.quads_for_pattern(None, _TYPE, _ASSERTION, graph))
        return lambda t: t.subject not in dropped
    return lambda t: t.subject not in dropped and t.predicate not in _EVIDENCE_DETAIL


def _union_triples(source: Any, out: BinaryIO, fmt: ox.RdfFormat, provenance: str) -> int:
    """The triples of every graph, streamed by Oxigraph's CONSTRUCT, which drops a triple it has already
    written (as far back as the last 1,048,576 distinct ones: past that, a triple that articles far apart
    repeat can be written again, which leaves the graph a parser reads the same). N-Triples of everything
    never leave Rust (the query's own serializer, lines counted as written); Turtle passes each triple
    through Python once, to the serializer that takes the kg prefixes."""
    store = as_oxigraph(source)
    keep = provenance_filter(store, provenance)
    found = store.query(_UNION, use_default_graph_as_union=True)
    if keep is None and fmt is ox.RdfFormat.N_TRIPLES:
        lines = _Lines(out)
        found.serialize(lines, fmt)
        return lines.count
    triples, count = _counted(found if keep is None else filter(keep, found))
    ox.serialize(triples, out, fmt, prefixes=OX_PREFIXES if fmt is ox.RdfFormat.TURTLE else None)
    return count()


def write_turtle(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _union_triples(source, out, ox.RdfFormat.TURTLE, provenance)


def write_ntriples(source: Any, out: BinaryIO, provenance: str = "sentence") -> int:
    return _union_triples(source, out, ox.RdfFormat.N_TRIPLES, provenance)


def kept_quads(store: ox.Store, level: str) -> Iterator[ox.Quad]:
    """The store's quads kept at provenance ``level``, one graph at a time: a sentence or an assertion
    lies in its article's graph (its IRI names the article), so a graph's own ones are all that is held."""
    for graph in (ox.DefaultGraph(), *store.named_graphs()):
        quads = store.quads_for_pattern(None, None, None, graph)
        keep = provenance_filter(store, level, graph)
        yield from quads if keep is None else filter(keep, quads)


def _dataset(source: Any, out: BinaryIO, fmt: ox.RdfFormat, provenance: str) -> int:
    """Every quad, the store's own dump streamed to ``out``; at a lighter provenance level, the quads kept."""
    store = as_oxigraph(source)
    prefixes = OX_PREFIXES if fmt is ox.RdfFormat.TRIG else None
    if provenance != "sentence":
        quads, count = _counted(kept_quads(store, provenance))
        ox.serialize(quads, out, fmt, prefixes=prefixes)
        return count()
    if fmt is ox.RdfFormat.N_QUADS:
        lines = _Lines(out)
        store.dump(lines, fmt)
        return lines.count
    store.dump(out, fmt, prefixes=prefixes)
    return len(store)


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
        for q in kept_quads(store, provenance):
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
