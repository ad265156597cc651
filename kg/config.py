"""Defaults shared by every command, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import UserError
from kg.graph.vocab import DEFAULT_BASE_IRI

#: the default size limit of an input file (of a line, for JSON Lines): 5 MB
MAX_BYTES = 5 * 1024 * 1024


def default_store() -> Path:
    """Where the embedded store lives unless ``--store`` says otherwise (``KG_STORE``)."""
    return Path(os.environ.get("KG_STORE", ".kg/store"))


def default_out() -> Path:
    """The exports folder (``KG_OUT``)."""
    return Path(os.environ.get("KG_OUT", "exports"))


def default_shards() -> Path:
    """Where cluster runs keep their shard outputs and manifest (``KG_SHARDS``)."""
    return Path(os.environ.get("KG_SHARDS", ".kg/shards"))


def base_iri() -> str:
    """The base of entity and article IRIs (``KG_BASE_IRI``)."""
    return os.environ.get("KG_BASE_IRI", DEFAULT_BASE_IRI)


def max_bytes() -> int:
    """Files larger than this are refused by the loader (``KG_MAX_BYTES``, default 5 MB)."""
    raw = os.environ.get("KG_MAX_BYTES", "").strip()
    if not raw:
        return MAX_BYTES
    value = int(raw) if raw.isascii() and raw.isdigit() else 0
    if value < 1:
        raise UserError(f"KG_MAX_BYTES={raw!r} is not a number of bytes (a whole number, 1 or more)")
    return value
