"""Issue 10's targets on the independent TEST set (data/safety/test/test.jsonl), which the
lead adds: written by someone who saw only the label definitions, never trained on, no
threshold chosen on it. Skipped, saying why, until the file exists.

Figures (`adapters.safety_model.evaluate`): urgent recall = urgent rows screened urgent;
any-risk recall = concern or urgent rows screened concern or urgent; false positives =
rows labelled none (the hard negatives) screened concern or urgent.

The set is screened by the real `Screener` (rules, context, thresholds from the manifest)
whose classifier answers from the scores `make safety-scores` stored
(adapters/safety_model/scores.py): encoding the set's 1,040 classifier inputs would cost
about 27 s of CPU a run. An input the store lacks, or every input when the store's stamp
(set and heads SHA-256) does not match, is scored by the live classifier: right, only
slower, with a warning that says to run `make safety-scores`.
`test_the_stored_scores_are_the_classifiers` re-scores a fixed sample live, so a stored
score that is not the classifier's fails.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from adapters.safety_model import scores
from adapters.safety_model.evaluate import Report, evaluate, lines, read
from adapters.safety_model.load import LoadedScreener, read_manifest, thresholds_of
from core.safety.screener import Classify, Screener

URGENT_RECALL_TARGET = 0.97
ANY_RISK_RECALL_TARGET = 0.95
HARD_NEGATIVE_FALSE_POSITIVE_LIMIT = 0.05

TEST_SET = Path(__file__).resolve().parents[3] / "data" / "safety" / "test" / "test.jsonl"


# First contact with the test set (2026-11-30, `make safety-eval SET=test`): urgent recall
# 199/287 (69.3 %), any-risk recall 410/489 (83.8 %), false positives on hard negatives
# 29/431 (6.7 %). Issue 10's targets are NOT met; the target test below is a strict xfail,
# so it fails (XPASS) the day a model meets them and the mark must come off. The floors
# guard what was measured against regressions (they were not chosen to be met: they are the
# first-contact figures, rounded down by about one message in a hundred).
URGENT_RECALL_FLOOR = 0.68
ANY_RISK_RECALL_FLOOR = 0.83
HARD_NEGATIVE_FALSE_POSITIVE_CEILING = 0.075

needs_the_set = pytest.mark.skipif(not TEST_SET.exists(), reason="no test set yet: "
                                   "data/safety/test/test.jsonl (never trained on)")


SAMPLE = 40  # stored scores re-scored live on each run (about 2 s of CPU)
TOLERANCE = 1e-4  # batching changes a score in the 6th decimal


class StaleScores(UserWarning):
    """The test screened with the live classifier for inputs the store lacks."""


@pytest.fixture(scope="module")
def report(request: pytest.FixtureRequest) -> Report:
    """The test set screened once for both tests: stored scores, the live classifier for
    what the store lacks (see the module docstring)."""
    stored = scores.load("test")

    def live() -> Classify:
        loaded: LoadedScreener = request.getfixturevalue("safety_screener")
        assert loaded.classify is not None, f"the classifier did not load: {loaded.reason}"
        return loaded.classify

    classify = scores.StoredClassify(stored.scores if stored.current else {}, live)
    screener = Screener(classify, thresholds_of(read_manifest()))
    found = evaluate(read(TEST_SET), screener.screen)
    if classify.missed:
        why = "it does not match the set or heads" if stored.scores else "there is none"
        warnings.warn(StaleScores(
            f"{classify.missed} of {classify.asked} classifier inputs of the test set were "
            f"scored live (slow) because the stored scores lack them or {why}: {scores.HINT}"),
            stacklevel=1)
    return found


@needs_the_set
def test_the_stored_scores_are_the_classifiers(safety_screener: LoadedScreener) -> None:
    stored = scores.load("test")
    if not stored.current:
        pytest.skip(f"the stored scores do not match the test set or the heads: {scores.HINT}")
    assert safety_screener.classify is not None, safety_screener.reason
    inputs = scores.inputs_of("test")
    assert set(stored.scores) >= set(inputs), f"inputs without a stored score: {scores.HINT}"
    for digest in scores.sample(list(inputs), SAMPLE):
        [live] = safety_screener.classify([inputs[digest]])
        kept = stored.scores[digest]
        assert abs(live.urgent - kept.urgent) <= TOLERANCE, (digest, live, kept, scores.HINT)
        assert abs(live.risk - kept.risk) <= TOLERANCE, (digest, live, kept, scores.HINT)
        assert live.category == kept.category, (digest, live, kept, scores.HINT)


def assert_at_least(report: Report, urgent: float, risk: float, false_positives: float) -> None:
    """Urgent and any-risk recall at least these, false positives at most that."""
    total = report.total
    assert total.urgent and total.risk and total.negatives, "the set lacks a kind of row"
    assert total.urgent_recall is not None and total.risk_recall is not None
    assert total.false_positive_rate is not None
    assert total.urgent_recall >= urgent, f"urgent recall {total.urgent_recall:.3f}"
    assert total.risk_recall >= risk, f"any-risk recall {total.risk_recall:.3f}"
    assert total.false_positive_rate <= false_positives, (
        f"false positives on hard negatives {total.false_positive_rate:.3f}"
    )


@needs_the_set
def test_the_screen_keeps_its_first_contact_figures(report: Report) -> None:
    assert_at_least(report, URGENT_RECALL_FLOOR, ANY_RISK_RECALL_FLOOR,
                    HARD_NEGATIVE_FALSE_POSITIVE_CEILING)


@needs_the_set
@pytest.mark.xfail(strict=True, reason="issue 10's targets are not met yet (see the figures "
                   "above and docs/safety.md); remove this mark when they are")
def test_the_independent_test_set_meets_issue_10s_targets(report: Report) -> None:
    print("\n".join(lines(report)))
    assert_at_least(report, URGENT_RECALL_TARGET, ANY_RISK_RECALL_TARGET,
                    HARD_NEGATIVE_FALSE_POSITIVE_LIMIT)
