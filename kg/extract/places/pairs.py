"""Two countries paired in a name: "UAE-India Healthcare Conference", "中国—南非…对接会".

A name that joins exactly two countries with a dash or slash (or, in Chinese, writes them
side by side) is a bilateral gathering: both countries take part.
"""

from __future__ import annotations

import re

from kg.extract.places import get_gazetteer

_GLUE = {"en": re.compile(r"\s*[-‐‑–—/]\s*"), "zh": re.compile(r"[-‐‑–—/·]?")}


def paired_countries(name: str, lang: str) -> list[str]:
    """The two country codes a name pairs, or [] when it pairs none (or names more)."""
    gazetteer = get_gazetteer()
    found = [m for m in gazetteer.find(name, lang)
             if not m.demonym and (m.place.kind == "country" or gazetteer.country(m.surface))]  # 新加坡: a city-state
    codes = list(dict.fromkeys(m.place.country for m in found))
    if len(found) != 2 or len(codes) != 2:
        return []
    first, second = found
    return codes if _GLUE[lang].fullmatch(name[first.end:second.start]) else []
