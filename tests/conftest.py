"""Shared fixtures: the two seed gold records and an in-memory store built from them.

The suite tests the installed package, as a user has it: ``python3 -m pytest`` run from
the checkout puts the checkout first on ``sys.path`` (where ``kg/`` lacks the ontology and
the queries, which install as package data), so it is taken off before anything imports
``kg``; child processes run the installed ``kg`` command (the ``kg_command`` and ``run_kg`` fixtures).
test_packaging.py checks that the ``kg`` imported is the installed one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT]

import pytest  # noqa: E402

from kg.model import EventRecord  # noqa: E402

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


@pytest.fixture
def store_dir(tmp_path, gold_records) -> Path:
    """A store folder holding the gold records' graphs."""
    from kg.store import open_store

    path = tmp_path / "store"
    path.mkdir()
    with open_store(path) as store:
        store.add_records(gold_records)
    return path


@pytest.fixture(scope="session")
def kg_command() -> str:
    """The installed ``kg`` console script, as a user runs it."""
    return str(Path(sysconfig.get_path("scripts")) / "kg")


@pytest.fixture
def run_kg(kg_command, tmp_path):
    """Run the installed ``kg ARGS…`` in a child process (in ``tmp_path`` unless ``cwd`` says otherwise)."""
    def run(*args: object, cwd: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([kg_command, *map(str, args)], cwd=cwd or tmp_path, capture_output=True, text=True,
                              timeout=timeout, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)
    return run
