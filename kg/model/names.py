"""Name normalisation shared by extraction (deduplication) and the graph (IRIs)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def to_simplified(text: str) -> str:
    """Traditional Chinese characters converted to simplified (OpenCC t2s); other text unchanged."""
    return _T2S.convert(text) if _HAN.search(text) else text


def to_simplified_aligned(text: str) -> str:
    """Simplified Chinese one character for one character (a character OpenCC would turn
    into several is kept), so that offsets into the result are offsets into ``text``."""
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    return "".join(s if len(s := to_simplified(ch)) == 1 else ch for ch in text)


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A comparison key for a name: NFKC, case-folded, simplified Chinese,
    a leading "the" dropped, only letters and digits kept."""
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    if s.startswith("the "):
        s = s[4:]
    s = to_simplified(s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def has_han(text: str) -> bool:
    """True when the text holds Chinese characters (its label gets ``@zh``)."""
    return bool(_HAN.search(text))
