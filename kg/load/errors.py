"""The exception the loader's parts raise for input they cannot use."""

from __future__ import annotations


class LoadFailure(Exception):
    """Why a file (or one line of it) cannot be loaded; becomes a :class:`kg.model.LoadError`."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
