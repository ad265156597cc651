"""Place names: countries, provinces and cities in English and Chinese text.

``get_gazetteer()`` gives the shared :class:`Gazetteer` (built once per process).
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.places.gazetteer import Gazetteer
from kg.extract.places.model import Place, PlaceMention

__all__ = ["Gazetteer", "Place", "PlaceMention", "get_gazetteer"]


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared afterwards."""
    return Gazetteer()
