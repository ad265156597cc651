"""A read-only binary file over an iterator of byte chunks, to stream generated data into a loader."""

from __future__ import annotations

import io
from collections.abc import Iterable


class _RawChunks(io.RawIOBase):
    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def chunk_reader(chunks: Iterable[bytes], buffer_size: int = 1 << 20) -> io.BufferedReader:
    """A buffered binary reader yielding the concatenation of ``chunks``, produced lazily."""
    return io.BufferedReader(_RawChunks(chunks), buffer_size)
