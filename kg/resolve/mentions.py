"""Mentions: what one article says about one entity, in the form the resolver compares.

A mention comes from a record (a new article: ``local`` is its record id) or from an
article graph already in the store (``local`` is the node IRI, ``iri`` the node it
resolved to). References to other entities (hosts, parent, role organizations, attended
events) are mention ids ``(article IRI, local)`` of the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.extract.dates import find_dates
from kg.graph import places, terms
from kg.graph.identity import event_key
from kg.graph.iris import Iris
from kg.model import Event, EventRecord, Evidence, Organization, Person
from kg.model.names import has_han, normalise
from kg.resolve import text

MentionId = tuple[str, str]  # (article IRI, record id or node IRI)

#: event names that are only a kind of event once the edition is gone ("2nd Forum", "第三届大会")
GENERIC_EVENT_WORDS = frozenset(
    "forum conference summit exhibition expo meeting symposium seminar congress convention fair ceremony event "
    "annual international global world".split())
_INNER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年(?!\d)")
_GENERIC_ZH = re.compile(r"^(?:论坛|大会|峰会|博览会|展览会|会议|研讨会|年会|开幕式|活动)$")
#: an organizing committee names the event it organizes: "Organizing Committee of X", "X组委会"
_COMMITTEE = re.compile(r"^(?:the\s+)?organi[sz]ing\s+committee\s+(?:of|for)\s+(?:the\s+)?(.+)$|^(.+?)(?:组委会|组织委员会)$",
                        re.IGNORECASE)


@dataclass
class Mention:
    kind: str  # "event" | "org" | "person"
    article: str  # article IRI
    local: str
    names: list[str]
    default_iri: str  # the IRI this mention's own name gives (kept when it starts a node)
    iri: str | None = None  # stored mentions: the node they resolved to
    type: str = "Other"
    start: str | None = None
    end: str | None = None
    city: str | None = None  # city IRI
    country: str | None = None  # ISO code
    hosts: list[MentionId] = field(default_factory=list)
    parent: MentionId | None = None
    companions: tuple[MentionId, ...] = ()  # events: the other events of its article
    posts: list[tuple[str, MentionId | None]] = field(default_factory=list)  # (normalised title, organization)
    ambassador: tuple[str, str] | None = None
    attended: list[MentionId] = field(default_factory=list)
    series_names: list[str] = field(default_factory=list)  # what a generic event name stands for
    published: str | None = None  # the article's publication date (ISO), when known
    sentences: tuple[str, ...] = ()  # events: the sentences that name it (its names evidence), when given
    series: str | None = None  # the kg:series its article graph gives its node, once written
    arrival: int = -1  # where its record came in the records given to the resolver (stored: -1, before all)

    @property
    def id(self) -> MentionId:
        return (self.article, self.local)

    # -- derived features (computed once) ----------------------------------------------
    @cached_property
    def edition(self) -> int | None:
        return next((e for n in self.names if (e := text.edition(n)) is not None), None)

    @cached_property
    def year(self) -> str | None:
        if self.start:
            return self.start[:4]
        return next((y for n in self.names if (y := text.name_year(n))), None)

    @cached_property
    def numbered(self) -> bool:
        """A name that gives an edition or a year ("第二届…", "2024 … Expo"): one edition of a series."""
        return self.edition is not None or any(text.name_year(n) for n in self.names)

    @cached_property
    def anchored(self) -> bool:
        """An edition, a year or a date: what tells one edition of a series from another."""
        return self.edition is not None or self.year is not None

    @cached_property
    def said_year(self) -> str | None:
        """An event without edition, year or date: the one year of the dates the sentences naming
        it write out with their month ("On September 23–24, 2025, a delegation visited the X
        Exhibition"); None when they write none, or several. A year alone is no such date: it is
        as often another time ("first held in 1996", "Vision 2047")."""
        if self.kind != "event" or self.anchored:
            return None
        years = {d[:4] for s in self.sentences for found in find_dates(s, "zh" if has_han(s) else "en", None)
                 if not found.relative for d in (found.start_date, found.end_date) if d and len(d) >= 7}
        return years.pop() if len(years) == 1 else None

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Exact comparison keys: every name's key (events: without the edition)."""
        if self.kind == "event":
            found = {text.core_key(n) for n in self.names + self.series_names}
        else:
            found = {text.key(n) for n in self.names if not text.relative(n)}
        found.discard("")
        return frozenset(found)

    @cached_property
    def short_keys(self) -> frozenset[str]:
        """Events: the name keys that are abbreviations (CIIE, 进博会): shared alone, they need other evidence."""
        if self.kind != "event":
            return frozenset()
        first = text.core_key(self.names[0])
        return frozenset(k for n in self.names if (k := text.core_key(n)) and text.abbreviation(text.core(n), k, first))

    @cached_property
    def series_keys(self) -> frozenset[str]:
        """The edition-free name keys that link editions into a series: names that are more than a kind of event."""
        if self.kind != "event":
            return frozenset()
        return frozenset(k for n in self.names + self.series_names if not _is_generic(c := text.core(n))
                         and (k := text.key(c)))

    @cached_property
    def generic(self) -> bool:
        """An event named only by its kind ("2nd Forum") whose series the article does not name."""
        if self.kind != "event" or self.series_names:
            return False
        return all(_is_generic(text.core(n)) for n in self.names)

    @cached_property
    def english_words(self) -> list[frozenset[str]]:
        names = self.names + self.series_names
        return [w for n in names if not has_han(n) and len(w := text.content_words(
            text.core(n) if self.kind == "event" else n)) >= 2]

    @cached_property
    def chinese_names(self) -> list[str]:
        """Chinese names as glossed across languages: events without their edition, nor a year
        written inside the name ("博鳌亚洲论坛2018年年会"), which English names give apart."""
        names = self.names + self.series_names
        return [_INNER_YEAR.sub("", text.core(n)) if self.kind == "event" else n for n in names
                if has_han(n) and not text.relative(n)]


def _is_generic(core: str) -> bool:
    """A name that is only a kind of event, or a single word ("Forum", "大会", "the Froum")."""
    if has_han(core):
        return bool(_GENERIC_ZH.match(normalise(core))) or len(normalise(core)) <= 2
    found = text.content_words(core)
    return len(found) <= 1 or not found - GENERIC_EVENT_WORDS


def series_names(names: list[str], org_names: list[list[str]], event_names: list[list[str]]) -> list[str]:
    """For an event named only by its kind: the one series its article names through an
    organizing committee ("Organizing Committee of X Forum") or another event of that kind."""
    if not all(_is_generic(text.core(n)) for n in names):
        return []
    heads = {w for n in names for w in text.content_words(text.core(n))} & GENERIC_EVENT_WORDS
    found: dict[str, str] = {}
    candidates = [m.group(1) or m.group(2) for ns in org_names for n in ns if (m := _COMMITTEE.match(n.strip()))]
    candidates += [text.core(n) for ns in event_names for n in ns]
    for c in candidates:
        if not _is_generic(text.core(c)) and heads & text.content_words(c):
            found.setdefault(text.core_key(c), text.core(c))
    return list(found.values()) if len(found) == 1 else []


def naming_sentences(evidence: list[Evidence]) -> tuple[str, ...]:
    """The sentences of an entity's names evidence, one per span, in span order (as its
    article graph keeps them: :mod:`kg.resolve.stored` reads back the same)."""
    spans = {(e.start, e.end): e.sentence for e in reversed(evidence) if e.fact == "names"}
    return tuple(spans[k] for k in sorted(spans))


def _city_iri(iris: Iris, event: Event) -> str | None:
    city = places.event_city(event)
    if city is None:
        return None
    names, _, gid = city
    return iris.city(gid, names[0] if names else str(gid))


def _named(entity: Event | Organization | Person) -> bool:
    return bool(entity.names) and bool(normalise(entity.names[0]))


def from_record(record: EventRecord, iris: Iris) -> list[Mention]:
    """The mentions of a new article's record, in record order (organizations, people, events)."""
    article = iris.article(record.id)
    date = terms.date(published) if isinstance(published := record.article.get("published"), str) else None
    orgs = {o.id for o in record.organizations if _named(o)}
    events = {e.id for e in record.events if _named(e)}

    def ref(ids: set[str], local: str | None) -> MentionId | None:
        return (article, local) if local in ids else None

    out: list[Mention] = []
    for o in record.organizations:
        if _named(o):
            out.append(Mention("org", article, o.id, o.names, iris.entity("org", o.names[0]),
                               country=(o.country or "").upper() or None, parent=ref(orgs, o.part_of)))
    org_names = [o.names for o in record.organizations]
    for e in record.events:
        if not _named(e):
            continue
        others = [x.names for x in record.events if x.id != e.id]
        out.append(Mention(
            "event", article, e.id, e.names, iris.event(event_key(e)), type=e.type,
            start=e.start_date, end=e.end_date, city=_city_iri(iris, e), country=(e.country or "").upper() or None,
            hosts=[r for h in e.hosts + e.co_hosts + e.organizers if (r := ref(orgs, h))],
            parent=ref(events, e.part_of), companions=tuple((article, x) for x in sorted(events - {e.id})),
            series_names=series_names(e.names, org_names, others),
            published=date.value if date else None, sentences=naming_sentences(e.evidence)))
    for p in record.people:
        if _named(p):
            out.append(Mention(
                "person", article, p.id, p.names, iris.entity("person", p.names[0]),
                posts=[(normalise(r.title), ref(orgs, r.org)) for r in p.roles],
                ambassador=(p.ambassador_of.upper(), (p.posted_to or "").upper()) if p.ambassador_of else None,
                attended=[r for a in p.attended if (r := ref(events, a))]))
    return out
