"""Issue 10's targets on the independent TEST set (data/safety/test/test.jsonl), which the
lead adds: written by someone who saw only the label definitions, never trained on, no
threshold chosen on it. Skipped, saying why, until the file exists.

Figures (`adapters.safety_model.evaluate`): urgent recall = urgent rows screened urgent;
any-risk recall = concern or urgent rows screened concern or urgent; false positives =
rows labelled none (the hard negatives) screened concern or urgent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.safety_model.evaluate import evaluate, lines, read
from adapters.safety_model.load import LoadedScreener

URGENT_RECALL_TARGET = 0.97
ANY_RISK_RECALL_TARGET = 0.95
HARD_NEGATIVE_FALSE_POSITIVE_LIMIT = 0.05

TEST_SET = Path(__file__).resolve().parents[3] / "data" / "safety" / "test" / "test.jsonl"


@pytest.mark.skipif(not TEST_SET.exists(), reason="no test set yet: the lead adds "
                    "data/safety/test/test.jsonl (never trained on)")
def test_the_independent_test_set_meets_issue_10s_targets(
    safety_screener: LoadedScreener,
) -> None:
    report = evaluate(read(TEST_SET), safety_screener.screen)
    print("\n".join(lines(report)))
    total = report.total
    assert total.urgent and total.risk and total.negatives, "the set lacks a kind of row"
    assert total.urgent_recall is not None and total.risk_recall is not None
    assert total.false_positive_rate is not None
    assert total.urgent_recall >= URGENT_RECALL_TARGET, f"urgent recall {total.urgent_recall:.3f}"
    assert total.risk_recall >= ANY_RISK_RECALL_TARGET, f"any-risk recall {total.risk_recall:.3f}"
    assert total.false_positive_rate <= HARD_NEGATIVE_FALSE_POSITIVE_LIMIT, (
        f"false positives on hard negatives {total.false_positive_rate:.3f}"
    )
