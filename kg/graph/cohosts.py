"""The co-host network, materialised: a node per pair of organizations that host or co-host the same
event, with the number of such events and a key that sorts it (docs/graph-model.md, "Materialised links").

The pairs follow from all the article graphs at once (an event that one article says A hosts and
another says B co-hosts makes A and B a pair), so they cannot live in an article's graph. Each pair
is a graph of its own, named by the pair node's IRI (``<base>cohost/<hash>``), beside the graph
``<base>cohosts`` that says the network is there (typed ``kg:CoHostNetwork`` in itself). An update of
the store recounts only the pairs of the events whose hosts it changes (:func:`journal_entries`) and
writes the pair graphs whose count changed, in the same journal as the article graphs
(all-or-nothing, kept in the update log); the result is the network a full count gives
(:func:`network`). The ``cohost-network`` query reads the pairs instead of joining every event's hosts
at query time.
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
_HOSTS = tuple(ox.NamedNode(p) for p in sorted(HOST_PREDICATES))
_A, _NETWORK, _PAIR = str(RDF.type), str(KG.CoHostNetwork), str(KG.CoHostPair)
_FIRST, _SECOND, _SHARED, _KEY = (str(KG.firstOrganization), str(KG.secondOrganization), str(KG.sharedEvents),
                                  str(KG.sortKey))
_OX_A, _OX_NETWORK, _OX_PAIR = ox.NamedNode(_A), ox.NamedNode(_NETWORK), ox.NamedNode(_PAIR)
_OX_FIRST, _OX_SECOND, _OX_SHARED = ox.NamedNode(_FIRST), ox.NamedNode(_SECOND), ox.NamedNode(_SHARED)

Host = tuple[str, str]  # (event IRI, organization IRI): the event is hosted or co-hosted by the organization
Pair = tuple[str, str]  # two organization IRIs, the first sorting first


def pairs(hosts: Iterable[Host]) -> dict[Pair, int]:
    """The number of shared events of every pair of organizations hosting the same events."""
    by_event: dict[str, set[str]] = defaultdict(set)
    for event, org in hosts:
        by_event[event].add(org)
    shared: Counter[Pair] = Counter()
    for orgs in by_event.values():
        shared.update(combinations(sorted(orgs), 2))
    return dict(shared)


#: the bits of a pair's sort key: fewer shared events, the first organization's, the second one's (63 in all)
_EVENT_BITS, _FIRST_BITS, _SECOND_BITS = 14, 24, 25


def _leading(org: str, bits: int) -> int:
    """The leading bits of the 16 hex digits that end an organization's IRI (:meth:`kg.graph.iris.Iris.entity`):
    the order of the IRIs' text, as far as those bits tell it."""
    digits = org.rsplit("/", 1)[-1]
    try:
        return int(digits, 16) >> (64 - bits) if len(digits) == 16 else 0
    except ValueError:
        return 0


def sort_key(pair: Pair, shared: int) -> int:
    """A pair's place in the network's order as an integer that only the pair decides (no other pair's
    count changes it): most shared events first, then the first organization's IRI, then the second's.
    Two pairs can tie (the same leading bits); the query then compares the IRIs' text."""
    fewer = (1 << _EVENT_BITS) - 1 - min(shared, (1 << _EVENT_BITS) - 1)
    return ((fewer << (_FIRST_BITS + _SECOND_BITS)) | (_leading(pair[0], _FIRST_BITS) << _SECOND_BITS)
            | _leading(pair[1], _SECOND_BITS))


def pair_graph(iris: Iris, pair: Pair, shared: int) -> GraphTriples:
    """A pair's graph, named by its node: the node, its two organizations, its shared events and its sort key."""
    node = iris.cohost_pair(*pair)
    return node, [(node, _A, _PAIR), (node, _FIRST, pair[0]), (node, _SECOND, pair[1]),
                  (node, _SHARED, integer(shared)), (node, _KEY, integer(sort_key(pair, shared)))]


def network(iris: Iris, hosts: Iterable[Host]) -> Iterator[GraphTriples]:
    """The network's graph and every pair's graph for the given host statements."""
    graph = iris.cohost_network()
    yield graph, [(graph, _A, _NETWORK)]
    for pair, shared in sorted(pairs(hosts).items()):
        yield pair_graph(iris, pair, shared)


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
    yield from network(iris, hosts)


def quad_hosts(quads: Iterable[ox.Quad]) -> Iterator[Host]:
    """The host and co-host statements among quads."""
    return ((q.subject.value, q.object.value) for q in quads
            if q.predicate.value in HOST_PREDICATES and isinstance(q.object, ox.NamedNode))


def _stored(store: ox.Store, skip: Collection[str], subject: ox.NamedNode | None = None,
            org: ox.NamedNode | None = None, graph: ox.NamedNode | None = None) -> Iterator[tuple[ox.Quad, str]]:
    """The stored host and co-host statements matching the pattern, each with its graph, but those of
    the graphs in ``skip`` and of the default graph."""
    for predicate in _HOSTS:
        for q in store.quads_for_pattern(subject, predicate, org, graph):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in skip:
                yield q, q.graph_name.value


def stored_hosts(store: ox.Store, skip: Collection[str] = ()) -> set[Host]:
    """The host and co-host statements of the store's named graphs, but those in ``skip``."""
    return set(quad_hosts(q for q, _ in _stored(store, skip)))


def network_graphs(store: ox.Store) -> set[str]:
    """The network graphs the store holds: one, or more if it was also built under another base IRI."""
    return {q.graph_name.value for q in store.quads_for_pattern(None, _OX_A, _OX_NETWORK, None)
            if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}


def pair_graphs(store: ox.Store) -> set[str]:
    """The graphs of the store's co-host pairs."""
    return {q.graph_name.value for q in store.quads_for_pattern(None, _OX_A, _OX_PAIR, None)
            if isinstance(q.graph_name, ox.NamedNode)}


def pairs_naming(store: ox.Store, orgs: Iterable[str]) -> set[str]:
    """The graphs of the pairs one of ``orgs`` is in."""
    return {q.graph_name.value for org in orgs for side in (_OX_FIRST, _OX_SECOND)
            for q in store.quads_for_pattern(None, side, ox.NamedNode(org), None)
            if isinstance(q.graph_name, ox.NamedNode)}


def journal_entries(store: ox.Store, iris: Iris, updated: Collection[str],
                    hosts: Iterable[Host]) -> Iterator[tuple[str, bytes]]:
    """The update-journal entries that make the store's network right once an update is applied:
    ``updated`` names every graph the update replaces or removes, ``hosts`` are the host statements
    of the graphs it writes. Only the pairs of the events whose hosts the update changes are counted
    again, and only those whose count changed are written; a store without this base IRI's network
    (a first build, or a network under another base IRI) gets the whole network. The store is only read."""
    if network_graphs(store) != {iris.cohost_network()}:
        yield from _whole(store, iris, updated, hosts)
    else:
        yield from _recounted(store, iris, set(updated), set(hosts))


def _whole(store: ox.Store, iris: Iris, updated: Collection[str], hosts: Iterable[Host]) -> Iterator[tuple[str, bytes]]:
    """Every graph of the network, counted from all the host statements; the network graphs and pairs
    the store holds besides them removed."""
    writer = NQuadsWriter()
    written: set[str] = set()
    for graph, triples in network(iris, stored_hosts(store, updated) | set(hosts)):
        written.add(graph)
        yield graph, writer.graph(graph, triples)
    for old in sorted((network_graphs(store) | pair_graphs(store)) - written):
        yield old, b""


def _recounted(store: ox.Store, iris: Iris, updated: set[str], hosts: set[Host]) -> Iterator[tuple[str, bytes]]:
    """The pairs of the events the update gives or takes hosts, counted again; those that changed."""
    before = {(q.subject.value, q.object.value) for g in updated
              for q, _ in _stored(store, (), graph=ox.NamedNode(g)) if isinstance(q.object, ox.NamedNode)}
    added: dict[str, set[str]] = defaultdict(set)  # organization -> the events the update says it hosts
    hosted: dict[str, set[str]] = defaultdict(set)  # event -> the organizations the update says host it
    for event, org in hosts:
        added[org].add(event)
        hosted[event].add(org)
    touched: set[Pair] = set()
    for event in sorted({e for e, _ in before | hosts}):
        stored = [(q.object.value, g) for q, g in _stored(store, (), subject=ox.NamedNode(event))
                  if isinstance(q.object, ox.NamedNode)]
        after = {o for o, g in stored if g not in updated} | hosted[event]
        touched.update(combinations(sorted({o for o, _ in stored}), 2))
        touched.update(combinations(sorted(after), 2))

    events: dict[str, set[str]] = {}

    def events_of(org: str) -> set[str]:
        """The events the organization hosts or co-hosts once the update is applied."""
        if org not in events:
            events[org] = {q.subject.value for q, _ in _stored(store, updated, org=ox.NamedNode(org))} | added[org]
        return events[org]

    writer = NQuadsWriter()
    for pair in sorted(touched):
        shared = len(events_of(pair[0]) & events_of(pair[1]))
        node = ox.NamedNode(iris.cohost_pair(*pair))
        if shared != next((int(q.object.value) for q in store.quads_for_pattern(node, _OX_SHARED, None, node)), 0):
            yield node.value, writer.graph(*pair_graph(iris, pair, shared)) if shared else b""


def outdated(store: ox.Store) -> bool:
    """Whether the store has hosts but not the network as this kg writes it: none at all (written by a
    kg from before it), or its pairs inside the network's graph (before each pair had a graph)."""
    networks = network_graphs(store)
    if networks:
        return any(next(iter(store.quads_for_pattern(None, _OX_A, _OX_PAIR, ox.NamedNode(g))), None) is not None
                   for g in networks)
    return any(next(iter(store.quads_for_pattern(None, p, None, None)), None) is not None for p in _HOSTS)


def upgrade(store: ox.Store, iris: Iris) -> bool:
    """Write the network of a store written before it (or before each pair had a graph); True if it needed one."""
    if not outdated(store):
        return False
    entries = list(_whole(store, iris, (), ()))
    for graph, _ in entries:
        store.remove_graph(ox.NamedNode(graph))
    store.load(b"".join(text for _, text in entries), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return True
