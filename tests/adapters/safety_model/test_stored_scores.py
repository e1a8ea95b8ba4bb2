"""The stored classifier scores (`adapters.safety_model.scores`): what is missing is asked
of the live classifier, a stamp that does not match is not used, the bytes are stable."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from adapters.safety_model import scores
from core.safety.model import Category
from core.safety.screener import Scores

LOW, HIGH = Scores(0.1, 0.2, Category.SLEEP), Scores(0.9, 0.95, Category.SUICIDE_SELF_HARM)


def test_only_what_the_store_lacks_is_scored_live() -> None:
    asked: list[list[str]] = []

    def live(texts: Sequence[str]) -> list[Scores]:
        asked.append(list(texts))
        return [HIGH for _ in texts]

    classify = scores.StoredClassify({scores.key("kept"): LOW}, lambda: live)
    assert classify(["kept", "new", "kept"]) == [LOW, HIGH, LOW]
    assert classify(["kept"]) == [LOW]
    assert asked == [["new"]] and (classify.missed, classify.asked) == (1, 4)


def test_a_store_whose_stamp_differs_is_not_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scores, "STORE", tmp_path)
    assert scores.load("test") == scores.Stored({}, False)  # no store yet
    data = scores.dump("test", {scores.key("b"): HIGH, scores.key("a"): LOW})
    assert data == scores.dump("test", {scores.key("a"): LOW, scores.key("b"): HIGH})
    scores.path_of("test").write_bytes(data)
    stored = scores.load("test")
    assert stored.current and stored.scores == {scores.key("a"): LOW, scores.key("b"): HIGH}
    document = json.loads(gzip.decompress(data))
    document["stamp"]["heads_sha256"] = "0" * 64  # retrained heads, store not written again
    scores.path_of("test").write_bytes(gzip.compress(json.dumps(document).encode()))
    assert not scores.load("test").current
