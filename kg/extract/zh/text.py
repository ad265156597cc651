"""The analysis form of a Chinese article and its map back to the original text.

Rules run over a normalised copy of the text: pinyin inserted by some pages
after characters ("醫(yī)") removed, full-width forms folded to half-width
(",", "(", ":", digits), traditional characters converted to simplified, a circle
written for zero between Chinese numerals ("二○一二") read as 〇, and double prime
quotation marks (〝 〞) read as “ ”.
Every analysis character remembers its offset in the original text, so that
names are cut from the original (surface form kept) and evidence offsets
point into ``Article.text``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.model.names import to_simplified_aligned
from kg.model.pinyin import drop_pinyin, pinyin_inserts


#: a circle or letter O written for the numeral zero between Chinese numerals ("二○一二", Hong Kong style)
_ZERO_LOOKALIKE = re.compile(r"(?<=[〇零一二三四五六七八九○◯])[○◯OＯ](?=[〇零一二三四五六七八九○◯])")  # (also "二○○二")


#: double prime quotation marks ("〝辩〞论坛", Taiwan and Hong Kong pages) read as the usual quotes
_DOUBLE_PRIME_QUOTES = str.maketrans({"〝": "“", "〞": "”", "〟": "”"})


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """Half-width form of one character (NFKC) when that stays one character."""
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


class AnalysisText:
    """``text`` (the analysis string) with ``orig[i]``, the original offset of character ``i``."""

    def __init__(self, original: str) -> None:
        self.original = original
        kept: list[int] = []
        pos = 0
        for start, end in pinyin_inserts(original):
            kept.extend(range(pos, start))
            pos = end
        kept.extend(range(pos, len(original)))
        raw = "".join(original[i] for i in kept) if pos else original
        folded = unicodedata.normalize("NFKC", raw)
        if len(folded) != len(raw):  # something folded to several characters: fold one by one
            folded = "".join(ch if ch < "\x80" else _fold(ch) for ch in raw)
        self.text = _ZERO_LOOKALIKE.sub("〇", to_simplified_aligned(folded)).translate(_DOUBLE_PRIME_QUOTES)
        self.orig = kept
        self.traditional = self.text != folded

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the analysis span ``[start, end)``."""
        if start >= end:
            o = self.orig[start] if start < len(self.orig) else len(self.original)
            return o, o
        return self.orig[start], self.orig[end - 1] + 1

    def surface(self, start: int, end: int) -> str:
        """The original text of an analysis span, pinyin inserts removed, traditional kept."""
        o_start, o_end = self.span(start, end)
        return drop_pinyin(self.original[o_start:o_end]).strip()
