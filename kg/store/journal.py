"""A redo journal that makes replacing article graphs all-or-nothing, through kill -9 and full disks.

Oxigraph's bulk loader is fast but not transactional, and removing the old graphs and
loading the new ones are separate steps. So an update is first written in full to a
journal folder beside the data (``kg-pending/``: the graph IRIs to replace and the new
N-Quads), made visible by one rename, and only then applied: old graphs removed, new
ones loaded. The journal goes once the update is in (into the store's update log, :mod:`kg.store.log`,
when it keeps one). A writer killed or failing after
the rename leaves the journal, and the next open of the store applies it again
(applying is idempotent); a writer stopped before it leaves the store untouched. So
every article is either as it was or as the update made it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.resolve import keyindex
from kg.store import log

PENDING = "kg-pending"
_GRAPHS = "graphs.txt"
_QUADS = "quads.nq"
#: more graphs than this go through the bulk loader (fast, not transactional: the journal covers it)
BULK_THRESHOLD = 64


def write(folder: Path, entries: Iterable[tuple[str, bytes]]) -> Path | None:
    """Write ``(graph IRI, its N-Quads)`` entries as the pending journal in ``folder``.

    Returns the journal, or None when ``entries`` is empty. An ``OSError`` (a full disk)
    leaves no journal behind: the store has not been touched.
    """
    staging = folder / f"{PENDING}.tmp-{uuid.uuid4().hex}"
    staging.mkdir(parents=True)
    try:
        graphs: list[str] = []
        with open(staging / _QUADS, "wb") as quads:
            for graph, text in entries:
                graphs.append(graph)
                quads.write(text)
            quads.flush()
            os.fsync(quads.fileno())
        if not graphs:
            shutil.rmtree(staging)
            return None
        with open(staging / _GRAPHS, "w", encoding="utf-8") as names:
            names.write("".join(f"{g}\n" for g in graphs))
            names.flush()
            os.fsync(names.fileno())
        journal = folder / PENDING
        os.rename(staging, journal)  # the commit point
        _sync_dir(folder)
        return journal
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def apply(store: ox.Store, journal: Path) -> None:
    """Replace the journal's graphs in ``store`` by its quads, then move the journal into the store's
    update log (:mod:`kg.store.log`) or, when it keeps none, drop it."""
    graphs = (journal / _GRAPHS).read_text(encoding="utf-8").split()
    for graph in graphs:
        store.remove_graph(ox.NamedNode(graph))
    if len(graphs) > BULK_THRESHOLD:
        # lenient: the IRIs are minted from a checked base and ASCII-safe parts, the literals escaped
        store.bulk_load(path=str(journal / _QUADS), format=ox.RdfFormat.N_QUADS, lenient=True)
    else:
        store.load(path=str(journal / _QUADS), format=ox.RdfFormat.N_QUADS)
    store.flush()
    keyindex.update(journal.parent, graphs, journal / _QUADS)
    if log.keep(journal):
        return
    done = journal.with_name(f"{PENDING}.done-{uuid.uuid4().hex}")
    os.rename(journal, done)
    shutil.rmtree(done, ignore_errors=True)


def recover(store: ox.Store, folder: Path) -> bool:
    """Finish an update a killed writer left in ``folder``, and remove its leftovers; True if one was finished."""
    for leftover in folder.glob(f"{PENDING}.*-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    journal = folder / PENDING
    if not journal.is_dir():
        return False
    apply(store, journal)
    return True


def pending(folder: Path) -> bool:
    """Whether ``folder`` holds an update that was not finished."""
    return (folder / PENDING).is_dir()


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
