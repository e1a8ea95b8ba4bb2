"""The trained heads, run with numpy only: features of a text -> `Scores`.

Features (the same at training and run time, `features`): the sentence embeddings named in
the manifest (`encoders.py`), concatenated, then the hashed character n-grams
(`core.safety.ngrams`, sparse). Two linear heads with softmax on top:
- level: none / concern / urgent; `Scores.urgent` = P(urgent), `Scores.risk` = P(concern) +
  P(urgent);
- category: the eight categories (`CATEGORIES` order), trained on the positives only.
`heads.npz` holds, per head, `<head>_dense` (d x k), `<head>_ngrams` (BUCKETS x k) and
`<head>_bias` (k). When it also holds perceptrons `level_mlp<i>_w1` (d x h), `_b1` (h), `_w2`
(h x 3) and `_b2` (3), for i = 0, 1, ..., the level probabilities are the mean of the linear
head's and of the perceptrons' mean (one hidden layer, ReLU, softmax, over the embeddings;
seeded differently): the mean was better than either alone out of fold (docs/safety.md,
"The level head").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from adapters.safety_model.encoders import Encoder
from core.safety.model import Category
from core.safety.ngrams import BUCKETS, ngram_features
from core.safety.screener import Scores

LEVELS = ("none", "concern", "urgent")
CATEGORIES = tuple(Category)


def dense_features(texts: Sequence[str], encoders: Sequence[Encoder]) -> np.ndarray:
    """The embeddings of `texts`, one block per encoder, side by side (float32)."""
    if not encoders:
        return np.zeros((len(texts), 0), dtype=np.float32)
    return np.concatenate([encode(texts) for encode in encoders], axis=1)


def ngram_rows(texts: Sequence[str]) -> list[dict[int, float]]:
    """The hashed n-gram features of each text."""
    return [ngram_features(text) for text in texts]


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of (n, k) logits, shifted by each row's maximum (no overflow)."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return result


class Head:
    """One linear softmax head."""

    def __init__(self, dense: np.ndarray, ngrams: np.ndarray, bias: np.ndarray) -> None:
        if ngrams.shape[0] != BUCKETS or dense.shape[1] != bias.shape[0]:
            raise ValueError("head shapes do not match")
        self.dense, self.ngrams, self.bias = dense, ngrams, bias

    def probabilities(self, dense: np.ndarray, grams: Sequence[dict[int, float]]) -> np.ndarray:
        """(n, k) class probabilities."""
        logits = dense @ self.dense + self.bias
        for row, features in enumerate(grams):
            if features:
                slots = np.fromiter(features.keys(), dtype=np.int64, count=len(features))
                weights = np.fromiter(features.values(), dtype=np.float32, count=len(features))
                logits[row] += weights @ self.ngrams[slots]
        return softmax(logits)


class Perceptron:
    """One hidden layer (ReLU) and a softmax over the embeddings."""

    def __init__(self, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> None:
        if w1.shape[1] != b1.shape[0] or w2.shape[0] != b1.shape[0] or w2.shape[1] != b2.shape[0]:
            raise ValueError("perceptron shapes do not match")
        self.w1, self.b1, self.w2, self.b2 = w1, b1, w2, b2

    def probabilities(self, dense: np.ndarray) -> np.ndarray:
        """(n, k) class probabilities."""
        hidden = np.maximum(dense @ self.w1 + self.b1, 0.0)
        logits = hidden @ self.w2 + self.b2
        return softmax(logits)


class Heads:
    """The level and category heads over the given encoders."""

    def __init__(self, path: Path, encoders: Sequence[Encoder]) -> None:
        with np.load(path, allow_pickle=False) as stored:
            self.level = Head(*(stored[f"level_{p}"] for p in ("dense", "ngrams", "bias")))
            self.category = Head(*(stored[f"category_{p}"] for p in ("dense", "ngrams", "bias")))
            self.level_mlps = [
                Perceptron(*(stored[f"level_mlp{i}_{p}"] for p in ("w1", "b1", "w2", "b2")))
                for i in range(len(stored.files))
                if f"level_mlp{i}_w1" in stored.files
            ]
        if any(mlp.w2.shape[1] != len(LEVELS) for mlp in self.level_mlps):
            raise ValueError("a level perceptron has the wrong number of classes")
        if self.level.bias.shape[0] != len(LEVELS):
            raise ValueError("level head has the wrong number of classes")
        if self.category.bias.shape[0] != len(CATEGORIES):
            raise ValueError("category head has the wrong number of classes")
        self.encoders = list(encoders)

    def __call__(self, texts: Sequence[str]) -> list[Scores]:
        """`Scores` for each text (`core.safety.screener.Classify`)."""
        if not texts:
            return []
        dense = dense_features(texts, self.encoders)
        grams = ngram_rows(texts)
        level = self.level.probabilities(dense, grams)
        if self.level_mlps:
            mlp = np.mean([m.probabilities(dense) for m in self.level_mlps], axis=0)
            level = (level + mlp) / 2
        category = self.category.probabilities(dense, grams)
        return [
            Scores(
                urgent=float(level[i, 2]),
                risk=float(level[i, 1] + level[i, 2]),
                category=CATEGORIES[int(category[i].argmax())],
            )
            for i in range(len(texts))
        ]
