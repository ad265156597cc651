"""An output folder written by one kg command at a time, its files replaced as one set.

    with OutputFolder(out) as folder:
        stage = folder.stage()           # write everything under stage/ ...
        ...
        folder.commit()                  # ... then it replaces the files in out/ together

The folder is locked (an advisory ``flock`` on the folder itself, which the system drops
when the process ends, so a killed command leaves no stale lock) so that two commands
never mix their files. ``commit`` first records which staging folder it moves in (``.kg-commit``), then
moves its files; a command killed while moving leaves that note, and the next command
that opens the folder finishes the move. Staging folders and temporary files
(``.*.tmp``) left by a killed command are removed on opening. So the exports in the
folder always come from one build.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from pathlib import Path
from types import TracebackType

from kg.atomic import atomic_write
from kg.cli.common import UserError

_COMMIT = ".kg-commit"
_STAGE = ".kg-stage-"


class OutputFolder:
    """A locked output folder; see the module docstring."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._stage: Path | None = None

    def __enter__(self) -> OutputFolder:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as exc:
            raise UserError(f"cannot use {self.path} as the output folder: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._release()
            raise UserError(f"the output folder {self.path} is being written by another kg command; "
                            "wait for it to finish or use another --out") from None
        self._recover()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._stage is not None:
            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None
        self._release()

    def stage(self) -> Path:
        """A fresh folder inside the output folder to write this run's files into."""
        self._stage = self.path / f"{_STAGE}{uuid.uuid4().hex}"
        self._stage.mkdir()
        return self._stage

    def commit(self) -> None:
        """Move the staged files over the folder's own (``records/x.json`` to ``records/x.json``)."""
        if self._stage is None:
            raise RuntimeError("nothing staged")
        with atomic_write(self.path / _COMMIT) as note:
            note.write(self._stage.name)
        self._move_in(self._stage)
        (self.path / _COMMIT).unlink()
        self._stage = None

    def _move_in(self, stage: Path) -> None:
        for root, _, files in os.walk(stage):
            for name in files:
                source = Path(root, name)
                target = self.path / source.relative_to(stage)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        shutil.rmtree(stage, ignore_errors=True)

    def _recover(self) -> None:
        """Finish a commit a killed command left half done; drop its staging folders and temporary files."""
        note = self.path / _COMMIT
        if note.is_file():
            stage = self.path / note.read_text(encoding="utf-8").strip()
            if stage.name.startswith(_STAGE) and stage.is_dir():
                self._move_in(stage)
            note.unlink()
        for leftover in self.path.glob(f"{_STAGE}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        for folder in (self.path, self.path / "records"):
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # drops the lock
            self._fd = None
