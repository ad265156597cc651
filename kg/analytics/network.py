"""The store as a networkx graph of entities, for analytics, views and graph exports.

Nodes are the events, organizations, people, cities and countries (keyed by IRI);
edges are the relations between them, keyed by relation. Posts are folded into
edges: an ambassador gets ``ambassadorOf`` / ``postedTo`` edges to the sending
and receiving countries, a titled post a ``role`` edge to its organization.
Articles are not nodes: every node and edge lists the articles (named graphs)
that state it, and ``graph.graph["articles"]`` describes them.

The store is read with a handful of SPARQL queries straight through pyoxigraph.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from kg.graph.vocab import KG, ORG, RDFS, SDO, SKOS
from kg.model.names import has_han
from kg.query.labels import best

#: node kind -> its name; a kind is an event type (``event``: untyped), ``organization``,
#: ``ambassador`` (a person holding an ambassador post), ``person``, ``city`` or ``country``
KIND_NAMES: dict[str, str] = {
    "conference": "Conference",
    "summit": "Summit",
    "forum": "Forum",
    "exhibition": "Exhibition",
    "meeting": "Meeting",
    "ceremony": "Ceremony",
    "event": "Other event",
    "organization": "Organization",
    "ambassador": "Ambassador",
    "person": "Other person",
    "city": "City",
    "country": "Country",
}
EVENT_KINDS = frozenset({"conference", "summit", "forum", "exhibition", "meeting", "ceremony", "event"})
PLACE_KINDS = frozenset({"city", "country"})
PERSON_KINDS = frozenset({"ambassador", "person"})

#: ontology class -> kind (persons become ``ambassador`` or ``person`` by the posts they hold)
CLASS_KIND: dict[str, str] = {
    str(KG.Conference): "conference",
    str(KG.Summit): "summit",
    str(KG.Forum): "forum",
    str(KG.Exhibition): "exhibition",
    str(KG.Meeting): "meeting",
    str(KG.Ceremony): "ceremony",
    str(KG.Event): "event",
    str(KG.Organization): "organization",
    str(KG.Person): "person",
    str(KG.City): "city",
    str(KG.Country): "country",
}

#: relation key -> how an edge is named (a role edge shows the post's title instead)
RELATION_LABELS: dict[str, str] = {
    "host": "host",
    "coHost": "co-host",
    "organizer": "organizer",
    "city": "in city",
    "country": "in country",
    "participantCountry": "participant",
    "superEvent": "part of",
    "orgCountry": "based in",
    "subOrganizationOf": "part of",
    "attended": "attended",
    "ambassadorOf": "ambassador of",
    "postedTo": "posted to",
    "role": "role",
}

_PREFIXES = f"""PREFIX kg: <{KG._NS}>
PREFIX schema: <{SDO}>
PREFIX org: <{ORG}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
"""

_TYPES = _PREFIXES + """SELECT ?s ?type ?g WHERE {
  VALUES ?type { kg:Conference kg:Summit kg:Forum kg:Exhibition kg:Meeting kg:Ceremony kg:Event
                 kg:Organization kg:Person kg:City kg:Country }
  GRAPH ?g { ?s a ?type }
}"""

_LABELS = _PREFIXES + """SELECT ?s ?p ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {
  VALUES ?p { rdfs:label skos:altLabel }
  GRAPH ?g { ?s ?p ?label }
} GROUP BY ?s ?p ?label"""

_ATTRIBUTES = _PREFIXES + """SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { schema:startDate schema:endDate skos:notation }
  GRAPH ?g { ?s ?p ?o }
}"""

_RELATIONS = _PREFIXES + """SELECT DISTINCT ?s ?p ?o ?g WHERE {
  VALUES ?p { kg:host kg:coHost kg:organizer kg:city kg:country kg:participantCountry schema:superEvent
              kg:orgCountry org:subOrganizationOf kg:attended }
  GRAPH ?g { ?s ?p ?o }
}"""

_POSTS = _PREFIXES + """SELECT DISTINCT ?person ?kind ?title ?org ?sending ?receiving ?g WHERE {
  VALUES ?kind { kg:Post kg:AmbassadorPost }
  GRAPH ?g {
    ?person org:holds ?post . ?post a ?kind .
    OPTIONAL { ?post kg:title ?title }
    OPTIONAL { ?post org:postIn ?org }
    OPTIONAL { ?post kg:sendingCountry ?sending }
    OPTIONAL { ?post kg:receivingCountry ?receiving }
  }
}"""

_ARTICLES = _PREFIXES + """SELECT ?a ?title ?date ?url ?publisher WHERE {
  GRAPH ?a {
    ?a a kg:Article .
    OPTIONAL { ?a schema:headline ?title }
    OPTIONAL { ?a schema:datePublished ?date }
    OPTIONAL { ?a schema:url ?url }
    OPTIONAL { ?a schema:publisher ?publisher }
  }
}"""

_LABEL = str(RDFS.label)
#: when an entity carries several classes, the kind chosen (events: the most stated specific type)
_KIND_ORDER = ("country", "city", "organization", "person")


@dataclass(frozen=True)
class Source:
    """An article that states a node or an edge."""

    iri: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None


def _ox(store) -> ox.Store:
    """The pyoxigraph store of a GraphStore (or the pyoxigraph store itself)."""
    return store if isinstance(store, ox.Store) else store.ox


def _rows(store, sparql: str):
    """Solutions of a SELECT as tuples of term values (None for unbound)."""
    for solution in _ox(store).query(sparql):
        yield tuple(None if term is None else term.value for term in solution)


def _kind(types: Counter) -> str:
    kinds = Counter()
    for type_iri, n in types.items():
        kinds[CLASS_KIND[type_iri]] += n
    events = [(n, k) for k, n in kinds.items() if k in EVENT_KINDS and k != "event"]
    if events:
        return max(events)[1]
    for kind in _KIND_ORDER:
        if kind in kinds:
            return kind
    return "event"


def _labels(store) -> dict[str, dict[str, list[str]]]:
    """{iri: {lang: [labels]}}: per language the label most articles give first, then the others, then aliases."""
    counted: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    aliases: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for subject, predicate, literal, count in _ox(store).query(_LABELS):
        s, p, label, n = subject.value, predicate.value, literal.value, int(count.value)
        lang = "zh" if (literal.language or "").startswith("zh") or has_han(label) else "en"
        if p == _LABEL:
            counted[s][lang].append((int(n), label))
        else:
            aliases[s][lang].append(label)
    out: dict[str, dict[str, list[str]]] = {}
    for s in set(counted) | set(aliases):
        by_lang: dict[str, list[str]] = {}
        for lang in ("en", "zh"):
            found = counted[s].get(lang, [])
            first = found[0][1] if len(found) == 1 else best({lang: found}, lang) if found else None
            ordered = ([first] if first else []) + sorted(label for _, label in found if label != first)
            ordered += sorted(set(aliases[s].get(lang, [])) - set(ordered))
            if ordered:
                by_lang[lang] = ordered
        out[s] = by_lang
    return out


def display_label(attrs: dict, lang: str = "en") -> str:
    """The label a node shows: its first label in ``lang``, else in the other language, else its IRI."""
    labels = attrs.get("labels") or {}
    for want in (lang, "zh" if lang == "en" else "en"):
        if labels.get(want):
            return labels[want][0]
    return attrs.get("iri", "")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large graph of fresh objects is built (it only finds
    survivors, and re-scanning them on every collection made loading 40% slower)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_graph(store) -> nx.MultiDiGraph:
    """The entity graph of a :class:`kg.store.GraphStore` or a pyoxigraph ``Store`` (shape: see the module docstring)."""
    with _gc_paused():
        return _load_graph(store)


def _load_graph(store) -> nx.MultiDiGraph:
    types: dict[str, Counter] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    for s, type_iri, g in _rows(store, _TYPES):
        types[s][type_iri] += 1
        sources[s].add(g)
    ambassadors = set()
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict] = {}

    def edge(s: str | None, o: str | None, relation: str, g: str, title: str | None = None) -> None:
        if s not in types or o not in types or s == o:
            return
        key = f"role:{title}" if relation == "role" and title else relation
        found = edges.setdefault((s, o, key), {"relation": relation, "title": title, "sources": set()})
        found["sources"].add(g)

    for s, p, o, g in _rows(store, _RELATIONS):
        edge(s, o, p.rsplit("#", 1)[-1].rsplit("/", 1)[-1], g)
    for person, post_kind, title, org, sending, receiving, g in _rows(store, _POSTS):
        if post_kind == str(KG.AmbassadorPost):
            ambassadors.add(person)
            edge(person, sending, "ambassadorOf", g)
            edge(person, receiving, "postedTo", g)
        else:
            edge(person, org, "role", g, title)
    labels = _labels(store)
    attributes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in _rows(store, _ATTRIBUTES):
        attributes[s][p].add(o)
    for node, counted in types.items():
        kind = _kind(counted)
        if kind == "person" and node in ambassadors:
            kind = "ambassador"
        attrs = attributes.get(node, {})
        starts, ends = attrs.get(str(SDO.startDate), set()), attrs.get(str(SDO.endDate), set())
        codes = attrs.get(str(SKOS.notation), set())
        graph.add_node(node, iri=node, kind=kind, labels=labels.get(node, {}),
                       start=min(starts) if starts else None, end=max(ends) if ends else None,
                       code=min(codes) if codes else None, sources=sorted(sources[node]))
    for (s, o, key), data in edges.items():
        graph.add_edge(s, o, key=key, relation=data["relation"], title=data["title"],
                       sources=sorted(data["sources"]))
    graph.graph["articles"] = {
        a: Source(a, title, date, url, publisher) for a, title, date, url, publisher in _rows(store, _ARTICLES)
    }
    return graph


def simple(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph underneath (one edge per linked pair), for layouts and network measures."""
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    out.add_edges_from((u, v) for u, v in graph.edges())
    return out


def edge_label(attrs: dict) -> str:
    """How an edge is named: a role by its title, other relations by :data:`RELATION_LABELS`."""
    relation = attrs["relation"]
    return attrs.get("title") or RELATION_LABELS.get(relation, relation)
