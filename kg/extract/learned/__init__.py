"""Trained components that re-score what the rules of each language propose.

One engine for both languages, fed per-language weights from ``data/`` (as spaCy keeps a
language's data beside a shared engine). Each component is a module that lists the candidate
values of a field for every event or person (:class:`.features.Candidate`, with its features),
chooses among them by the model's probabilities, and writes its choice into the record:

- ``countries``: participant countries of events (:mod:`.countries`);
- ``cities``: the city, and with it the country, of events (:mod:`.cities`);
- ``posts``: the country an envoy the rules left unposted is posted to (:mod:`.posts`).

One more model works inside the Chinese rules rather than on their record: :mod:`.tagger`, a
CRF that tags gatherings' names character by character, whose names the rules check and add.

:func:`rescore` runs them on a record the rules made; ``python -m kg.extract.learned.train``
rebuilds the weights (``data/COMPONENT-LANG.json``) from folders of annotated articles. A
component without weights for a language leaves the rules' output as it is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import ModuleType

from kg.extract.learned import cities, countries, posts
from kg.extract.learned.features import Candidate
from kg.extract.learned.logistic import LogisticModel
from kg.model import EventRecord

DATA = Path(__file__).parent / "data"
#: name -> module, in the order they run
COMPONENTS: dict[str, ModuleType] = {"countries": countries, "cities": cities, "posts": posts}


def weights_path(component: str, lang: str) -> Path:
    return DATA / f"{component}-{lang}.json"


@lru_cache(maxsize=None)
def model(component: str, lang: str) -> LogisticModel | None:
    """The trained model of a component for a language, or None when it ships none."""
    path = weights_path(component, lang)
    return LogisticModel.load(path) if path.exists() else None


def scored(component: ModuleType, record: EventRecord, text: str, lang: str,
           trained: LogisticModel) -> list[tuple[Candidate, float]]:
    """The component's candidates for the record, each with the model's probability."""
    return [(c, trained.probability(c.features)) for c in component.candidates(record, text, lang)]


def apply(name: str, record: EventRecord, text: str, lang: str, trained: LogisticModel) -> EventRecord:
    """The record with the fields of component ``name`` as ``trained`` decides (in place); the
    facts it adds name ``NAME-model`` as their extractor."""
    component = COMPONENTS[name]
    if getattr(record, component.ENTITIES):
        component.write(record, text, component.choose(scored(component, record, text, lang, trained),
                                                       trained.threshold), f"{name}-model")
    return record


def rescore(record: EventRecord, text: str, lang: str) -> EventRecord:
    """The record (of an article with this text) with each component's fields as its shipped
    model for the language decides (in place)."""
    for name in COMPONENTS:
        trained = model(name, lang)
        if trained is not None:
            apply(name, record, text, lang, trained)
    return record
