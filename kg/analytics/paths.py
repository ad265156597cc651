"""How two entities are connected: the shortest paths between them in the entity graph, each step
with its relations, their direction, the articles that state them and the sentences saying so.

Countries and cities link most of the graph to most of the rest (every event in
China is one step from China), so by default a path does not pass *through* a
place; it may start or end at one. ``through_places=True`` lifts that.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.analytics.network import KIND_NAMES, PLACE_KINDS, Source, display_label, edge_label, simple
from kg.graph.vocab import KG, ORG, RDF

#: the sentences of the assertions linking ?a to ?b: directly, or through a post ?a holds (a role, an embassy)
_SENTENCES = f"""PREFIX kg: <{KG._NS}>
PREFIX org: <{ORG}>
PREFIX rdf: <{RDF}>
SELECT DISTINCT ?a ?b ?g ?start ?text WHERE {{
  VALUES (?a ?b) {{ PAIRS }}
  GRAPH ?g {{
    ?assertion rdf:subject ?a ; rdf:object ?o ; kg:evidence ?sentence .
    ?sentence kg:text ?text .
    OPTIONAL {{ ?sentence kg:start ?start }}
  }}
  FILTER (?o = ?b || EXISTS {{ GRAPH ?g {{ ?o org:postIn|kg:sendingCountry|kg:receivingCountry ?b }} }})
}} ORDER BY ?g ?start"""
#: sentences longer than this are cut in the text output
SENTENCE_CHARS = 300


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article that states a step's relation."""

    article: str  # the article graph IRI
    text: str


@dataclass(frozen=True)
class Link:
    """One relation between two consecutive entities of a path."""

    relation: str  # relation key (host, attended, role, ...)
    label: str  # as shown (a role shows its title)
    forward: bool  # stated from the earlier entity of the path to the later one
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Step:
    """From one entity of a path to the next."""

    start: str
    end: str
    links: tuple[Link, ...]
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Path:
    nodes: tuple[str, ...]
    steps: tuple[Step, ...]


def _links(graph: nx.MultiDiGraph, u: str, v: str) -> tuple[Link, ...]:
    articles = graph.graph.get("articles", {})
    found = []
    for a, b, forward in ((u, v, True), (v, u, False)):
        for attrs in (graph.get_edge_data(a, b) or {}).values():
            found.append(Link(attrs["relation"], edge_label(attrs), forward,
                              tuple(articles.get(s, Source(s)) for s in attrs.get("sources", ()))))
    return tuple(sorted(found, key=lambda link: (not link.forward, link.relation, link.label)))


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, limit: int = 3,
                   through_places: bool = False) -> list[Path]:
    """Up to ``limit`` simple paths from ``a`` to ``b``, shortest first (none when they are not connected)."""
    if a == b:
        raise ValueError("the two ends of a path are the same entity")
    undirected = simple(graph)
    if not through_places:
        undirected.remove_nodes_from([n for n, kind in graph.nodes(data="kind")
                                      if kind in PLACE_KINDS and n not in (a, b)])
    try:
        found = list(islice(nx.shortest_simple_paths(undirected, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    return [Path(tuple(p), tuple(Step(u, v, _links(graph, u, v)) for u, v in zip(p, p[1:]))) for p in found]


def with_sentences(store: ox.Store, paths: list[Path]) -> list[Path]:
    """The paths with each step's supporting sentences, read from the store's assertions (a fact without
    evidence, as in hand-made records, has none)."""
    pairs = {pair for path in paths for step in path.steps for pair in ((step.start, step.end), (step.end, step.start))}
    if not pairs:
        return paths
    values = " ".join(f"({ox.NamedNode(a)} {ox.NamedNode(b)})" for a, b in sorted(pairs))
    query = _SENTENCES.replace("PAIRS", values, 1)
    found: dict[frozenset[str], dict[Sentence, None]] = defaultdict(dict)
    for row in store.query(query):
        found[frozenset((row["a"].value, row["b"].value))][Sentence(row["g"].value, row["text"].value)] = None
    return [replace(path, steps=tuple(replace(step, sentences=tuple(found.get(frozenset((step.start, step.end)), ())))
                                      for step in path.steps))
            for path in paths]


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= SENTENCE_CHARS else text[:SENTENCE_CHARS - 1] + '…'}”"


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return f"{display_label(graph.nodes[node])} ({KIND_NAMES[graph.nodes[node]['kind']]})"


def _source(source: Source) -> str:
    details = ", ".join(x for x in (source.date, source.publisher) if x)
    return f"{source.title or source.iri}" + (f" ({details})" if details else "") + f" <{source.url or source.iri}>"


def format_paths(graph: nx.MultiDiGraph, a: str, b: str, paths: list[Path], through_places: bool) -> str:
    """The paths as plain text: each step with its relation, its direction, its supporting articles
    and, under each article, the sentences that state it."""
    head = f"{_name(graph, a)} to {_name(graph, b)}"
    note = "" if through_places else " (not passing through countries or cities; --through-places allows it)"
    if not paths:
        return f"{head}: not connected{note}"
    lines = [f"{head}: {len(paths)} shortest path{'s' if len(paths) > 1 else ''}{note}"]
    for i, path in enumerate(paths, 1):
        lines += ["", f"{i}. {len(path.steps)} step{'s' if len(path.steps) > 1 else ''}", f"   {_name(graph, a)}"]
        for step in path.steps:
            relations = " / ".join(f"-[{link.label}]->" if link.forward else f"<-[{link.label}]-"
                                   for link in step.links)
            lines.append(f"   {relations} {_name(graph, step.end)}")
            for source in dict.fromkeys(s for link in step.links for s in link.sources):
                lines.append(f"        source: {_source(source)}")
                lines += [f"          {_quoted(s.text)}" for s in step.sentences if s.article == source.iri]
    return "\n".join(lines)


def paths_json(graph: nx.MultiDiGraph, paths: list[Path]) -> list[dict[str, Any]]:
    """The paths as JSON-able dicts."""
    return [{"nodes": [{"iri": n, "label": display_label(graph.nodes[n]), "kind": graph.nodes[n]["kind"]}
                       for n in path.nodes],
             "steps": [{"from": step.start, "to": step.end,
                        "links": [{"relation": link.relation, "label": link.label, "forward": link.forward,
                                   "sources": [vars(s) for s in link.sources]} for link in step.links],
                        "sentences": [vars(s) for s in step.sentences]}
                       for step in path.steps]}
            for path in paths]
