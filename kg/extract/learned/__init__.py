"""Trained components that re-score what the rules of each language propose.

One engine for both languages, fed per-language weights from ``data/`` (as spaCy keeps a
language's data beside a shared engine):

- participant countries of events: :mod:`.countries`, weights ``data/countries-LANG.json``.

:func:`rescore` runs them on a record the rules made; ``python -m kg.extract.learned.train``
rebuilds the weights from folders of annotated articles (``X.txt`` beside ``X.gold.json``).
A language without weights keeps the rules' output.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.extract.learned import countries
from kg.extract.learned.logistic import LogisticModel
from kg.model import EventRecord

DATA = Path(__file__).parent / "data"


def weights_path(component: str, lang: str) -> Path:
    return DATA / f"{component}-{lang}.json"


@lru_cache(maxsize=None)
def model(component: str, lang: str) -> LogisticModel | None:
    """The trained model of a component for a language, or None when it ships none."""
    path = weights_path(component, lang)
    return LogisticModel.load(path) if path.exists() else None


def rescore(record: EventRecord, text: str, lang: str) -> EventRecord:
    """The record (of an article with this text) with its participant countries decided by the
    trained model of its language."""
    trained = model("countries", lang)
    if trained is None or not record.events:
        return record
    return countries.apply(record, text, lang, trained)
