"""Benchmark: a one-article incremental build against a large on-disk store, reading the stored mentions its
keys lead to (the store's key index, kg.resolve.keyindex) against reading every stored mention (as without it).

    python3 bench/bench_incremental.py [--triples N] [--seed S] [--runs R]

Builds bench_build's synthetic records (plus the two seed gold records, ~1M quads by default) into an on-disk
store, timing how much of the build keeping the key index took (a bulk update drops it) and the first open of
the resolver after it, which reads every stored mention and writes the index. Then, each in a new process (as ``kg build``
runs) with the glossary loaded first (both ways need it; its load is printed apart), ``--runs`` times in
turn: ``add_records`` of one new synthetic article (English, then Chinese; names drawn from the same pools,
so they meet stored nodes) with the key index, and of another with the index removed first, which reads
every stored mention (and writes the index again). Prints the seconds and the stored mentions each read.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic_record  # noqa: E402
from bench_queries import scale_parser, scale_records  # noqa: E402

from kg.resolve import keyindex  # noqa: E402
from kg.store import open_store  # noqa: E402


def new_article(number: int, zh: bool):
    """A synthetic article not in the store (its id is past the built ones), in the language asked for."""
    for seed in range(number * 1000, number * 1000 + 1000):
        record = synthetic_record(90_000 + number, random.Random(seed))
        if (record.article["lang"] == "zh") == zh:
            return record
    raise RuntimeError("no such article")


def child(store_dir: str, number: int, zh: bool, indexed: bool) -> None:
    """One incremental build in this process; prints a JSON line of its figures."""
    from kg.resolve import gloss

    t = time.perf_counter()
    gloss.gloss("中国医学装备协会")
    glossary = time.perf_counter() - t
    record = new_article(number, zh)
    if not indexed:
        (Path(store_dir) / keyindex.FILE).unlink()
    t = time.perf_counter()
    with open_store(store_dir) as store:
        opened = time.perf_counter() - t
        resolver = store.resolver()
        store.add_records([record])
        read = sum(len(c.members) for c in {id(c): c for c in resolver.of.values()}.values()) - len(
            resolver.decisions)
    total = time.perf_counter() - t
    print(json.dumps({"glossary": glossary, "open": opened, "total": total, "read": read}))


def run_child(store_dir: Path, number: int, zh: bool, indexed: bool) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(store_dir), str(number), str(int(zh)),
                           str(int(indexed))], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        store_dir, number, zh, indexed = sys.argv[2:6]
        child(store_dir, int(number), zh == "1", indexed == "1")
        return
    parser = scale_parser(__doc__)
    parser.add_argument("--runs", type=int, default=3, help="incremental builds each way and language (default 3)")
    args = parser.parse_args()
    records = scale_records(args)
    spent = []
    update = keyindex.update

    def timed_update(*given) -> None:
        t = time.perf_counter()
        update(*given)
        spent.append(time.perf_counter() - t)

    keyindex.update = timed_update
    with tempfile.TemporaryDirectory(prefix="kg-bench-incremental-") as name:
        store_dir = Path(name) / "store"
        with open_store(store_dir) as store:
            t = time.perf_counter()
            store.add_records(records)
            built = time.perf_counter() - t
            quads = len(store)
        keyindex.update = update
        t = time.perf_counter()
        with open_store(store_dir) as store:  # after a bulk build (no index kept): one full read writes it
            store.resolver()
        first = time.perf_counter() - t
        print(f"{len(records):,} records -> {quads:,} quads, built in {built:.1f} s, of which keeping the key index "
              f"{sum(spent):.1f} s ({sum(spent) / built:.0%}; an update of over {keyindex.MAX_BYTES >> 20} MB of N-Quads drops it)")
        print(f"the first build after it reads every stored mention once and writes the index: {first:.1f} s "
              "(the glossary's load included)")
        print(f"\none-article incremental build (each a new process; {args.runs} runs each way, in turn)")
        number = 0
        for zh in (False, True):
            figures: dict[bool, list[dict]] = {True: [], False: []}
            for _ in range(args.runs):
                for indexed in (True, False):
                    number += 1
                    figures[indexed].append(run_child(store_dir, number, zh, indexed))
            for indexed, label in ((False, "reading every stored mention"), (True, "with the key index")):
                runs = figures[indexed]
                totals = [r["total"] for r in runs]
                print(f"  {'zh' if zh else 'en'} {label:<30} min {min(totals):6.2f} s  median "
                      f"{statistics.median(totals):6.2f} s  ({runs[0]['read']:,} stored mentions read; "
                      f"glossary loaded first in {statistics.median(r['glossary'] for r in runs):.1f} s)")
            print(f"  {'zh' if zh else 'en'} speed-up (medians) "
                  f"{statistics.median(r['total'] for r in figures[False]) / statistics.median(r['total'] for r in figures[True]):.0f}x",
                  flush=True)


if __name__ == "__main__":
    main()
