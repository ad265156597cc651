"""Bytes to text: the encoding is detected, not assumed.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; an
encoding the document declares (an HTML ``<meta charset>``), if it decodes
cleanly; then charset-normalizer. For Chinese the last step is checked:
short texts are where detectors confuse GB18030/GBK with Big5 (or with
Korean and Japanese code pages), so both Chinese readings are scored and the
more plausible one wins (see :func:`chinese_plausibility`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.constant import FREQUENCIES

from kg.load.errors import LoadFailure
from kg.model.names import to_simplified

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE = ("gb18030", "big5hkscs")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_FREQUENT_HAN = frozenset(FREQUENCIES["Chinese"])
#: a Chinese reading at least this plausible beats a detector's non-Chinese guess
_PLAUSIBLE = 0.9


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of ``data``; raises :class:`LoadFailure` for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise LoadFailure(f"cannot decode: starts with a {encoding} byte-order mark but is not {encoding}")
            return text
    if b"\x00" in data:
        raise LoadFailure("binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)")
    text = _strict(data, "utf-8")
    if text is None and declared:
        text = _strict(data, _codec_name(declared))
    if text is None:
        text = _detect(data)
    if text is None:
        raise LoadFailure("cannot decode: not text in UTF-8, UTF-16, GB18030, Big5 or any encoding detected")
    if _looks_binary(text):
        raise LoadFailure("binary file (control characters)")
    return text


def _detect(data: bytes) -> str | None:
    """charset-normalizer's reading, unless a Chinese reading is more plausible."""
    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    readings = {enc: t for enc in _CHINESE if (t := _strict(data, enc)) is not None}
    if not readings:
        return guess
    encoding, text = max(readings.items(), key=lambda item: chinese_plausibility(item[1]))
    detector_chinese = best is not None and _is_chinese_codec(best.encoding)
    if detector_chinese or guess is None or chinese_plausibility(text) >= _PLAUSIBLE:
        return text
    return guess


def chinese_plausibility(text: str) -> float:
    """How much ``text`` reads like Chinese: per Han character, 1 if it (or its
    simplified form) is in GB2312, the common-character set, plus 1 more if it
    is among the most frequent Chinese characters; private-use characters
    (typical of a wrong double-byte reading) count -1. Averaged over Han and
    private-use characters; 0 when there are none."""
    simplified = to_simplified(text)
    score = 0
    count = 0
    for ch in simplified:
        if _HAN.match(ch):
            count += 1
            score += _in_gb2312(ch) + (ch in _FREQUENT_HAN)
        elif unicodedata.category(ch) == "Co":
            count += 1
            score -= 1
    return score / count if count else 0.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _is_chinese_codec(name: str) -> bool:
    name = _codec_name(name)
    return name.startswith(("gb", "big5", "cp950", "hz"))


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace, or replacement characters, in more than 1% of the text."""
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"))
    return bad > max(1, len(text) // 100)
