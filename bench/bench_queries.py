"""Benchmark: latency of every prepared query on a synthetic graph of about 1M triples, embedded and remote.

    python3 bench/bench_queries.py [--triples N] [--runs R] [--seed S] [--no-remote]

Builds synthetic event records (bench_build's generator, plus the two seed gold
records so that every query's example values find something) with kg's builder
into an on-disk store, then times each prepared query with its example values:
on the embedded store, and through SPARQLWrapper against an Oxigraph server this
script starts on a loopback port (without --union-default-graph) after ``kg push``-ing
the store to it. Prints median and p95 latency per query and the rows returned, and
of the embedded p50 the part that is SPARQL evaluation alone (pyoxigraph's solutions
iterated, not yet turned into kg's results).
Target: embedded p50 < 50 ms for every query.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_records  # noqa: E402

from kg.model import EventRecord  # noqa: E402
from kg.query import answer, prepared  # noqa: E402

QUADS_PER_RECORD = 640  # what bench_build's records give (superclass types included), to size the graph
TARGET_P50_MS = 50.0


def gold_records() -> list[EventRecord]:
    return [EventRecord.from_dict(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((ROOT / "tests" / "fixtures").glob("*.gold.json"))]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def scale_parser(description: str) -> argparse.ArgumentParser:
    """The options every benchmark on synthetic data at a scale shares: --triples and --seed."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=42)
    return parser


def scale_records(args: argparse.Namespace) -> list:
    """bench_build's synthetic records for about ``args.triples`` triples, plus the two seed gold records."""
    return synthetic_records(max(1, args.triples // QUADS_PER_RECORD), args.seed) + gold_records()


def timed_runs(backend, query, runs: int, warm_up: int = 2) -> tuple[list[float], int]:
    """Milliseconds of ``runs`` answers to ``query`` after ``warm_up`` untimed ones, and its row count."""
    for _ in range(warm_up):
        result = answer(backend, query)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = answer(backend, query)
        times.append((time.perf_counter() - t) * 1000)
    return times, len(result.rows)


def time_queries(backend, runs: int) -> dict[str, tuple[float, float, int]]:
    """{query name: (median ms, p95 ms, rows)} over ``runs`` runs after two warm-up runs."""
    out = {}
    for name, query in prepared.load_all().items():
        times, rows = timed_runs(backend, query, runs)
        out[name] = (statistics.median(times), percentile(times, 0.95), rows)
    return out


def sparql_only_ms(store, query, runs: int) -> float:
    """Median ms of evaluating ``query`` (example values bound) and iterating its solutions in pyoxigraph,
    without turning them into a :class:`kg.query.Result`: what of the p50 is SPARQL evaluation."""
    from kg.query.bind import with_bindings
    from kg.query.params import typed_bindings
    from kg.query.resolve import resolve
    from kg.query.run import EmbeddedBackend

    text = with_bindings(query.sparql, resolve(EmbeddedBackend(store), typed_bindings(query.params, {})))
    times = []
    for _ in range(runs + 1):
        t = time.perf_counter()
        for _ in store.query(text, use_default_graph_as_union=True):
            pass
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[1:])


def main() -> None:
    parser = scale_parser(__doc__)
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (default 20)")
    parser.add_argument("--no-remote", action="store_true", help="time the embedded store only")
    args = parser.parse_args()

    from kg.query.oxigraph_server import oxigraph_server
    from kg.query.push import GraphStoreTarget, push
    from kg.query.remote import RemoteBackend
    from kg.query.run import EmbeddedBackend
    from kg.store import open_store

    records = scale_records(args)
    with tempfile.TemporaryDirectory(prefix="kg-bench-queries-") as tmp:
        (Path(tmp) / "store").mkdir()
        with open_store(Path(tmp) / "store") as store:
            t = time.perf_counter()
            store.add_records(records)
            store.ox.flush()
            store.optimize()
            print(f"{len(records):,} records -> {len(store):,} triples in {len(store.graphs()):,} article graphs "
                  f"(built in {time.perf_counter() - t:.1f} s)")
            timings = {"embedded": time_queries(EmbeddedBackend(store.ox), args.runs)}
            sparql = {name: sparql_only_ms(store.ox, query, args.runs) for name, query in prepared.load_all().items()}
            if not args.no_remote:
                with oxigraph_server(Path(tmp) / "oxigraph") as base:
                    t = time.perf_counter()
                    report = push(store.ox, GraphStoreTarget(f"{base}/store", timeout=120))
                    elapsed = time.perf_counter() - t
                    print(f"kg push to oxigraph serve ({base}/store): {report.graphs:,} graphs, {report.triples:,} "
                          f"triples in {elapsed:.1f} s = {report.triples / elapsed:,.0f} triples/s")
                    timings["remote"] = time_queries(RemoteBackend(f"{base}/query", timeout=120), args.runs)

    print(f"\nlatency per prepared query, example parameters, {args.runs} runs (ms)")
    head = f"{'query':<22}{'rows':>6}  {'embedded p50':>12}  {'p95':>7}  {'SPARQL only':>11}"
    if "remote" in timings:
        head += f"  {'remote p50':>10}  {'p95':>7}  {'rows':>6}"
    print(head)
    slow = []
    for name, (p50, p95, rows) in timings["embedded"].items():
        line = f"{name:<22}{rows:>6}  {p50:>12.1f}  {p95:>7.1f}  {sparql[name]:>11.1f}"
        if "remote" in timings:
            r50, r95, rrows = timings["remote"][name]
            line += f"  {r50:>10.1f}  {r95:>7.1f}  {rrows:>6}"
        if p50 >= TARGET_P50_MS:
            slow.append(name)
            line += "  (over target)"
        print(line)
    print(f"\nload average during the run: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"({os.cpu_count()} CPUs; other work on the machine slows every figure)")
    print(f"embedded p50 target < {TARGET_P50_MS:.0f} ms: "
          + ("met by every query" if not slow else f"missed by {', '.join(slow)}"))


if __name__ == "__main__":
    main()
