"""A logistic model over named binary and numeric features, stored as JSON beside the code.

Inference is a sparse dot product (no numpy needed per candidate); training minimises the
L2-regularised log loss with scipy's L-BFGS. The JSON holds the weights by feature name, the
decision threshold and a note of what the model was trained on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Features = dict[str, float]


@dataclass
class LogisticModel:
    """P(yes | features) = sigmoid(bias + sum of weight * value); a feature it never saw weighs 0."""

    weights: dict[str, float]
    threshold: float = 0.5
    about: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Features) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path) -> None:
        data = {"about": self.about, "threshold": self.threshold,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}}
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> LogisticModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=dict(data["weights"]), threshold=float(data["threshold"]),
                   about=dict(data.get("about") or {}))


def fit(rows: list[tuple[Features, bool]], l2: float, min_count: int) -> dict[str, float]:
    """Weights by feature name; features seen in fewer than ``min_count`` rows are left out,
    ``bias`` is not regularised."""
    import numpy as np
    from scipy.optimize import minimize

    counts: dict[str, int] = {}
    for features, _ in rows:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count or n == "bias")
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (features, _) in enumerate(rows):
        for name, value in features.items():
            if name in index:
                x[i, index[name]] = value
    y = np.array([float(label) for _, label in rows])
    penalised = np.array([0.0 if n == "bias" else 1.0 for n in names])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        value = -np.sum(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)) + l2 * np.sum(penalised * w * w) / 2
        return value, x.T @ (p - y) + l2 * penalised * w

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    return dict(zip(names, map(float, w)))
