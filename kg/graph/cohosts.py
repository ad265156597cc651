"""The co-host network, materialised: a node per pair of organizations that host or co-host the same
event, with the number of such events and the pair's place in the network's order
(docs/graph-model.md, "Materialised links").

The pairs follow from all the article graphs at once (an event that one article says A hosts and
another says B co-hosts makes A and B a pair), so they cannot live in an article's graph: they are
a graph of their own, ``<base>cohosts``, written again in full with every update of the store, in
the same journal as the article graphs (all-or-nothing, kept in the update log), from the host
statements of the stored graphs the update leaves alone and those of the graphs it writes. The
``cohost-network`` query reads the pairs instead of joining every event's hosts at query time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from itertools import combinations

import pyoxigraph as ox

from kg.graph.iris import Iris
from kg.graph.terms import GraphTriples, NQuadsWriter, PlainTriple, integer
from kg.graph.vocab import KG, RDF

HOST_PREDICATES = frozenset({str(KG.host), str(KG.coHost)})
_A, _NETWORK, _PAIR = str(RDF.type), str(KG.CoHostNetwork), str(KG.CoHostPair)
_FIRST, _SECOND, _SHARED, _RANK = (str(KG.firstOrganization), str(KG.secondOrganization), str(KG.sharedEvents),
                                   str(KG.rank))

Host = tuple[str, str]  # (event IRI, organization IRI): the event is hosted or co-hosted by the organization


def pairs(hosts: Iterable[Host]) -> list[tuple[str, str, int]]:
    """``(first, second, shared events)`` for every pair of organizations hosting the same events, the
    first one's IRI sorting first; most shared events first, then by the two IRIs' text (the order of
    ``cohost-network`` before it read the pairs: ``DESC(?events)``, then ``"<first> <second>"``)."""
    by_event: dict[str, set[str]] = defaultdict(set)
    for event, org in hosts:
        by_event[event].add(org)
    shared: Counter[tuple[str, str]] = Counter()
    for orgs in by_event.values():
        shared.update(combinations(sorted(orgs), 2))
    return sorted(((a, b, n) for (a, b), n in shared.items()), key=lambda p: (-p[2], f"{p[0]} {p[1]}"))


def network(iris: Iris, hosts: Iterable[Host]) -> GraphTriples:
    """The network graph's IRI and triples for the given host statements."""
    graph = iris.cohost_network()
    triples: list[PlainTriple] = [(graph, _A, _NETWORK)]
    for rank, (first, second, shared) in enumerate(pairs(hosts), 1):
        node = iris.cohost_pair(first, second)
        triples += [(node, _A, _PAIR), (node, _FIRST, first), (node, _SECOND, second),
                    (node, _SHARED, integer(shared)), (node, _RANK, integer(rank))]
    return graph, triples


def host_statements(triples: Iterable[PlainTriple]) -> Iterator[Host]:
    """The host and co-host statements among a graph's triples."""
    return ((s, o) for s, p, o in triples if p in HOST_PREDICATES and type(o) is str)


def with_network(graphs: Iterable[GraphTriples], iris: Iris) -> Iterator[GraphTriples]:
    """The article graphs, then the network of all of them."""
    hosts: set[Host] = set()
    for graph, triples in graphs:
        triples = list(triples)
        hosts.update(host_statements(triples))
        yield graph, triples
    yield network(iris, hosts)


def quad_hosts(quads: Iterable[ox.Quad]) -> Iterator[Host]:
    """The host and co-host statements among quads."""
    return ((q.subject.value, q.object.value) for q in quads
            if q.predicate.value in HOST_PREDICATES and isinstance(q.object, ox.NamedNode))


def stored_hosts(store: ox.Store, skip: Collection[str] = ()) -> set[Host]:
    """The host and co-host statements of the store's named graphs, but those in ``skip``."""
    return set(quad_hosts(q for p in HOST_PREDICATES for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None)
                          if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in skip))


def network_graphs(store: ox.Store) -> set[str]:
    """The network graphs the store holds: one, or more if it was also built under another base IRI."""
    return {q.graph_name.value for q in store.quads_for_pattern(None, ox.NamedNode(_A), ox.NamedNode(_NETWORK), None)
            if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}


def journal_entries(store: ox.Store, iris: Iris, updated: Collection[str],
                    hosts: Iterable[Host]) -> Iterator[tuple[str, bytes]]:
    """The update-journal entries that make the store's network right once an update is applied:
    ``updated`` names every graph the update replaces or removes, ``hosts`` are the host statements
    of the graphs it writes. A network under another base IRI is removed; the store is only read."""
    current = iris.cohost_network()
    for old in sorted(network_graphs(store) - {current}):
        yield old, b""
    everything = stored_hosts(store, set(updated) | {current}) | set(hosts)
    yield current, NQuadsWriter().graph(*network(iris, everything))


def outdated(store: ox.Store) -> bool:
    """Whether the store has hosts but no network: written by a kg from before it."""
    return not network_graphs(store) and any(
        next(iter(store.quads_for_pattern(None, ox.NamedNode(p), None, None)), None) is not None
        for p in HOST_PREDICATES)


def upgrade(store: ox.Store, iris: Iris) -> bool:
    """Write the network of a store written before it; True if it needed one."""
    if not outdated(store):
        return False
    store.load(NQuadsWriter().graph(*network(iris, stored_hosts(store))), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return True
