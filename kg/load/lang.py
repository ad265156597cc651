"""Which language an article is in: ``zh`` or ``en``.

The measure is the share of Han characters among all letters (Han characters
plus letters of alphabetic scripts). A Chinese article that quotes English
names still has most of its letters Han; an English article that quotes a
Chinese name has almost none. The text is Chinese at a share of 0.3 or more,
which leaves a wide margin on both sides: an English sentence carries about
five letters per word, so a text needs several Han characters per English
word before it counts as Chinese. Only the first 20,000 characters are looked at.
"""

from __future__ import annotations

import re

LANGS = ("zh", "en")
SAMPLE = 20_000  # characters looked at: plenty to tell the language, bounded for very long texts
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
_ZH_SHARE = 0.3
_ALIASES = {"zh": "zh", "zho": "zh", "chi": "zh", "cmn": "zh", "en": "en", "eng": "en"}


def han_share(text: str) -> float | None:
    """Han characters as a share of all letters in the first :data:`SAMPLE` characters;
    ``None`` when there are no letters."""
    sample = text[:SAMPLE]
    letters = len(sample) - len(_LETTER.sub("", sample))
    return (len(sample) - len(_HAN.sub("", sample))) / letters if letters else None


def detect_lang(text: str) -> str | None:
    """``zh`` or ``en`` by :func:`han_share`; ``None`` when the text has no letters."""
    share = han_share(text)
    if share is None:
        return None
    return "zh" if share >= _ZH_SHARE else "en"


def normalise_lang(code: str) -> str:
    """A language tag (``zh-Hant``, ``en_US``, ``ZH``) reduced to ``zh`` or ``en``; ValueError otherwise."""
    primary = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    if primary not in _ALIASES:
        raise ValueError(f"unsupported language {code!r} (expected one of {', '.join(LANGS)})")
    return _ALIASES[primary]
