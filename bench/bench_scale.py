"""Benchmark, one run: local vs cluster extraction on 2,000 articles, bulk push vs ``oxigraph load``, exports vs
pyoxigraph's dump and prepared query p50s at ~1M triples, then a summary of each figure against its target.

    python3 bench/bench_scale.py [--triples N] [--runs R] [--query-limit S] [--export-runs E]
                                 [--cluster-articles A] [--cluster-workers W ...] [--corpus DIR]
                                 [--skip-cluster] [--skip-push] [--skip-queries] [--virtuoso]

First, extraction (bench_cluster.py's runs, end to end, start-up and model loading included):
``--cluster-articles`` articles made by repeating the dev corpus's ``.txt`` articles, extracted locally
(``--jobs N``) and on a local Dask cluster (``--workers N``) for each N of ``--cluster-workers``.

Then it builds bench_build's synthetic records (plus the two seed gold records) into an on-disk
store, and, on the same data:

- push: ``kg push --bulk`` (:func:`kg.query.bulk.bulk_push`) from the store into a fresh
  ``oxigraph serve`` on loopback, against pyoxigraph's N-Quads dump of the store followed by
  ``oxigraph load --lenient`` of it into a fresh folder (both start from the store: the push
  dumps as it sends); also against the load alone; and ``kg push --bulk`` of a store built with
  ``--keep-log`` (:func:`kg.query.bulk.log_push`: the N-Quads the build wrote, sent as they are)
  against the load alone (its file given for free too); target ratio >= 0.8;
- with ``--virtuoso``: Virtuoso's bulk loader on that dump against ``kg push --virtuoso-isql``
  (private Virtuoso instances on loopback ports, as bench_store_parity.py starts them);
- export: each of ``kg export``'s N-Quads, TriG and Turtle against pyoxigraph's
  ``Store.dump`` of that store to a file (N-Quads; TriG with the same prefixes; Turtle, which is the
  union of the graphs and has no dump of its own, against the TriG dump), ``--export-runs`` times
  each, interleaved in alternating order; min and median of each side, the ratio of the minimums (as
  timeit reports a shared machine's figures) and of the medians, target >= 0.8;
- queries: each prepared query with its example values, ``--runs`` times in a child
  process that is stopped after ``--query-limit`` seconds; target p50 < 50 ms.

Every figure shares the machine with whatever else runs on it (the load average is printed).
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cluster import DEFAULT_CORPUS, compare  # noqa: E402
from bench_queries import TARGET_P50_MS, scale_parser, scale_records, timed_runs  # noqa: E402

import pyoxigraph as ox  # noqa: E402

from kg.export import export  # noqa: E402
from kg.export.rdf import OX_PREFIXES  # noqa: E402
from kg.query.bulk import BulkTarget, bulk_push, log_push  # noqa: E402
from kg.query.oxigraph_server import oxigraph_server  # noqa: E402
from kg.store import open_store  # noqa: E402


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_push(store_dir: Path, tmp: Path) -> dict[str, float]:
    """``kg push --bulk`` from the store into a fresh ``oxigraph serve``, against the other way from the store
    to an Oxigraph folder: pyoxigraph's N-Quads dump of the store, then ``oxigraph load`` of the file. Both are
    lenient (the server's bulk path is called with ``lenient``), both end with the same quads in the folder."""
    dump = tmp / "dump.nq"
    with open_store(store_dir, read_only=True) as store:
        quads = len(store.ox)
        dump_s, _ = timed(lambda: store.ox.dump(str(dump), ox.RdfFormat.N_QUADS))
    load_s, done = timed(lambda: subprocess.run(["oxigraph", "load", "--lenient", "--location", str(tmp / "loaded"),
                                                  "--file", str(dump)], capture_output=True, text=True))
    if done.returncode != 0:
        raise SystemExit(f"oxigraph load failed: {done.stderr.strip()}")
    dump.unlink()
    with open_store(store_dir, read_only=True) as store, oxigraph_server(tmp / "served") as base:
        report = bulk_push(store.ox, BulkTarget("oxigraph", base))
    assert report.on_server == quads, (report.on_server, quads)
    with open_store(store_dir, read_only=True) as store, oxigraph_server(tmp / "served-log") as base:
        logged = log_push(store_dir, store.ox, BulkTarget("oxigraph", base))
    assert logged.on_server == quads, (logged.on_server, quads)
    print(f"\npush, {quads:,} quads (both lenient; timed from the store to the last quad in: the push dumps "
          "as it sends, so the dump is counted on both sides; the load alone as well)")
    print(f"  oxigraph load --lenient (N-Quads file)          {quads / load_s:>10,.0f} quads/s  ({load_s:.1f} s)")
    print(f"  store dump to N-Quads + oxigraph load           {quads / (dump_s + load_s):>10,.0f} quads/s  "
          f"({dump_s:.1f} + {load_s:.1f} s)")
    print(f"  kg push --bulk (store -> oxigraph serve)        {report.quads / report.seconds:>10,.0f} quads/s  "
          f"({report.seconds:.1f} s, {report.chunks} chunks)")
    print(f"  ratio to dump + load {(dump_s + load_s) / report.seconds:.2f} (target >= 0.8); "
          f"to the load alone {load_s / report.seconds:.2f}")
    print(f"  kg push --bulk from the update log (--keep-log)  {quads / logged.seconds:>10,.0f} quads/s  "
          f"({logged.seconds:.1f} s, {logged.chunks} chunks of the N-Quads the build wrote)")
    print(f"  ratio to the load alone {load_s / logged.seconds:.2f} (target >= 0.8); "
          f"to dump + load {(dump_s + load_s) / logged.seconds:.2f}")
    return {"kg push --bulk (store) / (dump + oxigraph load)": (dump_s + load_s) / report.seconds,
            "kg push --bulk (store) / oxigraph load alone": load_s / report.seconds,
            "kg push --bulk (update log) / oxigraph load alone": load_s / logged.seconds}


def bench_virtuoso(store_dir: Path, tmp: Path) -> None:
    """kg push --virtuoso-isql into a private Virtuoso (bench_store_parity starts it), against its bulk
    loader on the store's N-Quads dump."""
    from bench_store_parity import virtuoso, virtuoso_load

    from kg.query.virtuoso import VirtuosoLoader

    os.environ.setdefault("KG_SPARQL_USER", "dba")  # a fresh private database's account
    os.environ.setdefault("KG_SPARQL_PASSWORD", "dba")
    data = tmp / "virtuoso-data"
    data.mkdir()
    dump = data / "dump.nq"
    with open_store(store_dir, read_only=True) as store:
        quads = len(store.ox)
        store.ox.dump(str(dump), ox.RdfFormat.N_QUADS)
    with virtuoso(tmp / "virtuoso-ref", data) as (sql_port, _):
        ref_s, _ = timed(lambda: virtuoso_load(sql_port, dump))
    dump.unlink()
    with virtuoso(tmp / "virtuoso-kg", data) as (sql_port, _), open_store(store_dir, read_only=True) as store:
        report = bulk_push(store.ox, VirtuosoLoader(f"127.0.0.1:{sql_port}", data))
    print(f"\nVirtuoso, {quads:,} quads")
    print(f"  its bulk loader on the N-Quads file          {quads / ref_s:>10,.0f} quads/s  ({ref_s:.1f} s)")
    print(f"  kg push --virtuoso-isql (store -> loader)    {report.quads / report.seconds:>10,.0f} quads/s  "
          f"({report.seconds:.1f} s, {report.chunks} chunks, {report.on_server:,} quads in named graphs after; "
          f"ratio {ref_s / report.seconds:.2f})")


def _timings(fn) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn()`` (CPU: every thread of this process, Oxigraph's included), and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def bench_export(store_dir: Path, tmp: Path, runs: int) -> dict[str, float]:
    """Each of ``kg export``'s N-Quads, TriG and Turtle against pyoxigraph's ``Store.dump`` of the same store to a
    file path (Rust writing it), interleaved run by run in alternating order so that the machine's load falls on
    both. As timeit advises for a shared machine, the minimum of the runs is the figure (the least disturbed run)
    and the ratio is of the minimums (dump / export); the medians and the CPU time of this process are printed too
    (CPU time counts only this process's work, whatever else runs)."""
    ratios: dict[str, float] = {}
    print(f"\nexport from the on-disk store: {runs} interleaved runs each of kg export and pyoxigraph's dump "
          "(ratio: dump time / export time, of the minimums; target >= 0.8)")
    with open_store(store_dir, read_only=True) as store:
        quads = len(store.ox)
        for name, fmt, prefixes in (("nq", ox.RdfFormat.N_QUADS, None), ("trig", ox.RdfFormat.TRIG, OX_PREFIXES),
                                    ("ttl", ox.RdfFormat.TRIG, OX_PREFIXES)):
            reference = str(tmp / f"dump.{fmt.file_extension}")
            sides = {"dump": partial(store.ox.dump, reference, fmt, prefixes=prefixes),
                     "export": partial(export, store, name, tmp / f"graph.{name}")}
            wall: dict[str, list[float]] = {side: [] for side in sides}
            cpu: dict[str, list[float]] = {side: [] for side in sides}
            count = 0
            for run in range(runs):
                for side in (sides if run % 2 == 0 else reversed(sides)):
                    w, c, written = _timings(sides[side])
                    wall[side].append(w)
                    cpu[side].append(c)
                    count = written if side == "export" else count
                print(f"  {name:<5} run {run + 1}: dump {wall['dump'][-1]:5.1f} s, kg export {wall['export'][-1]:5.1f} s",
                      flush=True)
            dump_name = "TriG" if name == "ttl" else name
            for side, label, n in (("dump", f"dump ({dump_name})", quads), ("export", "kg export", count)):
                print(f"  {name:<5} {label:<12} min {min(wall[side]):5.1f} s ({n / min(wall[side]):>9,.0f} statements/s)"
                      f"  median {statistics.median(wall[side]):5.1f} s  CPU min {min(cpu[side]):5.1f} s")
            print(f"  {name:<5} ratio of minimums {min(wall['dump']) / min(wall['export']):.2f} (target >= 0.8); "
                  f"of medians {statistics.median(wall['dump']) / statistics.median(wall['export']):.2f}; "
                  f"of CPU minimums {min(cpu['dump']) / min(cpu['export']):.2f}", flush=True)
            ratios[f"kg export {name} / dump, minimums"] = min(wall["dump"]) / min(wall["export"])
    return ratios


def _time_query(store_dir: str, name: str, runs: int, out) -> None:
    from kg.query import prepared
    from kg.query.run import EmbeddedBackend

    times, rows = timed_runs(EmbeddedBackend(ox.Store.read_only(store_dir)), prepared.get(name), runs, warm_up=1)
    out.send((statistics.median(times), rows))


def bench_queries(store_dir: Path, runs: int, limit: float) -> tuple[str, float]:
    """Prints each prepared query's p50; the slowest query's name and p50 (ms)."""
    from kg.query import prepared

    print(f"\nprepared queries, embedded, example values, {runs} runs after one warm-up (p50 ms)")
    slow = []
    worst = ("", 0.0)
    for name in prepared.load_all():
        here, there = multiprocessing.Pipe()
        child = multiprocessing.Process(target=_time_query, args=(str(store_dir), name, runs, there))
        child.start()
        if here.poll(limit):
            p50, rows = here.recv()
            line = f"  {name:<22}{rows:>6} rows  {p50:>9.1f}"
        else:
            p50, line = float("inf"), f"  {name:<22}{'':>11}  > {limit:.0f} s (stopped)"
        child.terminate()
        child.join()
        worst = max(worst, (name, p50), key=lambda item: item[1])
        if p50 >= TARGET_P50_MS:
            slow.append(name)
            line += "  (over target)"
        print(line, flush=True)
    print(f"  p50 target < {TARGET_P50_MS:.0f} ms: " + ("met by every query" if not slow else f"missed by {', '.join(slow)}"))
    return worst


def summary(extraction: dict[str, float], ratios: dict[str, float], worst: tuple[str, float] | None) -> None:
    """Each figure measured above, against issue 13's target for it where it sets one."""
    rows = [(f"extraction, {label}", f"{rate:.1f} articles/s", "") for label, rate in extraction.items()]
    for label, rate in extraction.items():
        n = label.rsplit(" ", 1)[1]
        if label.startswith("dask") and f"local --jobs {n}" in extraction:
            rows.append((f"extraction, dask --workers {n} / local --jobs {n}",
                         f"{rate / extraction[f'local --jobs {n}']:.2f}", "no target"))
    rows += [(label, f"{ratio:.2f}", f"target >= 0.8: {'met' if ratio >= 0.8 else 'missed'}")
             for label, ratio in ratios.items()]
    if worst is not None:
        rows.append((f"slowest prepared query p50 ({worst[0]})", f"{worst[1]:.1f} ms",
                     f"target < {TARGET_P50_MS:.0f} ms: {'met' if worst[1] < TARGET_P50_MS else 'missed'}"))
    print("\nsummary")
    for label, value, note in rows:
        print(f"  {label:<52} {value:>18}  {note}")


def main() -> None:
    parser = scale_parser(__doc__)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--query-limit", type=float, default=60.0, help="seconds before a query is stopped (default 60)")
    parser.add_argument("--export-runs", type=int, default=5,
                        help="interleaved runs of each export and of the dump (default 5; 0: none)")
    parser.add_argument("--cluster-articles", type=int, default=2000,
                        help="articles extracted locally and on a Dask cluster (default 2000)")
    parser.add_argument("--cluster-workers", type=int, nargs="+", default=[1, 2],
                        help="local jobs and Dask workers to time (default 1 2)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="the .txt articles repeated into the extraction's inputs (default ../shared/corpus/dev)")
    parser.add_argument("--skip-cluster", action="store_true")
    parser.add_argument("--skip-push", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--virtuoso", action="store_true", help="also push into a private Virtuoso (virtuoso-t, isql-vt)")
    args = parser.parse_args()
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")

    extraction: dict[str, float] = {}
    if not args.skip_cluster:
        print("\nextraction, local against a local Dask cluster (end to end, start-up and model loading included)")
        extraction = compare(args.corpus, args.cluster_articles, args.cluster_workers, shard_size=100)
    ratios: dict[str, float] = {}
    worst = None
    records = scale_records(args)
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as name:
        tmp = Path(name)
        store_dir = tmp / "store"
        store_dir.mkdir()
        with open_store(store_dir, keep_log=True) as store:  # the update log: what push --bulk sends as it is
            seconds, _ = timed(lambda: store.add_records(records))
            store.ox.flush()
            store.optimize()
            print(f"\n{len(records):,} records -> {len(store):,} quads in {len(store.graphs()):,} article graphs "
                  f"(built in {seconds:.1f} s)")
        if not args.skip_push:
            ratios |= bench_push(store_dir, tmp)
        if args.virtuoso:
            bench_virtuoso(store_dir, tmp)
        if args.export_runs:
            ratios |= bench_export(store_dir, tmp, args.export_runs)
        if not args.skip_queries:
            worst = bench_queries(store_dir, args.runs, args.query_limit)
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    summary(extraction, ratios, worst)


if __name__ == "__main__":
    main()
