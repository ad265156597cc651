"""Proper names in English text: capitalised token runs read from token shapes and NER.

A name is a run of capitalised words ("China Association of Medical Equipment"),
with lower-case connectors inside titles ("of", "for", "on", "of the"), a leading
edition ("2024", "the 5th", "first ever") and a trailing year ("Forum 2023"),
followed optionally by a parenthesis that defines an abbreviation ("(NBSA)") or
qualifies the name ("(Kenya)"). Lists of names ("A, B and C") are read for the
role and participant rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.places import get_gazetteer
from kg.extract.en.patterns import (CALENDAR_WORDS, EVENT_HEADS, HEADLINE_BASE_VERBS, HEADLINE_VERBS, OFFICER_WORDS,
                                    ORDINAL_TENS, ORDINALS, ORG_HEADS, VENUE_WORDS)

HYPHENS = frozenset("-‐‑–")
_CONNECTORS = frozenset({"of", "for", "on", "de", "du", "des", "&", "und"})
#: organization words that also name an industry, the topic of a show ("Pak Pharma and Healthcare Expo")
_SECTOR_WORDS = frozenset({"pharma", "pharmaceuticals", "industries"})
_THE_AFTER = frozenset({"of", "for", "on"})
#: words after a capitalised head that go on its name ("Dialogue between Consular Officials and …")
_HEAD_LINKS = frozenset({"between", "among"})
#: lower-case words that go on a gathering's title-case topic ("… on Breaking Barriers through Diversity")
_TOPIC_LINKS = frozenset({"through", "towards", "toward", "beyond", "across", "amid", "via", "against", "within",
                          "into", "among", "amongst", "without"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_POSSESSIVE = frozenset({"'s", "’s"})
_APOSTROPHES = frozenset({"'", "’"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                          "our", "both", "all", "some", "many", "other", "every", "each", "another"})
#: words that never continue a name when capitalised: a new sentence starts ("... U.S. Other ...")
#: auxiliaries, which a title-cased headline capitalises like the names around them ("X Will Host Y")
_TITLE_AUXILIARIES = frozenset({"will", "would", "shall", "is", "are", "was", "were", "has", "have", "had"})
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "other", "it", "its", "he", "she", "they", "we",
    "i", "his", "her", "their", "our", "in", "on", "at", "for", "with", "by", "from", "to", "as", "but",
    "and", "or", "if", "when", "while", "after", "before", "during", "since", "under", "over", "more",
    "most", "some", "many", "all", "both", "each", "every", "such", "no", "not", "there", "here",
    "however", "also", "meanwhile", "moreover", "besides", "although", "though", "then", "thus",
    "what", "which", "who", "where", "why", "how", "about", "according", "among", "between", "than",
})
#: "<Place>-based X": the place describes the name that follows
_DESCRIPTOR_SUFFIXES = frozenset({"based", "headquartered", "listed", "born"})
OPENING_QUOTES = frozenset({"“", '"', "‘", "«"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "»"})
_QUOTED_PART = 10  # tokens of a quoted title inside a name
_APPOSITIVE_REACH = 14  # tokens of ", a subsidiary of X," inside a list
_YEAR = re.compile(r"^(19|20)\d\d$")
_ISO_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")
_ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$", re.IGNORECASE)
#: a Roman numeral from II to XLIX, upper case ("XVII Cheboksary International Film Festival")
_ROMAN = re.compile(r"(?=[IVXL]{2})(?:XL|X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}
_ABBR = re.compile(r"^[A-Z][A-Za-z0-9&.\-]*[A-Z][A-Za-z0-9&.\-]*$")
#: lower-case words that may follow an edition inside a name ("the 6th annual X Symposium")
_EDITION_FOLLOWERS = frozenset({"ever", "annual", "biennial", "yearly", "triennial"})
_NAME_ENTS = frozenset({"ORG", "FAC", "PERSON", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


@dataclass
class Name:
    """A proper name as written, at ``doc[start:end]`` (parenthesis included).

    ``paren`` is the token range of a parenthesis that is part of the name: a place that
    qualifies it ("Exhibition (Kenya)") or an abbreviation it defines, then ``abbr``
    ("(NBSA)"); ``edition`` the number of leading tokens that give the edition ("the 5th").
    """

    doc: Doc
    start: int
    end: int
    abbr: str | None = None
    edition: int = 0
    paren: tuple[int, int] | None = None

    @property
    def span(self) -> Span:
        return self.doc[self.start:self.end]

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start_char(self) -> int:
        return self.doc[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.doc[self.end - 1]
        return last.idx + len(last.text)

    def words(self) -> list[str]:
        """The name's words outside the parenthesis, lower case."""
        return [t.lower_ for i, t in enumerate(self.span, self.start)
                if not (self.paren and self.paren[0] <= i < self.paren[1])]

    def variants(self) -> list[str]:
        """The name as written, then without its parenthesis, without a leading edition or
        trailing year, and the abbreviation."""
        out = [self.text]
        if self.paren:
            before = self.doc[self.start:self.paren[0]].text
            after = self.doc[self.paren[1]:self.end].text if self.paren[1] < self.end else ""
            out.append(f"{before} {after}" if after else before)
            if after.startswith(("of ", "in ")):  # "X (TPO) of Penang" is also X
                out.append(before)
            elif after and _ABBR.match(inner := self.doc[self.paren[0] + 1:self.paren[1] - 1].text):
                out.append(f"{inner} {after}")  # "X Innovation (MDDI) Symposium" is also "MDDI Symposium"
        if self.edition:
            out.extend(strip_edition(v) for v in list(out))
        out.extend(without_year(v) for v in list(out))
        if self.abbr:
            out.append(self.abbr)
        seen: list[str] = []
        for v in out:
            if v and v not in seen:
                seen.append(v)
        return seen


def strip_edition(text: str) -> str:
    """A name without its leading edition: "2024 X Expo" / "5th X" / "first ever X" -> "X"."""
    words = text.split()
    i = 0
    while i < len(words) - 1 and (is_edition_word(words[i]) or i and words[i].lower() in _EDITION_FOLLOWERS):
        i += 1
    return " ".join(words[i:])


@lru_cache(maxsize=65536)
def is_edition_word(word: str) -> bool:
    w = word.lower()
    return bool(_YEAR.match(w) or _ORDINAL.match(w) or ordinal_value(word) is not None)


def ordinal_value(word: str) -> int | None:
    """The number of an ordinal: "5th" 5, "third" 3, "Seventy-seventh" 77, "XVII" 17 (a Roman
    numeral of two letters or more, as CIS and Latin pages number editions); None for other words."""
    if _ROMAN.fullmatch(word):
        return _roman_value(word)
    w = word.lower()
    if _ORDINAL.match(w):
        return int(w[:-2])
    if w in ORDINALS:
        return ORDINALS[w]
    tens, _, unit = w.partition("-")
    if tens in ORDINAL_TENS and ORDINALS.get(unit, 10) < 10:
        return ORDINAL_TENS[tens] + ORDINALS[unit]
    return None


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_DIGITS[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_calendar_word(text: str) -> bool:
    """A month's or a weekday's name ("April", "Sept.", "Monday"): a date's word, never an edition's."""
    return text.lower().rstrip(".") in CALENDAR_WORDS


def without_year(name: str) -> str:
    """The name without a trailing year ("X Conference and Expo 2023" is also "X Conference and
    Expo", "X Summit-2023" is also "X Summit")."""
    return re.sub(r"(?:\s+|\s*[-‐‑–]\s*)(?:19|20)\d\d$", "", name)


def is_year(text: str) -> bool:
    return bool(_YEAR.match(text))


@dataclass(frozen=True)
class Tokens:
    """Token attributes of a doc as plain lists, read once: the rules index them often."""

    text: list[str]
    lower: list[str]
    space: list[bool]  # whitespace follows the token
    punct: list[bool]
    upper: list[bool]
    ent: list[str]
    iob: list[str]
    verb: list[bool]  # a headline's verb in a title-case line ("Hosts"), which no name goes over

    @classmethod
    def of(cls, doc: Doc) -> Tokens:
        cached = doc.user_data.get("kg_en_tokens")
        if cached is None:
            toks = list(doc)
            verbs = [False] * len(toks)
            for sent in doc.sents:
                if _title_case(sent):
                    for t in sent:  # (a base form after "to": "Minister Due in Italy to Attend FAO Meeting")
                        verbs[t.i] = t.text[:1].isupper() and (t.lower_ in HEADLINE_VERBS or t.lower_ in HEADLINE_BASE_VERBS
                                                               and t.i > sent.start and toks[t.i - 1].lower_ == "to")
            cached = cls([t.text for t in toks], [t.lower_ for t in toks], [bool(t.whitespace_) for t in toks],
                         [t.is_punct for t in toks], [t.is_upper for t in toks], [t.ent_type_ for t in toks],
                         [t.ent_iob_ for t in toks], verbs)
            doc.user_data["kg_en_tokens"] = cached
        return cached


#: words a title-case line leaves in lower case
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "for", "and", "to", "with", "by", "from", "as",
                          "or", "vs", "via"})
_TITLE_CASE_SHARE = 0.8


def _title_case(sent: Span) -> bool:
    """A line written in title case: three or more words beside the small ones, nearly all capitalised."""
    words = [t.text for t in sent if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    return len(words) >= 3 and not all(w.isupper() for w in words) \
        and sum(w[:1].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _glued(t: Tokens, i: int) -> bool:
    """True when token i+1 continues token i's word (hyphen or possessive without spaces)."""
    n = len(t.text)
    if i + 1 >= n or t.space[i]:
        return False
    a, b = t.text[i], t.text[i + 1]
    if b in _POSSESSIVE or b in _APOSTROPHES and a[-1:] in "sS" and i + 2 < n and t.text[i + 2][:1].isupper():
        return True  # "Africa's", "Manufacturers’ Expo"
    if a in HYPHENS:
        return b[:1].isalnum() and t.lower[i + 1] not in _DETERMINERS  # ("LAHORE-The Chamber": a dateline)
    return b in HYPHENS and i + 2 < n and not t.space[i + 1] and t.text[i + 2][:1].isalnum() \
        and t.lower[i + 2] not in _DETERMINERS


def word_end(doc: Doc, i: int, limit: int) -> int:
    """End (exclusive) of the glued word that starts at token i."""
    t = Tokens.of(doc)
    j = i
    while j + 1 < limit and _glued(t, j):
        j += 1
    return j + 1


def _capitalised(t: Tokens, i: int) -> bool:
    """A word that can be part of a name: capitalised (not a title-case headline's verb), or a year."""
    w = t.text[i]
    return w[:1].isupper() and not t.punct[i] and not t.verb[i] or bool(_YEAR.match(w))


def _hyphen_prefix(t: Tokens, i: int) -> bool:
    """True for a word glued by a hyphen to a capitalised one ("All-China", "All-India"): a name's first part."""
    return i + 2 < len(t.text) and t.text[i + 1] in HYPHENS and not t.space[i] and not t.space[i + 1] \
        and t.text[i + 2][:1].isupper()


def _can_start(t: Tokens, i: int) -> bool:
    """A capitalised word that can open a name (not a sentence-initial "During", "It", "Many", nor
    a title-cased headline's auxiliary or holding verb: "Cuba Will Host International …")."""
    return _capitalised(t, i) and not (t.lower[i] in _FUNCTION_WORDS and not t.upper[i] and not _hyphen_prefix(t, i)) \
        and not (t.lower[i] in _TITLE_AUXILIARIES
                 or t.lower[i] in HEADLINE_BASE_VERBS and i > 0 and t.lower[i - 1] in _TITLE_AUXILIARIES)


def _ends_unit(t: Tokens, a_end: int) -> bool:
    """True when a name ending at token a_end-1 is complete on its own (for "A and B" lists)."""
    last = t.lower[a_end - 1]
    if last in ORG_HEADS or last in EVENT_HEADS:
        return True
    return t.ent[a_end - 1] in _NAME_ENTS and (a_end >= len(t.text) or t.iob[a_end] != "I")


def _headed_complement(t: Tokens, start: int, end: int, connectors: tuple[str, ...] = ("of", "for")) -> bool:
    """True when the name read so far is an organization's head and its complement: "State
    Committee for Investments", "Ministry of Culture" (the head noun right before the connector)."""
    return any(t.lower[k] in connectors and t.lower[k - 1] in ORG_HEADS for k in range(start + 1, end - 1))


def _joined_complement(doc: Doc, start: int, end: int, nxt: int, limit: int) -> bool:
    """True for "State Committee for Investments and State Property Management", "Ministry of
    Culture and Tourism": "and" joins the complement of a head when the words after it name
    no organization, place or person of their own."""
    t = Tokens.of(doc)
    if not _headed_complement(t, start, end):
        return False
    k = nxt
    while k < limit and _capitalised(t, k) and k - nxt < 5:
        if t.lower[k] in ORG_HEADS or t.lower[k] in EVENT_HEADS or t.ent[k] in ("PERSON", "GPE", "LOC", "NORP") \
                or _is_place(t.text[k]):
            return False
        k = word_end(doc, k, limit)
    return k > nxt and not (k < limit and t.lower[k] in ("of", "for"))


def _own_head_ahead(doc: Doc, nxt: int, limit: int) -> bool:
    """True when the capitalised words from ``nxt`` reach an organization's head of their own
    ("National Administration of ...") within a few words."""
    t = Tokens.of(doc)
    k = nxt
    while k < limit and _capitalised(t, k) and k - nxt < 4:
        if t.lower[k] in ORG_HEADS and (k > nxt or k + 1 < limit and t.lower[k + 1] in ("of", "for")):
            return True  # (not "Chamber of Commerce and Industries": a head alone ends the complement)
        k = word_end(doc, k, limit)
    return False


def _venue_after(doc: Doc, end: int, nxt: int, limit: int) -> bool:
    """True for "Convention and Exhibition Center": an event noun joined to a name that ends
    in a venue's head noun is part of the venue's name."""
    t = Tokens.of(doc)
    if t.lower[end - 1] not in EVENT_HEADS:
        return False
    k = word_end(doc, nxt, limit)
    while k < limit and _capitalised(t, k) and k - nxt < 4:
        k = word_end(doc, k, limit)
    return t.lower[k - 1] in VENUE_WORDS


def _headed_run_end(doc: Doc, start: int, end: int, nxt: int, limit: int) -> int | None:
    """End of the capitalised words from ``nxt`` when they end in an event's head and the name
    before "in" has no head of its own ("Made in Pakistan Exhibition"; not "Forum in Lahore Expo Centre")."""
    t = Tokens.of(doc)
    if any(w in EVENT_HEADS or w in ORG_HEADS for w in t.lower[start:end]):
        return None
    k = nxt
    while k < limit and _capitalised(t, k) and not is_year(t.text[k]):
        k = word_end(doc, k, limit)
    return k if k > nxt + 1 and t.lower[k - 1] in EVENT_HEADS else None


def _event_run_end(doc: Doc, start: int, end: int, nxt: int, limit: int) -> int | None:
    """End of the capitalised words from ``nxt`` when they end in an event's head, the name before
    "and" is a body's head and its complement ("Chambers of Commerce") and no body's head comes
    between: "X Chambers of Commerce and Industry Izmir Meeting" is one name."""
    t = Tokens.of(doc)
    if not _headed_complement(t, start, end) or any(w in EVENT_HEADS for w in t.lower[start:end]):
        return None
    k = nxt
    while k < limit and _capitalised(t, k) and k - nxt < 6 and not is_year(t.text[k]):
        if t.lower[k] in ORG_HEADS:
            return None
        k = word_end(doc, k, limit)
    return k if k > nxt + 1 and t.lower[k - 1] in EVENT_HEADS else None


#: regions a gathering's topic may be about, after "in" inside its name (not cities or countries)
_REGIONS = frozenset({"asia", "africa", "europe", "latin", "the", "asia-pacific", "eurasia", "oceania", "south",
                      "southeast", "central", "east", "west", "north", "middle", "caribbean", "pacific", "americas"})
_REGION_NOUNS = frozenset({"asia", "africa", "europe", "america", "caribbean", "pacific", "asia-pacific", "eurasia",
                           "oceania", "americas", "east", "region"})


def _region_end(doc: Doc, start: int, end: int, nxt: int, limit: int) -> int | None:
    """End of a region after "in" that ends a topic inside a headed name ("… Measures in Asia",
    "… Development in Latin America and the Caribbean"), or None; a city or country is where
    the gathering is, not part of its name."""
    t = Tokens.of(doc)
    if not any(t.lower[k] in _CONNECTORS and t.lower[k - 1] in EVENT_HEADS for k in range(start + 1, end)):
        return None
    k = nxt
    while k < limit and k - nxt < 4 and t.lower[k] in _REGIONS | _REGION_NOUNS and (_capitalised(t, k) or t.lower[k] == "the"):
        k += 1
    if k == nxt or t.lower[k - 1] not in _REGION_NOUNS:
        return None
    if k + 2 < limit and t.lower[k] == "and" and t.lower[k + 1] == "the" and t.lower[k + 2] in _REGION_NOUNS:
        k += 3  # "in Latin America and the Caribbean"
    return k


def _headed_run(doc: Doc, k: int, limit: int) -> int | None:
    """End of up to four capitalised words from ``k`` that end in an event's head, or None."""
    t = Tokens.of(doc)
    start = k
    while k < limit and _capitalised(t, k) and k - start < 4 and t.lower[k] not in ORG_HEADS:
        k = word_end(doc, k, limit)
        if t.lower[k - 1] in EVENT_HEADS:
            return k
    return None


def _places_pair(doc: Doc, start: int, end: int, nxt: int, limit: int) -> bool:
    """True for "<head> for Latin America and the Caribbean": a headed name's complement ends in a
    place, and "and the" brings another place."""
    t = Tokens.of(doc)
    if nxt + 1 >= limit or t.lower[nxt] != "the" or not _capitalised(t, nxt + 1):
        return False
    if not any(t.lower[k] in _CONNECTORS and (t.lower[k - 1] in EVENT_HEADS or t.lower[k - 1] in ORG_HEADS)
               for k in range(start + 1, end - 1)):
        return False
    k = nxt + 1
    while k < limit and _capitalised(t, k):
        k = word_end(doc, k, limit)
    place = t.ent[end - 1] in ("GPE", "LOC") or _is_place(t.text[end - 1]) or t.lower[end - 1] in _REGION_NOUNS
    return place and (all(t.ent[i] in ("GPE", "LOC") for i in range(nxt + 1, k)) or _is_place(doc[nxt + 1:k].text)
                      or k == nxt + 2 and t.lower[nxt + 1] in _REGION_NOUNS)  # ("Commission for Asia and the Pacific")


def _bare_place(doc: Doc, start: int, end: int) -> bool:
    t = Tokens.of(doc)
    return all(t.ent[k] in ("GPE", "LOC") for k in range(start, end)) or _is_place(doc[start:end].text)


def _quoted_part_end(t: Tokens, i: int, limit: int, closing: bool = False) -> int | None:
    """End of a quoted title inside a name at token i ("of “China and the World” Pharmaceutical
    Summit"): the quote opens on a capitalised word, closes within a few words, and a
    capitalised word follows it; or, ``closing``, a title that ends the name ("Unveiling
    Ceremony of “X Carpet Tableau” was held")."""
    if t.text[i] not in OPENING_QUOTES or i + 1 >= limit or not _capitalised(t, i + 1):
        return None
    close = next((k for k in range(i + 2, min(i + _QUOTED_PART, limit)) if t.text[k] in CLOSING_QUOTES), None)
    if close is None or not closing and (close + 1 >= limit or not _can_start(t, close + 1)):
        return None
    return close + 1


def _headed_run_after(doc: Doc, i: int, limit: int) -> bool:
    """True when the name goes on after a quoted part at token i and that part is inside an
    organization's or event's name: a head noun follows within a few capitalised words."""
    t = Tokens.of(doc)
    close = next((k for k in range(i + 2, min(i + _QUOTED_PART, limit)) if t.text[k] in CLOSING_QUOTES), None)
    if close is None:
        return False
    for k in range(close + 1, min(limit, close + 5)):
        if not _capitalised(t, k):
            return False
        if t.lower[k] in ORG_HEADS or t.lower[k] in EVENT_HEADS:
            return True
    return False


def _paired_at(doc: Doc, start: int, end: int, nxt: int, limit: int) -> bool:
    """Whether a spaced dash at ``end`` pairs a place with what follows: the name (or its last part,
    after "of the") is a place, and a gathering's head, or a body's after the second side, is ahead."""
    t = Tokens.of(doc)
    part = max([k + 1 for k in range(start, end) if t.lower[k] in ("of", "the")] + [start])
    if part >= end or not _bare_place(doc, part, end):
        return False
    return _event_ahead(t, nxt, limit) or part > start and _body_ahead(t, nxt, limit)


def _body_ahead(t: Tokens, i: int, limit: int, joiners: tuple[str, ...] = ()) -> bool:
    """True when an organization head noun ends a run of capitalised words from token i (which
    ``joiners`` may join: "CNPC Economics & Technology Research Institute")."""
    k = i
    while k < limit and (_capitalised(t, k) or k > i and t.lower[k] in joiners):
        if t.lower[k] in ORG_HEADS:
            return True
        k += 1
    return False


def _event_ahead(t: Tokens, i: int, limit: int) -> bool:
    """True when an event head noun comes within a few words from token i, before punctuation."""
    for k in range(i, min(i + _QUOTED_PART, limit)):
        if t.punct[k]:
            return False
        if t.lower[k] in EVENT_HEADS:
            return True
    return False


def _extend(doc: Doc, start: int, end: int, limit: int) -> int:
    """Extend a name ending at ``end`` over capitalised words, title connectors, "and" and
    a quoted title inside it."""
    t = Tokens.of(doc)
    while end < limit:
        low = t.lower[end]
        if low in ("&", "and") and end - start >= 2 and is_year(t.text[end - 1]) and t.lower[end - 2] in EVENT_HEADS:
            break  # "Consular Reception 2019 & Night of X": a head and its year end a gathering's name
        if low in ("&", "and") and end + 1 < limit and t.text[end + 1] == "The":
            break  # "the X Department and The Y University": a capitalised article opens the next name
        if low == "," and (listed := _listed_end(doc, start, end, limit)):
            end = listed  # "Arts, Crafts and Cuisines Exhibition", "Chamber of Commerce, Industry and Agriculture (ICCIA)"
            continue
        quoted = _quoted_part_end(t, end + 1, limit) if low in _CONNECTORS and end + 1 < limit else None
        if quoted is None and low == "of" and t.lower[end - 1] in EVENT_HEADS and end + 1 < limit:
            quoted = _quoted_part_end(t, end + 1, limit, closing=True)  # "Unveiling Ceremony of “X Tableau” was held"
        if quoted is None and t.text[end] in OPENING_QUOTES and end + 1 < limit and _headed_run_after(doc, end, limit):
            quoted = _quoted_part_end(t, end, limit)  # "Conference of Tianfu New Area “Belt and Road” Alliance …"
        if quoted is not None:
            end = quoted
            continue
        if _capitalised(t, end):
            if low in _WEEKDAYS and (is_year(t.text[end - 1]) or t.ent[end - 1] in ("GPE", "LOC")):
                break  # "unveiled its pavilion at Expo 2023 Doha Sunday": the day it happened
            if low in _CONNECTORS and end + 1 < limit and _capitalised(t, end + 1) \
                    and t.lower[end + 1] not in _FUNCTION_WORDS and end > start + 1:
                end = word_end(doc, end + 1, limit)  # "China International Fair For Trade in Services"
                continue
            if low in _FUNCTION_WORDS and not t.upper[end] or low in _TITLE_AUXILIARIES:
                break  # "... from the U.S. Other countries": a new sentence; "Cuba Will Host …": a headline's verb
            end = word_end(doc, end, limit)
            continue
        nxt = end + 1
        if t.text[end].isdigit() and not is_year(t.text[end]) and (headed := _headed_run(doc, nxt, limit)):
            end = headed  # "the Semmelweis 250 Clinical Conference": a number inside the name its head ends
            continue
        if low == "on" and any(w in ORG_HEADS for w in t.lower[start:end]) \
                and not any(w in EVENT_HEADS for w in t.lower[start:end]) and _event_ahead(t, nxt, limit):
            break  # "Ministry for Mines on the Oil and Gas Conference": an organization, then the event
        if low == "&" and t.lower[end - 1] in ORG_HEADS and _body_ahead(t, nxt, limit, joiners=("&",)):
            break  # "ICEC Council & CNPC Economics & Technology Research Institute": two bodies
        if low in _CONNECTORS:
            if nxt < limit and t.lower[nxt] == "the" and low in _THE_AFTER:
                if _bare_place(doc, start, end):
                    break  # "welcome the Prime Minister to China for the SCO Summit": a place, then another name
                nxt += 1
            if nxt + 1 < limit and low == "of" and is_edition_word(t.text[nxt]) and not is_year(t.text[nxt]) \
                    and _can_start(t, nxt + 1):
                nxt += 1  # "Promotion Meeting of the 1st China-Africa Expo"
            if nxt < limit and _capitalised(t, nxt) and not is_year(t.text[nxt]) \
                    and t.ent[nxt] not in ("DATE", "TIME") and not _demonym_of_phrase(doc, nxt, limit):
                end = word_end(doc, nxt, limit)
                continue
        elif low in _TOPIC_LINKS and nxt < limit and _capitalised(t, nxt) and t.lower[nxt] not in _FUNCTION_WORDS \
                and t.ent[nxt] not in ("DATE", "TIME") \
                and any(t.lower[k] in ("on", "for") and t.lower[k - 1] in EVENT_HEADS
                        for k in range(start + 1, end - 1)):
            end = word_end(doc, nxt, limit)  # "Conference on Breaking Barriers through Diversity": its topic goes on
            continue
        elif low in _HEAD_LINKS and t.lower[end - 1] in EVENT_HEADS and nxt + 1 < limit \
                and _capitalised(t, nxt + (t.lower[nxt] == "the")) and t.ent[nxt + (t.lower[nxt] == "the")] != "DATE":
            end = word_end(doc, nxt + (t.lower[nxt] == "the"), limit)  # "Dialogue between Consular Officials and …"
            continue
        elif low == "with" and nxt < limit and _capitalised(t, nxt) and _headed_complement(t, start, end, ("for",)):
            end = word_end(doc, nxt, limit)  # "Association for Friendship with Foreign Countries"
            continue
        elif low == "in" and nxt < limit and _capitalised(t, nxt) and t.ent[nxt] not in ("GPE", "LOC", "DATE") \
                and not _is_place(t.text[nxt]) and not is_year(t.text[nxt]) and t.lower[end - 1] not in EVENT_HEADS:
            end = word_end(doc, nxt, limit)  # "Women in Energy Forum"; not "Forum in Beijing", "Week in Goa"
            continue
        elif low == "in" and nxt + 1 < limit and t.lower[nxt] in ("a", "an") and _capitalised(t, nxt + 1) \
                and t.ent[nxt + 1] not in ("GPE", "LOC", "DATE") and not _is_place(t.text[nxt + 1]) \
                and any(t.lower[k] in ("on", "for") and t.lower[k - 1] in EVENT_HEADS for k in range(start + 1, end - 1)):
            end = word_end(doc, nxt + 1, limit)  # "Conference on Healthcare in a Globalizing World": a title-case topic
            continue
        elif low == "in" and (headed := _headed_run_end(doc, start, end, nxt, limit)):
            end = headed  # "Made in Pakistan Exhibition": a place inside the name, which its head ends
            continue
        elif t.text[end] == "to" and t.lower[end - 1] in EVENT_HEADS and nxt + 1 < limit and _capitalised(t, nxt) \
                and _capitalised(t, nxt + 1) and t.ent[nxt] not in ("GPE", "LOC", "ORG", "PERSON", "DATE") \
                and t.lower[nxt] not in _FUNCTION_WORDS:
            end = word_end(doc, nxt, limit)  # "the 15th Annual Workshop to Coordinate Assistance and Protection"
            continue
        elif low == "in" and (region := _region_end(doc, start, end, nxt, limit)):
            end = region  # "Conference on Interaction and Confidence-Building Measures in Asia": a region of its topic
            continue
        elif low[:1] == "/" and t.lower[end - 1] in EVENT_HEADS and low[1:] in EVENT_HEADS and t.text[end][1:2].isupper():
            end += 1  # "Healthcare Exhibition /Conference": one event of two kinds
            continue
        elif low == "/" and t.lower[end - 1] in EVENT_HEADS and nxt < limit and t.lower[nxt] in EVENT_HEADS \
                and t.text[nxt][:1].isupper():
            end = nxt + 1  # "Cultural Week/Exhibition": the same, the slash a token of its own
            continue
        elif low == "and" and any(0 <= k and is_edition_word(t.text[k]) and not is_year(t.text[k])
                                  for k in (start - 1, start)) \
                and not any(w in EVENT_HEADS for w in t.lower[start:end]) \
                and (headed := _headed_run(doc, nxt, limit)):
            end = headed  # "the 16th Pak Pharma and Healthcare Exhibition": an edition opens one name
            continue
        elif low == "and" and end - start <= 3 and not any(w in EVENT_HEADS or w in ORG_HEADS and w not in _SECTOR_WORDS
                                                             for w in t.lower[start:end]) \
                and "PERSON" not in t.ent[start:end] and all(_capitalised(t, k) for k in range(start, end)) \
                and not (start > 0 and t.text[start - 1] == ",") and (headed := _headed_run(doc, nxt, limit)) \
                and headed - nxt <= 3:
            end = headed  # "Pak Pharma and Healthcare Expo 2020", "Kenya Dairy and Livestock Expo": one head for both
            # (not a list's last items: "A, Invest for Lakes and Hill Dialogue")
            continue
        elif low == "and" and nxt < limit and t.lower[end - 1] in EVENT_HEADS and t.lower[nxt] in EVENT_HEADS \
                and t.text[nxt][:1].isupper() and (nxt + 1 >= limit or not _capitalised(t, nxt + 1)):
            end = nxt + 1  # "Pharma West Africa Exhibition and Conference": one event of two kinds
            continue
        elif low == "and" and _places_pair(doc, start, end, nxt, limit):
            end = word_end(doc, nxt + 1, limit)  # "Workshop for Latin America and the Caribbean": one region
            continue
        elif low == "and" and (headed := _event_run_end(doc, start, end, nxt, limit)):
            end = headed  # "D-8 Chambers of Commerce and Industry Izmir Meeting": a body's name opens the event's
            continue
        elif low in HYPHENS and t.space[end - 1] and nxt < limit \
                and (_is_place(t.text[nxt]) or t.ent[nxt] == "NORP" or t.upper[nxt] and len(t.text[nxt]) > 1) \
                and not t.upper[end - 1] and _paired_at(doc, start, end, nxt, limit):
            # "Chile - Peru Opinion Leaders Meeting", "China – ASEAN Expo", "Uzbekistan – Bulgarian business
            # forum": two countries' (or a country's and a bloc's) gathering; "the 21st Meeting of the
            # Sri Lanka – China Business Council": their body
            end = word_end(doc, nxt, limit)
            continue
        elif low == "and" and nxt < limit and _capitalised(t, nxt) and not is_year(t.text[nxt]):
            # "Import and Export", "Lagos and Ogun Affairs Office" join; "A Ltd and B",
            # "Ontario Province and York University" are lists
            if _camel_case(t.text[nxt]):
                complete = True  # "the U.S. Chamber of Commerce and BusinessEurope": a brand opens another name
            elif t.lower[nxt] in ORG_HEADS and nxt + 1 < limit and t.lower[nxt + 1] in ("of", "for") \
                    and end - start == 1 and t.upper[start]:
                complete = True  # "CCOIC and Ministry of Science and Technology": an acronym, then a body's own name
            elif _venue_after(doc, end, nxt, limit) or _spelt_by_acronym(t, start, word_end(doc, nxt, limit), limit):
                complete = False  # "Hong Kong Convention and Exhibition Centre", whatever NER says of its start;
                # "Conference on Shipping and Ports (UNCSP)": the acronym after it spells the whole name
            elif _bare_place(doc, start, end) and not (start > 0 and is_edition_word(t.text[start - 1])):
                # (but "the 11th China and Globalisation Forum": an edition opens one name)
                after = word_end(doc, nxt, limit)
                complete = not _is_place(doc[nxt:after].text) or (after < limit and t.lower[after] in ORG_HEADS)
            elif _headed_complement(t, start, end) and _own_head_ahead(doc, nxt, limit):
                complete = True  # "Council for the Promotion of Trade and National Administration of X": two bodies
            else:
                complete = _ends_unit(t, end) and not _joined_complement(doc, start, end, nxt, limit)
            if not complete:
                end = word_end(doc, nxt, limit)
                continue
        break
    return end


def _camel_case(word: str) -> bool:
    """True for a word with a capital inside it after lower-case letters ("BusinessEurope", "PepsiCo")."""
    return word[:1].isupper() and not word.isupper() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _spelt_by_acronym(t: Tokens, start: int, end: int, limit: int) -> bool:
    """True when "(ACRONYM)" right after ``t[start:end]`` gives the initials of its capitalised words."""
    if end + 2 >= limit or t.text[end] != "(" or t.text[end + 2] != ")" or not t.upper[end + 1]:
        return False
    initials = "".join(t.text[k][0] for k in range(start, end) if t.text[k][:1].isupper())
    return len(initials) >= 3 and initials == t.text[end + 1]


def _comma_run_end(t: Tokens, comma: int, limit: int) -> int | None:
    """The end of a run of capitalised words after a comma that goes on over commas and closes
    with "and" ("…, Industry, Mines and Agriculture"), else None."""
    k, joined = comma, False
    while k < limit and t.text[k] == "," and not joined:
        k += 1
        if k < limit and t.lower[k] == "and" and k > comma + 1:  # (not "in September, and China X Expo")
            k, joined = k + 1, True
        if k >= limit or not _capitalised(t, k):
            return None
        while k < limit and (_capitalised(t, k) or t.lower[k] in _CONNECTORS and k + 1 < limit and _capitalised(t, k + 1)):
            k += 1
        if k < limit and t.lower[k] == "and" and k + 1 < limit and _capitalised(t, k + 1):
            k, joined = k + 1, True
            while k < limit and _capitalised(t, k):
                k += 1
    return k if joined else None


_MEMBER_WORDS = 3  # words of one item in a list of the members a gathering is of


def _listed_end(doc: Doc, start: int, comma: int, limit: int) -> int | None:
    """The end of a name whose words a comma and "and" list ("Arts, Crafts and Cuisines
    Exhibition", "Forum on Women, Peace and Security", "Chamber of Commerce, Industry and
    Agriculture (ICCIA)"): a list of single words that closes in a gathering's head or is the
    topic of one, a list of the members a gathering is of, a few words each ("Conference of
    Ambassadors, Consuls General and Directors General"), a body's portfolio of single words
    ("Chamber of Commerce, Industry and Agriculture"), or a run that a bracketed acronym
    spells from before the comma to its end (there, or where the article writes the run again).
    None otherwise."""
    t = Tokens.of(doc)
    k = _comma_run_end(t, comma, limit)
    if k is None:
        return None
    joint = max(j for j in range(comma, k) if t.lower[j] == "and")
    topic = next((j + 2 for j in range(start, comma - 2) if t.lower[j] in EVENT_HEADS and t.lower[j + 1] in ("on", "for")),
                 None)  # "Forum on Women, Peace and Security": the list is the gathering's topic
    members = next((j + 2 for j in range(start, comma - 1) if t.lower[j] in EVENT_HEADS and t.lower[j + 1] == "of"
                    and t.lower[comma - 1].endswith("s")), None)  # "Conference of Ambassadors, Consuls General and …"
    first = topic if topic is not None else members if members is not None else start
    items = [item.split() for item in " ".join(t.text[first:joint]).split(",") if item.strip()] + [t.lower[joint + 1:k]]
    if first == start and t.lower[k - 1] in EVENT_HEADS:
        items[0] = items[0][-1:]  # "2016 G20 Science, Technology and Innovation Ministers Meeting": the list's first word
    portfolio = comma - 3 >= start and t.lower[comma - 2] == "of" and t.lower[comma - 3] in ORG_HEADS
    if portfolio and all(len(item) == 1 for item in items[1:]):
        return k  # "Chamber of Commerce, Industry and Agriculture", "Ministry of Trade, Industry and Tourism"
    if (topic is not None or members is not None or t.lower[k - 1] in EVENT_HEADS) \
            and all(len(item) == 1 or (members is not None and len(item) <= _MEMBER_WORDS) for item in items[:-1]) \
            and (members is None or (len(items[-1]) <= _MEMBER_WORDS
                                     and all(any(w.lower().endswith("s") for w in item) for item in items))) \
            and not any(w in EVENT_HEADS or w in ORG_HEADS for w in t.lower[first:joint]):
        return k  # (one word per item before "and": not "events like A B, C for D and E Dialogue")
    words = [i for i in range(start, k) if t.text[i][:1].isupper() and t.lower[i] not in _CONNECTORS
             and t.lower[i] not in _FUNCTION_WORDS]  # (the acronym may spell the end of a longer name)
    if k + 2 < limit and t.text[k] == "(" and t.text[k + 2] == ")" and _ABBR.match(t.text[k + 1]):
        acronym = [ch for ch in t.text[k + 1] if ch.isupper()]
        spelled = words[-len(acronym):]
        return k if len(words) >= len(acronym) and spelled[0] < comma \
            and [t.text[i][0] for i in spelled] == acronym else None
    for first in (i for i in words if i < comma):  # the run written elsewhere with the acronym that spells it
        spelling = [t.text[i][0] for i in words if i >= first]
        for m in re.finditer(re.escape(doc[first:k].text) + r"\s*\(([A-Z][\w&.-]*)\)", doc.text):
            if [ch for ch in m.group(1) if ch.isupper()] == spelling:
                return k
    return None


def _demonym_of_phrase(doc: Doc, k: int, limit: int) -> bool:
    """True for a demonym before a lower-case noun ("a Dinner Reception for the Indian community"):
    a common noun phrase after the name, not a word of it."""
    after = word_end(doc, k, limit)
    return doc[k].ent_type_ == "NORP" and after < limit and doc[after].is_lower and doc[after].is_alpha


def after_officer(doc: Doc, start: int) -> bool:
    """True for a name at token ``start`` after an officer's title ("as the current Chair of the
    X Forum"): a body that has officers, neither a gathering nor the one acting."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in OFFICER_WORDS


def names_office(doc: Doc, name: Name) -> bool:
    """True for a name that is an office or follows one ("Chair of the X Forum", "as the Chair of the
    X Forum"): the post someone holds, not the body acting."""
    return after_officer(doc, name.start) or (name.end - name.start > 2 and doc[name.start].lower_ in OFFICER_WORDS
                                               and doc[name.start + 1].lower_ == "of")


def abbreviation_end(doc: Doc, k: int, limit: int) -> int | None:
    """The end of a bracketed abbreviation opening at token ``k`` ("(SCO)"), or None."""
    if k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")" and _ABBR.fullmatch(doc[k + 1].text):
        return k + 3
    return None


def _agency_after_place(t: Tokens, i: int, limit: int) -> bool:
    """True for a word in capitals after a dateline's place in capitals and its full stop, before
    a capitalised word ("AKTOBE. KAZINFORM Kazakh-Russian …"): the news agency's name."""
    return 2 <= i and i + 1 < limit and t.text[i - 1] == "." and t.upper[i - 2] and len(t.text[i - 2]) >= 3 \
        and (i == 2 or t.text[i - 3].strip() == "" or t.text[i - 3].isdigit()) \
        and t.upper[i] and len(t.text[i]) >= 4 and t.text[i].isalpha() and t.text[i + 1][:1].isupper() \
        and not t.upper[i + 1]


def name_at(doc: Doc, i: int, limit: int) -> Name | None:
    """The name starting at token i (a leading determiner is skipped), or None."""
    t = Tokens.of(doc)
    while i < limit and t.lower[i] in _DETERMINERS and not _hyphen_prefix(t, i):  # (but "All-China …")
        i += 1
    if _agency_after_place(t, i, limit):
        i += 1  # "BAKU. KAZINFORM Turkic Business Forum will be held": the news agency opens the body
    if i + 1 < limit and i > 0 and is_calendar_word(t.text[i]) and t.text[i - 1][-1:].isdigit() and _capitalised(t, i + 1):
        i += 1  # "during the 22-23 October Tbilisi Silk Road Forum": the month ends the date before the name
    start = i
    opening = word_end(doc, i, limit) if i < limit else i
    if opening > i + 1 and _ISO_DATE.fullmatch(doc[i:opening].text):
        return name_at(doc, opening, limit)  # a page's "2022-09-13 Seminar held …": the date names nothing
    while i < limit:
        glued = word_end(doc, i, limit)
        word = t.text[i] if glued == i + 1 else doc[i:glued].text
        if is_edition_word(word) or (i > start and t.lower[i] in _EDITION_FOLLOWERS):
            i = glued  # "the Seventy-seventh" is one edition word of three tokens
        else:
            break
    edition = i - start
    if i >= limit or not (_can_start(t, i) or edition and _capitalised(t, i)):
        return None
    first = word_end(doc, i, limit)
    if not edition and first - i >= 3 and t.lower[first - 1] in _DESCRIPTOR_SUFFIXES and first < limit:
        return name_at(doc, first, limit)  # "Lyon-based Bioral Pharma" is Bioral Pharma
    name = Name(doc, start, _extend(doc, i, first, limit), edition=edition)
    _read_parenthesis(name, limit)
    return name


@lru_cache(maxsize=16384)
def _is_place(text: str) -> bool:
    gazetteer = get_gazetteer()
    city = gazetteer.city(text)
    return bool(gazetteer.country(text) or city and city.population >= 100_000)


def _read_parenthesis(name: Name, limit: int) -> None:
    """Attach "(ABBR)" or "(Qualifier)" right after a name, and an "of Place" that follows it."""
    doc, j = name.doc, name.end
    t = Tokens.of(doc)
    if j + 2 >= limit or t.text[j] != "(":
        return
    close = next((k for k in range(j + 1, min(j + 6, limit)) if t.text[k] == ")"), None)
    if close is None or close == j + 1:
        return
    inner = doc[j + 1:close].text
    place = all(t.ent[k] in ("GPE", "LOC") for k in range(j + 1, close)) or _is_place(inner)
    if not place:
        if not (_ABBR.match(t.text[j + 1]) or close == j + 2 and _capitalised(t, j + 1)):
            return
        name.abbr = inner
    name.paren = (j, close + 1)
    name.end = close + 1
    if name.end + 1 < limit and t.lower[name.end] == "of" and _capitalised(t, name.end + 1):
        name.end = _extend(doc, name.end, name.end + 1, limit)
    elif name.end < limit and _can_start(t, name.end):
        longer = _extend(doc, name.start, word_end(doc, name.end, limit), limit)
        if place or t.lower[longer - 1] in EVENT_HEADS or _is_place(doc[name.end:longer].text):
            # "China (Gansu) TCM Expo", "X (MDDI) Symposium", "American Chamber of Commerce (AmCham) Bangladesh"
            if t.lower[longer - 1] in EVENT_HEADS and not place:
                name.abbr = None  # the abbreviation stands for the words before it, not the whole name
            name.end = longer


def names_in(doc: Doc, start: int, end: int) -> list[Name]:
    """Every maximal name in ``doc[start:end]``, left to right."""
    out: list[Name] = []
    i = start
    while i < end:
        name = name_at(doc, i, end)
        if name is None:
            i += 1
            continue
        out.append(name)
        i = max(name.end, i + 1)
    return out


def _after_appositive(t: Tokens, j: int, limit: int) -> int:
    """Token j, or the token after ", a subsidiary of X," when such an appositive starts at j."""
    if j < limit and t.lower[j] in ("a", "an", "which", "whose", "one"):
        close = next((k for k in range(j + 1, min(j + _APPOSITIVE_REACH, limit)) if t.text[k] == ","), None)
        if close is not None:
            return close + 1
    return j


def _after_government(doc: Doc, j: int, limit: int) -> int:
    """Token j, or the token after "Government of X" when it starts at j right after a comma: the
    government a listed body belongs to ("Ministry of Mines, Government of India, and ..."), no item
    of its own."""
    t = Tokens.of(doc)
    if j + 2 < limit and t.text[j] == "Government" and t.lower[j + 1] == "of":
        name = name_at(doc, j, limit)
        if name is not None:
            return name.end + 1 if name.end < limit and t.text[name.end] == "," else name.end
    return j


def _after_possessive_description(doc: Doc, name: Name, limit: int) -> Name | None:
    """The name after "<Place>’s <lower-case description>" ("Germany’s international development agency
    GIZ"), when ``name`` is that place with its possessive."""
    k = name.end
    if len(name.span) == 1 and k < limit and doc[k].text in ("’s", "'s"):
        k += 1  # (the possessive after the name, or read into it)
    elif not (len(name.span) == 2 and doc[k - 1].text in ("’s", "'s")):
        return None
    j = k
    while j < limit and j - k < 5 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    return name_at(doc, j, limit) if j > k and j < limit and doc[j].text[:1].isupper() else None


def name_list(doc: Doc, i: int, limit: int, grow: Callable[[Name], Name] | None = None) -> list[Name]:
    """Names listed from token i: "A, B and C", "A as well as B", "A and the B", "A and also B"; ``grow``
    may lengthen each name before the list goes on (organization names with commas)."""
    out: list[Name] = []
    closing = False  # the last item follows "and"
    t = Tokens.of(doc)
    while i < limit:
        quoted = doc[i].is_quote and i + 1 < limit  # "organized by “EVEX Medical Corporation” and B"
        name = name_at(doc, i + quoted, limit)
        if name is None:
            break
        if len(name.span) == 1 and name.end + 1 < limit and doc[name.end].is_quote \
                and (named := name_at(doc, name.end + 1, limit)) is not None:
            name, quoted = named, True  # "the NGO “Association Esku”": a kind, then the quoted name
        elif (described := _after_possessive_description(doc, name, limit)) is not None:
            name = described  # "the Germany’s international development agency GIZ": the name after it
        if grow:
            name = grow(name)
        out.append(name)
        j = name.end + (quoted and name.end < limit and doc[name.end].is_quote)
        if closing:
            rest = name_list(doc, j + 1, limit, grow) if j + 1 < limit and t.text[j] == "," else []
            if len(rest) > 1 and not any(_is_place(n.text) or n.end - n.start == 1 and t.ent[n.start] == "GPE" for n in rest):
                out.extend(rest)  # "A and B, C and D": a pair, then a list of its own that closes with "and"
            break
        if j < limit and t.text[j] == ",":
            j = _after_appositive(t, j + 1, limit)
            j = _after_government(doc, j, limit)
        if j < limit and t.lower[j] in ("and", "&"):
            j += 1 + (j + 1 < limit and t.lower[j + 1] == "also")  # ("A and also B")
            closing = True
        elif j + 2 < limit and t.lower[j:j + 3] == ["as", "well", "as"]:
            j += 3
            closing = True
        elif j == name.end:
            break
        if j < limit and t.lower[j] in ("other", "related", "several", "various"):
            break
        i = j
    return out
