"""Namespaces and terms of the kg graph, in one place (rdflib ``Namespace`` style).

The ontology itself lives in ``ontology/kg.ttl``; this module names the terms
the code uses so that the builder, the queries and the views agree.

Reused vocabularies: schema.org (events, places, dates, names), W3C ORG
(organizations, posts, sub-organizations), PROV-O (derivation), SKOS (labels),
and RDF reification for per-fact provenance (see ``kg.graph.provenance``).
"""

from functools import cache

import pyoxigraph as ox
from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.resources import read_text

SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
GEONAMES = Namespace("https://sws.geonames.org/")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

#: default base for entity and article IRIs; configurable (``KG_BASE_IRI``, ``--base-iri``)
DEFAULT_BASE_IRI = "https://w3id.org/kg/id/"


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace("https://w3id.org/kg/ontology#")
    _fail = True

    # classes
    Event: object
    Conference: object
    Summit: object
    Forum: object
    Exhibition: object
    Meeting: object
    Ceremony: object
    Organization: object
    Person: object
    Post: object  # a title held at an organization (org:Post)
    AmbassadorPost: object  # ambassador / consul / envoy of a sending to a receiving country
    City: object
    Country: object
    Article: object
    Assertion: object  # a reified fact with its evidence
    Sentence: object  # the sentence of an article that supports a fact
    EventSeries: object  # the editions of a recurring event

    # event properties
    host: object
    coHost: object
    organizer: object
    city: object
    country: object
    participantCountry: object
    venue: object
    reportedIn: object  # Event -> each Article that reports it (materialised for queries)

    # people
    attended: object
    sendingCountry: object
    receivingCountry: object
    title: object

    # organizations
    orgCountry: object

    # provenance
    evidence: object  # Assertion -> Sentence
    text: object  # Sentence text
    start: object  # character offset of the sentence in the article text
    end: object
    confidence: object
    extractor: object
    contentHash: object
    language: object

    # entity resolution (kg.resolve)
    series: object  # Event -> EventSeries
    resolvedBy: object  # why an article's mention was resolved to a node (text)

    # the co-host network, materialised for queries (kg.graph.cohosts)
    CoHostNetwork: object  # the graph saying the network is there, named by its own IRI (each pair: a graph of its own)
    CoHostPair: object  # two organizations that host or co-host the same events
    firstOrganization: object  # CoHostPair -> the organization whose IRI sorts first
    secondOrganization: object  # CoHostPair -> the other one
    sharedEvents: object  # CoHostPair -> how many events both host or co-host (xsd:integer)
    sortKey: object  # CoHostPair -> an integer sorting the pairs as cohost-network lists them (kg.graph.cohosts.sort_key)


#: record event type (docs/record-format.md) -> ontology class
EVENT_CLASS = {
    "Conference": KG.Conference,
    "Summit": KG.Summit,
    "Forum": KG.Forum,
    "Exhibition": KG.Exhibition,
    "Meeting": KG.Meeting,
    "Ceremony": KG.Ceremony,
    "Other": KG.Event,
}



@cache
def superclasses() -> dict[str, tuple[str, ...]]:
    """Every class of ``ontology/kg.ttl`` -> all its superclasses there (``rdfs:subClassOf`` closure,
    ``owl:equivalentClass`` read both ways), sorted; what the builder materialises as extra types."""
    direct: dict[str, set[str]] = {}
    for t in ox.parse(read_text("ontology", "kg.ttl"), ox.RdfFormat.TURTLE):
        if not isinstance(t.object, ox.NamedNode):
            continue
        if t.predicate.value == str(RDFS.subClassOf):
            direct.setdefault(t.subject.value, set()).add(t.object.value)
        elif t.predicate.value == str(OWL.equivalentClass):
            direct.setdefault(t.subject.value, set()).add(t.object.value)
            direct.setdefault(t.object.value, set()).add(t.subject.value)
    closure: dict[str, tuple[str, ...]] = {}
    for cls in direct:
        seen: set[str] = set()
        todo = list(direct[cls])
        while todo:
            up = todo.pop()
            if up not in seen:
                seen.add(up)
                todo.extend(direct.get(up, ()))
        seen.discard(cls)
        closure[cls] = tuple(sorted(seen))
    return closure


PREFIXES = {
    "kg": KG._NS,
    "schema": SDO,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "owl": OWL,
    "xsd": XSD,
    "gn": GEONAMES,
    "geo": WGS84,
}

__all__ = ["KG", "SDO", "ORG", "PROV", "SKOS", "RDF", "RDFS", "OWL", "XSD", "GEONAMES", "WGS84",
           "EVENT_CLASS", "PREFIXES", "DEFAULT_BASE_IRI", "superclasses"]
