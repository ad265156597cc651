"""Countries paired in a name: "UAE-India Healthcare Conference", "中国—南非…对接会",
"China-Afghanistan-Pakistan Dialogue".

A name that joins countries with dashes or slashes (or, in Chinese, writes them side by
side) in one chain is a bilateral or trilateral gathering: they all take part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.places import get_gazetteer
from kg.extract.places.sources import rows

_GLUE = {"en": re.compile(r"\s*[-‐‑–—/]\s*"), "zh": re.compile(r"[-‐‑–—/·]?")}


@lru_cache(maxsize=1)
def country_abbreviations() -> dict[str, str]:
    """Chinese one-character abbreviations of countries ("俄": RU, "蒙": MN), simplified."""
    return {char: code for char, code in rows("country_abbreviations.tsv")}


def paired_countries(name: str, lang: str) -> list[str]:
    """The country codes a name joins in one chain ("UAE-India", "China-Afghanistan-Pakistan"),
    or [] when it joins none (or holds two chains)."""
    gazetteer = get_gazetteer()
    found = [m for m in gazetteer.find(name, lang)
             if not m.demonym and (m.place.kind == "country" or gazetteer.country(m.surface))]  # 新加坡: a city-state
    chains: list[list] = []
    for m in found:
        if chains and _GLUE[lang].fullmatch(name[chains[-1][-1].end:m.start]):
            chains[-1].append(m)
        else:
            chains.append([m])
    joined = [c for c in chains if len(c) >= 2]
    codes = list(dict.fromkeys(m.place.country for m in joined[0])) if len(joined) == 1 else []
    return codes if len(codes) >= 2 else []
