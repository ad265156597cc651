"""Which language an article is in: ``zh`` or ``en``.

The measure is the share of Han characters among Han characters plus words of
alphabetic scripts: one Han character carries about as much as one English
word. A Chinese article that quotes English names still has mostly Han
characters; an English article that quotes a Chinese name has almost none; a
Chinese report followed by its English translation has about as many Han
characters as English words, and is read as the Chinese original it is. The text is Chinese at a share of 0.3 or
more; a text with both (a share under 0.7) is in the language of its first line of running text, as a
bilingual page puts its original first (an English report with each paragraph's Chinese translation
after it is English). Only the first 20,000 characters are looked at.
"""

from __future__ import annotations

import re

LANGS = ("zh", "en")
SAMPLE = 20_000  # characters looked at: plenty to tell the language, bounded for very long texts
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_\u3400-\u9fff\uf900-\ufaff]+")  # a run of letters of an alphabetic script
_ZH_SHARE = 0.3
_MIXED_UNTIL = 0.7  # below this share (and at or over _ZH_SHARE) a text holds both languages
_RUNNING_LINE = 12  # units (Han characters and words) of a line of running text, not a short headline
_ALIASES = {"zh": "zh", "zho": "zh", "chi": "zh", "cmn": "zh", "en": "en", "eng": "en"}


def han_share(text: str) -> float | None:
    """Han characters as a share of Han characters plus alphabetic words in the first
    :data:`SAMPLE` characters; ``None`` when there is neither."""
    sample = text[:SAMPLE]
    units = _units(sample)
    return len(_HAN.findall(sample)) / units if units else None


def _units(line: str) -> int:
    """Han characters plus alphabetic words: about the words of a line in either language."""
    return len(_HAN.findall(line)) + len(_WORD.findall(line))


def detect_lang(text: str) -> str | None:
    """``zh`` or ``en`` by :func:`han_share`; ``None`` when the text has no letters. A mixed
    text (a share between :data:`_ZH_SHARE` and :data:`_MIXED_UNTIL`) is in the language of its
    first line of running text: a bilingual page puts the original first."""
    share = han_share(text)
    if share is None:
        return None
    if _ZH_SHARE <= share < _MIXED_UNTIL:
        first = next((line for line in text[:SAMPLE].split("\n") if _units(line) >= _RUNNING_LINE), None)
        share = han_share(first) if first else share
    return "zh" if share >= _ZH_SHARE else "en"


def normalise_lang(code: str) -> str:
    """A language tag (``zh-Hant``, ``en_US``, ``ZH``) reduced to ``zh`` or ``en``; ValueError otherwise."""
    primary = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    if primary not in _ALIASES:
        raise ValueError(f"unsupported language {code!r} (expected one of {', '.join(LANGS)})")
    return _ALIASES[primary]
