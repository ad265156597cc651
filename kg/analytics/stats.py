"""Network statistics of the entity graph: counts, top hosts and countries, components, centrality.

Everything is computed with networkx on :func:`kg.analytics.network.load_graph`'s graph;
degree and betweenness on its undirected simple form (one edge per linked pair).
Betweenness is exact up to :data:`EXACT_BETWEENNESS` nodes and estimated from
:data:`PIVOTS` sampled sources above that.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from kg.analytics.network import EVENT_KINDS, KIND_NAMES, RELATION_LABELS, display_label, simple

EXACT_BETWEENNESS = 2000
PIVOTS = 300


def _entry(graph: nx.MultiDiGraph, node: str, **numbers: Any) -> dict[str, Any]:
    return {"label": display_label(graph.nodes[node]), "iri": node, "kind": graph.nodes[node]["kind"], **numbers}


def _events_by(graph: nx.MultiDiGraph, relations: set[str]) -> dict[str, dict[str, set[str]]]:
    """target node -> relation -> the events linked to it by that relation."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, v, relation in graph.edges(data="relation"):
        if relation in relations and graph.nodes[u]["kind"] in EVENT_KINDS:
            found[v][relation].add(u)
    return found


def _leaders(graph: nx.MultiDiGraph, scores: dict[str, float], top: int, name: str) -> list[dict[str, Any]]:
    ranked = sorted(scores.items(), key=lambda item: (-item[1], display_label(graph.nodes[item[0]]), item[0]))
    return [_entry(graph, node, **{name: round(score, 6)}) for node, score in ranked[:top] if score > 0]


def graph_stats(graph: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Counts per class and relation, top organizations and countries, components and centrality leaders."""
    classes = Counter(kind for _, kind in graph.nodes(data="kind"))
    relations = Counter(relation for _, _, relation in graph.edges(data="relation"))
    hosting = _events_by(graph, {"host", "coHost"})
    orgs = [node for node, kind in graph.nodes(data="kind") if kind == "organization"]
    hosts = sorted(
        (_entry(graph, o, events=len(hosting[o]["host"] | hosting[o]["coHost"]), hosted=len(hosting[o]["host"]),
                co_hosted=len(hosting[o]["coHost"])) for o in orgs if o in hosting),
        key=lambda e: (-e["events"], e["label"], e["iri"]))
    held = _events_by(graph, {"country", "participantCountry"})
    envoys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, v, relation in graph.edges(data="relation"):
        if relation in ("ambassadorOf", "postedTo"):
            envoys[v][relation].add(u)
    countries = [node for node, kind in graph.nodes(data="kind") if kind == "country"]
    by_events = sorted(
        (_entry(graph, c, events=len(held[c]["country"]), participated=len(held[c]["participantCountry"]))
         for c in countries if held[c]["country"] or held[c]["participantCountry"]),
        key=lambda e: (-e["events"], -e["participated"], e["label"]))
    by_ambassadors = sorted(
        (_entry(graph, c, sent=len(envoys[c]["ambassadorOf"]), received=len(envoys[c]["postedTo"]))
         for c in countries if c in envoys),
        key=lambda e: (-(e["sent"] + e["received"]), -e["sent"], e["label"]))
    undirected = simple(graph)
    components = sorted((len(c) for c in nx.connected_components(undirected)), reverse=True)
    n = undirected.number_of_nodes()
    sampled = n > EXACT_BETWEENNESS
    betweenness = nx.betweenness_centrality(undirected, k=PIVOTS if sampled else None, seed=0) if n else {}
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "classes": {k: classes[k] for k in KIND_NAMES if classes[k]},
        "relations": dict(sorted(relations.items(), key=lambda item: (-item[1], item[0]))),
        "top_organizations_by_events_hosted": hosts[:top],
        "top_countries_by_events": by_events[:top],
        "top_countries_by_ambassadors": by_ambassadors[:top],
        "components": {"count": len(components), "largest": components[:top],
                       "isolated": sum(1 for size in components if size == 1)},
        "degree_leaders": _leaders(graph, dict(undirected.degree()), top, "degree"),
        "betweenness_leaders": _leaders(graph, betweenness, top, "betweenness"),
        "betweenness_sampled_sources": PIVOTS if sampled else None,
    }


def _table(rows: list[dict[str, Any]], numbers: list[str]) -> list[str]:
    return [f"  {i:>2}. {r['label']} ({KIND_NAMES[r['kind']]}): "
            + ", ".join(f"{name.replace('_', '-')} {r[name]}" for name in numbers) for i, r in enumerate(rows, 1)]


def format_stats(stats: dict[str, Any]) -> str:
    """The statistics as plain text."""
    lines = [f"{stats['nodes']} entities, {stats['edges']} relations", "", "Entities by class:"]
    lines += [f"  {KIND_NAMES[k]}: {n}" for k, n in stats["classes"].items()]
    lines += ["", "Relations:"]
    lines += [f"  {RELATION_LABELS.get(r, r)} ({r}): {n}" for r, n in stats["relations"].items()]
    lines += ["", "Top organizations by events hosted or co-hosted:"]
    lines += _table(stats["top_organizations_by_events_hosted"], ["events", "hosted", "co_hosted"]) or ["  none"]
    lines += ["", "Top countries by events held there (and taken part in):"]
    lines += _table(stats["top_countries_by_events"], ["events", "participated"]) or ["  none"]
    lines += ["", "Top countries by ambassadors (sent, received):"]
    lines += _table(stats["top_countries_by_ambassadors"], ["sent", "received"]) or ["  none"]
    c = stats["components"]
    lines += ["", f"Connected components: {c['count']} (largest: {', '.join(map(str, c['largest'])) or '-'}; "
                  f"isolated entities: {c['isolated']})"]
    lines += ["", "Degree leaders (distinct neighbours):"]
    lines += _table(stats["degree_leaders"], ["degree"]) or ["  none"]
    sampled = stats["betweenness_sampled_sources"]
    lines += ["", "Betweenness leaders" + (f" (estimated from {sampled} sampled sources)" if sampled else "") + ":"]
    lines += _table(stats["betweenness_leaders"], ["betweenness"]) or ["  none"]
    return "\n".join(lines)
