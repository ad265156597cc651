"""Pinyin glosses that some copied Chinese pages put after characters ("中關(guan) 村", "網(wǎng)")."""

from __future__ import annotations

import re
import unicodedata

_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve"
             r"|a|o|e|i|u|v|ü)r?")
_SYLLABLE_RE = re.compile(_SYLLABLE)
#: a bracketed word of pinyin letters, tone marks allowed ("(guan)", "(wǎng)"), after a character
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（] ?([a-zü\u00e0-\u00fc\u0101-\u01dc]{2,7}) ?[)）] ?(?![A-Za-z])")  # ("(huì )")
_LEAST = 2  # one "(an)" may be the text's own; a page that glosses does so throughout


def drop_pinyin_glosses(text: str) -> str:
    """``text`` without the bracketed pinyin after Chinese characters, when it has several."""
    if sum(1 for m in _GLOSS.finditer(text, 0, 20000) if _pinyin(m.group(1))) < _LEAST:
        return text
    return _GLOSS.sub(lambda m: "" if _pinyin(m.group(1)) else m.group(), text)


def _pinyin(word: str) -> bool:
    """True for one pinyin syllable, with or without its tone mark."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("ü", "v")
    return bool(_SYLLABLE_RE.fullmatch(bare))
