"""Defaults shared by every command, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from kg.graph.vocab import DEFAULT_BASE_IRI


def default_store() -> Path:
    """Where the embedded store lives unless ``--store`` says otherwise (``KG_STORE``)."""
    return Path(os.environ.get("KG_STORE", ".kg/store"))


def default_out() -> Path:
    """The exports folder (``KG_OUT``)."""
    return Path(os.environ.get("KG_OUT", "exports"))


def base_iri() -> str:
    """The base of entity and article IRIs (``KG_BASE_IRI``)."""
    return os.environ.get("KG_BASE_IRI", DEFAULT_BASE_IRI)


#: files larger than this are refused by the loader (``KG_MAX_BYTES``), default 5 MB
def max_bytes() -> int:
    return int(os.environ.get("KG_MAX_BYTES", 5 * 1024 * 1024))
