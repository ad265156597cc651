"""Benchmark: local vs Dask-cluster extraction, articles/s on the same 2,000 articles (and Ray, with --ray).

    python3 bench/bench_cluster.py [--articles 2000] [--corpus ../shared/corpus/dev] [--workers 1 2]
                                   [--shard-size 100] [--ray]

The inputs are built at run time in a temporary folder by repeating the corpus's
``.txt`` articles under new names (nothing is committed). It times, end to end
(process or cluster start and model loading included, as a user pays them):

- local: ``kg.pipeline.extract_records`` with ``--jobs 1`` and ``--jobs N``;
- Dask: ``kg.cluster.cluster_records`` on a local cluster of N worker processes
  (``kg extract --workers N``), a fresh shards folder each run so nothing is skipped;
- Ray (``--ray``): the same shards and the same task (``kg.cluster.worker.run_shard``) as Ray
  tasks on N CPUs, the comparison behind choosing Dask (docs/distributed.md).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from itertools import cycle, islice
from pathlib import Path

from kg.cluster import cluster_records
from kg.cluster.shards import plan
from kg.cluster.worker import run_shard
from kg.config import MAX_BYTES
from kg.pipeline import BatchReport, extract_records


def make_inputs(corpus: Path, count: int, folder: Path) -> None:
    """``count`` article files in ``folder``: the corpus's ``.txt`` articles repeated under new names."""
    articles = sorted(p for p in corpus.glob("*.txt"))
    if not articles:
        sys.exit(f"error: no .txt articles in {corpus}")
    for i, source in enumerate(islice(cycle(articles), count)):
        shutil.copyfile(source, folder / f"r{i:05d}-{source.name}")


def timed(label: str, run: Callable[[], int], count: int) -> float:
    start = time.perf_counter()
    done = run()
    seconds = time.perf_counter() - start
    rate = done / seconds
    print(f"{label:<28} {done:>6} articles  {seconds:7.1f} s  {rate:7.1f} articles/s", flush=True)
    if done != count:
        print(f"  warning: {count - done} articles missing", flush=True)
    return rate


def local(inputs: Path, jobs: int) -> int:
    report = BatchReport()
    return sum(1 for _ in extract_records([inputs], report, jobs=jobs, max_bytes=MAX_BYTES))


def dask(inputs: Path, workers: int, shard_size: int) -> int:
    with tempfile.TemporaryDirectory(prefix="kg-shards-") as shards:
        report = BatchReport()
        return sum(1 for _ in cluster_records([inputs], report, folder=Path(shards), max_bytes=MAX_BYTES,
                                              workers=workers, shard_size=shard_size))


def ray_run(inputs: Path, workers: int, shard_size: int) -> int:
    import ray

    shards, _ = plan([inputs], shard_size, MAX_BYTES)
    with tempfile.TemporaryDirectory(prefix="kg-shards-") as folder:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level="warning")
        try:
            task = ray.remote(num_cpus=1, max_retries=2)(run_shard)
            results = ray.get([task.remote(s, folder, MAX_BYTES) for s in shards])
        finally:
            ray.shutdown()
    return sum(len(r["articles"]) for r in results)


DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus/dev"


def compare(corpus: Path, articles: int, workers: list[int], shard_size: int, *, local_runs: bool = True,
            ray: bool = False) -> dict[str, float]:
    """Times each run on ``articles`` inputs made from ``corpus``, printing a line each; {label: articles/s}."""
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-cluster-") as tmp:
        inputs = Path(tmp)
        make_inputs(corpus.resolve(), articles, inputs)
        print(f"{articles} articles from {corpus.resolve()}, shards of {shard_size}", flush=True)
        for n in workers:
            runs: list[tuple[str, Callable[[], int]]] = []
            if local_runs:
                runs.append((f"local --jobs {n}", partial(local, inputs, n)))
            runs.append((f"dask --workers {n}", partial(dask, inputs, n, shard_size)))
            if ray:
                runs.append((f"ray, {n} CPUs", partial(ray_run, inputs, n, shard_size)))
            for label, run in runs:
                rates[label] = timed(label, run, articles)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument("--ray", action="store_true", help="also time the same shards as Ray tasks")
    parser.add_argument("--no-local", action="store_true", help="skip the local runs")
    args = parser.parse_args()
    compare(args.corpus, args.articles, args.workers, args.shard_size, local_runs=not args.no_local, ray=args.ray)


if __name__ == "__main__":
    main()
