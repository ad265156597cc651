"""Links materialised when a graph is built, and how a store built before them gets them.

``kg:reportedIn`` (event -> each article that reports it) is written into each article's
graph by :mod:`kg.graph.triples`: it repeats the event's ``prov:wasDerivedFrom`` under a
property of its own, so that queries over the events of several articles read one small
index (docs/graph-model.md, "Materialised links"). Being an ordinary triple of the article
graph, it is replaced with the graph and rewritten with the rest of it when entity
resolution retires an event IRI. The co-host network (:mod:`kg.graph.cohosts`) is the other
materialised shape, a graph of its own written with every update. A store written by an older kg
has neither: :func:`upgrade` adds them, once, when the store is opened.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import cohosts
from kg.graph.iris import Iris
from kg.graph.vocab import KG, PROV

_ANY_LINK = f"ASK {{ GRAPH ?g {{ ?e <{KG.reportedIn}> ?a }} }}"
_ANY_EVENT = f"ASK {{ GRAPH ?g {{ ?e a <{KG.Event}> }} }}"
_ADD_LINKS = f"""INSERT {{ GRAPH ?g {{ ?e <{KG.reportedIn}> ?g }} }}
WHERE {{ GRAPH ?g {{ ?e a <{KG.Event}> ; <{PROV.wasDerivedFrom}> ?g }} }}"""


def _links_outdated(store: ox.Store) -> bool:
    """Whether the store holds events but no ``kg:reportedIn`` at all: written by a kg before the links."""
    return not store.query(_ANY_LINK) and bool(store.query(_ANY_EVENT))


def outdated(store: ox.Store) -> bool:
    """Whether the store lacks the links or the co-host network: written by a kg before them."""
    return _links_outdated(store) or cohosts.outdated(store)


def upgrade(store: ox.Store, iris: Iris) -> bool:
    """Add the links and the co-host network (its IRIs under ``iris``) to a store written before them;
    True if it needed either. A store that has any link has them all (kg writes them with every
    article graph, and this adds them in one update)."""
    changed = False
    if _links_outdated(store):
        store.update(_ADD_LINKS)
        store.flush()
        changed = True
    return cohosts.upgrade(store, iris) or changed
