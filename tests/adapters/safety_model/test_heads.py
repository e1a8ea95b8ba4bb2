"""The level head's perceptron (`adapters.safety_model.heads.Perceptron`): its arithmetic, and
that the shipped heads average it with the linear head, as training chose its thresholds."""

from __future__ import annotations

import numpy as np
import pytest

from adapters.safety_model.heads import Heads, Perceptron, dense_features, ngram_rows
from adapters.safety_model.load import HERE, read_manifest


def test_the_perceptron_is_relu_then_softmax() -> None:
    w1 = np.array([[1.0, -1.0], [0.5, 2.0]], dtype=np.float32)
    b1 = np.array([0.0, -1.0], dtype=np.float32)
    w2 = np.array([[1.0, 0.0, -1.0], [0.0, 2.0, 1.0]], dtype=np.float32)
    b2 = np.array([0.1, 0.0, -0.1], dtype=np.float32)
    x = np.array([[2.0, 1.0]], dtype=np.float32)
    hidden = [max(2.0 * 1.0 + 1.0 * 0.5 + 0.0, 0.0), max(2.0 * -1.0 + 1.0 * 2.0 - 1.0, 0.0)]
    assert hidden == [2.5, 0.0]
    logits = np.array([2.5 + 0.1, 0.0, -2.5 - 0.1])
    expected = np.exp(logits) / np.exp(logits).sum()
    found = Perceptron(w1, b1, w2, b2).probabilities(x)
    assert found.shape == (1, 3)
    assert np.allclose(found[0], expected, atol=1e-6)


def test_mismatched_shapes_are_refused() -> None:
    with pytest.raises(ValueError):
        Perceptron(np.zeros((4, 3)), np.zeros(2), np.zeros((3, 3)), np.zeros(3))


def test_the_shipped_level_is_the_mean_of_the_linear_head_and_the_perceptrons() -> None:
    manifest = read_manifest(HERE)
    assert manifest["level_perceptron"]["averaged_with"] == "the linear level head"
    dimensions = 896  # USE 512 + e5 384, as `design` concatenates them
    rng = np.random.default_rng(7)
    fake = rng.normal(size=(3, dimensions)).astype(np.float32)
    heads = Heads(HERE / manifest["heads"]["file"], [lambda texts: fake[: len(texts)]])
    assert len(heads.level_mlps) == len(manifest["level_perceptron"]["seeds"]) == 3
    texts = ["one", "two", "three"]
    scores = heads(texts)
    dense = dense_features(texts, heads.encoders)
    linear = heads.level.probabilities(dense, ngram_rows(texts))
    members = [m.probabilities(dense) for m in heads.level_mlps]
    mlp = (members[0] + members[1] + members[2]) / 3
    mean = (linear + mlp) / 2
    assert [round(s.urgent, 6) for s in scores] == [round(float(u), 6) for u in mean[:, 2]]
    assert not np.allclose(linear, mlp)  # two different members, really averaged
    assert not np.allclose(members[0], members[1])  # differently seeded perceptrons
