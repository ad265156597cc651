"""The values the gazetteer hands out: places and their mentions in a text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A city, country or province: ``name`` is the canonical English (GeoNames) name."""

    name: str
    country: str  # ISO 3166-1 alpha-2; Hong Kong and Macao keep HK and MO
    kind: str  # "city" | "country" | "province"
    geonames_id: int | None
    population: int = 0
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text at ``text[start:end] == surface``.

    ``demonym`` is true when the surface is an adjective of nationality ("Belarusian"),
    which implies the country without naming it as a place.
    """

    start: int
    end: int
    surface: str
    place: Place
    demonym: bool = False
