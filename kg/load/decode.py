"""Bytes to text: the encoding is detected, not assumed.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8 (also
when only the last character was cut short: it is dropped); an encoding the
document declares (an HTML ``<meta charset>``), if it decodes cleanly and reads
as well as the bytes' own best reading (pages lie about their charset); then
charset-normalizer. For Chinese the last step is checked: short texts are where
detectors confuse GB18030/GBK with Big5 (or with Korean and Japanese code
pages), so both Chinese readings are scored and the more plausible one wins
(see :func:`chinese_plausibility`). For text in a single-byte code page (where
detectors confuse Western code pages with Central European or Cyrillic ones)
Windows-1252 wins when it reads as Latin text, as browsers read such pages.
Text that still holds control, private-use or replacement characters is
reported, never passed on as mojibake.
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
#: what Western text holds beyond ASCII: Latin-1 letters and typographic punctuation
_LATIN_EXTRA = re.compile(r"[À-ÖØ-öø-ÿŒœŠšŽžŸ“”‘’„‚–—…€•«»°£¥§©®±·¿¡ºª\xa0]")
#: in Western text, at most this many non-ASCII characters per ASCII letter
_LATIN_SHARE = 0.3
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
    text = _strict(data, "utf-8") or _cut_utf8(data)
    if text is None and declared:
        text = _declared(data, _codec_name(declared))
    if text is None:
        text = _detect(data)
    if text is None:
        raise LoadFailure("cannot decode: not text in UTF-8, UTF-16, GB18030, Big5 or any encoding detected")
    if _looks_binary(text):
        raise LoadFailure("binary file or garbled text (control, private-use or replacement characters)")
    return text


def _cut_utf8(data: bytes) -> str | None:
    """UTF-8 text whose last character was cut short (a truncated file): the text without it."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            text = _strict(data[:error.start], "utf-8")
            if text is not None and not text.isascii():  # other UTF-8 sequences vouch for the encoding
                return text
    return None


def _declared(data: bytes, encoding: str) -> str | None:
    """The page's declared reading, unless it decodes badly or reads worse than a Chinese one."""
    text = _strict(data, encoding)
    if text is None:
        return None
    best = max((chinese_plausibility(t) for enc in _CHINESE if (t := _strict(data, enc)) is not None), default=0.0)
    if _is_chinese_codec(encoding):
        return text if chinese_plausibility(text) >= min(best, _PLAUSIBLE) else None
    return None if best >= _PLAUSIBLE else text


def _detect(data: bytes) -> str | None:
    """charset-normalizer's reading, unless a Chinese reading is more plausible."""
    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    if best is not None and not _is_chinese_codec(best.encoding) and (western := _western(data)) is not None:
        guess = western
    readings = {enc: t for enc in _CHINESE if (t := _strict(data, enc)) is not None}
    if not readings:
        return guess
    encoding, text = max(readings.items(), key=lambda item: chinese_plausibility(item[1]))
    detector_chinese = best is not None and _is_chinese_codec(best.encoding)
    if detector_chinese or guess is None or chinese_plausibility(text) >= _PLAUSIBLE:
        return text
    return guess


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading when it reads as Latin text: mostly ASCII letters, and
    beyond ASCII only Latin-1 letters and typographic punctuation (quotes, dashes, €)."""
    text = _strict(data, "cp1252")
    if text is None:
        return None
    extra = [ch for ch in text if not ch.isascii()]
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if len(extra) > _LATIN_SHARE * ascii_letters or any(not _LATIN_EXTRA.match(ch) for ch in extra):
        return None
    return text


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
    """Control characters other than whitespace, private-use or replacement characters: more
    than one in 500 characters (a stray one in a long text is tolerated)."""
    bad = sum(1 for ch in text if ch == "\ufffd" or _ODD.get(unicodedata.category(ch), False)
              and ch not in "\t\n\r\f\v")
    return bad > max(1, len(text) // 500)


_ODD = {"Cc": True, "Co": True, "Cs": True, "Cn": True}
