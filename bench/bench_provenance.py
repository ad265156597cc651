"""Benchmark: export size and rate at each provenance level (``kg export --provenance sentence|article|none``).

    python3 bench/bench_provenance.py [--records N] [--seed S]     # bench_build's synthetic records (default 10,000)
    python3 bench/bench_provenance.py --records-dir DIR            # event records as JSON (kg extract --out DIR)

Builds the records into an on-disk store (which always holds full provenance), then
writes graph.ttl and graph.trig at each level and prints the statements written
(triples for Turtle, quads for TriG), what share of the full export that is, the file
size, the time, and two rates: statements written per second, and store quads read per
second (every level reads the whole store, so the lighter ones take about as long).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_records  # noqa: E402

from kg.export import PROVENANCE, export  # noqa: E402
from kg.pipeline import BatchReport, read_records  # noqa: E402
from kg.store import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--records-dir", type=Path, help="read event records (JSON) from this folder instead")
    args = parser.parse_args()

    if args.records_dir:
        report = BatchReport()
        records = list(read_records(args.records_dir, report))
        if report.problems:
            sys.exit("; ".join(report.problems))
        what = f"{len(records):,} records from {args.records_dir}"
    else:
        records = synthetic_records(args.records, args.seed)
        what = f"{len(records):,} synthetic records (seed {args.seed})"
    with tempfile.TemporaryDirectory(prefix="kg-bench-provenance-") as tmp:
        folder = Path(tmp)
        with open_store(folder / "store") as store:
            t = time.perf_counter()
            store.add_records(records)
            store.ox.flush()
            print(f"{what} -> {len(store):,} quads in the store (built in {time.perf_counter() - t:.1f} s)")
            print(f"\n{'level':<10}{'format':<7}{'statements':>12}{'share':>7}{'MB':>8}{'seconds':>9}"
                  f"{'written/s':>12}{'read/s':>12}")
            full: dict[str, int] = {}
            for level in PROVENANCE:
                for fmt in ("ttl", "trig"):
                    path = folder / f"{level}.{fmt}"
                    t = time.perf_counter()
                    n = export(store, fmt, path, provenance=level)
                    elapsed = time.perf_counter() - t
                    full.setdefault(fmt, n)
                    print(f"{level:<10}{fmt:<7}{n:>12,}{n / full[fmt]:>7.0%}{path.stat().st_size / 1e6:>8.1f}"
                          f"{elapsed:>9.2f}{n / elapsed:>12,.0f}{len(store) / elapsed:>12,.0f}")
                    path.unlink()


if __name__ == "__main__":
    main()
