"""Comparison keys of names: edition and year stripped, words folded, glossed across languages.

Chinese names compare by their simplified, punctuation-free form (``kg.model.names.normalise``);
English names also by their content words, folded by ``data/words.tsv`` ("Chinese" as
"China", "healthcare" as "health"), so "UAE-India Health Conference" and "UAE-India
Healthcare Conference" share a key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from kg.graph.identity import split_edition
from kg.model.names import has_han, normalise, to_simplified

_CN_TENS = {"廿": 20, "卅": 30}
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
_EN_ORDINALS["inaugural"] = 1
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_EN_ORDINALS |= {w[:-1] + "ieth": n for w, n in _TENS.items()}  # twentieth … ninetieth
#: a leading ordinal from the twentieth on ("Twenty-first …", "Thirtieth …"), which split_edition leaves in the name
_COMPOUND = re.compile(rf"^(?:the\s+)?(?:({'|'.join(_TENS)})[\s\u2010-\u2015\-]+({'|'.join(list(_EN_ORDINALS)[:9])})"
                       rf"|({'|'.join(w for w in _EN_ORDINALS if w.endswith('ieth'))}))\b\s*", re.IGNORECASE)
_ORDINAL = re.compile(r"第([0-9零〇一二两三四五六七八九十百廿卅]+)[届屆]|(首)[届屆]|\b(\d{1,3})(?:st|nd|rd|th)\b|\b([a-z]+)\b",
                      re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\-]")
_CO = re.compile(r"\bco[\u2010-\u2015\-]", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")  # within a word: Bo'ao, Xi'an (pinyin)


def _chinese_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, unit_seen, digit = 0, False, 0
    for ch in text:
        if ch == "百":
            total += (digit or 1) * 100
            digit, unit_seen = 0, True
        elif ch == "十":
            total += (digit or 1) * 10
            digit, unit_seen = 0, True
        elif ch in _CN_TENS:  # 廿 20, 卅 30 ("第廿五届")
            total += _CN_TENS[ch]
            unit_seen = True
        elif ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            return None
    return total + digit if (unit_seen or digit) else None


def edition(name: str) -> int | None:
    """The edition number written in a name: 第四届 / 4th / fourth / twenty-first / 首届 / inaugural;
    None when none."""
    if compound := _COMPOUND.match(name.strip()):
        tens, unit, round_ = compound.groups()
        return _EN_ORDINALS[round_.lower()] if round_ else _TENS[tens.lower()] + _EN_ORDINALS[unit.lower()]
    for m in _ORDINAL.finditer(split_edition(simplified(name))[1] or name[:40]):
        zh, first, digits, word = m.groups()
        if zh:
            return _chinese_number(zh)
        if first or digits:
            return 1 if first else int(digits)
        if word and word.lower() in _EN_ORDINALS:
            return _EN_ORDINALS[word.lower()]
    return None


def name_year(name: str) -> str | None:
    """A year written in a name's edition part ("2025中国…", "… Forum 2023")."""
    found = _YEAR.search(split_edition(simplified(name))[1])
    return found.group(1) if found else None


def _demonyms() -> dict[str, str]:
    """English demonyms folded to their country's one-word name ("norwegian" -> "norway"),
    from the gazetteer's table, so "Norwegian Dental Association" meets 挪威 (Norway)."""
    from kg.graph import places

    table = resources.files("kg.extract.places").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    fold = {}
    for line in table.splitlines():
        code, _, demonym = line.partition("\t")
        if line.startswith("#") or not demonym or " " in demonym.strip():
            continue
        country = places.country(code)
        if country and " " not in country.name_en:
            fold[demonym.strip().casefold()] = country.name_en.casefold()
    return fold


@lru_cache(maxsize=1)
def _word_rules() -> tuple[dict[str, str], frozenset[str]]:
    fold: dict[str, str] = _demonyms()
    stop: set[str] = set()
    text = resources.files("kg.resolve").joinpath("data/words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or not line.strip():
            continue
        if parts[0] == "fold" and len(parts) == 3:
            fold[parts[1]] = parts[2]
        elif parts[0] == "stop" and len(parts) == 2:
            stop.add(parts[1])
    return fold, frozenset(stop)


def words(name: str) -> list[str]:
    """An English name's words, folded ("co-operative" -> "cooperative", "Chinese" -> "china",
    "Bo'ao" -> "boao")."""
    fold, _ = _word_rules()
    text = _CO.sub("co", unicodedata.normalize("NFKC", name).casefold())
    text = _APOSTROPHE.sub("", _DASHES.sub(" ", text.replace("’", "'").replace("'s", "")))
    return [fold.get(w, w) for w in _WORD.findall(text)]


@lru_cache(maxsize=65536)
def content_words(name: str) -> frozenset[str]:
    """The words that carry meaning (``words`` less the stop words), as a set."""
    _, stop = _word_rules()
    return frozenset(w for w in words(name) if w not in stop)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """A name's comparison key: Chinese normalised and simplified; English words folded, joined."""
    if has_han(name):
        return normalise(name)
    return "".join(words(name))


@lru_cache(maxsize=65536)
def core(name: str) -> str:
    """The name without its edition (year, ordinal, 届), Chinese in simplified characters."""
    name = name.strip()
    return split_edition(simplified(name[compound.end():] if (compound := _COMPOUND.match(name)) else name))[0]


def core_key(name: str) -> str:
    """The comparison key of a name without its edition: the event-series key."""
    return key(core(name))


def abbreviation(name: str, key: str, first: str) -> bool:
    """A defined abbreviation, not a full name (``key`` is the name's key, ``first`` the key of
    the first name given with it): one Latin word, or a Chinese short form of the first name."""
    if key == first and len(key) > 4:
        return False
    if has_han(name):
        return len(key) <= 4 and (len(key) < len(first) or len(key) <= 2)
    return " " not in name.strip()


def simplified(name: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", name))


@lru_cache(maxsize=65536)
def relative(name: str) -> bool:
    """A Chinese body named relative to the place its article is about ("省财政厅", "市商务局"):
    the same words name a different body in every province or city, so they are no key."""
    return has_han(name) and to_simplified(name.strip())[:1] in _LEVELS


_LEVELS = frozenset("省市县区州")

