"""Where the ontology and the prepared queries are, installed or in a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_dir(name: str) -> Path:
    """``ontology`` or ``queries``: the installed ``kg.<name>`` package data, else the checkout's folder."""
    try:
        return Path(str(files(f"kg.{name}")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / name
