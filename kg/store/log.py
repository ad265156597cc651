"""The store's update log: every update journal kept, in order, for ``kg push --bulk`` to send as it is.

A store created with the log (``open_store(path, keep_log=True)``, ``kg build --keep-log``)
keeps each update journal (:mod:`kg.store.journal`: the graph IRIs an update replaces and
their new N-Quads, rewrites of stored graphs after a merge included) once it is applied, in
``kg-log/`` beside the data, numbered in the order applied; removing an article is an update
that replaces its graph by nothing. Replaying the entries in order into an empty server
(drop each entry's graphs, load its quads) gives the store's graphs without dumping the
store: the N-Quads are the ones the build wrote. The log only starts with an empty store,
and every way kg writes a store goes through the journal, so it stays complete; a store
changed another way (an older store upgraded when opened) has its log removed, and a push
dumps the store again. It costs the disk of every update kept, superseded graphs included.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

LOG = "kg-log"
GRAPHS = "graphs.txt"
QUADS = "quads.nq"
ID = "id"  # a random name given to the log when it starts


@dataclass(frozen=True)
class Entry:
    """One applied update: the graphs it replaced (or removed) and the N-Quads it loaded."""

    folder: Path

    @property
    def graphs(self) -> list[str]:
        return (self.folder / GRAPHS).read_text(encoding="utf-8").split()

    @property
    def quads(self) -> Path:
        return self.folder / QUADS

    @property
    def key(self) -> str:
        """What a push manifest records for it: the log's id, its place in the log, a digest of its graph
        names and its size (a log started again on a new store never matches an older one's entries)."""
        names = hashlib.sha256((self.folder / GRAPHS).read_bytes()).hexdigest()[:16]
        log_id = (self.folder.parent / ID).read_text(encoding="utf-8").strip()
        return f"log:{log_id}:{self.folder.name}:{names}:{self.quads.stat().st_size}"


def kept(folder: Path | None) -> bool:
    """Whether the store in ``folder`` keeps an update log."""
    return folder is not None and (folder / LOG).is_dir()


def start(folder: Path) -> None:
    """Keep the updates of the (empty) store in ``folder`` from now on."""
    staging = folder / f"{LOG}.tmp-{uuid.uuid4().hex}"
    staging.mkdir()
    (staging / ID).write_text(uuid.uuid4().hex, encoding="utf-8")
    os.rename(staging, folder / LOG)


def discard(folder: Path) -> None:
    """Stop keeping the log of a store changed outside it; a push then dumps the store."""
    if kept(folder):
        gone = folder / f"{LOG}.gone-{uuid.uuid4().hex}"
        os.rename(folder / LOG, gone)
        shutil.rmtree(gone, ignore_errors=True)


def keep(journal: Path) -> bool:
    """Move an applied journal into its store's log (the journal lies in the store folder); False when
    the store keeps none."""
    if not kept(journal.parent):
        return False
    os.rename(journal, _next(journal.parent))
    return True


def entries(folder: Path) -> list[Entry]:
    """The log's entries in the order they were applied."""
    return [Entry(p) for p in sorted((folder / LOG).iterdir()) if p.name.isdigit()]


def _next(folder: Path) -> Path:
    numbers = [int(p.name) for p in (folder / LOG).iterdir() if p.name.isdigit()]
    return folder / LOG / f"{max(numbers, default=0) + 1:08d}"
