"""``kg resolve --explain NAME``: which mentions a node holds, on what evidence, and which
nodes with the same or a similar name (the near misses) were kept apart and why."""

from __future__ import annotations

from kg.graph.vocab import KG, OWL
from kg.model.names import normalise
from kg.resolve import text
from kg.resolve.aliases import Aliases
from kg.resolve.resolver import Cluster, Resolver
from kg.resolve.rules import similar_names
from kg.resolve.stored import stored_mentions


def _article(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _matches(c: Cluster, wanted: set[str], needle: str) -> bool:
    if c.keys & wanted:
        return True
    return bool(needle) and any(needle in normalise(n) for m in c.members for n in m.names)


def explain(store, name: str, aliases: Aliases | None = None, limit: int = 20) -> str:
    """A report on the nodes named ``name`` (any of their names, without edition; or a part of one)."""
    resolver = Resolver(store.iris, aliases)
    resolver.load(stored_mentions(store.ox))
    wanted = {text.key(name), text.core_key(name)} - {""}
    nodes = sorted({c for c in resolver.of.values() if _matches(c, wanted, normalise(name))},
                   key=lambda c: (c.kind, c.iri))
    if not nodes:
        return f"no node is named {name!r}"
    reasons: dict[tuple[str, str], list[str]] = {}
    for row in store.query(f"SELECT ?g ?x ?why WHERE {{ GRAPH ?g {{ ?x <{KG.resolvedBy}> ?why }} }}"):
        reasons.setdefault((str(row["g"]), str(row["x"])), []).append(str(row["why"]))
    retired: dict[str, list[str]] = {}
    for row in store.query(f"SELECT ?old ?new WHERE {{ GRAPH ?g {{ ?old <{OWL.sameAs}> ?new }} }}"):
        retired.setdefault(str(row["new"]), []).append(str(row["old"]))
    lines: list[str] = []
    for c in nodes[:limit]:
        articles = sorted({m.article for m in c.members})
        lines.append(f"{c.kind} <{c.iri}>: {len(c.members)} mention(s) in {len(articles)} article(s)")
        if c.kind == "event" and (series := resolver.series(c)):
            lines.append(f"  series <{series}>")
        for old in retired.get(c.iri, []):
            lines.append(f"  merged later: <{old}> owl:sameAs this node")
        for m in c.members:
            why = reasons.get((m.article, c.iri)) or ["named as the node's IRI says (its first mention, or the same name and year)"]
            lines.append(f"  {_article(m.article)}: {' | '.join(m.names)}")
            lines += [f"      {w}" for w in why]
        apart: dict[str, str] = {}
        for m in c.members:
            keys, strong = resolver._keys(m)
            for other in resolver._candidates(m, resolver._blocks(m, keys, strong), wide=True):
                if other is not c and other.members and other.iri not in apart:
                    verdict = resolver._verdict(m, keys, strong, other)
                    if not verdict.merge and (keys & other.keys or similar_names(m, other.members)):
                        apart[other.iri] = f"{other.members[0].names[0]}: {verdict}"
        for iri, why in sorted(apart.items())[:limit]:
            lines.append(f"  kept apart from <{iri}> ({why})")
        lines.append("")
    if len(nodes) > limit:
        lines.append(f"… and {len(nodes) - limit} more nodes; give a longer name")
    return "\n".join(lines).rstrip()
