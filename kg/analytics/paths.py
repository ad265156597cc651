"""How two entities are connected: the shortest paths between them in the entity graph, each step
with its relations, their direction, and the articles that state them.

Countries and cities link most of the graph to most of the rest (every event in
China is one step from China), so by default a path does not pass *through* a
place; it may start or end at one. ``through_places=True`` lifts that.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

from kg.analytics.network import KIND_NAMES, PLACE_KINDS, Source, display_label, edge_label, simple


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


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return f"{display_label(graph.nodes[node])} ({KIND_NAMES[graph.nodes[node]['kind']]})"


def _source(source: Source) -> str:
    details = ", ".join(x for x in (source.date, source.publisher) if x)
    return f"{source.title or source.iri}" + (f" ({details})" if details else "") + f" <{source.url or source.iri}>"


def format_paths(graph: nx.MultiDiGraph, a: str, b: str, paths: list[Path], through_places: bool) -> str:
    """The paths as plain text: each step with its relation, its direction and its supporting articles."""
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
    return "\n".join(lines)


def paths_json(graph: nx.MultiDiGraph, paths: list[Path]) -> list[dict[str, Any]]:
    """The paths as JSON-able dicts."""
    return [{"nodes": [{"iri": n, "label": display_label(graph.nodes[n]), "kind": graph.nodes[n]["kind"]}
                       for n in path.nodes],
             "steps": [{"from": step.start, "to": step.end,
                        "links": [{"relation": link.relation, "label": link.label, "forward": link.forward,
                                   "sources": [vars(s) for s in link.sources]} for link in step.links]}
                       for step in path.steps]}
            for path in paths]
