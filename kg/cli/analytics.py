"""``kg stats`` (counts, top hosts and countries, components, centrality) and ``kg path`` (how two
entities are connected)."""

from __future__ import annotations

import argparse
import json

from kg.cli.common import UserError, add_store, positive_int, store_path


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("stats", help="network statistics of the graph",
                       description="Counts per class and per relation, the organizations hosting or co-hosting "
                                   "most events, the countries with most events and ambassadors, connected "
                                   "components, and the degree and betweenness leaders.")
    add_store(s)
    s.add_argument("--top", type=positive_int, default=10, metavar="N", help="entries per ranking (default: 10)")
    s.add_argument("--json", action="store_true", help="print JSON for scripts")
    s.set_defaults(func=run_stats)

    p = sub.add_parser("path", help="how two entities are connected",
                       description="The shortest paths between A and B, each step with its relation and the "
                                   "articles that state it. A and B may be any label in English or Chinese, an "
                                   "IRI, or a country's ISO code.")
    add_store(p)
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("-k", "--paths", type=positive_int, default=3, metavar="K", help="how many paths, shortest first (default: 3)")
    p.add_argument("--through-places", action="store_true",
                   help="let paths pass through countries and cities (which link most of the graph)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=run_path)


def _graph(args: argparse.Namespace):
    from kg.store import open_store
    from kg.analytics.network import load_graph

    with open_store(store_path(args), read_only=True) as store:
        return load_graph(store)


def run_stats(args: argparse.Namespace) -> int:
    from kg.analytics.stats import format_stats, graph_stats

    stats = graph_stats(_graph(args), top=args.top)
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return 0


def run_path(args: argparse.Namespace) -> int:
    from kg.analytics.lookup import LabelIndex
    from kg.analytics.network import load_graph
    from kg.analytics.paths import format_paths, paths_json, shortest_paths, with_sentences
    from kg.store import open_store

    with open_store(store_path(args), read_only=True) as store:
        graph = load_graph(store)
        index = LabelIndex(graph)
        a, b = index.find(args.a), index.find(args.b)
        if a == b:
            raise UserError(f"{args.a!r} and {args.b!r} name the same entity <{a}>")
        paths = with_sentences(store.ox, shortest_paths(graph, a, b, limit=args.paths,
                                                         through_places=args.through_places))
    if args.json:
        print(json.dumps({"from": a, "to": b, "paths": paths_json(graph, paths)}, ensure_ascii=False, indent=2))
    else:
        print(format_paths(graph, a, b, paths, args.through_places))
    return 0 if paths else 1
