"""Hosts, co-hosts and organizers of events (SCHEMA.md conventions).

- passive: "<event> was co-hosted by A and B", "hosted by A", fronted "Co-organized by A
  and B, the exhibition ..." (the event follows the list), "convened on May 21, 2024, by A";
- active: "A and B co-hosted the forum", "A hosted the 5th Expo";
- partners: "A in conjunction with B ..." makes B a co-host and A a host, and so does
  "organized by A with B";
- nouns: "the organizers of the expo include A and B", "co-hosts are A and B".

"organized by" makes hosts when no host is named for the event, organizers otherwise.
Countries, cities and people are never hosts.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.extract.en import orgs
from kg.extract.en.context import Context, EventMention, Sentence
from kg.extract.en.cues import Cue
from kg.extract.en.names import Name, name_at, name_list, names_office
from kg.extract.en.patterns import (ACTIVE_FILLERS, GENERAL_GATHERINGS, NOMINAL_LINKS, NOMINAL_ROLES, ORG_HEADS,
                                    OWN_GATHERINGS, PARTNER_PARTICLES, PARTNER_VERBS, PASSIVE_ROLE_CUES,
                                    SITTING_BODIES)

#: nouns of a body's unneeded unit ("the regional branch of X", "the local chapter of X")
_UNIT_NOUNS = frozenset({"branch", "chapter", "wing", "unit", "division", "office", "secretariat"})
Assignment = tuple[str, str, str, Sentence]  # event id, role, org id, sentence
#: prepositions of a fronted adverbial before the subject ("In time for X, A organized …")
_FRONTING_PREPOSITIONS = frozenset({"for", "in", "on", "at", "after", "during", "since", "before", "of", "from", "to"})
#: a country's or body's share in a gathering, before its name: what a role cue after it is about
_SHARE_IN = re.compile(r"\b(?:participation|pavilion|presence|delegation|stand|booth)\s+(?:at|in|to)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_UNNAMED_ITEM = 6  # words of a first list item that names no organization
#: participles of the passive cues ("hosted by" -> "hosted": host), for cues split by a date
_SPLIT_ROLES = {phrase.split()[0]: role for role, phrases in PASSIVE_ROLE_CUES.items() for phrase in phrases
                if len(phrase.split()) == 2 and phrase.endswith(" by")}


def find_roles(ctx: Context) -> None:
    found: list[Assignment] = []
    for sent in ctx.sentences:
        if not ctx.mentions_in(sent):
            found.extend(_under_title(ctx, sent))
            continue
        for cue in ctx.cues_in("role", sent) + _split_passives(ctx, sent):
            kind, _, role = cue.label.partition(":")
            found.extend(_passive(ctx, sent, cue, role) if kind == "passive" else _active(ctx, sent, cue, role))
        for cue in ctx.cues_in("partner", sent):
            found.extend(_partner(ctx, sent, cue))
    for sent in ctx.sentences:
        found.extend(_nominal(ctx, sent))
    _assign(ctx, found + _own_gatherings(ctx, {event for event, role, *_ in found if role in ("host", "organized")}))


def _own_gatherings(ctx: Context, ruled: set[str]) -> list[Assignment]:
    """An event no cue gives a host, whose name says it is a body's own gathering ("the 51st Annual
    General Meeting of the X Association (XA)", "the X Chamber of Commerce's International Business
    Conference"): that body hosts it, when its name ends in an organization's word ("Association",
    "Ministry of Y") or defines an abbreviation, and is no body whose members are the gathering
    (:data:`SITTING_BODIES`: "the 31st Meeting of the Ministerial Council")."""
    out = []
    for event, info in ctx.events.items():
        mention = next((m for m in info.mentions if m.named), None)
        if event in ruled or mention is None:
            continue
        body = _body_named_in(ctx, mention)
        words = body.words() if body is not None else []
        head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1] if words else ""
        if words and (head in ORG_HEADS or body.abbr is not None) and not SITTING_BODIES & set(words):
            sent = ctx.sentences[mention.sentence]
            out.append((event, "host", orgs.register(ctx, body, sent), sent))
    return out


def _body_named_in(ctx: Context, mention: EventMention) -> Name | None:
    """The body an event's name ends with after "<conference> of (the)" or "<general meeting> of (the)",
    or opens with before "’s"."""
    doc = ctx.doc
    for k in range(mention.start + 1, mention.end - 1):
        if doc[k].lower_ == "of" and (doc[k - 1].lower_ in OWN_GATHERINGS or doc[k - 1].lower_ in GENERAL_GATHERINGS
                                      and doc[k - 2].lower_ in ("general", "annual")):
            body = name_at(doc, k + 1, mention.end)
            return body if body is not None and body.end == mention.end else None
        if doc[k].text in ("’s", "'s"):
            body = name_at(doc, mention.start, k)
            return body if body is not None and body.end == k and not body.edition else None
    return None


def _split_passives(ctx: Context, sent: Sentence) -> list[Cue]:
    """"convened on Tuesday, May 21, 2024, by A", "held in Hanoi on May 23 by A", "held January 17 by A": a passive cue
    whose "by" follows a date or a place (the contiguous phrase is matched by the cue finder)."""
    doc = ctx.doc
    out = []
    for i in range(sent.start, sent.end - 2):
        role = _SPLIT_ROLES.get(doc[i].lower_)
        if role is None or doc[i + 1].lower_ not in ("on", "in", "at", ",") and doc[i + 1].ent_type_ != "DATE":
            continue  # ("held January 17 by A": the day right after the verb)
        for k in range(i + 2 - (doc[i + 1].ent_type_ == "DATE"), min(sent.end, i + 12)):
            if doc[k].lower_ == "by":
                if doc[k - 1].text == "," or any(t.ent_type_ in ("DATE", "GPE") for t in doc[i + 1:k]):
                    out.append(Cue(f"passive:{role}", i, k + 1))  # (or "held in Hanoi on May 23 by A")
                break
            if not (doc[k].ent_type_ in ("DATE", "TIME", "GPE", "LOC") or doc[k].is_punct or doc[k].like_num
                    or doc[k].lower_ in ("on", "in", "at", "the")):
                break
    return out


def _orgs(ctx: Context, sent: Sentence, names: list[Name]) -> list[str]:
    out = []
    for name in names:
        name = orgs.after_owner(ctx, orgs.extend(ctx, name, sent.end))
        if orgs.may_be_org(ctx, name):
            out.append(orgs.register(ctx, name, sent))
    return out


def _under_title(ctx: Context, sent: Sentence) -> list[Assignment]:
    """A line of its own that opens with a passive cue under a line that is an event's name (an
    event page's header: "28th Meeting of the X Conference" / "Jointly organised by A and B"): the
    roles of that event."""
    if sent.index == 0 or not ctx.text[sent.start_char:sent.end_char].rstrip(" ").endswith("\n"):
        return []
    title = ctx.sentences[sent.index - 1]
    named = ctx.mentions_in(title)
    words = [t for t in ctx.doc[title.start:title.end] if not (t.is_punct or t.is_space)]
    if len(named) != 1 or not words or not named[0].start <= words[0].i < words[-1].i < named[0].end:
        return []
    cues = [c for c in ctx.cues_in("role", sent) if c.label.startswith("passive:")
            and all(t.lower_ in ("jointly", "co", "-") for t in ctx.doc[sent.start:c.start])]
    return _passive(ctx, sent, cues[0], cues[0].label.partition(":")[2], named[0].event) if cues else []


def _passive(ctx: Context, sent: Sentence, cue: Cue, role: str, event: str | None = None) -> list[Assignment]:
    """The organizations a passive cue ("organised by A and B") gives a role, at the event before
    the cue, else the one after it (fronted), else ``event``."""
    referred, start = _referred(ctx, sent, _past_comma(ctx, cue.end, sent.end))
    government = orgs.government_of(ctx, start, sent.end)  # "organized by the government of Azerbaijan"
    names = [government] if government else name_list(ctx.doc, start, sent.end,
                                                        grow=lambda n: orgs.extend(ctx, n, sent.end))
    if names and orgs.honoured_person(names[0]):
        names = []  # "conducted by Dr X, Development Consultant to Y": a person and their titles
    if not names and not referred:
        return []
    before = [m for m in ctx.mentions_in(sent) if m.end <= cue.start]
    if event is None and before:
        if _SHARE_IN.search(ctx.text, ctx.doc[max(sent.start, before[-1].start - 3)].idx, ctx.doc[before[-1].start].idx):
            return []  # "Malaysia's participation at Expo 2020 is spearheaded by X": X leads a share in it
        event = before[-1].event
    elif event is None:  # fronted: "Co-organized by A and B, the exhibition ...", "…, and hosted by A, the Congress …"
        while names and any(m.start <= names[-1].start < m.end for m in ctx.mentions_in(sent)):
            names.pop()  # (the list read on into the event it is about)
        after = [m for m in ctx.mentions_in(sent) if m.start >= (names[-1].end if names else start)]
        if not after:
            return []
        event = after[0].event
    partners = _orgs(ctx, sent, _with(ctx, sent, names[-1].end)) if names else []
    if role == "organized" and (partners or names and _partner_follows(ctx, sent, names[-1].end)):
        role = "host"  # "organized by A with B", "organized by A, in partnership with B": A hosts, B co-hosts
    return [(event, role, org, sent) for org in referred + _orgs(ctx, sent, names)] \
        + [(event, "partner", org, sent) for org in partners]


def _partner_follows(ctx: Context, sent: Sentence, i: int) -> bool:
    """True when a partner cue ("in partnership with") follows token i, after a comma or not."""
    i += i < sent.end and ctx.doc[i].text == ","
    return any(cue.start == i for cue in ctx.cues_in("partner", sent))


def _with(ctx: Context, sent: Sentence, i: int) -> list[Name]:
    """"organized by A with the B", "hosted by A together with B", "organised by A along with B,
    C and D": the names after "with" are partners."""
    doc = ctx.doc
    joined = i < sent.end and doc[i].lower_ in ("together", "along", "jointly")
    i += joined
    if i + 2 >= sent.end or doc[i].lower_ != "with" or not (joined or doc[i + 1].lower_ == "the"):
        return []  # (not "Association for Friendship with Foreign Countries": a name going on)
    return name_list(doc, i + 1, sent.end, grow=lambda n: orgs.extend(ctx, n, sent.end))


def _past_comma(ctx: Context, i: int, limit: int) -> int:
    """Token ``i``, or the one after a comma there: "organised in partnership with, the X Institute"."""
    return i + 1 if i + 1 < limit and ctx.doc[i].text == "," else i


def _referred(ctx: Context, sent: Sentence, i: int) -> tuple[list[str], int]:
    """Organizations a list opens with as "the embassy", "the ministry and ...": the last one
    named with that head noun before; returns their ids and where the named list goes on."""
    doc = ctx.doc
    out: list[str] = []
    while i + 1 < sent.end and doc[i].lower_ == "the" and doc[i + 1].is_lower and doc[i + 1].lower_ in ORG_HEADS:
        found = orgs.named_before(ctx, doc[i + 1].lower_, doc[i].idx)
        if found is None:
            break
        out.append(found)
        i += 2
        if i < sent.end and doc[i].lower_ in ("and", ","):
            i += 1
        else:
            break
    return out, _past_unit_words(doc, sent, i)


def _past_unit_words(doc, sent: Sentence, i: int) -> int:
    """Where the body's name starts after "the regional branch of (the)": a unit the text leaves
    unnamed is the named body's doing."""
    k = i + 1
    if i >= sent.end or doc[i].lower_ != "the":
        return i
    while k < sent.end and k - i <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "of":
        k += 1
    if k == i + 1 or k + 1 >= sent.end or doc[k].lower_ != "of" or doc[k - 1].lower_ not in _UNIT_NOUNS:
        return i
    return k + 1 + (doc[k + 1].lower_ == "the" and k + 2 < sent.end)


def _active(ctx: Context, sent: Sentence, cue: Cue, role: str) -> list[Assignment]:
    after = [m for m in ctx.mentions_in(sent) if m.start >= cue.end and ctx.close(cue.end, m.start)]
    if not after:
        return []
    events = {(m.start, m.end) for m in ctx.mentions_in(sent)}
    subjects = [n for n in _subjects(ctx, sent, cue.start)
                if not any(a < n.end and n.start < b for a, b in events)]
    partner = next((p for p in ctx.cues_in("partner", sent)
                    if subjects and p.end == _descriptor_start(ctx, sent, subjects[0].start)), None)
    if partner:  # "A in association with B staged the forum": A acts, B is a partner (see _partner)
        subjects = _subjects(ctx, sent, partner.start)
    elif (aside := _partner_aside(ctx, sent, cue.start)) is not None:
        subjects = _subjects(ctx, sent, aside)  # "A, in coordination with B, has organised X": A acts
    partners: list[Name] = []
    if not subjects:  # "A coordinated with B and C to organize the X": A acts, B and C are partners
        subjects, partners = _partnered(ctx, sent, cue.start - 1)
    bodies, joint = _orgs(ctx, sent, subjects), _orgs(ctx, sent, partners)
    listed = [m for m in ctx.mentions_in(sent) if m.start >= after[0].start]
    return [(event, role, org, sent) for event in ctx.listed_from(listed) for org in bodies] \
        + [(event, "co_host", org, sent) for event in ctx.listed_from(listed) for org in joint]  # "hosted A, B and C"


def _partner_aside(ctx: Context, sent: Sentence, verb: int) -> int | None:
    """Where the subject ends before a partner phrase set off by commas between it and the verb at
    ``verb`` ("A, in coordination with B, has organised"): the first comma; else None."""
    doc = ctx.doc
    k = verb
    while k > sent.start and doc[k - 1].lower_ in ACTIVE_FILLERS:
        k -= 1
    if k <= sent.start or doc[k - 1].text != ",":
        return None
    return next((p.start - 1 for p in ctx.cues_in("partner", sent)
                 if sent.start < p.start - 1 and p.end < k - 1 and doc[p.start - 1].text == ","), None)


def _partnered(ctx: Context, sent: Sentence, to: int) -> tuple[list[Name], list[Name]]:
    """The subjects and the partners of "A coordinated with B and C to <hold>", "A teamed up with B
    to <hold>" (:data:`PARTNER_VERBS`), where token ``to`` is the "to" before the holding verb."""
    doc = ctx.doc
    if to <= sent.start or doc[to].lower_ != "to":
        return [], []
    w = next((k for k in range(to - 2, max(sent.start, to - 30), -1) if doc[k].lower_ == "with"), None)
    if w is None:
        return [], []
    partners = name_list(doc, w + 1, to, grow=lambda n: orgs.extend(ctx, n, to))
    if not partners or partners[-1].end != to:
        return [], []
    v = w - 1
    while v > sent.start and doc[v].lower_ in PARTNER_PARTICLES:
        v -= 1
    if doc[v].lower_ not in PARTNER_VERBS:
        return [], []
    return _subjects(ctx, sent, v), partners


_APPOSITION_REACH = 10  # tokens of an appositive description between a subject and its verb


def _subjects(ctx: Context, sent: Sentence, at: int) -> list[Name]:
    """The names listed right before token ``at`` ("A, B and C [jointly] hosted", "A and the
    Swiss drugmaker B co-hosted")."""
    doc = ctx.doc
    k = at
    while k > sent.start and (doc[k - 1].lower_ in ACTIVE_FILLERS or doc[k - 1].text == "," or _when(doc, k - 1)):
        k -= 1
    relative = k > sent.start + 1 and doc[k - 1].lower_ in ("which", "that") and doc[k - 2].text == ","
    if relative:
        k -= 2  # "…, director of X, which is organizing the symposium": the body the clause is about, alone
    k = _before_apposition(doc, sent, k)  # "A (MW), a United States-based organisation, is set to organise"
    out: list[Name] = []
    names = {n.end: n for n in sent.names}
    # "The Indian embassy in Brussels is organising": a body named with a lower-case head opens the sentence
    opening = next(iter(name_list(doc, sent.start, k, grow=lambda n: orgs.extend(ctx, n, sent.end))), None)
    for n in [*sent.names, *([opening] if opening else [])]:
        grown = orgs.extend(ctx, n, sent.end)  # "The Embassy of Sri Lanka in Iran celebrated": over "in <place>"
        if grown.end > n.end or n is opening and grown.end == k:
            names[grown.end] = grown
    while k in names:
        name = names[k]
        unit = _unit_at(ctx, sent, name)
        if unit:
            name = unit
        k = _descriptor_start(ctx, sent, name.start)
        if out and k > sent.start and doc[k - 1].lower_ in _FRONTING_PREPOSITIONS:
            break  # "In time for the 75th Anniversary of X, A organized": a fronted adverbial's name acts not
        out.insert(0, name)
        if relative:
            break
        if len(out) == 1 and k > sent.start and doc[k - 1].text == "," and doc[sent.start].lower_ in _FRONTING_PREPOSITIONS \
                and not any(t.text == "," for t in doc[sent.start:k - 1]):
            break  # "On the occasion of X Day, the Embassy hosted": the phrase before the comma is fronted
        if k > sent.start + 1 and doc[k - 1].lower_ == "also" and doc[k - 2].lower_ == "and":
            k -= 1  # "A and also B organised"
        if k > sent.start and doc[k - 1].lower_ in ("and", "&", ","):
            k -= 1
            if k > sent.start and doc[k - 1].text == ",":
                k -= 1
        else:
            break
    return out


def _before_apposition(doc, sent: Sentence, k: int) -> int:
    """Where a subject ends before an appositive description set off by commas (", a United
    States-based organisation,") that ends at token ``k``; ``k`` when there is none."""
    comma = k if k < sent.end and doc[k].text == "," else k - 1  # (the comma may be read past already)
    if comma <= sent.start or doc[comma].text != ",":
        return k
    j = next((i for i in range(comma - 1, max(sent.start, comma - _APPOSITION_REACH) - 1, -1) if doc[i].text == ","), None)
    if j is None or doc[j + 1].lower_ not in ("a", "an") or not doc[comma - 1].is_lower:
        return k  # (a description ends in its lower-case noun: "a leading maker of tiles")
    return j


def _when(doc, i: int) -> bool:
    """True for a word of a time or place adverbial between a subject and its verb ("A here on
    Thursday organised"): a date's words, "on" before one, "here"."""
    return doc[i].ent_type_ in ("DATE", "TIME") and not doc[i].is_punct or doc[i].lower_ in ("here", "there") \
        or doc[i].lower_ == "on" and i + 1 < len(doc) and doc[i + 1].ent_type_ == "DATE"


def _unit_at(ctx: Context, sent: Sentence, name: Name) -> Name | None:
    """"The Institute of X at the University of Y hosted": the unit before "at" acts."""
    doc = ctx.doc
    j = name.start
    if j - 1 > sent.start and doc[j - 1].lower_ == "the":
        j -= 1
    if j - 1 <= sent.start or doc[j - 1].lower_ != "at":
        return None
    unit = next((n for n in sent.names if n.end == j - 1), None)
    return unit if unit and orgs.is_org(ctx, unit) and orgs.is_org(ctx, name) else None


def _descriptor_start(ctx: Context, sent: Sentence, k: int) -> int:
    """Where "the Swiss drugmaker" before a name starts (k itself when there is none)."""
    doc = ctx.doc
    j = k
    while j > sent.start and k - j < 4 and (doc[j - 1].ent_type_ == "NORP" or doc[j - 1].is_lower and doc[j - 1].is_alpha
                                            and doc[j - 1].lower_ not in ("and", "the", "a", "an", "by", "with")):
        j -= 1
    if j > sent.start and doc[j - 1].lower_ in ("the", "a", "an"):
        j -= 1
    return j


def _partner(ctx: Context, sent: Sentence, cue: Cue) -> list[Assignment]:
    """Partners a cue names ("in association with B") co-host the event nearest it; the sentence's
    subject before it hosts. A cue before the event ("A, partnering with B, held X, Y and Z") gives
    every event of the list it opens."""
    mention = ctx.event_near(sent, cue.start)
    if mention is None:
        return []
    found = _partner_roles(ctx, sent, cue, mention)
    listed = ctx.listed_from([m for m in ctx.mentions_in(sent) if m.start >= mention.start])  # ("X, Y, and Z")
    return [(event, role, org, s) for event in listed for _, role, org, s in found]


def _partner_roles(ctx: Context, sent: Sentence, cue: Cue, mention: EventMention) -> list[Assignment]:
    start = _past_unnamed_item(ctx, _past_comma(ctx, cue.end, sent.end), sent.end)
    events = ctx.mentions_in(sent)
    partners = [n for n in name_list(ctx.doc, start, sent.end, grow=lambda n: orgs.extend(ctx, n, sent.end))
                if not any(m.start <= n.start < m.end for m in events)]  # (not the event it is about)
    out = [(mention.event, "partner", org, sent) for org in _orgs(ctx, sent, partners)]
    subjects = _subjects(ctx, sent, cue.start)
    if out and not (cue.start > sent.start and ctx.doc[cue.start - 1].lower_ in _SPLIT_ROLES) \
            and not _after_by(ctx, sent, subjects[0].start if subjects else cue.start):
        # (a participle before the cue names no one acting: "Organised in cooperation with A and B, the X";
        # nor does the event: "is hosting the X Summit in collaboration with A"; nor "Co-organised by A, B
        # and C in collaboration with D", whose passive cue gives A, B and C their role)
        acting = [n for n in subjects if not names_office(ctx.doc, n)  # (not "as Chair of X")
                  and not any(m.start <= n.start < m.end for m in events)]
        out.extend((mention.event, "host", org, sent) for org in _orgs(ctx, sent, acting))
    return out


def _after_by(ctx: Context, sent: Sentence, k: int) -> bool:
    """True when token ``k`` follows "by" or "by the"."""
    k -= k > sent.start and ctx.doc[k - 1].lower_ == "the"
    return k > sent.start and ctx.doc[k - 1].lower_ == "by"


def _past_unnamed_item(ctx: Context, i: int, limit: int) -> int:
    """Where a list goes on past a first item that names no organization ("in collaboration with
    regional investment agencies, the X Council and the Y Government"): after its comma."""
    for k in range(i, min(limit, i + _UNNAMED_ITEM)):
        tok = ctx.doc[k]
        if tok.text == ",":
            return k + 1 if k > i else i
        if not (tok.is_lower and tok.is_alpha):
            return i
    return i


def _nominal(ctx: Context, sent: Sentence) -> list[Assignment]:
    """"The organizers of the expo include A and B", "Co-hosts are A and B": the listed
    organizations of the event named after "of", else of the event the sentence is about;
    "A, host to the conference": A's role at the event after it."""
    doc = ctx.doc
    out: list[Assignment] = []
    for k in range(sent.start, sent.end - 1):
        role = NOMINAL_ROLES.get(doc[k].lower_)
        if role is None:
            continue
        if k - 2 >= sent.start and doc[k - 2].lower_ == "co" and doc[k - 1].text == "-":
            role = "co_host"
        j = k + 1
        mention = None
        comma = _appositive_comma(doc, sent, k)
        if comma is not None and doc[j].lower_ in ("of", "to"):  # "A or AB, host to the conference held …"
            out.extend(_appositive_role(ctx, sent, comma, k, role))
            continue
        if doc[j].lower_ == "of":
            mention = next((m for m in ctx.mentions_in(sent) if j < m.start <= j + 2), None)
            if mention is None:
                continue
            j = mention.end
        if j >= sent.end or doc[j].lower_ not in NOMINAL_LINKS:
            continue
        mention = mention or ctx.event_near(sent, k)
        event = mention.event if mention else ctx.main_event()
        if event:
            names = name_list(doc, j + 1, sent.end, grow=lambda n: orgs.extend(ctx, n, sent.end))
            out.extend((event, role, org, sent) for org in _orgs(ctx, sent, names))
    return out


def _appositive_comma(doc, sent: Sentence, k: int) -> int | None:
    """The comma opening an appositive role noun at token k: ", host", ", the host", ", one of
    the co-hosts"."""
    noun = k - 2 if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "co" else k  # ("co-hosts")
    for lead in ((), ("the",), ("one", "of", "the")):
        at = noun - len(lead) - 1
        if at > sent.start and doc[at].text == "," and tuple(t.lower_ for t in doc[at + 1:noun]) == lead:
            return at
    return None


def _appositive_role(ctx: Context, sent: Sentence, comma: int, k: int, role: str) -> list[Assignment]:
    """"the X Association of South Africa or XASA, host to the conference", "A, chair of the B,
    the host of the WEC": the organization before the comma holds the role noun's role at the
    event named or referred to after it."""
    mention = next((m for m in ctx.mentions_in(sent) if k + 1 < m.start <= k + 3), None)
    before = [n for n in sent.names if n.end <= comma and not ctx.doc[n.end:comma].text.strip(" ")]
    if mention is None or not before:
        return []
    name = before[-1]
    if ctx.doc[name.start - 1].lower_ == "or" and len(name.span) == 1:  # "X or XASA": the full name
        name = next((n for n in reversed(sent.names) if n.end == name.start - 1), name)
    return [(mention.event, role, org, sent) for org in _orgs(ctx, sent, [name])]


def _assign(ctx: Context, found: list[Assignment]) -> None:
    """Settle roles per event: "organized by" is a host unless a host or a joint host is named (a
    partner, "in association with B", is a co-host beside the one who organizes)."""
    by_event: dict[str, dict[str, list[tuple[str, Sentence]]]] = defaultdict(lambda: defaultdict(list))
    for event, role, org, sent in found:
        by_event[event][role].append((org, sent))
    for event, roles in by_event.items():
        organized_role = "organizers" if roles.get("host") or roles.get("co_host") else "hosts"
        placed: set[str] = set()
        for role, field in (("host", "hosts"), ("organized", organized_role), ("co_host", "co_hosts"),
                            ("partner", "co_hosts"), ("organizer", "organizers")):
            for org, sent in roles.get(role, []):
                if org in placed:
                    continue
                placed.add(org)
                ctx.builder.add_event(event, field, org, sent.span, 0.85)
