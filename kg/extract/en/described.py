"""Gatherings an article describes instead of naming ("hosted a farewell reception for the
ambassador", "ahead of their 18th extraordinary summit billed for tomorrow", "Pak Pharma and
Healthcare expo ... kickstarted").

Read only where the rules over names leave a gap (events.py): when no name in the article
gives an event (the first body sentences and the headline), and in a sentence saying a
gathering was held on the sidelines of or during another. spaCy's tagger and parser run on
those few sentences only (the NER pipeline leaves them out for speed).
A described gathering is a noun phrase headed by a gathering noun that a reporting predicate
holds, attends or schedules, with at least one modifier before its head or a complement after
it ("a meeting with investors" describes no event). Its names are the phrase as written,
with its complement ("... for X", "... on X", "... to celebrate X", "... of her country's X") and
without it, and
without a leading edition or praise ("18th extraordinary summit", "extraordinary summit";
"lively farewell reception", "farewell reception").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.en.context import is_duration_word
from kg.extract.en.names import abbreviation_end, is_calendar_word, ordinal_value
from kg.extract.places import get_gazetteer
from kg.extract.en.patterns import (BARE_OCCASIONS, DESCRIBED_HEADS, DESCRIBED_NOT, DESCRIBING_VERBS, EVALUATIVE_WORDS,
                                    KIND_FIRST_HEADS, PERSON_HONORIFICS, SCHEDULING_VERBS, TITLE_WORDS)

DESCRIBED_SENTENCES = 6  # body sentences that may report a described gathering
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
_COMPLEMENT_OPENERS = frozenset({"for", "on", "of", "about", "against"})
_COMPLEMENT_STOPS = frozenset({"in", "at", "on", "during", "from", "by", "with", "after", "before", "since", "which",
                               "that", "who", "where", "while", "as", "to", "under", "through", "amid"})
_DAY_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_COMPLEMENT_REACH = 16  # tokens of a complement after the head
_TRIBUTE_NOUNS = frozenset({"honour", "honor", "celebration", "commemoration", "memory", "recognition"})
_ANCESTOR_REACH = 4  # steps up the parse from the head to the verb that reports it
#: dependencies of a noun phrase's head: an argument of a verb or preposition
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
_HOLDING_LEMMAS = frozenset({"hold", "convene", "organize", "organise", "stage", "host"})
_APPOSITIVE_REACH = 8  # tokens of a proper name set off after a described gathering
_NAME_LINKS = frozenset({"of", "and", "for", "on", "the", "&", "in", "-"})  # lower-case words inside a name
#: words that count gatherings and name none ("several meetings", "numerous seminars")
_QUANTIFIERS = frozenset({"several", "many", "numerous", "various", "multiple", "some", "few", "countless", "series"})
#: prepositions opening a second complement inside a described gathering's first ("on X | for Y")
_INNER_OPENERS = frozenset({"for", "among", "between"})
_DURATION_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "long"})  # end "two-day", "10-day"


@dataclass
class Description:
    """A described gathering: its character span in the parsed text and its names."""

    start_char: int
    end_char: int
    head: str
    names: list[str]


@lru_cache(maxsize=2)
def syntax_pipeline(model: str) -> Language:
    """The model's tagger and parser (its NER left out), loaded once per model."""
    return spacy.load(model, exclude=["ner"])


def describe(nlp: Language, texts: list[str], bare: bool = False) -> Iterator[tuple[int, Description]]:
    """Each text's described gatherings, as (index of the text, description), in order; with
    ``bare``, an occasion named by its head alone too ("hosted a reception Monday night")."""
    for index, doc in enumerate(nlp.pipe(texts)):
        for token in doc:
            description = _described(doc, token, bare)
            if description is not None:
                yield index, description


def _described(doc: Doc, head: Token, bare: bool) -> Description | None:
    if head.lower_ not in DESCRIBED_HEADS or not (head.pos_ in ("NOUN", "PROPN") or head.dep_ in _ARGUMENTS) \
            or not _reported(head):
        return None  # (the tagger may take a head for an adjective: "hosted a business roundtable(ADJ, dobj)")
    if head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a gala reception": the last noun of the compound is the head
    if head.lower_ in KIND_FIRST_HEADS and not (head.pos_ == "NOUN" and head.i > 0
                                                and doc[head.i - 1].pos_ in ("NOUN", "PROPN")):
        return None
    start = _left_edge(doc, head)
    end = _complement_end(doc, head)
    if start == head.i and end is None and not (bare and (head.lower_ in BARE_OCCASIONS or _held_subject(head))):
        return None
    if end is None:  # a participle names what a described gathering is for, but describes none by itself
        end = _complement_end(doc, head, participle=True)
    words = [t.lower_ for t in doc[start:head.i]]
    if any(w in DESCRIBED_NOT for w in words):
        return None
    names = [_text(doc[start:end])] if end is not None else []
    if end is not None:
        longer = _complement_list_end(doc, end)  # "… among sectors, enterprises, and organisations of X and Y"
        if longer is not None:
            names.insert(0, _text(doc[start:longer]))
        inner = next((j for j in range(head.i + 3, end) if doc[j].lower_ in _INNER_OPENERS), None)
        if inner is not None:  # "workshop on X for Y stakeholders" is also the "workshop on X"
            names.append(_text(doc[start:inner]))
    whole = _subject_end(head)
    if whole is not None and whole > (end or head.i + 1):  # "A meeting with a view to X was organized"
        names.insert(0, _text(doc[start:whole]))
        end = whole
    names.append(_text(doc[start:head.i + 1]))
    if start < head.i and (ordinal_value(doc[start].lower_) is not None or doc[start].lower_ in EVALUATIVE_WORDS):
        names.append(_text(doc[start + 1:head.i + 1]))  # "extraordinary summit", "farewell reception"
    stop = end if end is not None else head.i + 1
    named = _appositive(doc, stop)
    if named is not None:  # "the international medical conference, Future of Medicine 2.0 (FOM 2.0)."
        names[:0] = named[1]
        stop = named[0]
    return Description(doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1]), head.lower_,
                       list(dict.fromkeys(names)))


def _appositive(doc: Doc, k: int) -> tuple[int, list[str]] | None:
    """(end, names) of a proper name set off after a described gathering, which ends its sentence
    or is followed by its short form in brackets ("…, Future of Medicine 2.0 (FOM 2.0)."); else None."""
    if k + 2 >= len(doc) or doc[k].text != "," or not doc[k + 1].is_title or doc[k + 1].lower_ in PERSON_HONORIFICS \
            or doc[k + 1].lower_ in TITLE_WORDS:
        return None
    end, j = None, k + 1
    while j < min(len(doc), k + 1 + _APPOSITIVE_REACH):
        tok = doc[j]
        if tok.is_title or (tok.is_upper and tok.is_alpha) or (tok.like_num and end is not None):
            end = j + 1
        elif not (tok.lower_ in _NAME_LINKS and end is not None):
            break
        j += 1
    if end is None or end - k < 3 or get_gazetteer().find(doc[k + 1:end].text, "en"):
        return None
    name = doc[k + 1:end].text
    close = next((i for i in range(end + 1, min(len(doc), end + 5)) if doc[i].text == ")"), None)
    if end < len(doc) and doc[end].text == "(" and close is not None and close > end + 1:
        short = doc[end + 1:close].text
        return close + 1, [f"{name} ({short})", name, short]
    if end == len(doc) or doc[end].text in (".", ";"):
        return end, [name]
    return None


def _held_subject(head: Token) -> bool:
    """Whether a bare head with an indefinite article is the subject of a passive holding verb ("A
    seminar has been held in X", "a meeting was convened"): a gathering told of by its kind alone."""
    return head.dep_ == "nsubjpass" and head.head.lemma_.lower() in _HOLDING_LEMMAS \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)  # ("the forum" refers back)


def _subject_end(head: Token) -> int | None:
    """The end of the whole subject a held gathering's head opens ("A meeting with a view to
    enhancing X in Germany | was organized"): its words up to the holding verb, when they run on
    without a break; else None."""
    if not _held_subject(head):
        return None
    verb = head.head
    first_aux = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb.i])
    end = max(t.i for t in head.subtree) + 1
    words = head.doc[head.i + 1:end]
    if end != first_aux or len(words) > _COMPLEMENT_REACH + 4 or any(t.is_punct for t in words):
        return None
    return end


def _reported(head: Token) -> bool:
    """Whether a verb above the head (within a few steps) or a participle on it says the
    gathering is held, attended or scheduled."""
    node = head
    for _ in range(_ANCESTOR_REACH):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.lemma_.lower() in DESCRIBING_VERBS or node.lower_ in DESCRIBING_VERBS or _under_way(node):
                return True
            break
    if head.dep_ == "ROOT" and head.pos_ == "NOUN":  # the parser's noun root over its own verb ("A workshop on X
        return any(t.pos_ == "VERB" and t.lemma_.lower() in DESCRIBING_VERBS  # in Y commenced today"): the verb in its subtree
                   for t in head.subtree if t.i > head.i)
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SCHEDULING_VERBS for c in head.children)


def _under_way(verb: Token) -> bool:
    """Whether a verb says its subject gets under way ("the conference gets under way", "got underway")."""
    return verb.lemma_.lower() in ("get", "be") and any(
        c.lower_ == "underway" or (c.lower_ == "under" and any(g.lower_ == "way" for g in c.children))
        for c in verb.children)


def _left_edge(doc: Doc, head: Token) -> int:
    """The first modifier word before the head: nouns, adjectives, names, numbers, the
    hyphens and "and" between them; a leading duration ("two-day") is left out."""
    start = head.i
    k = head.i - 1
    while k >= 0:
        tok = doc[k]
        if tok.lower_ in _QUANTIFIERS:
            break  # "held several meetings with X": how many, not which
        if tok.pos_ in _MODIFIER_POS or (tok.text == "-" and not tok.whitespace_) or _named_possessive(doc, k) \
                or _spaced_dash(doc, k) or _common_possessive(doc, k) \
                or (tok.lower_ in ("and", "&") and k > 0 and doc[k - 1].pos_ in _MODIFIER_POS):
            if tok.pos_ in _MODIFIER_POS:
                start = k
            k -= 1
            continue
        break
    for k in range(start, head.i):  # "the 14 to 17 April 2014 meeting", "2022-09-13 Seminar": a date is no modifier
        if is_calendar_word(doc[k].text) or (doc[k].text == "-" and doc[k - 1].like_num):
            start = k + 1
            while start < head.i and (doc[start].like_num or doc[start].text in (",", "-")):
                start += 1
    k = start
    while k < head.i and (is_duration_word(doc[k]) or doc[k].text == "-"):
        if doc[k].lower_ in _DURATION_NOUNS:
            start = k + 1
        k += 1
    while start < head.i and doc[start].lower_ in ("and", "&", "-"):
        start += 1
    return start


def _common_possessive(doc: Doc, k: int) -> bool:
    """Whether token k closes a common noun's possessive inside a described gathering ("the honorary
    consuls’ conference", "a farmers' festival"): the noun is a modifier of the phrase."""
    return doc[k].dep_ == "case" and k > 0 and doc[k - 1].dep_ == "poss" and doc[k - 1].pos_ == "NOUN" \
        and doc[k - 1].is_lower


def _spaced_dash(doc: Doc, k: int) -> bool:
    """Whether token k is a dash with spaces between two capitalised words ("Uzbekistan – Bulgarian
    business forum"): one modifier of two sides (not a dateline's "LAHORE – Regional trade seminar")."""
    return doc[k].text in ("-", "–", "—") and 0 < k < len(doc) - 1 and doc[k - 1].pos_ == "PROPN" \
        and doc[k - 1].text[:1].isupper() and not doc[k - 1].is_upper and doc[k + 1].text[:1].isupper()


def _named_possessive(doc: Doc, k: int) -> bool:
    """Whether token k is the "'s" of a possessive inside a title-case name ("Ambassador's Choice
    film festival", "Governor's Cup"): a capitalised common word before it, a capitalised word
    after; a place's, people's or person's possessive ("Pakistan's", "Modi's") opens no name."""
    if doc[k].text not in ("'s", "’s") or k == 0 or k + 1 >= len(doc):
        return False
    owner, after = doc[k - 1], doc[k + 1]
    return owner.is_title and not owner.whitespace_ and after.is_title and after.pos_ in _MODIFIER_POS \
        and owner.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") and not get_gazetteer().find(owner.text, "en")


def _complement_end(doc: Doc, head: Token, participle: bool = False) -> int | None:
    """End of the complement after the head ("for X", "on X", "to celebrate X", "dedicated to X",
    "in honour of X", with ``participle`` also "marking X"), or None."""
    j = head.i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].pos_ == "VERB":
        j += 2
    elif participle and j + 1 < len(doc) and doc[j].tag_ == "VBG" and doc[j].head.i == head.i:
        j += 1  # "a reception marking the 206th anniversary of X"
    elif j + 2 < len(doc) and doc[j].tag_ == "VBN" and doc[j].head.i == head.i and doc[j + 1].lower_ == "to":
        j += 2  # "a conference devoted to X"
    elif j + 3 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].lower_ in _TRIBUTE_NOUNS and doc[j + 2].lower_ == "of":
        j += 3  # "a dinner in honour of X"
    elif j + 1 < len(doc) and doc[j].lower_ in _COMPLEMENT_OPENERS and doc[j].pos_ == "ADP" \
            and not _dated(doc[j + 1]):  # "the meeting on December 5" gives a date, no topic
        j += 1
    else:
        return None
    end, first, k = None, None, j
    while k < min(len(doc), j + _COMPLEMENT_REACH):
        after = abbreviation_end(doc, k, len(doc))
        if after is not None:  # "of the Shanghai Cooperation Organization (SCO) member nations"
            k = after
            continue
        tok = doc[k]
        if tok.lower_ in _COMPLEMENT_STOPS \
                or (tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ") and tok.dep_ not in ("amod", "poss")) \
                or (tok.is_punct and tok.text not in ("-", "'s", "’s")):
            return end
        if tok.lower_ in ("and", "&") and first is None and k + 1 < len(doc) and doc[k + 1].pos_ == "DET":
            first = end  # "marking the 206th anniversary of X and the 70th anniversary of Y"
        if tok.pos_ in _MODIFIER_POS or tok.dep_ == "amod":
            end = k + 1
        k += 1
    return first or end  # a complement running past its reach ends with its first conjunct


def _complement_list_end(doc: Doc, k: int) -> int | None:
    """The end of a list a complement ending at a comma at ``k`` goes on with ("sectors, enterprises,
    and organisations of X"): nouns and their modifiers over commas to an "and" and its item, else None."""
    if k >= len(doc) or doc[k].text != ",":
        return None
    joined, end = False, None
    for j in range(k + 1, min(len(doc), k + _COMPLEMENT_REACH)):
        tok = doc[j]
        if tok.text == "," or tok.lower_ in ("and", "&"):
            joined = joined or tok.lower_ in ("and", "&")
            continue
        if tok.pos_ in _MODIFIER_POS or tok.dep_ == "amod" or (tok.lower_ in ("of", "the") and end is not None):
            end = j + 1 if tok.pos_ in _MODIFIER_POS else end
            continue
        break
    return end if joined and end is not None and end > k + 2 else None


def _dated(token: Token) -> bool:
    """Whether a phrase opening with ``token`` tells a date ("5 June", "Monday", "the 5th")."""
    if token.like_num or is_calendar_word(token.text):
        return True
    return token.lower_ == "the" and token.i + 1 < len(token.doc) and bool(_DAY_ORDINAL.fullmatch(token.nbor().lower_))


def _text(span: Span) -> str:
    return span.text.strip(" ,")
