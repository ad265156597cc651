"""People: ambassadors and consuls (sending and receiving country), officials with a title
at a named organization, and the events they attended.

Each PERSON entity is read with the title phrase written before it ("Chilean
Consul-General in Houston Ana Ruiz", "NBSA President Lee Min", "Director of the
X Office Omar Haddad") or after it between commas ("Omar Haddad, Egyptian ambassador
to Peru, said", "Lee Min, chairperson of the Korea Association of X"). In a title
phrase a country or demonym before the title, or "of <country>" after it, is the sending
country; "to <country>" or "in <city>" the receiving one. A surname alone ("Haddad said")
refers back to a person named in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extract.en import orgs
from kg.extract.en.context import Context, Sentence
from kg.extract.en.names import name_at
from kg.extract.en.patterns import (AMBASSADOR_TITLES, CONSUL_TITLES, DISTRICT_WORDS, EVENT_HEADS, HEADLINE_VERBS,
                                    HONORIFICS, OCCASION_NOUNS, ORG_HEADS, PERSON_TITLES, TITLE_WORDS)
from kg.extract.places import PlaceMention, get_gazetteer
from kg.model.names import normalise

_TITLES = sorted(PERSON_TITLES, key=lambda t: -len(t.split()))
#: lower-case particles inside a name ("Moin ul Haque", "Nawaf bin Said", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset({"ul", "al", "el", "bin", "bint", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "dos", "das"})
_ENVOY = re.compile(r"\b(?:honorary\s+)?(?:" + "|".join(re.escape(t) for t in sorted(AMBASSADOR_TITLES + CONSUL_TITLES,
                                                                                     key=len, reverse=True))
                    + r")\b", re.IGNORECASE)  # (an honorary consul counts: SCHEMA.md, "a consul or envoy")
_NOT_GIVEN_NAMES = TITLE_WORDS | HONORIFICS | ORG_HEADS | set(EVENT_HEADS) | DISTRICT_WORDS | {"city", "province", "state"}
_PHRASE_GLUE = frozenset({"of", "the", "to", "in", "at", "for", "and", "-", "–", "'s", "’s", "&", "(", ")"})
_RECEIVING_CUES = frozenset({"to", "in"})
#: words between a person and "attended" that make someone else the subject ("Wang said China attended")
#: words saying that someone spoke (to the event the article reports)
_SPEAKING = frozenset({"said", "says", "stated", "noted", "added", "stressed", "remarked", "speech", "speeches",
                       "address", "addressed", "remarks", "spoke", "highlighted", "emphasized", "emphasised"})
#: words that open a title without being one ("Assistant Chief of Protocol")
_TITLE_MODIFIERS = frozenset({"assistant", "deputy", "acting", "associate", "senior", "vice", "interim", "principal"})
_REPORTING = frozenset({"said", "says", "told", "added", "noted", "stated", "that", "announced", "stressed"})
#: tokens back from a comma to the title phrase it closes ("Ambassador Extraordinary and Plenipotentiary of A to B, Name")
_TITLE_REACH = 18
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "G.M.V. Wishwanath Aponsu"
_MISSION = re.compile(r"\b(?:Embassy|High Commission|Consulate[- ]General|Consulate)\b")
#: "spouse of the Ambassador of X": the person is the envoy's kin, not the envoy
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")  # after an envoy's name: "Ambassador X of the US"
_KIN_OF = re.compile(r"\b(?:spouse|wife|husband|daughter|son)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: military ranks an envoy's name may carry ("Air Chief Marshal", "Lt. Gen.", "Rear Admiral")
_RANKS = frozenset({"air", "chief", "marshal", "vice", "rear", "lt.", "lt", "gen.", "gen", "maj.", "col.", "capt.",
                    "captain", "commodore", "retd", "(retd)"})


def find_people(ctx: Context) -> None:
    persons = [(ent, name) for ent in _person_spans(ctx) if (name := _clean(ent)) is not None
               and not (len(name) == 1 and name[0].lower_ in _NOT_GIVEN_NAMES)]  # (NER's "[H.E. Mr]", "[Honorary Consul]")
    others = {i for _, name in persons for i in range(name.start, name.end)}
    mentions: list[tuple[str, Span]] = []
    for ent, name in persons:
        sent = ctx.sentence_of(ent.start)
        if len(name) == 1:
            pid = _known(ctx, name.text)
            if pid is None and (left := _left_phrase(ctx, sent, name, others)) is not None:
                pid = _envoy(ctx, sent, name, left)  # "Consul General Tanaka": a surname after an envoy's title
            if pid:
                mentions.append((pid, name))
            continue
        left, right = _left_phrase(ctx, sent, name, others), _right_phrase(ctx, sent, ent)
        if left is not None and right is not None and _ENVOY.search(left.text) and _ENVOY.search(right.text):
            left, right = right, left  # "…, the Ambassador of A, H.E. X, Ambassador of B": a list's titles follow names
        pid = None
        for phrase in (left, right or _envoy_title_after(ctx, sent, ent), _bracketed_phrase(ctx, sent, ent)):
            if phrase is None:
                continue
            pid = _envoy(ctx, sent, name, phrase) or _official(ctx, sent, name, phrase) or pid
        pid = pid or _known(ctx, name.text)
        if pid:
            mentions.append((pid, name))
    _attended(ctx, mentions)
    _speaking_envoys(ctx, mentions)


def _person_spans(ctx: Context) -> list[Span]:
    """PERSON entities, and the other places the text writes a full name NER found once."""
    doc = ctx.doc
    found = [_widen(ctx, e) for e in doc.ents if e.label_ == "PERSON"] + _honorific_names(ctx)
    taken = {i for span in found for i in range(span.start, span.end)}
    full = {span.text for span in found if len(span) > 1}
    parts = {w for text in full for w in (text.split()[0], text.split()[-1]) if len(w) > 2 and w[:1].isupper()}
    for text in sorted(full, key=len, reverse=True) + sorted(parts):
        for m in re.finditer(r"(?<![\w-])" + re.escape(text) + r"(?![\w-]|\s+[A-Z])", ctx.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and taken.isdisjoint(range(span.start, span.end)):
                found.append(span)
                taken.update(range(span.start, span.end))
    for span in _envoy_names(ctx):
        if taken.isdisjoint(range(span.start, span.end)):
            found.append(span)
            taken.update(range(span.start, span.end))
    return sorted(found, key=lambda span: span.start)


def _honorific_names(ctx: Context) -> list[Span]:
    """Names NER typed as something else but written after an honorific ("H.E. Park Ji-hoon"
    tagged a facility): the entity when it opens with the honorific and holds only
    capitalised words after it."""
    out = []
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 3 or ent[0].lower_ not in HONORIFICS or not ent[0].text.endswith("."):
            continue
        words = [t for t in ent[1:] if t.text not in ("-", "‐")]
        if len(words) <= 4 and all(t.text[:1].isupper() or t.i > ent.start + 1 and t.nbor(-1).text in ("-", "‐")
                                   for t in words) and not any(t.lower_ in _NOT_GIVEN_NAMES for t in words):
            out.append(ent)
    return out


def _envoy_names(ctx: Context) -> list[Span]:
    """Names written right after an envoy's title that NER missed ("Thai Ambassador to Peru
    Somchai Rattanakul", "Pakistan’s Ambassador in China, Moin ul Haque"): two to five
    capitalised words, or particles between them, after the title, its place and a comma; and
    before the title and a comma, after a list's comma ("…, Afzaal Mahmood, Ambassador of X")."""
    doc = ctx.doc
    out = []
    for m in _ENVOY.finditer(ctx.text):
        title = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if title is None:
            continue
        k = title.end
        for _ in range(3):  # "Consul General of Japan in Osaka Kenji Sato": hop over each place
            if not (k + 1 < len(doc) and doc[k].lower_ in ("to", "in", "of")):
                break
            place = next((p for p in ctx.places if p.start == doc[k + 1].idx
                          or doc[k + 1].lower_ == "the" and k + 2 < len(doc) and p.start == doc[k + 2].idx), None)
            if place is None:
                break
            k = doc.char_span(place.start, place.end, alignment_mode="expand").end
        if k == title.end and k < len(doc) and doc[k].lower_ in ("to", "in", "of"):
            continue
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper():
            k += 1  # "Pakistan’s Ambassador in China, Moin ul Haque, inaugurated"
        k = _past_ranks(doc, k)
        end = k
        while end < len(doc) and end - k < 7 and _name_word(doc, end, k, ctx.in_place):
            end += 1
        if end - k >= 2 or end - k == 1 and _surname_alone(doc, end):
            out.append(doc[k:end])
        if title.start >= 3 and doc[title.start - 1].text == ",":  # "Afzaal Mahmood, Ambassador of X to Y"
            start = title.start - 1
            while start > 0 and title.start - 1 - start < 5 and doc[start - 1].is_alpha \
                    and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in _NAME_PARTICLES) \
                    and doc[start - 1].lower_ not in _NOT_GIVEN_NAMES and doc[start - 1].ent_type_ not in ("GPE", "NORP"):
                start -= 1
            if title.start - 1 - start >= 2 and (start == 0 or not doc[start - 1].is_alpha
                                                 or doc[start - 1].lower_ in ("by", "and") or doc[start - 1].lower_ in _REPORTING):
                out.append(doc[start:title.start - 1])  # (", said Ravi Nair, Honorary Consul of X in Y")
    return out


def _past_ranks(doc: Doc, k: int) -> int:
    """The first token after the honorifics and military ranks at ``k`` that a name follows
    ("the Ambassador H.E. Mr Hugh Philpott", "High Commissioner Air Chief Marshal Sumangala Dias")."""
    j = k
    while j < len(doc) and j - k < 5 and (doc[j].lower_ in HONORIFICS or doc[j].lower_ in _RANKS) \
            and doc[j].text[:1].isupper():
        j += 1
    return j if j < len(doc) and j > k and _name_word(doc, j, j) else k


def _surname_alone(doc: Doc, end: int) -> bool:
    """Whether one capitalised word after an envoy's title is their surname ("Consul General
    Murabayashi welcomed"): a lower-case word or punctuation follows it, not more of a name."""
    return end < len(doc) and (doc[end].is_lower or doc[end].is_punct and doc[end].text not in ("-", "‐")) \
        and doc[end - 1].ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and len(doc[end - 1].text) > 2


def _name_word(doc: Doc, i: int, start: int, in_place: Callable[[int], bool] | None = None) -> bool:
    """True for token ``i`` of a name read from token ``start``: a capitalised word or initial, a
    particle between its words ("Moin ul Haque") or a hyphen inside it ("Moin-ul-Haque"); not a
    title, a place or a nationality (with ``in_place``, a word NER takes for a place is one only
    when the gazetteer knows it: "China's ambassador to Nigeria, Cui Jianchun", NER's GPE)."""
    tok = doc[i]
    if _name_hyphen(doc, i, start):
        return True
    place = tok.ent_type_ == "NORP" or tok.ent_type_ == "GPE" and (in_place is None or in_place(tok.idx))
    if not (tok.is_alpha or _INITIALS.fullmatch(tok.text)) or tok.lower_ in _NOT_GIVEN_NAMES \
            or tok.lower_ in HEADLINE_VERBS or place:
        return False
    particle = i > start and tok.lower_ in _NAME_PARTICLES and i + 1 < len(doc) \
        and (doc[i + 1].text[:1].isupper() or _name_hyphen(doc, i + 1, start))
    return tok.text[:1].isupper() or particle


def _name_hyphen(doc: Doc, i: int, start: int) -> bool:
    """True for a hyphen inside a name, between its words ("Moin-ul-Haque")."""
    return i > start and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_ and i + 1 < len(doc) \
        and doc[i + 1].is_alpha and not doc[i].whitespace_


def _widen(ctx: Context, ent: Span) -> Span:
    """A PERSON entity grown left over given names NER left out ("Ana [Lucia Ferreira]",
    "Carlos Mendes [de Almeida]"), stopping at titles, places and other entities."""
    doc = ctx.doc
    start = ent.start
    sent_start = ctx.sentence_of(ent.start).start
    while start > sent_start and start > ent.start - 3:
        tok = doc[start - 1]
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.ent_type_ or tok.lower_ in _NOT_GIVEN_NAMES \
                or ctx.places_in(tok.idx, tok.idx + len(tok.text)):
            break
        start -= 1
    end = ent.end
    sent_end = ctx.sentence_of(ent.start).end
    while end < sent_end and end < ent.end + 2 and _family_name(ctx, doc[end]) \
            and (end + 1 >= sent_end or not doc[end + 1].text[:1].isupper()):
        end += 1  # "[Oybek Arif] Usmanov, hosted …": a family name NER left out, the name ending there
    return doc[start:end]


def _family_name(ctx: Context, tok) -> bool:
    """Whether a token may be a family name after given names: capitalised, no entity but a person
    NER split off ("[Jemal Beker] [Abdula]"), no title, organization or place word."""
    return tok.is_alpha and tok.is_title and tok.ent_type_ in ("", "PERSON") and tok.lower_ not in _NOT_GIVEN_NAMES \
        and tok.lower_ not in TITLE_WORDS and tok.lower_ not in ORG_HEADS and tok.lower_ not in HONORIFICS \
        and not ctx.places_in(tok.idx, tok.idx + len(tok.text))


def _clean(ent: Span) -> Span | None:
    """A PERSON entity without leading titles, honorifics and a country NER took in."""
    start = ent.start
    while start < ent.end - 1 and (ent.doc[start].lower_ in HONORIFICS or ent.doc[start].lower_ in TITLE_WORDS
                                   or ent.doc[start].lower_ == "honorary"  # NER's "[Honorary Consul]"
                                   or ent.doc[start].lower_ in _RANKS
                                   or ent.doc[start].is_punct
                                   or start < ent.end - 2 and get_gazetteer().country(ent.doc[start].text)):
        start += 1  # "Ambassador", "Dr.", and the "Peru" of "[Peru Li Hua]" (not "Jordan Smith")
    end = ent.end
    while end > start and (ent.doc[end - 1].text in ("'s", "’s") or ent.doc[end - 1].lower_ in HEADLINE_VERBS):
        end -= 1  # and a title-case headline's verb NER took in ("[Murabayashi Joins] X Festival")
    if end > start and get_gazetteer().country(ent.doc[start:end].text):
        return None  # NER's "PERSON" Sri Lanka in "Ambassador of Sri Lanka to Iran X"
    return ent.doc[start:end] if end > start else None


def _known(ctx: Context, text: str) -> str | None:
    """The person a name or a surname alone ("Haddad", "Mr Lee") refers to, if named before."""
    key = normalise(text)
    for person in ctx.builder.people:
        for name in person.names:
            if normalise(name) == key or key in {normalise(w) for w in name.split()}:
                return person.id
    return None


# -- title phrases ---------------------------------------------------------------------

def _left_phrase(ctx: Context, sent: Sentence, name: Span, others: set[int]) -> Span | None:
    """The title phrase written right before a name ("Chilean Consul-General in Houston"),
    which never reaches back into another person's name (token indices ``others``)."""
    doc = ctx.doc
    k = name.start
    while k > sent.start and (doc[k - 1].lower_ in HONORIFICS or doc[k - 1].text == ","
                              and k - 1 > sent.start and doc[k - 2].is_alpha):
        if doc[k - 1].text == ",":
            # "the Chairman of X, Dr. Y": only when a title phrase precedes the comma
            if not _has_title(doc[max(sent.start, k - _TITLE_REACH):k - 1]):
                break
        k -= 1
    end = k
    while k > sent.start:
        tok = doc[k - 1]
        if (k - 1 in others or tok.ent_type_ == "PERSON") and doc[k].lower_ not in TITLE_WORDS \
                and not ctx.in_place(tok.idx):
            break  # another person's name, unless a title follows it ("Bioral chief officer")
        if tok.lower_ == "and" and _ENVOY.match(doc[k:end].text):
            break  # "A of the US and Ambassador B": the envoy's title opens the next conjunct
        if tok.text[:1].isupper() or tok.lower_ in TITLE_WORDS or tok.like_num:
            k -= 1
        elif tok.lower_ in _PHRASE_GLUE and k - 1 > sent.start and doc[k - 2].text[:1].isupper() \
                and not (tok.lower_ == "and" and doc[k - 2].text == ","):
            k -= 1
        elif tok.lower_ in ("of", "the", "to", "in", "'s", "’s") and k - 1 > sent.start:
            k -= 1
        else:
            break
    while k < end and doc[k].lower_ in ("the", "and", "of", "in", "to"):
        k += 1
    if end < name.start and k >= sent.start + 2 and doc[k - 1].text == "," and k - 2 in others:
        return None  # "A, Ambassador of X to Y, B": the title between commas is A's
    return doc[k:end] if end > k and _has_title(doc[k:end]) else None


def _right_phrase(ctx: Context, sent: Sentence, ent: Span) -> Span | None:
    """The title phrase between commas after a name ("Haddad, Egyptian ambassador to Peru,")."""
    doc = ctx.doc
    j = ent.end
    if j >= sent.end or doc[j].text != ",":
        return None
    k = j + 1
    while k < sent.end and (doc[k].text not in (",", ".", ";", "(") or doc[k].text == "," and _is_title(doc[j + 1:k])) \
            and doc[k].lower_ not in ("said", "says", "who") \
            and not (doc[k].lower_ == "and" and k + 1 < sent.end and doc[k + 1].lower_ in HONORIFICS):
        # (not "…, vice-rector of X and His Excellency the Ambassador of Y, B": another person's title)
        if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and doc[k - 1].lower_ not in ("of", "at", "the") \
                and not _ENVOY.match(ctx.text, doc[k].idx):
            return None  # a list: "A, Director of X B, ..." (not NER's "[Honorary Consul]": a title)
        k += 1
    phrase = doc[j + 1:k]
    if len(phrase) and phrase[0].lower_ in ("and", "or"):
        return None  # "A, Ambassador of X, B, and the Ambassador of Y, C": the next conjunct's title
    while len(phrase) and phrase[0].lower_ in ("the", "a", "an"):
        phrase = phrase[1:]
    return phrase if len(phrase) and len(phrase) <= 25 and _has_title(phrase[:5]) else None


def _envoy_title_after(ctx: Context, sent: Sentence, ent: Span) -> Span | None:
    """An envoy's title written right after a name, with no comma ("Mr. Adam Thompson British High
    Commissioner to Pakistan had lunch"): a nationality or country, the title, and its places, up
    to the first lower-case word that is none of theirs."""
    doc = ctx.doc
    k = ent.end
    while k < sent.end and k - ent.end < 2 and doc[k].ent_type_ in ("NORP", "GPE"):
        k += 1
    title = _ENVOY.match(doc[k:sent.end].text) if k < sent.end else None
    if title is None or not doc[k].text[:1].isupper():
        return None
    end = doc[k:sent.end].char_span(0, title.end(), alignment_mode="expand").end
    while end < sent.end and (doc[end].text[:1].isupper() or doc[end].lower_ in ("to", "in", "of", "the")):
        end += 1
    return doc[ent.end:end]


def _bracketed_phrase(ctx: Context, sent: Sentence, ent: Span) -> Span | None:
    """The title phrase in brackets after a name ("Jane Roe (Deputy Director, X Authority)")."""
    doc = ctx.doc
    j = ent.end
    if j >= sent.end or doc[j].text != "(":
        return None
    k = j + 1
    while k < min(sent.end, j + 26) and doc[k].text not in (")", "("):
        k += 1
    phrase = doc[j + 1:k]
    return phrase if k < sent.end and doc[k].text == ")" and len(phrase) and _has_title(phrase[:5]) else None


def _has_title(span: Span) -> bool:
    """True when a title (or an envoy's title) starts at one of the span's words."""
    return bool(_ENVOY.search(span.text)) or any(_title_at(span[i:]) for i in range(len(span)))


# -- ambassadors ---------------------------------------------------------------------------

def _envoy(ctx: Context, sent: Sentence, name: Span, phrase: Span) -> str | None:
    m = _ENVOY.search(phrase.text)
    if not m or phrase.text[:m.start()].lower().split()[-1:] in (["assistant"], ["former"], ["ex-"], ["retired"]) \
            or _KIN_OF.search(phrase.text, 0, m.start()):
        return None  # (an assistant's title is no envoy's, nor a spouse's, nor a former envoy's; a deputy consul
        # general is one, SCHEMA.md)
    title_start = phrase.start_char + m.start()
    sending, receiving = _countries(ctx, phrase.start_char, phrase.end_char, title_start, phrase.start_char + m.end())
    if sending is None and phrase.end <= name.start and phrase[-1].lower_ not in ("of", "to", "in"):
        sending = _country_after(ctx, name)  # "Ambassador Donald Blome of the US" (not "the Ambassador of X of Y")
    if sending is None:  # "Ambassador Zhang" on the pages of the embassy; "High Commissioner to the UK X" of its mission
        mission = _mission(ctx)
        if receiving is None and all(_other_body(ctx, p) for p in ctx.places_in(phrase.start_char, phrase.end_char)):
            sending, receiving = mission
        elif receiving is not None and mission[1] in (None, receiving):
            sending = mission[0]
    if sending is None:
        return None
    if receiving == sending:
        receiving = None
    pid = ctx.builder.person([name.text], sent.span, 0.85)
    ctx.builder.ambassador(pid, sending, receiving, sent.span, 0.85)
    return pid


def _country_after(ctx: Context, name: Span) -> str | None:
    """The country an envoy's name is followed by, "of (the) <country>" ("Ambassador X of Nepal")."""
    after = _OF_COUNTRY.match(ctx.text, name.end_char)
    place = next((p for p in ctx.places if after and p.start == after.end()), None)
    return place.place.country if place is not None and place.place.kind == "country" else None


def _countries(ctx: Context, start: int, end: int, title_start: int, title_end: int) -> tuple[str | None, str | None]:
    """Sending and receiving country in the phrase ``start..end`` of a title or mission at
    ``title_start..title_end``: a country or demonym before it, or "of <country>" after it,
    sends; "to <country>" or "in <city>" after it receives."""
    sending = receiving = None
    for place in ctx.places_in(start, end):
        # the last lower-case word before the place: "of the FDR Ethiopia" reads as "of the"
        before = [w for w in ctx.text[max(start, place.start - 16):place.start].split() if w.islower()]
        cue = before[-1] if before else ""
        if cue == "the" and len(before) > 1:
            cue = before[-2]
        if place.end <= title_start and sending is None:
            sending = place.place.country
        elif place.start >= title_end and cue == "of" and sending is None and not _other_body(ctx, place):
            sending = place.place.country  # (not "Director of Abuja Chamber of Commerce": another body's place)
        elif place.start >= title_end and cue in _RECEIVING_CUES and receiving is None:
            receiving = place.place.country
    return sending, receiving


#: capitalised words going on after a place ("Abuja Chamber of Commerce")
_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w&-]*){1,4}")
_MISSION_WORDS = frozenset({"embassy", "commission", "consulate", "mission", "permanent"})


def _other_body(ctx: Context, place: PlaceMention) -> bool:
    """Whether a place opens another body's name ("Director of Abuja Chamber of Commerce"): an
    organization's head among the capitalised words after it, not a mission's ("of India Embassy")
    and not a person's name ("High Commissioner of Bangladesh MD Ruhul Alam")."""
    after = _WORDS_AFTER.match(ctx.text, place.end)
    words = after.group().lower().split() if after else []
    return any(w in ORG_HEADS for w in words) and not any(w in _MISSION_WORDS for w in words)


def _mission(ctx: Context) -> tuple[str | None, str | None]:
    """The sending and receiving country of the one diplomatic mission the text names ("Embassy
    of X in Y", "the X Embassy in Y"); (None, None) when it names none or several."""
    doc = ctx.doc
    found = set()
    for m in _MISSION.finditer(ctx.text):
        title = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        sent = ctx.sentence_of(title.start)
        k = title.end
        while k < sent.end and (doc[k].lower_ in _PHRASE_GLUE or doc[k].text[:1].isupper()) and doc[k].lower_ != "and":
            k += 1
        first = doc[title.start - 1].idx if title.start > sent.start else m.start()  # "the Chinese Embassy"
        first = next((p.start for p in ctx.places if p.start <= first < p.end), first)  # "the Sri Lanka Embassy"
        pair = _countries(ctx, first, doc[k - 1].idx + len(doc[k - 1].text), m.start(), m.end())
        if pair[0]:
            found.add(pair)
    sending = {s for s, _ in found}
    receiving = {r for _, r in found if r}
    if len(sending) == 1 and len(receiving) <= 1:  # "the X Embassy in Y" and "the X Embassy premises": one mission
        return sending.pop(), receiving.pop() if receiving else None
    return None, None


def _speaking_envoys(ctx: Context, mentions: list[tuple[str, Span]]) -> None:
    """An ambassador the article quotes or lists among the speakers ("said X, ambassador of A
    to B", "people giving speeches were ...") after it has reported its main event was there:
    they attended the main event (when no sentence put them at another)."""
    main = ctx.main_event()
    if main is None:
        return
    first = min(ctx.doc[m.start].idx for m in ctx.events[main].mentions if m.named)
    envoys = {p.id for p in ctx.builder.people if p.ambassador_of and not p.attended}
    for pid, span in mentions:
        sent = ctx.sentence_of(span.start)
        if pid in envoys and sent.body and sent.start_char > first \
                and _SPEAKING.intersection(t.lower_ for t in ctx.doc[sent.start:sent.end]):
            ctx.builder.attended(pid, main, sent.span, 0.6)
            envoys.discard(pid)


# -- officials -----------------------------------------------------------------------------

def _official(ctx: Context, sent: Sentence, name: Span, phrase: Span) -> str | None:
    """"<title> of <org>", "<org> <title>", "<org>'s <title>": a role at a named organization."""
    found = _title_then_org(ctx, sent, phrase) or _org_then_title(ctx, sent, phrase) \
        or _title_comma_org(ctx, sent, phrase) or _minister(ctx, sent, phrase)
    if not found:
        return None
    title, org_id = found
    pid = ctx.builder.person([name.text], sent.span, 0.8)
    ctx.builder.role(pid, title, org_id, sent.span, 0.75)
    return pid


def _title_at(span: Span) -> str | None:
    """The longest title the span starts with, as written ("Vice-President")."""
    text = span.text.lower()
    title = next((t for t in _TITLES if text.startswith(t) and (len(text) == len(t) or text[len(t)] in " ,;)")),
                 None)
    return span.text[:len(title)] if title else None


def _title_then_org(ctx: Context, sent: Sentence, phrase: Span) -> tuple[str, str] | None:
    doc = ctx.doc
    for i in range(phrase.start, min(phrase.end, phrase.start + 3)):
        title = _title_at(doc[i:phrase.end])
        if not title:
            continue
        k = _skip_words(doc, i, title)
        if k < phrase.end and doc[k].lower_ in ("of", "at"):
            org = name_at(doc, k + 1, phrase.end)
            if org and org.end < phrase.end and doc[org.end].lower_ == "at" and not orgs.is_org(ctx, org):
                title = doc[i:org.end].text  # "Head of Trade at <organization>": the field is part of the title
                org = name_at(doc, org.end + 1, phrase.end)
            if title.lower().endswith("minister") and org and org.words()[-1] not in ORG_HEADS:
                return None  # "Minister of Health": the ministry is not named
            if org and orgs.may_be_org(ctx, org):
                first = i
                while first > phrase.start and doc[first - 1].lower_ in _TITLE_MODIFIERS:
                    first -= 1  # "Assistant Chief of Protocol at ..."
                title = doc[first:i].text + (" " if first < i else "") + title
                return title, orgs.register(ctx, orgs.extend(ctx, org, phrase.end), sent)
        return None
    return None


def _title_comma_org(ctx: Context, sent: Sentence, phrase: Span) -> tuple[str, str] | None:
    """"<title>, <organization>": the whole organization name follows a comma after the title."""
    doc = ctx.doc
    comma = next((i for i in range(phrase.start, phrase.end) if doc[i].text == ","), None)
    if comma is None or not _is_title(doc[phrase.start:comma]):
        return None
    org = name_at(doc, comma + 1, phrase.end)
    if org is None or org.end != phrase.end or not orgs.may_be_org(ctx, org, named=True):
        return None
    return doc[phrase.start:comma].text, orgs.register(ctx, org, sent)


def _skip_words(doc: Doc, i: int, title: str) -> int:
    """Token index after a title that starts at token i."""
    target = normalise(title)
    k, acc = i, ""
    while k < len(doc) and acc != target:
        acc += normalise(doc[k].text)
        k += 1
    return k


def _org_then_title(ctx: Context, sent: Sentence, phrase: Span) -> tuple[str, str] | None:
    doc = ctx.doc
    if _is_title(phrase):
        return None  # the whole phrase is a title ("Prime Minister")
    for cut in range(phrase.start + 1, phrase.end):
        if not _is_title(doc[cut:phrase.end]):
            continue
        org_end = cut - 1 if doc[cut - 1].text in ("'s", "’s") else cut
        org = name_at(doc, phrase.start, org_end)
        if org and org.end == org_end and orgs.may_be_org(ctx, org, named=True):
            return doc[cut:phrase.end].text, orgs.register(ctx, org, sent)
        return None
    return None


def _is_title(span: Span) -> bool:
    title = _title_at(span)
    return title is not None and len(title) == len(span.text)


def _minister(ctx: Context, sent: Sentence, phrase: Span) -> tuple[str, str] | None:
    """"Peruvian Energy Minister": the ministry of that field and country, when the text names it."""
    m = re.search(r"\b([A-Z][a-z]+)\s+(Minister)$", phrase.text)
    if not m:
        return None
    places = ctx.places_in(phrase.start_char, phrase.end_char)
    country = places[0].place.country if places else None
    field = m.group(1).lower()
    for org in ctx.builder.organizations:
        keys = {normalise(n) for n in org.names}
        if any(f"ministryof{field}" in k or f"{field}ministry" in k for k in keys) \
                and (country is None or org.country == country):
            return f"{m.group(1)} {m.group(2)}", org.id
    return None


# -- attendance ------------------------------------------------------------------------------
#: a passive attendance cue, after an optional plural head noun opening the sentence ("The
#: exhibitions have been visited by")
_PASSIVE_ATTEND = re.compile(r"^(?:The\s+(?:two\s+|three\s+)?(?P<plural>[a-z]+s)\s+)?.*?\b(?:was|were|has\s+been|have\s+been|"
                             r"is|are|will\s+be)\s+(?:also\s+)?(?:attended|visited|graced)\s+by\b")

def _occasion_after(ctx: Context, start: int, limit: int) -> bool:
    """True when an attendance cue is followed by a generic occasion ("the opening", "the
    discussion", "the session") that stands for the event in focus."""
    doc = ctx.doc
    k = start
    while k < limit and doc[k].lower_ in ("the", "a", "its", "this", "that", "official"):
        k += 1
    return k < limit and doc[k].lower_ in OCCASION_NOUNS


def _fronted_subject(ctx: Context, sent: Sentence, cue, people: list[tuple[str, Span]]) -> list[str]:
    """"[Also] speaking at the forum, <person> said": the first person after the opening
    participle clause, when the cue opens the sentence."""
    doc = ctx.doc
    if not doc[cue.start].lower_.endswith("ing") or \
            any(not (t.is_punct or t.lower_ in ("also", "while", "when")) for t in doc[sent.start:cue.start]):
        return []
    comma = next((k for k in range(cue.end, sent.end) if doc[k].text == ","), None)
    later = [(span.start, pid) for pid, span in people if comma is not None and span.start > comma]
    return [min(later)[1]] if later else []


def _attended(ctx: Context, mentions: list[tuple[str, Span]]) -> None:
    """A person before an attendance cue in a sentence attended the event the cue names
    (or, for "in his opening speech", "chaired the discussion", "attended the opening", the
    event the article is on at that point); "Speaking at the forum, <person> said" puts the
    person after the cue at the event."""
    last_event: str | None = None
    by_sentence: dict[int, list[tuple[str, Span]]] = {}
    for pid, span in mentions:
        by_sentence.setdefault(ctx.sentence_of(span.start).index, []).append((pid, span))
    for sent in ctx.sentences:
        row = ctx.mentions_in(sent)
        people = by_sentence.get(sent.index, [])
        for cue in ctx.cues_in("attend", sent) if people else []:
            subjects = [pid for pid, span in people if span.end <= cue.start
                        and (cue.label == "speech" or not _REPORTING.intersection(
                            t.lower_ for t in ctx.doc[span.end:cue.start]))] or _fronted_subject(ctx, sent, cue, people)
            if not subjects:
                continue
            after = [m for m in row if m.start >= cue.end]
            if cue.label == "address":  # "told the forum": only the event right after
                after = [m for m in after if ctx.close(cue.end, m.start)]
            event = after[0].event if after else None
            if event is None and (cue.label == "speech" or _occasion_after(ctx, cue.end, sent.end)):
                near = ctx.event_near(sent, cue.start) if row else None
                event = near.event if near else last_event
            if event is None:
                continue
            for pid in subjects:
                ctx.builder.attended(pid, event, sent.span, 0.7)
        for pid, event in _attended_by(ctx, sent, people, last_event):
            ctx.builder.attended(pid, event, sent.span, 0.7)
        if row:
            last_event = row[-1].event


def _attended_by(ctx: Context, sent: Sentence, people: list[tuple[str, Span]],
                 last_event: str | None) -> list[tuple[str, str]]:
    """"The forum was attended by A and B", "The exhibitions have been visited by A, B": the people
    after the passive cue attended the events named before it (a plural head: every event of that
    kind), else the event the text is on."""
    m = _PASSIVE_ATTEND.search(ctx.sentence_text(sent))
    if m is None or not people:
        return []
    by = sent.start_char + m.end()
    after = [pid for pid, span in people if span.start_char >= by]
    events = list(dict.fromkeys(x.event for x in ctx.mentions_in(sent) if ctx.doc[x.start].idx < sent.start_char + m.start()))
    plural = m.group("plural")
    kind = EVENT_HEADS.get(plural[:-1]) if plural else None
    if not events and kind:  # "the exhibitions": the article's exhibitions
        events = [e.id for e in ctx.builder.events if e.type == kind]
    if not events and last_event:
        events = [last_event]
    return [(pid, event) for pid in after for event in events]
