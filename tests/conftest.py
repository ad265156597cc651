"""Shared fixtures: the two seed gold records and an in-memory store built from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import EventRecord

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_FILES = ("seed-000.gold.json", "seed-003.gold.json")


@pytest.fixture(scope="session")
def gold_records() -> list[EventRecord]:
    """The seed gold records (seed-000: the Shanghai medical-equipment conference, zh;
    seed-003: the Wuhan medical-device summit, en)."""
    return [EventRecord.from_dict(json.loads((FIXTURES / name).read_text(encoding="utf-8"))) for name in GOLD_FILES]


@pytest.fixture
def gold_store(gold_records):
    """An in-memory :class:`kg.store.GraphStore` holding the gold records' graphs (fresh per test)."""
    from kg.store import open_store

    with open_store(in_memory=True) as store:
        store.add_records(gold_records)
        yield store
