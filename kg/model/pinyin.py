"""Pinyin that some pages insert after each Chinese character: 醫(yī)學(xué), 中國網（wǎng）.

An insert is one tone-marked syllable in half- or full-width brackets right after a Han
character; "(CMEF)", "(de)" (no tone mark) and "abc(xué)" (no Han character before) are
kept. Shared by the loader (header values) and the Chinese extractor (analysis text).
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_INSERT = re.compile(rf"(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


def pinyin_inserts(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the pinyin inserts in ``text``, in order."""
    return [m.span() for m in _INSERT.finditer(text)]


def drop_pinyin(text: str) -> str:
    """``text`` without pinyin inserts ("醫(yī)學" -> "醫學"), other characters kept as written."""
    return _INSERT.sub("", text)
