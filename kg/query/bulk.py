"""Bulk upload of the store's article graphs: TriG in large chunks through a server's bulk path.

    report = bulk_push(store, BulkTarget("oxigraph", "http://127.0.0.1:7878"), manifest=Path("push.json"))

The article graphs, in name order, are cut into chunks of a quarter to one
``chunk_bytes`` of TriG (whole graphs only, cut where the graph names say, so that
adding articles changes only the chunks they fall in). A graph's block is
pyoxigraph's N-Triples dump of it as it is (N-Triples is Turtle), so the graph name
is not repeated on every line as in N-Quads: a quarter fewer bytes, no rewriting.
Each chunk first drops its graphs on the server (one SPARQL Update of
``DROP SILENT GRAPH``s, so that an article pushed again replaces its graph there),
then goes in one request to the server's bulk endpoint:

- Oxigraph server: ``POST /store?no_transaction&lenient`` (its bulk loader);
- Fuseki: ``POST /DATASET/data`` (the dataset's Graph Store endpoint takes TriG);
- GraphDB: ``POST /repositories/ID/statements``.

Oxigraph's server reads a request's whole body before it parses any of it, so a
request streamed while it is dumped would not overlap the two; the overlap comes
from the pipeline instead: two threads dump the graphs while up to two earlier
chunks are being loaded by the server (each one bulk load there; fewer, larger
chunks cost its compaction less). With a ``manifest`` file, the SHA-256 of every
chunk the server acknowledged is recorded (written atomically after each), and a
re-run skips those chunks: an interrupted push resumes where it stopped. At the end
the server's count of quads in named graphs is checked against what was sent
(:class:`CountMismatch` when it holds fewer). Virtuoso has its own bulk loader, run
through ``isql`` (:mod:`kg.query.virtuoso`).

A store that keeps an update log (:mod:`kg.store.log`) is pushed by :func:`log_push`
instead: the N-Quads its builds wrote, replayed in order without dumping the store.
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.atomic import atomic_write
from kg.query.endpoint import EndpointError, call
from kg.query.push import _Target
from kg.store import log as storelog

#: the most bytes of TriG per request; chunks are mostly a quarter of it (~32 MB, ~230k quads of kg's graphs)
CHUNK_BYTES = 128 * 1024 * 1024
#: threads dumping the store's graphs: one dumps ~150k quads/s here, slower than a server's bulk load
DUMP_THREADS = 2

#: the chunks' format: TriG, each graph's block pyoxigraph's N-Triples dump of it (no graph name on every line)
MEDIA_TYPE = "application/trig"
#: the format of the store's update log (kg.store.log), sent as it is
NQUADS = "application/n-quads"
#: graphs dropped per SPARQL Update request
DROPS_PER_REQUEST = 1000

#: per server kind: (bulk load path, update path, query path), appended to the URL given
SERVERS = {
    "oxigraph": ("/store?no_transaction&lenient", "/update", "/query"),
    "fuseki": ("/data", "/update", "/sparql"),
    "graphdb": ("/statements", "/statements", ""),
}

_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


class CountMismatch(EndpointError):
    """The server holds fewer quads in named graphs than were sent."""


@dataclass
class Chunk:
    graphs: list[ox.NamedNode]
    data: bytes
    quads: int

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _cut_point(graph: ox.NamedNode) -> bool:
    """One graph name in 16 may end a chunk: boundaries follow the names, not the sizes alone, so a
    graph added or changed leaves the chunks around its own unchanged (their manifest entries hold)."""
    return hashlib.sha256(graph.value.encode("utf-8")).digest()[0] % 16 == 0


def _dumps(store: ox.Store, threads: int = DUMP_THREADS, ahead: int = 64) -> Iterator[tuple[ox.NamedNode, bytes]]:
    """Each named graph of ``store`` in name order with its N-Triples, dumped by ``threads`` threads
    (pyoxigraph lets go of the GIL while it dumps) at most ``ahead`` graphs ahead of the consumer."""
    names = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)

    def dump(graph: ox.NamedNode) -> tuple[ox.NamedNode, bytes]:
        return graph, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)

    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kg-dump") as pool:
        pending: deque[Future[tuple[ox.NamedNode, bytes]]] = deque()
        for graph in names:
            pending.append(pool.submit(dump, graph))
            if len(pending) > ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def chunks(store: ox.Store, chunk_bytes: int = CHUNK_BYTES) -> Iterator[Chunk]:
    """The store's named graphs in name order as TriG chunks of whole graphs: each ends at the first
    :func:`_cut_point` past a quarter of ``chunk_bytes``, or at ``chunk_bytes``."""
    graphs: list[ox.NamedNode] = []
    parts: list[bytes] = []
    size = quads = 0
    for graph, ntriples in _dumps(store):
        # N-Triples is Turtle, so a graph's dump is the body of its TriG block as it is
        parts.append(b"%s {\n%s}\n" % (str(graph).encode("utf-8"), ntriples))
        graphs.append(graph)
        quads += ntriples.count(b"\n")
        size += len(parts[-1])
        if size >= chunk_bytes or (size >= chunk_bytes // 4 and _cut_point(graph)):
            yield Chunk(graphs, b"".join(parts), quads)
            graphs, parts, size, quads = [], [], 0, 0
    if graphs:
        yield Chunk(graphs, b"".join(parts), quads)


class BulkTarget(_Target):
    """A server's bulk load, update and query endpoints (``kind`` one of :data:`SERVERS`)."""

    def __init__(self, kind: str, url: str, timeout: float = 600.0, retries: int = 3, in_flight: int = 2) -> None:
        if kind not in SERVERS:
            raise EndpointError(f"unknown server kind {kind!r}; choose one of {', '.join(SERVERS)}")
        super().__init__(url.rstrip("/"), timeout, retries)
        self.kind = kind
        self.in_flight = in_flight
        load, update, query = SERVERS[kind]
        self.load_url, self.update_url, self.query_url = (self.url + load, self.url + update, self.url + query)

    def drop(self, graphs: list[ox.NamedNode]) -> None:
        for start in range(0, len(graphs), DROPS_PER_REQUEST):
            update = " ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs[start:start + DROPS_PER_REQUEST])
            self._post(self.update_url, urllib.parse.urlencode({"update": update}).encode("utf-8"),
                       "application/x-www-form-urlencoded")

    def load(self, data: bytes, media_type: str = MEDIA_TYPE) -> None:
        self._post(self.load_url, data, media_type)

    def count(self) -> int:
        """Quads in the server's named graphs."""
        body = urllib.parse.urlencode({"query": _COUNT}).encode("utf-8")
        answer = self._post(self.query_url, body, "application/x-www-form-urlencoded",
                            accept="application/sparql-results+json")
        try:
            return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
        except (ValueError, KeyError, IndexError) as exc:
            raise EndpointError(f"{self.query_url} sent an answer that is not a count: {exc}") from None

    def _post(self, url: str, data: bytes, content_type: str, accept: str | None = None) -> bytes:
        headers = {"Content-Type": content_type} | ({"Accept": accept} if accept else {})
        answer: list[bytes] = []

        def once() -> None:
            with self.opener.open(urllib.request.Request(url, data=data, method="POST", headers=headers),
                                  timeout=self.timeout) as response:
                answer.append(response.read())

        call(once, url, self.retries, timeout=self.timeout)
        return answer[-1]


@dataclass
class Manifest:
    """The chunks a server has acknowledged, by SHA-256, kept in a JSON file (``None``: kept nowhere)."""

    path: Path | None
    target: str
    done: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, path: Path | None, target: str) -> Manifest:
        if path is None or not path.exists():
            return cls(path, target)
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            done = set(saved["chunks"]) if saved.get("target") == target else set()
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise EndpointError(f"{path}: not a kg push manifest ({exc})") from None
        return cls(path, target, done)

    def add(self, digest: str) -> None:
        self.done.add(digest)
        if self.path is not None:
            with atomic_write(self.path) as out:
                json.dump({"target": self.target, "chunks": sorted(self.done)}, out)


@dataclass
class BulkReport:
    graphs: int = 0
    quads: int = 0
    chunks: int = 0
    skipped: int = 0  # chunks the manifest had as done
    seconds: float = 0.0
    on_server: int = 0  # quads in the server's named graphs afterwards


class Loader(Protocol):
    """Where :func:`bulk_push` sends chunks: :class:`BulkTarget`, or Virtuoso's bulk loader."""

    url: str
    in_flight: int  # chunks sent at the same time

    def drop(self, graphs: list[ox.NamedNode]) -> None: ...
    def load(self, trig: bytes) -> None: ...
    def count(self) -> int: ...


def bulk_push(store: ox.Store, target: Loader, manifest: Path | None = None, chunk_bytes: int = CHUNK_BYTES,
              on_chunk: Callable[[BulkReport], None] | None = None, check: bool = True) -> BulkReport:
    """Send every article graph of ``store`` to ``target`` in chunks, replacing them there (module doc).

    The next chunks are dumped (:data:`DUMP_THREADS` threads) while up to ``target.in_flight``
    earlier ones are being sent and loaded. When a chunk fails, the ones already in flight are
    waited for and those the server took are recorded, then the error is raised.
    """
    done = Manifest.open(manifest, target.url)
    report = BulkReport()
    started = time.perf_counter()
    sending: deque[tuple[Chunk, Future[None]]] = deque()

    def finish_oldest() -> None:
        chunk, future = sending.popleft()
        future.result()
        done.add(chunk.digest)
        _count(report, chunk, on_chunk)

    def send(chunk: Chunk) -> None:
        target.drop(chunk.graphs)
        target.load(chunk.data)

    with ThreadPoolExecutor(max_workers=target.in_flight, thread_name_prefix="kg-push") as pool:
        try:
            for chunk in chunks(store, chunk_bytes):
                if chunk.digest in done.done:
                    report.skipped += 1
                    _count(report, chunk, on_chunk)
                    continue
                if len(sending) == target.in_flight:
                    finish_oldest()
                sending.append((chunk, pool.submit(send, chunk)))
            while sending:
                finish_oldest()
        except BaseException:
            wait([future for _, future in sending])
            while sending:
                chunk, future = sending.popleft()
                if future.exception() is None:
                    done.add(chunk.digest)
            raise
    report.seconds = time.perf_counter() - started
    if check:
        _check(report, target, report.quads, "sent")
    return report


def log_push(folder: Path, store: ox.Store, target: BulkTarget, manifest: Path | None = None,
             chunk_bytes: int = CHUNK_BYTES, on_chunk: Callable[[BulkReport], None] | None = None,
             check: bool = True) -> BulkReport:
    """Replay the update log of the store in ``folder`` (:mod:`kg.store.log`) into ``target``: the
    N-Quads its builds wrote, sent as they are, without dumping the store.

    The entries go in the order the store applied them, in runs (:func:`_runs`) of entries none of
    which replaces a graph an earlier one of the run loads (the co-host pairs an update recounts are
    graphs like the others, :mod:`kg.graph.cohosts`): a run's graphs are dropped on the server, then
    its N-Quads files go in pieces of about a quarter of ``chunk_bytes`` (cut at line ends), up to
    ``target.in_flight`` at once; and the next run starts. A run's
    entries are recorded in the ``manifest`` once all its pieces are in, so a re-run starts again
    from the first entry the server did not take in full. At the end the server's count of quads
    in named graphs is checked against the store's.
    """
    done = Manifest.open(manifest, target.url)
    report = BulkReport()
    started = time.perf_counter()
    todo = []
    for entry in storelog.entries(folder):
        if entry.key in done.done:
            report.skipped += 1
        else:
            todo.append(entry)
    with ThreadPoolExecutor(max_workers=target.in_flight, thread_name_prefix="kg-push") as pool:
        for run in _runs(todo):
            graphs = [ox.NamedNode(g) for entry in run for g in entry.graphs]
            target.drop(graphs)
            sending: deque[tuple[int, Future[None]]] = deque()
            try:
                for piece in _pieces([entry.quads for entry in run], max(1, chunk_bytes // 4)):
                    if len(sending) == target.in_flight:
                        _piece_in(report, *sending.popleft(), on_chunk)
                    sending.append((piece.count(b"\n"), pool.submit(target.load, piece, NQUADS)))
                while sending:
                    _piece_in(report, *sending.popleft(), on_chunk)
            except BaseException:
                wait([future for _, future in sending])
                raise
            report.graphs += len(graphs)
            for entry in run:
                done.add(entry.key)
    report.seconds = time.perf_counter() - started
    if check:
        in_store = int(next(iter(store.query(_COUNT)))[0].value)
        _check(report, target, in_store, "in the store's named graphs")
    return report


def _runs(entries: list[storelog.Entry]) -> Iterator[list[storelog.Entry]]:
    """Consecutive entries grouped while none replaces a graph named by an earlier one of its group:
    dropping all the group's graphs first, then loading all its quads, ends as applying them one by one."""
    run: list[storelog.Entry] = []
    named: set[str] = set()
    for entry in entries:
        graphs = set(entry.graphs)
        if run and graphs & named:
            yield run
            run, named = [], set()
        run.append(entry)
        named |= graphs
    if run:
        yield run


def _pieces(paths: list[Path], size: int) -> Iterator[bytes]:
    """The files at ``paths``, one after the other, in pieces of about ``size`` bytes that end at a line end
    (small files share a piece)."""
    parts: list[bytes] = []
    held = 0
    for path in paths:
        last = b"\n"
        with open(path, "rb") as file:
            while block := file.read(size):
                parts.append(block)
                held += len(block)
                last = block[-1:]
                if held >= size:
                    data = b"".join(parts)
                    cut = data.rfind(b"\n") + 1
                    if cut:
                        yield data[:cut]
                    parts, held = [data[cut:]], len(data) - cut
        if last != b"\n":
            parts.append(b"\n")  # a file's last line ends before the next file's first
    if rest := b"".join(parts):
        yield rest


def _piece_in(report: BulkReport, quads: int, future: Future[None],
              on_chunk: Callable[[BulkReport], None] | None) -> None:
    future.result()
    report.chunks += 1
    report.quads += quads
    if on_chunk is not None:
        on_chunk(report)


def _check(report: BulkReport, target: Loader, expected: int, what: str) -> None:
    """The final count check: the server must hold at least ``expected`` quads in named graphs."""
    report.on_server = target.count()
    if report.on_server < expected:
        raise CountMismatch(f"{target.url} holds {report.on_server:,} quads in named graphs after the push, "
                            f"fewer than the {expected:,} {what}")


def _count(report: BulkReport, chunk: Chunk, on_chunk: Callable[[BulkReport], None] | None) -> None:
    report.chunks += 1
    report.graphs += len(chunk.graphs)
    report.quads += chunk.quads
    if on_chunk is not None:
        on_chunk(report)
