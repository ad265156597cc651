"""RecordBuilder: the shared engine that turns extracted mentions into an EventRecord.

Language extractors find mentions (events, organizations, people, dates, places)
and report them here with the character span of the sentence they came from. The
builder merges mentions of the same entity (same normalised name, or a name that
is an alias of a known entity), assigns record ids, and keeps one
:class:`~kg.model.Evidence` per fact.
"""

from __future__ import annotations

from kg.model import Article, Event, EventRecord, Evidence, Organization, Person, Role
from kg.model.names import normalise

Span = tuple[int, int]  # character offsets of the supporting sentence in article.text


def _add_names(target: list[str], names: list[str]) -> None:
    """Add the new names, each with its runs of white space as one space (a name wrapped over a
    line break), leaving out those a name already there normalises to."""
    keys = {normalise(n) for n in target}
    for n in (" ".join(n.split()) if "\n" in n or "  " in n else n for n in names):
        key = normalise(n)
        if key and key not in keys:
            target.append(n)
            keys.add(key)


def _word_prefix(a: list[str], b: list[str]) -> bool:
    """True when one list of two words or more begins the other."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long[:len(short)] == short


class RecordBuilder:
    """Collects facts about one article and builds its record."""

    def __init__(self, article: Article, extractor: str) -> None:
        self.article = article
        self.extractor = extractor
        self.events: list[Event] = []
        self.organizations: list[Organization] = []
        self.people: list[Person] = []

    # -- evidence -----------------------------------------------------------------
    def evidence(self, fact: str, span: Span, confidence: float = 0.9, value: str | None = None) -> Evidence:
        start, end = span
        return Evidence(fact=fact, sentence=self.article.text[start:end], start=start, end=end,
                        confidence=confidence, extractor=self.extractor, value=value)

    # -- entities -----------------------------------------------------------------
    @staticmethod
    def _find(items: list, names: list[str]):
        keys = {normalise(n) for n in names} - {""}
        return next((x for x in items if keys & {normalise(n) for n in x.names}), None)

    def find_event(self, names: list[str]) -> Event | None:
        return self._find(self.events, names)

    def find_org(self, names: list[str]) -> Organization | None:
        return self._find(self.organizations, names)

    def find_person(self, names: list[str]) -> Person | None:
        """The person with one of these names, else the one whose name of two words or more
        begins another's ("Jemal Beker" and "Jemal Beker Abdula" in one article)."""
        found = self._find(self.people, names)
        if found is not None:
            return found
        words = [n.casefold().split() for n in names]
        return next((p for p in self.people for n in p.names for w in words
                     if _word_prefix(n.casefold().split(), w)), None)

    def event(self, names: list[str], span: Span, type: str = "Other", confidence: float = 0.9,
              distinct: bool = False) -> str:
        """The id of the event with one of these names, created if new; names are merged as aliases.
        ``distinct`` makes a new event whatever its names (a round-up's receptions share one name)."""
        ev = None if distinct else self.find_event(names)
        if ev is None:
            ev = Event(id=f"e{len(self.events) + 1}", names=[], type=type)
            self.events.append(ev)
            ev.evidence.append(self.evidence("names", span, confidence))
        elif ev.type == "Other":
            ev.type = type
        _add_names(ev.names, names)
        return ev.id

    def org(self, names: list[str], span: Span, country: str | None = None, confidence: float = 0.9) -> str:
        o = self.find_org(names)
        if o is None:
            o = Organization(id=f"o{len(self.organizations) + 1}", names=[])
            self.organizations.append(o)
            o.evidence.append(self.evidence("names", span, confidence))
        _add_names(o.names, names)
        if country and not o.country:
            o.country = country
            o.evidence.append(self.evidence("country", span, confidence, country))
        return o.id

    def person(self, names: list[str], span: Span, confidence: float = 0.9) -> str:
        p = self.find_person(names)
        if p is None:
            p = Person(id=f"p{len(self.people) + 1}", names=[])
            self.people.append(p)
            p.evidence.append(self.evidence("names", span, confidence))
        _add_names(p.names, names)
        return p.id

    def _get(self, items: list, id_: str):
        return next(x for x in items if x.id == id_)

    # -- facts --------------------------------------------------------------------
    def set_event(self, event_id: str, fact: str, value, span: Span, confidence: float = 0.9,
                  overwrite: bool = False) -> None:
        """Set a single-valued event field (start_date, end_date, city, country, venue, part_of)."""
        ev = self._get(self.events, event_id)
        if getattr(ev, fact) is not None and not overwrite:
            return
        setattr(ev, fact, value)
        shown = value[0] if isinstance(value, list) else value
        ev.evidence.append(self.evidence(fact, span, confidence, None if shown is None else str(shown)))

    def unset_event(self, event_id: str, fact: str) -> None:
        """Clear a single-valued event field set earlier and drop its evidence (a later rule
        found the value wrong)."""
        ev = self._get(self.events, event_id)
        setattr(ev, fact, None)
        ev.evidence = [x for x in ev.evidence if x.fact != fact]

    def add_event(self, event_id: str, fact: str, value: str, span: Span, confidence: float = 0.9) -> None:
        """Add to a list-valued event field (hosts, co_hosts, organizers, participant_countries)."""
        ev = self._get(self.events, event_id)
        values: list[str] = getattr(ev, fact)
        if value not in values:
            values.append(value)
            ev.evidence.append(self.evidence(fact, span, confidence, value))

    def org_part_of(self, org_id: str, parent_id: str, span: Span, confidence: float = 0.9) -> None:
        o = self._get(self.organizations, org_id)
        if o.part_of is None and parent_id != org_id:
            o.part_of = parent_id
            o.evidence.append(self.evidence("part_of", span, confidence, parent_id))

    def ambassador(self, person_id: str, sending: str, receiving: str | None, span: Span,
                   confidence: float = 0.9) -> None:
        p = self._get(self.people, person_id)
        if p.ambassador_of is None:
            p.ambassador_of, p.posted_to = sending, receiving
            p.evidence.append(self.evidence("ambassador_of", span, confidence, sending))

    def role(self, person_id: str, title: str, org_id: str | None, span: Span, confidence: float = 0.9) -> None:
        p = self._get(self.people, person_id)
        if not any(r.title == title and r.org == org_id for r in p.roles):
            p.roles.append(Role(title=title, org=org_id))
            p.evidence.append(self.evidence("roles", span, confidence, title))

    def attended(self, person_id: str, event_id: str, span: Span, confidence: float = 0.9) -> None:
        p = self._get(self.people, person_id)
        if event_id not in p.attended:
            p.attended.append(event_id)
            p.evidence.append(self.evidence("attended", span, confidence, event_id))

    def drop_events(self, ids: set[str]) -> None:
        """Remove events (a rule found them but the text says too little of them) and every
        reference to them, then number the remaining events e1, e2, ... again."""
        if not ids:
            return
        self.events = [e for e in self.events if e.id not in ids]
        renumber = {e.id: f"e{i}" for i, e in enumerate(self.events, 1)}
        for ev in self.events:
            ev.id = renumber[ev.id]
            ev.part_of = renumber.get(ev.part_of) if ev.part_of else None
            ev.evidence = [x for x in ev.evidence if x.fact != "part_of" or x.value in renumber]
            for x in ev.evidence:
                if x.fact == "part_of":
                    x.value = renumber[x.value]
        for p in self.people:
            p.attended = [renumber[e] for e in p.attended if e in renumber]
            p.evidence = [x for x in p.evidence if x.fact != "attended" or x.value in renumber]
            for x in p.evidence:
                if x.fact == "attended":
                    x.value = renumber[x.value]

    def build(self) -> EventRecord:
        """The record; an event no rule could name is no event."""
        self.drop_events({e.id for e in self.events if not e.names})
        return EventRecord(article=self.article.meta(), events=self.events,
                           organizations=self.organizations, people=self.people)
