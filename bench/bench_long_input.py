"""Benchmark: extraction time and peak memory for one very long article, English and Chinese.

    python3 bench/bench_long_input.py [--sizes 256K,1M,5M] [--langs en,zh] [--shape line|paragraphs]

Each case runs in its own process: an article of the given size in UTF-8 bytes, built from
invented sentences (with dates, weekdays, organizations and event names, so that every rule
has work) either as one single line (``line``, the pathological case) or in paragraphs, goes
through the loader (furniture cutter, header) and ``kg.extract``. Prints seconds, events
found, and the process's peak resident memory (model included; the first row, a
1 KB article, shows the baseline). The promise checked: cost linear in the length, memory
bounded, 5 MB accepted in both languages.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EN_WORDS = ("the Harbour Logistics Forum opened on Friday in Rotterdam with delegates from twelve countries ; "
            "the Northern Battery Association said on 3 March 2024 that its summit will run until Tuesday ; "
            "ambassador Clara Voss of Austria attended the expo , which was hosted by the Lakeside Trade Council "
            "and co-organized by Meridian Robotics Ltd ; prices rose while the ministry reviewed exports").split()
ZH_SENTENCES = ("第五届滨海物流论坛于周五在青岛开幕，来自十二个国家的代表出席。", "北方电池协会3月3日表示，峰会将持续到周二。",
                "奥地利驻华大使克拉拉出席了博览会，博览会由湖畔贸易理事会主办。", "子午机器人有限公司承办了同期举行的分论坛。",
                "价格上涨，部委正在审查出口情况。")


def make_text(lang: str, size: int, shape: str, seed: int = 7) -> str:
    """Invented text of about ``size`` UTF-8 bytes in one line or in paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        if lang == "en":
            piece = " ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(8, 30)))
            piece = piece[0].upper() + piece[1:] + "."
        else:
            piece = rng.choice(ZH_SENTENCES)
        parts.append(piece)
        total += len(piece.encode("utf-8")) + 1
        if shape == "paragraphs" and rng.random() < 0.2:
            parts.append("\n")
    sep = "" if lang == "zh" else " "
    return sep.join(parts).replace(" \n ", "\n")


def child(lang: str, size: int, shape: str) -> None:
    import resource
    import time

    sys.path.insert(0, str(ROOT))
    from kg.extract import extract, get_extractor
    from kg.load.assemble import build_article

    get_extractor(lang)
    text = make_text(lang, size, shape)
    started = time.perf_counter()
    article = build_article("long", text, path="bench", lang=lang)
    record = extract(article)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "seconds": seconds, "events": len(record.events), "peak_mb": peak}))


def parse_size(s: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20}
    return int(float(s[:-1]) * units[s[-1].upper()]) if s[-1].upper() in units else int(s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1K,256K,1M,5M")
    ap.add_argument("--langs", default="en,zh")
    ap.add_argument("--shape", choices=("line", "paragraphs"), default="line")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a case is given up")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        lang, size, shape = args.child
        child(lang, int(size), shape)
        return
    print(f"{'lang':4} {'bytes':>9} {'chars':>9} {'seconds':>8} {'chars/s':>9} {'events':>6} {'peak MB':>8}  ({args.shape})")
    for lang in args.langs.split(","):
        for label in args.sizes.split(","):
            size = parse_size(label)
            try:
                out = subprocess.run([sys.executable, __file__, "--child", lang, str(size), args.shape],
                                     capture_output=True, text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"{lang:4} {label:>9} {'':>9} {'> ' + str(int(args.timeout)):>8}  did not finish")
                continue
            if out.returncode != 0:
                print(f"{lang:4} {label:>9} failed: {out.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{lang:4} {label:>9} {r['chars']:>9,} {r['seconds']:>8.1f} {r['chars'] / r['seconds']:>9,.0f} "
                  f"{r['events']:>6} {r['peak_mb']:>8.0f}")


if __name__ == "__main__":
    main()
