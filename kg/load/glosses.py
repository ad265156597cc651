"""Pinyin glosses that some copied Chinese pages put after characters ("中關(guan) 村", "舉(ju) 辦")."""

from __future__ import annotations

import re

_SYLLABLE = (r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve"
             r"|a|o|e|i|u|v|ü)r?")
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{{2}}){_SYLLABLE}[)）] ?(?![A-Za-z])")
_LEAST = 2  # one "(an)" may be the text's own; a page that glosses does so throughout


def drop_pinyin_glosses(text: str) -> str:
    """``text`` without the bracketed pinyin after Chinese characters, when it has several."""
    if len(_GLOSS.findall(text, 0, 20000)) < _LEAST:
        return text
    return _GLOSS.sub("", text)
