"""Countries and cities for the graph, from the one gazetteer (:mod:`kg.extract.places`).

The graph needs a place's IRI key (ISO code, GeoNames id), its English and Chinese labels
and a city's coordinates; this module asks the gazetteer for them and caches the answers,
since one batch names the same few places over and over.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.places import get_gazetteer


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


@lru_cache(maxsize=1024)
def country(code: str | None) -> Country | None:
    """The country with this ISO alpha-2 code, or None when the code is not one."""
    if not code or len(code) != 2:
        return None
    names = get_gazetteer().country_names(code)
    return Country(code.upper(), names["en"], names.get("zh")) if names else None


@lru_cache(maxsize=4096)
def city_by_id(geonames_id: int) -> City | None:
    """The city with this GeoNames id, small towns of the gazetteer's ``towns.tsv`` included."""
    gazetteer = get_gazetteer()
    place = gazetteer.city_by_id(geonames_id)
    if place is None or place.lat is None or place.lon is None:
        return None
    names = gazetteer.city_names(geonames_id)
    return City(place.geonames_id, names["en"], names.get("zh"), place.country, place.lat, place.lon)


@lru_cache(maxsize=4096)
def city_by_name(name: str, country_code: str | None = None) -> City | None:
    """The city a name denotes (English, Chinese, a county or district of it), the most
    populous first; in ``country_code`` when given."""
    place = get_gazetteer().city(name, country_code)
    if place is None or place.geonames_id is None or (country_code and place.country != country_code.upper()):
        return None
    return city_by_id(place.geonames_id)


def resolve_city(names: list[str], geonames_id: int | None, country_code: str | None) -> City | None:
    """The gazetteer city of an event: by its GeoNames id, else by its names in order."""
    if geonames_id is not None:
        return city_by_id(geonames_id)
    for name in names:
        found = city_by_name(name, country_code)
        if found:
            return found
    return None


def event_city(event) -> tuple[list[str], City | None, int | None] | None:
    """An event's city: the names the record gives, the GeoNames city they resolve to (if
    any) and its id; None when the record names no city."""
    names = [n for n in event.city or [] if n.strip()]
    if not names and event.geonames_id is None:
        return None
    stated = country(event.country)
    found = resolve_city(names, event.geonames_id, stated.code if stated else None)
    return names, found, found.geonames_id if found else event.geonames_id
