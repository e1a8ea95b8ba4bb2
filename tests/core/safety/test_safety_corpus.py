"""Recall and false-positive rate of `screen` on the labelled corpus (printed with -s).

positives.jsonl and hard_negatives.jsonl were written before the rules; holdout.jsonl was
written after them and first scored without changes (see docs/safety.md for those figures).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.safety import Category, Level, screen

CORPUS = Path(__file__).parent / "corpus"


@dataclass(frozen=True)
class Example:
    text: str
    level: Level
    category: Category | None
    tag: str | None


@dataclass(frozen=True)
class Figures:
    explicit_found: int
    explicit_total: int
    positives_found: int
    positives_total: int
    false_positives: int
    negatives_total: int

    @property
    def explicit_recall(self) -> float:
        return self.explicit_found / self.explicit_total

    @property
    def recall(self) -> float:
        return self.positives_found / self.positives_total

    @property
    def fpr(self) -> float:
        return self.false_positives / self.negatives_total


def load(name: str) -> list[Example]:
    with (CORPUS / name).open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [
        Example(
            row["text"],
            Level(row["level"]),
            Category(row["category"]) if row["category"] else None,
            row["tag"],
        )
        for row in rows
    ]


def measure(examples: list[Example]) -> tuple[Figures, list[str]]:
    misses: list[str] = []
    explicit = [e for e in examples if e.tag == "explicit"]
    positives = [e for e in examples if e.level is not Level.NONE]
    negatives = [e for e in examples if e.level is Level.NONE]
    explicit_found = sum(screen(e.text).level is Level.URGENT for e in explicit)
    positives_found = 0
    for example in positives:
        if screen(example.text).level.rank >= example.level.rank:
            positives_found += 1
        else:
            misses.append(f"missed {example.level}: {example.text}")
    false_positives = 0
    for example in negatives:
        if screen(example.text).level is not Level.NONE:
            false_positives += 1
            misses.append(f"false positive: {example.text}")
    figures = Figures(
        explicit_found,
        len(explicit),
        positives_found,
        len(positives),
        false_positives,
        len(negatives),
    )
    return figures, misses


def report(name: str, figures: Figures, misses: list[str]) -> None:
    print(
        f"\n{name}: urgent recall on explicit statements {figures.explicit_found}/"
        f"{figures.explicit_total} ({figures.explicit_recall:.1%}); recall over positives "
        f"{figures.positives_found}/{figures.positives_total} ({figures.recall:.1%}); "
        f"false positives on hard negatives {figures.false_positives}/"
        f"{figures.negatives_total} ({figures.fpr:.1%})"
    )
    for miss in misses:
        print("  " + miss)


def test_corpus_meets_the_bar() -> None:
    examples = load("positives.jsonl") + load("hard_negatives.jsonl")
    figures, misses = measure(examples)
    report("corpus", figures, misses)
    assert figures.explicit_recall == 1.0
    assert figures.recall >= 0.95
    assert figures.fpr <= 0.05


def test_holdout_meets_the_bar() -> None:
    figures, misses = measure(load("holdout.jsonl"))
    report("holdout", figures, misses)
    assert figures.explicit_recall == 1.0
    assert figures.recall >= 0.95
    assert figures.fpr <= 0.05


def test_corpus_shape() -> None:
    positives = load("positives.jsonl")
    negatives = load("hard_negatives.jsonl")
    assert len(positives) >= 150
    assert len(negatives) >= 150
    urgent = [e for e in positives if e.level is Level.URGENT]
    assert len(urgent) >= 40
    assert {e.category for e in positives} == set(Category)
    assert all(e.level is Level.NONE and e.category is None for e in negatives)
    assert any("’" in e.text for e in urgent)
    assert any(word in e.text.lower() for e in urgent for word in ("sucidal", "suicidle", "kms"))


@pytest.mark.parametrize("name", ["positives.jsonl", "hard_negatives.jsonl", "holdout.jsonl"])
def test_corpus_has_no_duplicates(name: str) -> None:
    texts = [e.text.casefold() for e in load(name)]
    assert len(texts) == len(set(texts))
