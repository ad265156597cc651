"""GraphML and GEXF exports of the entity graph (:mod:`kg.analytics.network`), for Gephi and Cytoscape.

Nodes are keyed by IRI and carry ``label`` (the English label, else the Chinese
one), ``label_en`` and ``label_zh`` (every label in that language, `` | ``
between), ``kind`` (conference … country), ``type`` (its legend name), ``start_date``,
``end_date`` (ISO, possibly only a year or month), ``code`` (countries), ``sources`` (article IRIs, space between) and
``articles`` (how many). Edges carry ``relation``, ``label`` and ``sources``.
Characters XML 1.0 cannot hold are dropped from every value.
"""

from __future__ import annotations

import re
from typing import Any, BinaryIO

import networkx as nx

from kg.export import Format
from kg.wording import counted
from kg.export.rdf import as_oxigraph
from kg.analytics.network import KIND_NAMES, display_label, edge_label, load_graph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def attributed(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The entity graph with only the flat string/int attributes GraphML and GEXF can hold."""
    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        labels = attrs.get("labels") or {}
        flat: dict[str, Any] = {
            "label": display_label(attrs),
            "kind": attrs["kind"],
            "type": KIND_NAMES[attrs["kind"]],
            "iri": node,
            "sources": " ".join(attrs.get("sources", ())),
            "articles": len(attrs.get("sources", ())),
        }
        for lang in ("en", "zh"):
            if labels.get(lang):
                flat[f"label_{lang}"] = " | ".join(labels[lang])
        for key, name in (("start", "start_date"), ("end", "end_date"), ("code", "code")):
            if attrs.get(key):  # not "start"/"end": GEXF readers take those as a node's lifetime
                flat[name] = attrs[key]
        out.add_node(_text(node), **{k: _text(v) if isinstance(v, str) else v for k, v in flat.items()})
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        flat = {"relation": attrs["relation"], "label": edge_label(attrs),
                "sources": " ".join(attrs.get("sources", ()))}
        out.add_edge(_text(u), _text(v), key=_text(key), **{k: _text(val) for k, val in flat.items()})
    return out


def _entity_graph(source: Any) -> nx.MultiDiGraph:
    return attributed(load_graph(as_oxigraph(source)))


class GraphSize(int):
    """Nodes + edges written (an int, as every writer returns), each count kept; ``str`` says both."""

    nodes: int
    edges: int

    def __new__(cls, graph: nx.MultiDiGraph) -> GraphSize:
        size = super().__new__(cls, graph.number_of_nodes() + graph.number_of_edges())
        size.nodes, size.edges = graph.number_of_nodes(), graph.number_of_edges()
        return size

    def __str__(self) -> str:
        return f"{counted(self.nodes, 'node')} and {counted(self.edges, 'edge')}"


def write_graphml(source: Any, stream: BinaryIO) -> GraphSize:
    """GraphML of ``source`` (GraphStore or rdflib Dataset/Graph); returns nodes + edges written."""
    graph = _entity_graph(source)
    nx.write_graphml(graph, stream, encoding="utf-8")
    return GraphSize(graph)


def write_gexf(source: Any, stream: BinaryIO) -> GraphSize:
    """GEXF 1.2 of ``source``; returns nodes + edges written."""
    graph = _entity_graph(source)
    nx.write_gexf(graph, stream, encoding="utf-8")
    return GraphSize(graph)


FORMATS = {
    "graphml": Format("graphml", "graphml", "the entity graph as GraphML (Cytoscape, Gephi, yEd)", write_graphml),
    "gexf": Format("gexf", "gexf", "the entity graph as GEXF (Gephi)", write_gexf),
}
