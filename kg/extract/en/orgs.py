"""Organizations: names with their abbreviations, country and parent organization.

- A name is extended over "in <place>" after a chamber, embassy or office ("British
  Chamber of Commerce (BritCham) in Oman") and over a comma when the NER entity
  spans it ("Agency for Water Supply, Sanitation and ...").
- Its country is the country, demonym or city named inside it ("Peru Ministry of
  Energy", "Chilean Embassy in Lima").
- Its parent is stated ("X, which is affiliated to Y", "X, a programme of Y") or embedded
  in a compound name ("Department of Z of the National Health Commission").
"""

from __future__ import annotations

import re

from kg.extract.en.context import Context, Sentence
from kg.extract.en.names import Name, name_at
from kg.model.names import normalise
from kg.extract.en.patterns import (AMBASSADOR_TITLES, CONSUL_TITLES, GOVERNMENT_LEVELS, GOVERNMENT_WORDS,
                                    LOOSE_PARENT_WORDS, ORG_HEADS, ORG_HEADS_WITH_PLACE, ORG_UNITS, PARENT_NOUNS, PARENT_VERBS, PERSON_HONORIFICS,
                                    TITLE_WORDS, VENUE_WORDS)

_LONGEST_CUE = 16  # tokens between an organization and its parent: cue, "(ABBR) in <place>", a descriptor
_PARENT_GAP = re.compile(
    r"\s*,?\s*(?i:(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|remains|became|becomes)\s+)?"
    r"(?:(?P<verb>" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in PARENT_VERBS) + r")"
    r"|(?:(?:a|an|the|one\s+of\s+the|one\s+of\s+its)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>" + "|".join(re.escape(n) for n in PARENT_NOUNS) + r")s?\s+(?:of|under|within))"
    r"\s+(?:the\s+)?)(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}")  # a descriptor: "Swiss trade fair group"
_POSSESSIVES = ("'s", "’s")
#: a unit and the government it belongs to, after a comma ("Department of Health, Government of Kerala")
_GOVERNMENT = r"Government\s+of\s+[^,]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+Government"
#: a unit and the university it belongs to, after a comma ("Faculty of Education, University of the Punjab")
_UNIVERSITY = r"University\s+of\s+[^,]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+University"
_UNIVERSITY_NAME = re.compile(_UNIVERSITY)
_GOVERNMENT_AFTER = re.compile(rf"(?P<unit>[^,]+?(?:\s*\([^()]+\))?),\s+(?:the\s+)?(?P<parent>{_GOVERNMENT}|{_UNIVERSITY})")
_GOVERNMENT_NAME = re.compile(_GOVERNMENT)
#: units of a university, named before it after a comma
_SCHOOL_UNITS = frozenset({"faculty", "department", "school", "institute", "college", "centre", "center"})
_ITS_GAP = re.compile(r"\s*,?\s+and\s+its\s+(?:[a-z][\w-]*\s+){0,2}")  # "X and its (affiliated) Y": Y is X's
_COMMA_GAP = re.compile(r"\s*,\s*(?:the\s+)?")
_UNIT_WORDS = ORG_UNITS | {"program", "programme", "co", "ltd", "company"}
#: a country's diplomatic body named by its demonym in lower case ("the Indian mission")
_MISSION_WORDS = frozenset({"embassy", "mission", "consulate"})
_NOT_ORG_ENTS = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL",
                           "MONEY", "PERCENT", "QUANTITY"})


def _words(name: Name) -> list[str]:
    return name.words()


def is_org(ctx: Context, name: Name) -> bool:
    """True when a name reads as an organization's: an organization head noun, an ORG
    entity, or a name the builder already holds as an organization."""
    doc = ctx.doc
    words = _words(name)
    if not words:
        return False
    if words[-1] in ORG_HEADS or ctx.builder.find_org(name.variants()):
        return True
    if "of" in words[1:] and words[words.index("of", 1) - 1] in ORG_HEADS:
        return True  # "Embassy of Egypt", "Ministry of Health"
    ents = [doc[i].ent_type_ for i in range(name.start, name.end)]
    if ents and all(e in _NOT_ORG_ENTS for e in ents):
        return False
    return "ORG" in ents or name.abbr is not None


#: envoys' titles: a name one opens is a person's ("the Ambassador of Kenya hosted a reception")
_ENVOY_TITLES = tuple(title.split() for title in AMBASSADOR_TITLES + CONSUL_TITLES)
#: last words of a place's name, never an organization's
_PLACE_ENDS = frozenset({"island", "islands", "province", "county", "region", "prefecture", "governorate", "emirate"})

#: a person's title that ends a name in an organization's slot ("hosted by the Egyptian Ambassador")
_PERSON_ENDS = frozenset({"ambassador", "president", "minister", "governor", "consul", "mayor", "chairman", "envoy"})
#: an excellency's mark inside a name: a person ("Serbia H. E. Amr Aljowally")
_EXCELLENCY = re.compile(r"\bH\.\s?E\.|\b(?:His|Her)\s+Excellency\b")


def may_be_org(ctx: Context, name: Name, named: bool = False) -> bool:
    """A name in an organization's slot ("hosted by X", "director of X", "X chairman"): anything
    but a place, a nationality or a titled person (NER often takes organizations for people);
    with ``named``, only a name NER marks as an entity or that reads as an organization."""
    doc = ctx.doc
    if name.end - name.start == 1 and doc[name.start].text.isupper():
        spelled = _spelled_out(ctx, doc[name.start].text)
        if spelled is not None and is_org(ctx, spelled):
            return True  # an organization's abbreviation the text defines, whatever NER took it for
    ents = {doc[i].ent_type_ for i in range(name.start, name.end) if not doc[i].is_punct}
    words = name.words()
    if ents and ents <= {"GPE", "LOC", "NORP"} and not (words and words[-1] in ORG_HEADS and words[-1] not in VENUE_WORDS) \
            or _dated(doc, name):
        return False  # a place or nationality (not NER's place "Bay Area Council"); a day ("Today, the embassy …")
    if doc[name.end - 1].ent_type_ == "PERSON" and set(words) & TITLE_WORDS and words[-1] not in ORG_HEADS:
        return False  # "Kenyan President Daniel Mwangi"
    if honoured_person(name) or words and words[-1] in _PERSON_ENDS or _EXCELLENCY.search(name.text):
        return False  # "conducted by Dr Irene Mensah", "by the Egyptian Ambassador", "H. E. X": a person
    if words and any(words[:len(title)] == title for title in _ENVOY_TITLES) and words[-1] not in ORG_HEADS:
        return False  # "the Ambassador of Kenya hosted a reception": an envoy, a person
    if "PERSON" in ents and _after_titled_comma(doc, name) and words and words[-1] not in ORG_HEADS:
        return False  # "The Uzbek Ambassador to Pakistan, Oybek Arif Usmanov, hosted": the title's holder
    if named and not (ents & {"ORG", "PERSON", "FAC", "PRODUCT"} or is_org(ctx, name)):
        return False
    if words and words[-1] in _PLACE_ENDS and not set(words) & ORG_HEADS:
        return False  # "Kish Island will host the congress": a place by its last word
    places = [p for p in ctx.places_in(name.start_char, name.end_char) if not p.demonym]
    return not (len(places) == 1 and places[0].start == name.start_char and places[0].end >= name.end_char - 1)


def _after_titled_comma(doc, name: Name) -> bool:
    """Whether a comma before the name closes a phrase with a person's title in its last few words."""
    k = name.start - 1
    return k > 0 and doc[k].text == "," and any(doc[i].lower_ in TITLE_WORDS for i in range(max(0, k - 5), k))


def _dated(doc, name: Name) -> bool:
    """True for a name that is a date's words only ("8th February 2023", "Today")."""
    return all(t.is_punct or t.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") or t.like_num
               or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text) for t in doc[name.start:name.end])


def honoured_person(name: Name) -> bool:
    """True for a name an honorific opens ("Dr Irene Mensah", "Prof. Li"), unless an
    organization's head ends it."""
    words = name.words()
    return bool(words) and words[0] in PERSON_HONORIFICS and words[-1] not in ORG_HEADS


#: bodies accredited "to" another body as well as to a place ("Permanent Mission of X to the United Nations")
_ACCREDITED = frozenset({"mission", "delegation"})


#: units a body named by its acronym may be written with in lower case ("the ASEAN secretariat")
_ACRONYM_UNITS = frozenset({"secretariat", "delegation", "commission", "mission"})


def extend(ctx: Context, name: Name, limit: int) -> Name:
    """The organization name that starts with ``name``: over a comma inside an ORG entity
    ("Agency for Water Supply, Sanitation and ...") or before the university a unit is of ("Faculty
    of Education, University of the Punjab"), and over "in <place>" or "to <place>"
    after a chamber, embassy, office or delegation ("British Chamber of Commerce in Oman")."""
    doc = ctx.doc
    ent_end = _ent_end(ctx, name)
    if name.paren is None and ent_end > name.end and doc[name.end].text == ",":
        nxt = name_at(doc, name.end + 1, limit)
        acronym = nxt is not None and nxt.end - nxt.start == 1 and doc[nxt.start].is_upper  # "X, AZPROMO": another body
        if nxt and nxt.start < ent_end <= nxt.end and not acronym:
            # (up to a second body after "and": "…, Investments and Trade and Ministry of Finance")
            second = next((j for j in range(nxt.start + 1, nxt.end - 1) if doc[j].lower_ == "and"
                           and doc[j + 1 + (doc[j + 1].lower_ == "the")].lower_ in ORG_HEADS), None)
            name = Name(doc, name.start, second) if second is not None \
                else Name(doc, name.start, nxt.end, abbr=nxt.abbr, paren=nxt.paren)
    if name.end + 2 < limit and doc[name.end].text == "," and _SCHOOL_UNITS & set(_words(name)):
        parent = name_at(doc, name.end + 1 + (doc[name.end + 1].lower_ == "the"), limit)
        if parent is not None and _UNIVERSITY_NAME.fullmatch(parent.text):
            name = Name(doc, name.start, parent.end)  # "Faculty of Education, University of the Punjab": the unit of it
    end = name.end
    if end + 1 < limit and doc[end].lower_ in GOVERNMENT_LEVELS and doc[end + 1].lower_ in GOVERNMENT_WORDS:
        return Name(doc, name.start, end + 2)  # "the Harbin municipal government"
    if end < limit and name.paren and name.paren[1] == end and doc[end].lower_ in GOVERNMENT_WORDS:
        return Name(doc, name.start, end + 1, paren=name.paren)  # "Hong Kong Special Administrative Region (HKSAR) government"
    if end < limit and doc[end].lower_ in _MISSION_WORDS and len(name.span) == 1 and doc[name.start].ent_type_ == "NORP":
        return Name(doc, name.start, end + 1)  # "the Indian mission", "the Chinese embassy": a country's mission
    if end < limit and doc[end].text in _ACRONYM_UNITS and len(name.span) == 1 and doc[name.start].is_upper:
        return Name(doc, name.start, end + 1)  # "the ASEAN secretariat": a body's unit written in lower case
    if end < limit and doc[end].text == "government" and _is_place_phrase(name.text):
        return Name(doc, name.start, end + 1)  # "the United Kingdom government": a country's government
    spelled = end + 1 < limit and doc[end].lower_ in ("in", "to") and _acronym_spans(ctx, name, end + 1, limit)
    if end + 1 < limit and doc[end].lower_ in ("in", "to") and (set(_words(name)) & ORG_HEADS_WITH_PLACE or spelled):
        place = name_at(doc, end + 1, limit)
        found = ctx.places_in(place.start_char, place.end_char) if place else []
        if found and doc[place.start].idx == found[0].start:  # "… in Kochi and Norway House": the place, then a list's
            joint = next((t.i for t in place.span if t.idx >= found[0].end and t.lower_ in ("and", "&")), None)
            if joint is not None and found[-1].end < place.end_char:  # next item (not "in Hong Kong and
                place = Name(doc, place.start, joint)  # Macau": two places; "and Russia House" is a body)
        if place and (found or doc[end].lower_ == "to" and set(_words(name)) & _ACCREDITED  # "Mission of X to the UN"
                      or spelled):
            paren = name.paren or place.paren
            name = Name(doc, name.start, place.end, abbr=name.abbr or place.abbr, paren=paren)
    return name


def _acronym_spans(ctx: Context, name: Name, i: int, limit: int) -> bool:
    """Whether "in <Name> (ACRONYM)" at token ``i`` ends ``name``: the acronym is the initials of the
    capitalised words of both ("Network for Higher Education in Africa (INHEA)")."""
    doc = ctx.doc
    rest = name_at(doc, i, limit)
    if rest is None or rest.paren is None or rest.paren[1] != rest.end or rest.abbr is None:
        return False
    initials = "".join(t.text[0] for t in doc[name.start:rest.paren[0]] if t.is_alpha and t.text[0].isupper())
    return len(initials) >= 3 and initials == rest.abbr


def government_of(ctx: Context, i: int, limit: int) -> Name | None:
    """"the government of Azerbaijan" at token i: a country's or city's government written in
    lower case, as one name; None when the words there are not that."""
    doc = ctx.doc
    i += i < limit and doc[i].lower_ == "the"
    if i + 2 >= limit or doc[i].text not in ("government", "governments") or doc[i + 1].lower_ != "of":
        return None
    place = name_at(doc, i + 2 + (doc[i + 2].lower_ == "the"), limit)
    if place is None or not ctx.places_in(place.start_char, place.end_char):
        return None
    return Name(doc, i, place.end)


def _ent_end(ctx: Context, name: Name) -> int:
    """End of the ORG entity that covers the first token of a name (or the name's end)."""
    doc = ctx.doc
    if doc[name.start].ent_type_ != "ORG":
        return name.end
    k = name.start
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return k + 1


def register(ctx: Context, name: Name, sent: Sentence, confidence: float = 0.9) -> str:
    """The builder id of the organization a name gives, with its country and embedded parent;
    a bare head noun ("the College", "the Ministry") is the last organization named with it."""
    names = name.variants()
    if len(names) == 1 and names[0].lower() in ORG_HEADS:
        earlier = _with_head(ctx, names[0].lower())
        if earlier:
            return earlier
    if len(names) == 1 and name.text.isupper():
        full = _spelled_out(ctx, name.text)
        if full is not None:
            name, names = full, full.variants() + [name.text]
    governed = _GOVERNMENT_AFTER.fullmatch(name.text)
    if governed:  # "Ministry of Mines, Government of India": the ministry, part of that government
        names.insert(1, governed["unit"])
    country = _country(ctx, name)
    unit = None if ctx.builder.find_org(names) else _unit_named(ctx, name.text)
    if unit is not None:
        return unit.id
    org_id = ctx.builder.org(names, sent.span, country=country, confidence=confidence)
    embedded = _embedded_parent(names[1] if name.paren and len(names) > 1 else name.text)
    if governed:
        embedded = governed["unit"], governed["parent"]
    if embedded:
        parent = embedded[1]
        parent_country = _country_of_text(ctx, parent, name.start_char + name.text.find(parent))
        parent_id = ctx.builder.org([parent], sent.span, country=parent_country or country,
                                    confidence=confidence * 0.9)
        ctx.builder.org_part_of(org_id, parent_id, sent.span, confidence * 0.9)
    return org_id


def _unit_named(ctx: Context, text: str):
    """The one organization named "<text> of the <parent>" ("the College of Medicine" after
    "College of Medicine of the University of X"), if exactly one is."""
    prefix = normalise(text + " of the ")
    found = [o for o in ctx.builder.organizations if any(normalise(n).startswith(prefix) for n in o.names)]
    return found[0] if len(found) == 1 else None


def named_before(ctx: Context, head: str, before: int) -> str | None:
    """The id of the last organization named before char ``before`` whose name has ``head``
    among its words ("the embassy" after "the Chilean Embassy in Lima"), registered here."""
    for sent in reversed(ctx.sentences):
        if sent.start_char >= before:
            continue
        for name in reversed(sent.names):
            if name.end_char <= before and head in name.words() and is_org(ctx, name):
                return register(ctx, extend(ctx, name, sent.end), sent)
    return None


def _with_head(ctx: Context, head: str) -> str | None:
    """The id of the last organization registered with ``head`` among its name's words."""
    for org in reversed(ctx.builder.organizations):
        if any(head in re.findall(r"[\w-]+", n.lower()) for n in org.names):
            return org.id
    return None


def _spelled_out(ctx: Context, abbr: str) -> Name | None:
    """The name an abbreviation stands for: one the text defines ("X Association (XA)"),
    else one whose initials it is ("Porto State Technical University" for PSTU)."""
    found = None
    for sent in ctx.sentences:
        for name in sent.names:
            if name.abbr == abbr:
                return name
            if found is None and len(abbr) >= 3 and _initials(name) == abbr:
                found = name
    return found


def _initials(name: Name) -> str:
    """"PSTU" for "Porto State Technical University"; "" when a word is not capitalised."""
    words = [t.text for t in name.span if t.is_alpha and t.lower_ not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in words) if all(w[:1].isupper() for w in words) else ""


def _embedded_parent(text: str) -> tuple[str, str] | None:
    """The unit and its parent in "<unit> ... of the <organization>" names, or None."""
    for m in re.finditer(r"\s+of\s+the\s+", text):
        left, right = text[:m.start()], text[m.end():]
        left_words = {w.lower() for w in re.findall(r"[\w\-]+", left)}
        right_words = [w.lower() for w in re.findall(r"[\w\-]+", right)]
        posted = re.search(r"\s+(?:to|in)\s+(?:the\s+)?([^,]+)$", right)
        if posted and _is_place_phrase(posted.group(1)):
            right = right[:posted.start()]  # "Delegation of the European Union to Kenya"
            right_words = [w.lower() for w in re.findall(r"[\w\-]+", right)]
        if left_words & ORG_UNITS and set(right_words) & (ORG_HEADS - {"center", "centre", "health"}) \
                and not _is_place_phrase(right):
            return left, right
    return _leading_parent(text)


#: words that open a unit's name after its parent's ("... Organization Regional Office for Africa")
_UNIT_QUALIFIERS = frozenset({"regional", "country", "liaison", "permanent", "sub-regional", "subregional",
                              "national", "representative", "provincial", "local"})


def _leading_parent(text: str) -> tuple[str, str] | None:
    """The unit and its parent in "<organization> [Regional] <unit> ..." names, or None."""
    words = list(re.finditer(r"[\w\-]+", text))
    lower = [w.group().lower() for w in words]
    for k in range(2, len(words) - 1):
        unit = k + 1 if lower[k] in _UNIT_QUALIFIERS else k
        if lower[k - 1] in ORG_HEADS - ORG_UNITS and unit < len(words) and lower[unit] in ORG_UNITS \
                and words[k].group()[0].isupper():
            return text[words[k].start():], text[:words[k - 1].end()]
    return None


def _is_place_phrase(text: str) -> bool:
    from kg.extract.places import get_gazetteer
    return bool(get_gazetteer().country(text))


def _country(ctx: Context, name: Name) -> str | None:
    return _country_of_text(ctx, name.text, name.start_char)


def _country_of_text(ctx: Context, text: str, start: int) -> str | None:
    for place in ctx.places_in(start, start + len(text)):
        return place.place.country
    return None


def find_parents(ctx: Context) -> None:
    """"X, which is affiliated to Y", "X, a wholly owned subsidiary of Y", "X is a unit of the
    Swiss group Y", "X under Y", "Y and its X", and a unit after a possessive ("Y's Department of X"): Y is X's parent. The names between the cue and Y may only
    describe it ("the Swiss group")."""
    for sent in ctx.sentences:
        for i, left in enumerate(sent.names):
            _possessive_parent(ctx, sent, left)
            child = extend(ctx, left, sent.end)
            for right in sent.names[i + 1:]:
                if right.start - child.end > _LONGEST_CUE:
                    break
                if right.start <= child.end:
                    continue
                gap = ctx.text[child.end_char:right.start_char]
                if _COMMA_GAP.fullmatch(gap) and _GOVERNMENT_NAME.fullmatch(right.text) and is_org(ctx, child):
                    _parent(ctx, sent, child, right, "government")  # "Ministry of X (MX), Government of Y"
                    break
                if _ITS_GAP.fullmatch(gap) and is_org(ctx, child):  # "the Ministry of X and its Academy for Y"
                    _parent(ctx, sent, extend(ctx, right, sent.end), child, "its")
                    break
                m = _PARENT_GAP.fullmatch(gap)
                if m is None:
                    if is_org(ctx, right):
                        break  # another organization stands between
                    continue
                if _parent(ctx, sent, child, extend(ctx, right, sent.end), (m["verb"] or m["noun"]).lower()):
                    break


def after_owner(ctx: Context, name: Name) -> Name:
    """The unit after a body's possessive ("CSU’s Office of International Programs": the office), as
    :func:`_possessive_parent` reads it; the name itself when no body owns it ("All-China Women's Federation")."""
    doc = ctx.doc
    k = next((k for k in range(name.start + 1, name.end - 1) if doc[k].text in _POSSESSIVES), None)
    if k is None:
        return name
    owner, words = Name(doc, name.start, k), _words(Name(doc, name.start, k))
    body = words and words[-1] in ORG_HEADS or k - name.start == 1 and doc[name.start].is_upper \
        or ctx.builder.find_org(owner.variants())  # (an organization's head, an acronym: not "All-China Women")
    if not body or not may_be_org(ctx, Name(doc, k + 1, name.end), named=True):
        return name
    return Name(doc, k + 1, name.end, abbr=name.abbr, paren=name.paren)


def _possessive_parent(ctx: Context, sent: Sentence, name: Name) -> None:
    """"the European Commission's Directorate-General for X": the unit after the possessive
    is part of the organization before it (both must read as organizations)."""
    doc = ctx.doc
    k = next((k for k in range(name.start + 1, name.end - 1) if doc[k].text in _POSSESSIVES), None)
    if k is not None:
        _parent(ctx, sent, Name(doc, k + 1, name.end, abbr=name.abbr, paren=name.paren), Name(doc, name.start, k),
                "part of")


def _parent(ctx: Context, sent: Sentence, child: Name, parent: Name, cue: str) -> bool:
    """Record ``parent`` as the parent of ``child`` when both read as organizations."""
    if cue in LOOSE_PARENT_WORDS:
        if not (is_org(ctx, child) and is_org(ctx, parent)) or not set(_words(child)) & _UNIT_WORDS:
            return False
    elif not (may_be_org(ctx, child, named=True) and may_be_org(ctx, parent, named=True)):
        return False
    child_id = register(ctx, child, sent)
    parent_id = register(ctx, parent, sent)
    ctx.builder.org_part_of(child_id, parent_id, sent.span, 0.85)
    return True
