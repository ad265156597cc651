"""The graph builder's core: one event record -> the plain triples of its article's named graph.

Mapping (docs/graph-model.md): events, organizations and people become typed
nodes with language-tagged labels; each record field becomes one fact triple,
reified as a ``kg:Assertion`` with the sentences its evidence names; countries
and cities come from the gazetteer (kg.extract.places) with English and Chinese labels.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace

from kg.graph import places, terms
from kg.graph.identity import event_key
from kg.graph.iris import Iris
from kg.graph.provenance import Provenance
from kg.graph.terms import GraphTriples, Lit, PlainTriple, Term
from kg.graph.vocab import EVENT_CLASS, GEONAMES, KG, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, WGS84, superclasses
from kg.model import Event, EventRecord, Evidence, Organization, Person
from kg.model.names import normalise

log = logging.getLogger(__name__)

A, LABEL, ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
DERIVED = str(PROV.wasDerivedFrom)
SAME_AS, LAT, LONG = str(OWL.sameAs), str(WGS84.lat), str(WGS84.long)
NOTATION = str(SKOS.notation)


def _plain(namespace: str, *names: str) -> SimpleNamespace:
    """IRIs as plain strings, one attribute per term (``K.city``, ``K.City``)."""
    return SimpleNamespace(**{name: f"{namespace}{name}" for name in names})


K = _plain(str(KG._NS), *KG.__annotations__)
S = _plain(str(SDO), "startDate", "endDate", "superEvent", "headline", "datePublished", "publisher", "url",
           "inLanguage")
O = _plain(str(ORG), "subOrganizationOf", "holds", "postIn")

#: event list fields -> predicate
EVENT_ORG_ROLES = {"hosts": K.host, "co_hosts": K.coHost, "organizers": K.organizer}
#: multi-valued fields whose evidence names the value it supports
MULTI_VALUED = {"hosts", "co_hosts", "organizers", "participant_countries", "roles", "attended"}


def _evidence_index(evidence: list[Evidence]) -> dict[str, list[Evidence]]:
    index: dict[str, list[Evidence]] = {}
    for e in evidence:
        index.setdefault(e.fact, []).append(e)
    return index


def _named(entity: Event | Organization | Person) -> bool:
    """True when the entity's first name has letters or digits (what its IRI is made of)."""
    return bool(entity.names) and bool(normalise(entity.names[0]))


class _ArticleGraph:
    """The triples of one article's graph, deduplicated, with their provenance."""

    def __init__(self, record: EventRecord, iris: Iris, ids: dict[tuple[str, str], str] | None = None) -> None:
        self.record = record
        self.iris = iris
        self.graph = iris.article(record.id)
        self.triples: dict[tuple[str, str, Term], None] = {}
        self.prov = Provenance(iris, self.graph)
        self.described: set[str] = set()  # places, posts already described in this graph
        self.evidence: dict[str, list[Evidence]] = {}
        ids = ids or {}  # resolved IRIs (kg.resolve), else each name's own
        self.orgs = {o.id: ids.get(("org", o.id)) or iris.entity("org", o.names[0])
                     for o in record.organizations if _named(o)}
        self.events = {e.id: ids.get(("event", e.id)) or iris.event(event_key(e)) for e in record.events if _named(e)}
        self.people = {p.id: ids.get(("person", p.id)) or iris.entity("person", p.names[0])
                       for p in record.people if _named(p)}

    # -- emitting -------------------------------------------------------------------
    def add(self, s: str, p: str, o: Term) -> None:
        self.triples[(s, p, o)] = None

    def typed(self, node: str, cls: str) -> None:
        """``node a cls`` and the superclasses ``ontology/kg.ttl`` gives ``cls`` (schema:Event, org:Organization…),
        so that stores without a reasoner find it by any of them."""
        self.add(node, A, cls)
        for up in superclasses().get(cls, ()):
            self.add(node, A, up)

    def fact(self, s: str, p: str, o: Term, fact: str, value: str | None = None) -> None:
        """A record fact: its triple plus an assertion carrying the evidence for (fact, value)."""
        self.add(s, p, o)
        found = self.evidence.get(fact, [])
        if fact in MULTI_VALUED:
            found = [e for e in found if e.value is None or e.value == value]
        self.prov.add(s, p, o, found)

    def build(self) -> list[PlainTriple]:
        self.article()
        for event in self.record.events:
            self.event(event)
        for org in self.record.organizations:
            self.organization(org)
        for person in self.record.people:
            self.person(person)
        for triple in self.prov.triples():
            self.add(*triple)
        return list(self.triples)

    # -- article --------------------------------------------------------------------
    def article(self) -> None:
        meta, a = self.record.article, self.graph
        self.typed(a, K.Article)
        lang = meta.get("lang")
        if meta.get("title"):
            self.add(a, S.headline, terms.text(meta["title"], lang))
        published = terms.date(meta.get("published"))
        if published:
            self.add(a, S.datePublished, published)
        if meta.get("source"):
            self.add(a, S.publisher, terms.name(meta["source"]))
        if meta.get("url"):
            self.add(a, S.url, Lit(meta["url"], None, terms.XSD_ANYURI))
        if lang:
            self.add(a, S.inLanguage, Lit(lang))
        if meta.get("hash"):
            self.add(a, K.contentHash, Lit(meta["hash"]))

    # -- shared node descriptions ------------------------------------------------------
    def names(self, node: str, names: list[str]) -> None:
        self.add(node, DERIVED, self.graph)
        self.fact(node, LABEL, terms.name(names[0]), "names")
        for alias in dict.fromkeys(names[1:]):
            if alias != names[0]:
                self.add(node, ALT, terms.name(alias))

    def country(self, code: str | None) -> str | None:
        """The IRI of a country, described once per graph; None (logged) for an unknown code."""
        found = places.country(code)
        if found is None:
            if code:
                log.warning("%s: unknown country code %r left out", self.record.id, code)
            return None
        node = self.iris.country(found.code)
        if node not in self.described:
            self.described.add(node)
            self.typed(node, K.Country)
            self.add(node, LABEL, Lit(found.name_en, "en"))
            if found.name_zh:
                self.add(node, LABEL, Lit(found.name_zh, "zh"))
            self.add(node, NOTATION, Lit(found.code))
        return node

    def city(self, event: Event) -> str | None:
        city = places.event_city(event)
        if city is None:
            return None
        names, found, gid = city
        node = self.iris.city(gid, names[0] if names else str(gid))
        if node in self.described:
            return node
        self.described.add(node)
        self.typed(node, K.City)
        if found:
            self.add(node, LABEL, Lit(found.name_en, "en"))
            if found.name_zh:
                self.add(node, LABEL, Lit(found.name_zh, "zh"))
            self.add(node, LAT, terms.decimal(found.lat))
            self.add(node, LONG, terms.decimal(found.long))
            country = self.country(found.country)
            if country:
                self.add(node, K.country, country)
        else:
            self.add(node, LABEL, terms.name(names[0]) if names else Lit(f"GeoNames {gid}", "en"))
        if gid is not None:
            self.add(node, SAME_AS, f"{GEONAMES}{int(gid)}/")
        labels = {found.name_en, found.name_zh} if found else {names[0]} if names else set()
        for alias in dict.fromkeys(names):
            if alias not in labels:
                self.add(node, ALT, terms.name(alias))
        return node

    # -- entities -------------------------------------------------------------------
    def entity(self, ids: dict[str, str], entity: Event | Organization | Person, what: str, cls: str) -> str | None:
        """Start an entity: its evidence, type and names; None (logged) when it has no name.

        The type fact takes the ``type`` evidence, else the ``names`` evidence."""
        node = ids.get(entity.id)
        if node is None:
            log.warning("%s: %s %s has no usable name; left out", self.record.id, what, entity.id)
            return None
        self.evidence = index = _evidence_index(entity.evidence)
        index.setdefault("type", index.get("names", []))
        self.fact(node, A, cls, "type")
        self.typed(node, cls)  # the type fact above has the assertion; its superclasses are entailed
        self.names(node, entity.names)
        return node

    def event(self, event: Event) -> None:
        node = self.entity(self.events, event, "event", str(EVENT_CLASS.get(event.type, KG.Event)))
        if node is None:
            return
        self.add(node, K.reportedIn, self.graph)  # prov:wasDerivedFrom for events only, one small index for queries
        for field, predicate in (("start_date", S.startDate), ("end_date", S.endDate)):
            value = getattr(event, field)
            literal = terms.date(value)
            if literal:
                self.fact(node, predicate, literal, field)
            elif value:
                log.warning("%s: event %s: %s %r is not an ISO date; left out", self.record.id, event.id, field, value)
        city = self.city(event)
        if city:
            self.fact(node, K.city, city, "city")
        country = self.country(event.country)
        if country:
            self.fact(node, K.country, country, "country")
        if event.venue:
            self.fact(node, K.venue, terms.name(event.venue), "venue")
        for field, predicate in EVENT_ORG_ROLES.items():
            for org_id in getattr(event, field):
                org = self._ref(self.orgs, org_id, f"event {event.id} {field}")
                if org:
                    self.fact(node, predicate, org, field, org_id)
        if event.part_of:
            parent = self._ref(self.events, event.part_of, f"event {event.id} part_of")
            if parent and parent != node:
                self.fact(node, S.superEvent, parent, "part_of")
        for code in dict.fromkeys(event.participant_countries):
            country = self.country(code)
            if country:
                self.fact(node, K.participantCountry, country, "participant_countries", code)

    def organization(self, org: Organization) -> None:
        node = self.entity(self.orgs, org, "organization", K.Organization)
        if node is None:
            return
        country = self.country(org.country)
        if country:
            self.fact(node, K.orgCountry, country, "country")
        if org.part_of:
            parent = self._ref(self.orgs, org.part_of, f"organization {org.id} part_of")
            if parent and parent != node:
                self.fact(node, O.subOrganizationOf, parent, "part_of")

    def person(self, person: Person) -> None:
        node = self.entity(self.people, person, "person", K.Person)
        if node is None:
            return
        if person.ambassador_of:
            post = self.ambassador_post(person.ambassador_of, person.posted_to)
            if post:
                self.fact(node, O.holds, post, "ambassador_of")
        for role in person.roles:
            org = self._ref(self.orgs, role.org, f"person {person.id} role") if role.org else None
            post = self.post(role.title, org, node)
            self.fact(node, O.holds, post, "roles", role.title)
        for event_id in dict.fromkeys(person.attended):
            event = self._ref(self.events, event_id, f"person {person.id} attended")
            if event:
                self.fact(node, K.attended, event, "attended", event_id)

    def ambassador_post(self, sending_code: str, receiving_code: str | None) -> str | None:
        sending = self.country(sending_code)
        if sending is None:
            return None
        receiving = self.country(receiving_code)
        node = self.iris.ambassador_post(sending_code, receiving_code if receiving else None)
        if node not in self.described:
            self.described.add(node)
            self.typed(node, K.AmbassadorPost)
            self.add(node, K.sendingCountry, sending)
            s = places.country(sending_code)
            r = places.country(receiving_code) if receiving else None
            if receiving:
                self.add(node, K.receivingCountry, receiving)
            self.add(node, LABEL, Lit(f"Ambassador of {s.name_en}" + (f" to {r.name_en}" if r else ""), "en"))
            if s.name_zh and (r is None or r.name_zh):
                self.add(node, LABEL, Lit((f"{s.name_zh}驻{r.name_zh}大使" if r else f"{s.name_zh}大使"), "zh"))
        return node

    def post(self, title: str, org: str | None, holder: str) -> str:
        node = self.iris.post(title, org or holder)
        if node not in self.described:
            self.described.add(node)
            self.typed(node, K.Post)
            self.add(node, K.title, terms.name(title))
            self.add(node, LABEL, terms.name(title))
            if org:
                self.add(node, O.postIn, org)
        return node

    def _ref(self, ids: dict[str, str], local_id: str, where: str) -> str | None:
        node = ids.get(local_id)
        if node is None:
            log.warning("%s: %s refers to unknown id %r; left out", self.record.id, where, local_id)
        return node


def record_triples(record: EventRecord, iris: Iris, ids: dict[tuple[str, str], str] | None = None) -> GraphTriples:
    """One record's article graph: its IRI and its triples (plain terms, see :mod:`kg.graph.terms`), no duplicates.

    ``ids`` maps (kind, record id) to the IRI entity resolution chose (:mod:`kg.resolve`)."""
    graph = _ArticleGraph(record, iris, ids)
    return graph.graph, graph.build()
