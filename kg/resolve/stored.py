"""The mentions an on-disk store already holds, read back from its article graphs, and
the rewrite of the stored graphs naming a retired IRI when a new article merges two
stored nodes (journal entries of the same update, :func:`rewritten_graphs`).

Every entity node in an article graph (``?x prov:wasDerivedFrom ?article``) is one
mention of that article: its labels, dates, place, hosts, parent, posts and attended
events are the same facts a record gives, so a build against the store resolves new
records exactly as if the stored articles were in the same batch (see
:class:`kg.resolve.resolver.Resolver` for the one difference: the order). They are read all at once
(:func:`stored_mentions`), or on demand, only those the keys of a batch lead to (:class:`StoredSource`, with
the store's key index, :mod:`kg.resolve.keyindex`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import config
from kg.graph.iris import Iris
from kg.graph import terms
from kg.graph.terms import Lit
from kg.graph.vocab import EVENT_CLASS, KG, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from kg.model.names import normalise
from kg.resolve.aliases import Aliases
from kg.resolve.keyindex import KeyIndex, Row
from kg.resolve.mentions import Mention, series_names
from kg.resolve.resolver import Resolver

if TYPE_CHECKING:
    from kg.resolve.resolver import Resolution, SeriesChange
    from kg.store import GraphStore

_KIND = {str(c): ("event", t) for t, c in EVENT_CLASS.items()}
_KIND[str(KG.Organization)] = ("org", "")
_KIND[str(KG.Person)] = ("person", "")

_PREFIXES = f"""PREFIX kg: <{KG._NS}> PREFIX schema: <{SDO}> PREFIX org: <{ORG}> PREFIX prov: <{PROV}>
PREFIX rdf: <{RDF}> PREFIX rdfs: <{RDFS}> PREFIX skos: <{SKOS}> PREFIX owl: <{OWL}>
"""
_NODES = _PREFIXES + """SELECT ?g ?x ?t WHERE { GRAPH ?g { ?x prov:wasDerivedFrom ?g ; a ?t } }"""
_LABELS = _PREFIXES + """SELECT ?g ?x ?p ?l WHERE {
  VALUES ?p { rdfs:label skos:altLabel }
  GRAPH ?g { ?x prov:wasDerivedFrom ?g ; ?p ?l } }"""
_FACTS = _PREFIXES + """SELECT ?g ?x ?p ?o WHERE {
  VALUES ?p { schema:startDate schema:endDate kg:city kg:country kg:host kg:coHost kg:organizer schema:superEvent
              kg:orgCountry org:subOrganizationOf kg:attended kg:series }
  GRAPH ?g { ?x prov:wasDerivedFrom ?g ; ?p ?o } }"""
_SENTENCES = _PREFIXES + """SELECT ?g ?x ?text WHERE {
  GRAPH ?g { ?x prov:wasDerivedFrom ?g ; a schema:Event .
             ?a rdf:subject ?x ; rdf:predicate rdfs:label ; kg:evidence ?s .
             ?s kg:text ?text ; kg:start ?start ; kg:end ?end } } ORDER BY ?g ?x ?start ?end"""
_DERIVED = ox.NamedNode(str(PROV.wasDerivedFrom))
_PUBLISHED = _PREFIXES + """SELECT ?g ?d WHERE { GRAPH ?g { ?g schema:datePublished ?d } }"""
_POSTS = _PREFIXES + """SELECT ?g ?x ?title ?org ?send ?recv WHERE {
  GRAPH ?g { ?x prov:wasDerivedFrom ?g ; org:holds ?post .
    OPTIONAL { ?post kg:title ?title } OPTIONAL { ?post org:postIn ?org }
    OPTIONAL { ?post kg:sendingCountry ?send } OPTIONAL { ?post kg:receivingCountry ?recv } } }"""


def _rows(store: ox.Store, sparql: str) -> list[list[str | None]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [[None if s[n] is None else s[n].value for n in names] for s in result]


def _last(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def stored_mentions(store: ox.Store) -> list[Mention]:
    """The mentions of every article graph in ``store`` (in graph and node order)."""
    kinds: dict[tuple[str, str], tuple[str, str]] = {}
    for g, x, t in _rows(store, _NODES):
        if t in _KIND:
            kind, etype = _KIND[t]
            if (g, x) not in kinds or (kind == "event" and etype != "Other"):
                kinds[(g, x)] = (kind, etype)
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, x, p, label in sorted(_rows(store, _LABELS), key=lambda r: (r[0], r[1], r[2] != str(RDFS.label), r[3])):
        if label not in labels[(g, x)]:
            labels[(g, x)].append(label)
    mentions = {key: Mention(kind, key[0], key[1], labels.get(key) or [key[1]], key[1], iri=key[1], type=etype)
                for key, (kind, etype) in sorted(kinds.items())}
    for g, x, p, o in _rows(store, _FACTS):
        m = mentions.get((g, x))
        if m is None:
            continue
        name = p.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if name == "startDate":
            m.start = o
        elif name == "endDate":
            m.end = o
        elif name == "city":
            m.city = o
        elif name in ("country", "orgCountry"):
            m.country = _last(o)
        elif name in ("host", "coHost", "organizer"):
            m.hosts.append((g, o))
        elif name in ("superEvent", "subOrganizationOf"):
            m.parent = (g, o)
        elif name == "attended":
            m.attended.append((g, o))
        elif name == "series":
            m.series = o
    for g, x, title, org, send, recv in _rows(store, _POSTS):
        m = mentions.get((g, x))
        if m is None:
            continue
        if send:
            m.ambassador = (_last(send), _last(recv) if recv else "")
        elif title:
            m.posts.append((normalise(title), (g, org) if org else None))
    for m in mentions.values():
        m.hosts.sort()
        m.attended.sort()
        m.posts.sort(key=lambda p: (p[0], p[1] or ("", "")))
    sentences: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g, x, sentence in _rows(store, _SENTENCES):
        sentences[(g, x)].append(sentence)
    published = dict(_rows(store, _PUBLISHED))
    by_graph: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions.values():
        by_graph[m.article].append(m)
        if m.kind == "event":
            m.published = published.get(m.article)
            m.sentences = tuple(sentences.get((m.article, m.local), ()))
    for ms in by_graph.values():
        orgs = [m.names for m in ms if m.kind == "org"]
        for m in ms:
            if m.kind == "event":
                m.series_names = series_names(m.names, orgs, [x.names for x in ms if x.kind == "event" and x is not m])
                m.companions = tuple(x.id for x in ms if x.kind == "event" and x is not m)
    return list(mentions.values())


def mention_rows(store: ox.Store) -> list[Row]:
    """The key index rows (:mod:`kg.resolve.keyindex`) of the mentions of every article graph in ``store``."""
    return Resolver(Iris(config.base_iri()), Aliases()).load(stored_mentions(store))


class StoredSource:
    """The stored mentions a resolver reads on demand (:class:`kg.resolve.resolver.Source`): the nodes of
    keys from the store's key index, the mentions of a node from the article graphs naming it (each
    article read once, whole, as :func:`stored_mentions` reads the store)."""

    def __init__(self, store: ox.Store, index: KeyIndex) -> None:
        self.store, self.index = store, index
        self._articles: dict[str, list[Mention]] = {}

    def nodes(self, keys: set[str]) -> set[str]:
        return self.index.nodes(keys)

    def mentions(self, nodes: set[str]) -> list[Mention]:
        graphs = {q.graph_name.value for n in nodes for q in self.store.quads_for_pattern(ox.NamedNode(n), _DERIVED, None, None)
                  if q.graph_name == q.object}
        self._read(graphs)
        return [m for g in sorted(graphs) for m in self._articles[g] if m.iri in nodes]

    def article(self, graph: str) -> list[Mention]:
        self._read({graph})
        return self._articles[graph]

    def _read(self, graphs: set[str]) -> None:
        new = graphs - self._articles.keys()
        if not new:
            return
        scratch = ox.Store()
        for g in sorted(new):
            scratch.extend(self.store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
            self._articles[g] = []
        for m in stored_mentions(scratch):
            self._articles[m.article].append(m)


def _key(term: ox.NamedNode | ox.Literal) -> str:
    """A term as :meth:`kg.graph.terms.Lit.key` writes it, the form assertion IRIs hash."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if term.language:
        return Lit(term.value, term.language).key()
    plain = term.datatype.value == str(XSD.string)
    return Lit(term.value, None, None if plain else term.datatype.value).key()


_NAMING = """SELECT DISTINCT ?g WHERE { VALUES ?x { %s }
  { GRAPH ?g { ?x ?p ?o } } UNION { GRAPH ?g { ?s ?p ?x } } }"""


def rewritten_graphs(store: GraphStore, resolution: Resolution, skip: set[str]) -> Iterator[tuple[str, bytes]]:
    """The stored graphs an update changes besides the ones it writes anew (``skip``): those
    naming an IRI it retired, and those whose series links it changed, each as it reads once
    every retired IRI is replaced by the kept one and its series links are the new ones:
    ``(graph IRI, N-Quads)`` entries for the store's update journal, so the rewrite is part
    of the same all-or-nothing update. The store itself is only read."""
    retired, changes = resolution.retired, [c for c in resolution.series_changes if c.graph not in skip]
    if not retired and not changes:
        return
    graphs = {c.graph for c in changes}
    if retired:
        olds = " ".join(f"<{ox.NamedNode(old).value}>" for old, _, _ in retired)
        graphs |= {g for (g,) in _rows(store.ox, _NAMING % olds) if g not in skip}
    scratch = ox.Store()
    for g in sorted(graphs):
        scratch.extend(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    for old, kept, _ in retired:
        _rewrite(scratch, store.iris, old, kept)
    _relink(scratch, changes)
    for g in sorted(graphs):
        yield g, ox.serialize(scratch.quads_for_pattern(None, None, None, ox.NamedNode(g)),
                              format=ox.RdfFormat.N_QUADS)


def _relink(store: ox.Store, changes: list[SeriesChange]) -> None:
    """Give each changed node its new series link (and the series node its type and label, as
    :func:`kg.resolve.output.resolution_triples` writes them); drop series nodes no link names."""
    link, kind, label = ox.NamedNode(str(KG.series)), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.label))
    for c in changes:
        graph = ox.NamedNode(c.graph)
        for q in list(store.quads_for_pattern(ox.NamedNode(c.node), link, None, graph)):
            store.remove(q)
    for c in changes:
        graph = ox.NamedNode(c.graph)
        if c.old and not any(store.quads_for_pattern(None, link, ox.NamedNode(c.old), graph)):
            for q in list(store.quads_for_pattern(ox.NamedNode(c.old), None, None, graph)):
                store.remove(q)
    for c in changes:
        if c.new:
            graph, series, name = ox.NamedNode(c.graph), ox.NamedNode(c.new), terms.name(c.label)
            store.add(ox.Quad(ox.NamedNode(c.node), link, series, graph))
            store.add(ox.Quad(series, kind, ox.NamedNode(str(KG.EventSeries)), graph))
            store.add(ox.Quad(series, label, ox.Literal(name.value, language=name.lang), graph))


def _rewrite(store: ox.Store, iris: Iris, retired: str, kept: str) -> None:
    """Replace a retired node IRI by the kept one in every graph of ``store``, and give the
    assertions about it the IRIs a fresh build would give them."""
    for iri in (retired, kept):
        ox.NamedNode(iri)  # a valid IRI, so it can stand in the update text
    store.update(f"""
DELETE {{ GRAPH ?g {{ <{retired}> ?p ?o }} }} INSERT {{ GRAPH ?g {{ <{kept}> ?p ?o }} }} WHERE {{ GRAPH ?g {{ <{retired}> ?p ?o }} }} ;
DELETE {{ GRAPH ?g {{ ?s ?p <{retired}> }} }} INSERT {{ GRAPH ?g {{ ?s ?p <{kept}> }} }} WHERE {{ GRAPH ?g {{ ?s ?p <{retired}> }} }}""")
    found = store.query(_PREFIXES + f"""SELECT ?g ?a ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}
  FILTER(?s = <{kept}> || ?o = <{kept}>) }}""")
    for row in list(found):
        g, a = row["g"], row["a"]
        fresh = ox.NamedNode(iris.assertion(g.value, row["s"].value, row["p"].value, _key(row["o"])))
        if fresh != a:
            for q in list(store.quads_for_pattern(a, None, None, g)):
                store.remove(q)
                store.add(ox.Quad(fresh, q.predicate, q.object, g))
    # a post's IRI hashes its organization's (or holder's) IRI: posts of the kept node get theirs
    posts = store.query(_PREFIXES + f"""SELECT DISTINCT ?post ?title WHERE {{
  GRAPH ?g {{ ?post a kg:Post ; kg:title ?title . ?holder org:holds ?post .
    OPTIONAL {{ ?post org:postIn ?org }} }}
  FILTER(COALESCE(?org, ?holder) = <{kept}>) }}""")
    for row in list(posts):
        fresh = iris.post(row["title"].value, kept)
        if fresh != row["post"].value:
            _rewrite(store, iris, row["post"].value, fresh)
