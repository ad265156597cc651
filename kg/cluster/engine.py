"""Extraction on a Dask cluster: shards out to the workers, records back in input order.

:func:`cluster_records` is a drop-in for :func:`kg.pipeline.extract_records`: it yields
the same records in the same order (so ``kg build`` resolves and builds exactly as a
local run), with load, extraction and shard failures in the report. Shards finished by
an earlier run (same content hash) are read back without a cluster.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write
from kg.cluster.shards import Shard, plan
from kg.cluster.worker import finished, run_shard
from kg.errors import UserError
from kg.model import EventRecord, LoadError
from kg.pipeline import BatchReport

#: attempts after the first for a shard whose task fails (a worker that dies counts too)
RETRIES = 2
MANIFEST = "manifest.json"


def cluster_records(inputs: Iterable[str | os.PathLike[str]], report: BatchReport, *, folder: Path,
                    max_bytes: int, address: str | None = None, workers: int = 1,
                    shard_size: int = 100) -> Iterator[EventRecord]:
    """The record of every article under ``inputs``, extracted on the Dask scheduler at ``address``
    (else on a local cluster of ``workers`` processes), shard outputs kept in ``folder``."""
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    shards, errors = plan(inputs, shard_size, max_bytes)
    report.problems.extend(map(str, errors))
    results: dict[int, dict[str, Any] | str] = {s.index: done for s in shards if (done := finished(folder, s))}
    todo = [s for s in shards if s.index not in results]
    seen: dict[str, str] = {}
    try:
        nxt = 0
        for shard, result in _run(todo, folder, max_bytes, address, workers):
            results[shard.index] = result
            while nxt < len(shards) and nxt in results:
                yield from _records(shards[nxt], results[nxt], folder, report, seen)
                nxt += 1
        for shard in shards[nxt:]:
            yield from _records(shard, results[shard.index], folder, report, seen)
    finally:
        _write_manifest(folder, shards, results)


def _run(todo: list[Shard], folder: Path, max_bytes: int, address: str | None,
         workers: int) -> Iterator[tuple[Shard, dict[str, Any] | str]]:
    """(shard, its result or the one-line reason it failed), as the shards finish."""
    if not todo:
        return
    from distributed import as_completed

    with _client(address, workers) as client:
        futures = client.map(run_shard, todo, folder=str(folder), max_bytes=max_bytes, retries=RETRIES,
                             key=[f"kg-shard-{s.index}-{s.digest}" for s in todo], pure=False)
        shard_of = {f.key: s for f, s in zip(futures, todo)}
        for future in as_completed(futures):
            shard = shard_of[future.key]
            if future.status == "finished":
                yield shard, future.result()
            else:
                try:
                    exc = future.exception()
                except Exception as cancelled:  # noqa: BLE001 - cancelled: the scheduler went away
                    exc = cancelled
                reason = " ".join(f"{type(exc).__name__}: {exc}".split())
                yield shard, f"shard {shard.index + 1} ({shard.describe()}) failed after {RETRIES + 1} attempts: {reason}"
            future.release()


@contextmanager
def _client(address: str | None, workers: int) -> Iterator[Any]:
    """A Dask client of the scheduler at ``address``, or of a local cluster of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UserError("--cluster and --workers need Dask: pip install 'kg[cluster]'") from None
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO lines would bury kg's own output
    if address is None:
        # no dashboard; the scheduler's HTTP routes (health, metrics) on a free loopback port, not 8787
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                          silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address)  # waits distributed.comm.timeouts.connect (30 s; $DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UserError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def _records(shard: Shard, result: dict[str, Any] | str, folder: Path, report: BatchReport,
             seen: dict[str, str]) -> Iterator[EventRecord]:
    """A shard's records from its output folder, in order; its problems (or its failure) to ``report``.
    An article id met in an earlier shard is a duplicate, reported as a local run reports it."""
    if isinstance(result, str):
        report.problems.append(result)
        return
    report.problems.extend(result["problems"])
    for article_id, name, path, line in result["articles"]:
        where = path if line is None else f"{path}:{line}"
        if (first := seen.setdefault(article_id, where)) != where:
            report.problems.append(str(LoadError(path, f"duplicate article id {article_id!r}, already loaded "
                                                       f"from {first}", line)))
            continue
        try:
            data = json.loads((folder / shard.digest / "records" / name).read_text(encoding="utf-8"))
        except OSError as exc:  # workers on other machines wrote to a folder this one does not see
            report.problems.append(f"shard {shard.index + 1} ({shard.describe()}): cannot read its output: "
                                   f"{exc.strerror or exc} ({exc.filename}); the workers and this machine "
                                   f"must share the shards folder")
            return
        report.articles += 1
        yield EventRecord.from_dict(data)


def _write_manifest(folder: Path, shards: list[Shard], results: dict[int, dict[str, Any] | str]) -> None:
    """``manifest.json``: this run's shards, each with its content hash, what it read and how it ended."""
    entries = []
    for shard in shards:
        result = results.get(shard.index)
        status = "not run" if result is None else "failed" if isinstance(result, str) else "done"
        entries.append({"shard": shard.index + 1, "digest": shard.digest, "inputs": shard.describe(),
                        "status": status, "articles": len(result["articles"]) if status == "done" else 0,
                        "error": result if status == "failed" else None})
    with atomic_write(folder / MANIFEST) as fh:
        json.dump({"shards": entries}, fh, ensure_ascii=False, indent=1)
