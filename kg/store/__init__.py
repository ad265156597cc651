"""The embedded store: a persistent pyoxigraph (Oxigraph/RocksDB) store, one named graph per article.

    with kg.open_store(".kg/store") as store:
        store.add_records(records)
        rows = store.query("SELECT ?e WHERE { GRAPH ?g { ?e a ?t } }", {"t": KG.Conference})
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import config
from kg.graph import materialise
from kg.graph.iris import Iris
from kg.resolve import keyindex
from kg.store import journal, log
from kg.store.results import QueryRows
from kg.store.store import GraphStore, StoreError


def _open(path: Path, read_only: bool, iris: Iris) -> ox.Store:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        raise StoreError(f"{path} is not a kg store (a non-empty folder without Oxigraph data); "
                         "give an empty or new folder with --store")
    if read_only and not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}; build one first (kg build --store {path})")
    if read_only and journal.pending(path):
        _finish_interrupted_update(path)
    try:
        if read_only:
            return _read_only(path, iris)
        path.parent.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"the store at {path} is in use by another process "
                             "(a running kg command or Oxigraph server); close it or use another --store") from exc
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc
    try:
        journal.recover(store, path)
    except OSError as exc:
        raise StoreError(f"cannot finish the interrupted update of the store at {path}: {exc}") from exc
    try:
        if materialise.upgrade(store, iris):
            log.discard(path)  # an update outside the log: a push dumps the store again
            keyindex.discard(path)  # and outside the key index: the next build reads every mention
    except OSError as exc:
        raise StoreError(f"cannot add the links kg's queries need to the store at {path}: {exc}") from exc
    return store


def _finish_interrupted_update(path: Path) -> None:
    """Apply the update a killed writer left, unless a writer holds the store (it will finish it)."""
    try:
        store = ox.Store(str(path))
    except OSError:
        return
    try:
        journal.recover(store, path)
    finally:
        store.flush()
        del store


def _read_only(path: Path, iris: Iris) -> ox.Store:
    """The store opened read-only; one an older kg wrote first gets the links queries need
    (kg.graph.materialise), unless a writer holds it (which adds them when it opens the store)."""
    store = ox.Store.read_only(str(path))
    if not materialise.outdated(store):
        return store
    del store
    try:
        writable = ox.Store(str(path))
    except OSError:
        return ox.Store.read_only(str(path))
    try:
        if materialise.upgrade(writable, iris):
            log.discard(path)
            keyindex.discard(path)
    finally:
        del writable
    return ox.Store.read_only(str(path))


def open_store(path: str | Path | None = None, *, in_memory: bool = False, read_only: bool = False,
               base_iri: str | None = None, keep_log: bool = False) -> GraphStore:
    """Open (creating if needed) the store at ``path`` (default ``config.default_store()``),
    or a fresh in-memory one with ``in_memory=True``.

    ``read_only`` opens an existing store without taking its lock (for export and
    queries while nothing writes to it). ``keep_log`` starts the update log of a new or empty
    store (:mod:`kg.store.log`: ``kg push --bulk`` then sends the N-Quads the builds wrote); a
    store that keeps one keeps it whatever ``keep_log`` says. Raises :class:`StoreError` when
    the store is locked by another process or the path is not a store.
    """
    if in_memory:
        return GraphStore(ox.Store(), None, base_iri)
    where = Path(path) if path is not None else config.default_store()
    store = _open(where, read_only, Iris(base_iri or config.base_iri()))
    if keep_log and not read_only and not log.kept(where):
        if next(iter(store.quads_for_pattern(None, None, None, None)), None) is not None:
            raise StoreError(f"the store at {where} was built without an update log, and one can only "
                             "start with an empty store; build into a new store to keep one")
        log.start(where)
    return GraphStore(store, where, base_iri, read_only)


__all__ = ["GraphStore", "QueryRows", "StoreError", "open_store"]
