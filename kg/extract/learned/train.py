"""Train the models of :mod:`kg.extract.learned` from annotated articles.

    python -m kg.extract.learned.train GOLD_DIR [GOLD_DIR ...] [--out DIR] [--component NAME] [--lang LANG]

Each GOLD_DIR holds articles (``X.txt``) with their gold records (``X.gold.json``, SCHEMA.md
of the evaluation kit). The rules extract every article; their events (or people) are aligned
to the gold ones by a shared name (kg.model.names.normalise), as the scorer aligns them; each
candidate of an aligned event or person is a training row, labelled by the gold record. The
decision threshold comes from the field's F1 when each folder in turn is decided by a model
trained on the others (values given to unaligned events count as false, as the scorer counts
them): the highest threshold within :data:`TOLERANCE` of the best F1. The final weights are
trained on all folders. Weights go to ``--out`` (default: this package's ``data/``) as
``COMPONENT-LANG.json``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

from kg.extract import rule_records
from kg.extract.learned import COMPONENTS, DATA
from kg.extract.learned.features import Candidate, annotated, trainer_args, trainer_parser
from kg.extract.learned.logistic import LogisticModel, fit
from kg.model import Article, EventRecord
from kg.model.names import normalise

THRESHOLDS = [t / 100 for t in range(20, 66, 5)]
#: of the thresholds whose F1 is this close to the best, the highest is taken: near a tie, a
#: wrong fact in the graph costs its readers more than a missing one
TOLERANCE = 0.01


@dataclass
class Annotated:
    """One article's candidates, each with its gold label (None: its event has no gold twin), and
    how many gold values the article holds."""

    candidates: list[tuple[Candidate, bool | None]]
    gold: int


def aligned(items: list, gold_items: list[dict]) -> dict[int, dict]:
    """Index of each record event (or person) -> the gold one it shares a name with (one to one,
    in order, as the scorer aligns them)."""
    out: dict[int, dict] = {}
    taken: set[str] = set()
    for i, item in enumerate(items):
        names = {normalise(n) for n in item.names} - {""}
        for g in gold_items:
            if g["id"] not in taken and names & {normalise(n) for n in g.get("names") or []}:
                taken.add(g["id"])
                out[i] = g
                break
    return out


def read_folder(folder: Path, lang: str) -> list[tuple[Article, EventRecord, dict]]:
    """(article, the rules' record, gold record) of the folder's articles that the ``lang``
    extractor reads and that have a gold record."""
    read = annotated(folder, lang)
    return [(article, record, gold) for (article, gold), record in zip(read, rule_records(lang, [a for a, _ in read]))]


def annotate(component: ModuleType, read: list[tuple[Article, EventRecord, dict]], lang: str) -> list[Annotated]:
    out = []
    for article, record, gold in read:
        kind = component.ENTITIES
        match = aligned(getattr(record, kind), gold.get(kind) or [])
        labelled = [(c, component.label(c, match[c.item]) if c.item in match else None)
                    for c in component.candidates(record, article.text, lang)]
        out.append(Annotated(labelled, sum(component.gold_count(g) for g in gold.get(kind) or [])))
    return out


def _fit(folds: list[list[Annotated]], l2: float, min_count: int) -> dict[str, float]:
    """Weights learnt from the candidates of aligned events (an unaligned event's values are unknown)."""
    return fit([(c.features, label) for fold in folds for a in fold for c, label in a.candidates
                if label is not None], l2, min_count)


def _f1(tp: int, fp: int, gold: int) -> float:
    return 2 * tp / (tp + fp + gold) if tp + fp + gold else 0.0


def cross_validate(component: ModuleType, folds: list[list[Annotated]], l2: float,
                   min_count: int) -> tuple[float, float, float]:
    """(threshold, its F1, the rules' F1) over leave-one-folder-out decisions: the highest threshold
    within :data:`TOLERANCE` of the best F1."""
    decided: list[list[tuple[list[tuple[Candidate, float]], dict[int, bool]]]] = []
    for k, test in enumerate(folds):
        held = LogisticModel(_fit([f for j, f in enumerate(folds) if j != k], l2, min_count))
        decided.append([([(c, held.probability(c.features)) for c, _ in a.candidates],
                         {id(c): bool(label) for c, label in a.candidates}) for a in test])
    gold = sum(a.gold for fold in folds for a in fold)

    def f1_at(threshold: float) -> float:
        labels = [truth[id(c)] for fold in decided for scored, truth in fold
                  for c, _ in component.choose(scored, threshold)]
        return _f1(sum(labels), len(labels) - sum(labels), gold)

    f1s = {t: f1_at(t) for t in THRESHOLDS}
    best = max(t for t in THRESHOLDS if f1s[t] >= max(f1s.values()) - TOLERANCE)
    rules = [label for fold in folds for a in fold for c, label in a.candidates if c.features.get("rule")]
    return best, f1s[best], _f1(sum(map(bool, rules)), len(rules) - sum(map(bool, rules)), gold)


def main(argv: list[str] | None = None) -> int:
    ap = trainer_parser(__doc__.splitlines()[0], DATA, ["en", "zh"])
    ap.add_argument("--l2", type=float, default=30.0, help="L2 penalty (default: %(default)s)")
    ap.add_argument("--min-count", type=int, default=20, help="rows a feature needs to be kept (default: %(default)s)")
    ap.add_argument("--component", choices=sorted(COMPONENTS), action="append", help="only this one (repeatable)")
    args = trainer_args(ap, argv)
    if args is None:
        return 2
    for lang in args.lang or ["en", "zh"]:
        read = [(f, read_folder(f, lang)) for f in args.folders]
        read = [(f, r) for f, r in read if r]
        for name in args.component or list(COMPONENTS):
            component = COMPONENTS[name]
            folds = [annotate(component, r, lang) for _, r in read]
            rows = sum(label is not None for fold in folds for a in fold for _, label in a.candidates)
            if len(folds) < 2 or not any(label for fold in folds for a in fold for _, label in a.candidates):
                print(f"{name} {lang}: not enough annotated articles to train on", file=sys.stderr)
                continue
            threshold, model_f1, rules_f1 = cross_validate(component, folds, args.l2, args.min_count)
            about = {"component": f"{name} (kg.extract.learned.{name})", "trained": date.today().isoformat(),
                     "folders": len(folds), "folder_names": [f.name for f, _ in read], "rows": rows,
                     "gold_values": sum(a.gold for fold in folds for a in fold), "l2": args.l2,
                     "min_count": args.min_count,
                     "cross_validated_f1": {"model": round(model_f1, 3), "rules": round(rules_f1, 3)}}
            path = args.out / f"{name}-{lang}.json"
            LogisticModel(_fit(folds, args.l2, args.min_count), threshold, about).save(path)
            print(f"{name} {lang}: {rows} rows from {len(folds)} folders; threshold {threshold}; "
                  f"leave-one-folder-out F1 {model_f1:.3f} (rules {rules_f1:.3f}) -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
