"""Train the models of :mod:`kg.extract.learned` from annotated articles.

    python -m kg.extract.learned.train GOLD_DIR [GOLD_DIR ...] [--out DIR]

Each GOLD_DIR holds articles (``X.txt``) with their gold records (``X.gold.json``, SCHEMA.md
of the evaluation kit). The rules extract every article; their events are aligned to the gold
events by a shared normalised name (as the scorer aligns them); each candidate (event, country)
pair of an aligned event is a training row, labelled by the gold record. The decision threshold
is the one that maximises F1 when each folder in turn is scored by a model trained on the
others; the final weights are trained on all folders. Weights go to ``--out`` (default: this
package's ``data/``) as ``countries-en.json`` and ``countries-zh.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

from kg.extract import rule_records
from kg.extract.learned import DATA, countries
from kg.extract.learned.logistic import Features, LogisticModel, fit
from kg.load import load_articles
from kg.model import Article, EventRecord

Row = tuple[Features, bool, bool]  # features, label, whether the event is aligned to a gold one
THRESHOLDS = [t / 100 for t in range(20, 66, 5)]


def norm(name: str) -> str:
    """A name as the scorer compares it: NFKC, case-folded, no leading "the", letters and digits only."""
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    s = s[4:] if s.startswith("the ") else s
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def aligned(record: EventRecord, gold: dict) -> dict[int, dict]:
    """Index of each record event -> the gold event it shares a name with (one to one, in order)."""
    out: dict[int, dict] = {}
    taken: set[str] = set()
    for i, event in enumerate(record.events):
        names = {norm(n) for n in event.names} - {""}
        for g in gold.get("events") or []:
            if g["id"] not in taken and names & {norm(n) for n in g.get("names") or []}:
                taken.add(g["id"])
                out[i] = g
                break
    return out


def folder_rows(folder: Path, lang: str) -> tuple[list[Row], int]:
    """Training rows of one folder's articles that the ``lang`` extractor reads, and the number of
    gold (event, country) pairs they hold."""
    articles: list[Article] = []
    golds: list[dict] = []
    for article in load_articles(folder):
        if not isinstance(article, Article) or (article.lang or "en") != lang:
            continue  # (a load error, or an article the other language's extractor reads)
        gold_path = folder / f"{article.id}.gold.json"
        if gold_path.exists():
            articles.append(article)
            golds.append(json.loads(gold_path.read_text(encoding="utf-8")))
    rows: list[Row] = []
    pairs = sum(len(e.get("participant_countries") or []) for g in golds for e in g.get("events") or [])
    for article, gold, record in zip(articles, golds, rule_records(lang, articles)):
        match = aligned(record, gold)
        for c in countries.candidates(record, article.text, lang, countries.mentions(article.text, lang)):
            gold_countries = match[c.event].get("participant_countries") or [] if c.event in match else []
            rows.append((c.features, c.country in gold_countries, c.event in match))
    return rows, pairs


def _f1(tp: int, fp: int, gold: int) -> float:
    return 2 * tp / (tp + fp + gold) if tp + fp + gold else 0.0


def _fit(rows: list[Row], l2: float, min_count: int) -> dict[str, float]:
    """Weights learnt from the rows of aligned events (an unaligned event's countries are unknown)."""
    return fit([(f, label) for f, label, known in rows if known], l2, min_count)


def choose_threshold(folds: list[tuple[list[Row], int]], l2: float, min_count: int) -> tuple[float, float, float]:
    """(threshold, its F1, the rules' F1) over leave-one-folder-out predictions, where the
    countries given to an unaligned event count as false, as the scorer counts them."""
    scored: list[tuple[float, bool, bool]] = []  # probability, label, rule
    gold = sum(n for _, n in folds)
    for k, (test, _) in enumerate(folds):
        train = [row for j, (rows, _) in enumerate(folds) if j != k for row in rows]
        held = LogisticModel(_fit(train, l2, min_count))
        scored += [(held.probability(f), label, "rule" in f) for f, label, _ in test]
    best = max(THRESHOLDS, key=lambda t: _f1(sum(l for p, l, _ in scored if p > t),
                                             sum(not l for p, l, _ in scored if p > t), gold))
    model_f1 = _f1(sum(l for p, l, _ in scored if p > best), sum(not l for p, l, _ in scored if p > best), gold)
    rules_f1 = _f1(sum(l for _, l, r in scored if r), sum(not l for _, l, r in scored if r), gold)
    return best, model_f1, rules_f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of X.txt with X.gold.json")
    ap.add_argument("--out", type=Path, default=DATA, help="where the weights go (default: %(default)s)")
    ap.add_argument("--l2", type=float, default=30.0, help="L2 penalty (default: %(default)s)")
    ap.add_argument("--min-count", type=int, default=20, help="rows a feature needs to be kept (default: %(default)s)")
    ap.add_argument("--lang", choices=["en", "zh"], action="append", help="only this language (repeatable)")
    args = ap.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"error: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["en", "zh"]:
        read = [(f, folder_rows(f, lang)) for f in args.folders]
        used = [f.name for f, (rows, n) in read if rows or n]
        folds = [(rows, n) for _, (rows, n) in read if rows or n]
        rows = [row for fold, _ in folds for row in fold]
        if len(folds) < 2 or not any(label for _, label, _ in rows):
            print(f"{lang}: not enough annotated articles to train on", file=sys.stderr)
            continue
        threshold, model_f1, rules_f1 = choose_threshold(folds, args.l2, args.min_count)
        about = {"component": "participant countries of events (kg.extract.learned.countries)",
                 "trained": date.today().isoformat(), "folders": len(folds), "folder_names": used, "rows": sum(known for _, _, known in rows),
                 "gold_pairs": sum(n for _, n in folds), "l2": args.l2, "min_count": args.min_count,
                 "cross_validated_f1": {"model": round(model_f1, 3), "rules": round(rules_f1, 3)}}
        LogisticModel(_fit(rows, args.l2, args.min_count), threshold, about).save(args.out / f"countries-{lang}.json")
        print(f"{lang}: {len(rows)} rows from {len(folds)} folders; threshold {threshold}; leave-one-folder-out "
              f"F1 {model_f1:.3f} (rules {rules_f1:.3f}) -> {args.out / f'countries-{lang}.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
