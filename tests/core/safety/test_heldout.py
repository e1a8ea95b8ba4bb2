"""Issue 10's targets on the independent test sets (data/safety/test/test.jsonl,
data/safety/test2/test2.jsonl, data/safety/test3/test3.jsonl, data/safety/test4/test4.jsonl,
data/safety/test5/test5.jsonl and data/safety/test6/test6.jsonl), which the lead adds: each
written by someone who saw only the label definitions, never trained on, no threshold chosen
on it. Skipped, saying why, until a file exists.

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

DATA = Path(__file__).resolve().parents[3] / "data" / "safety"

# First contact with each set (`make safety-eval SET=...`). test (2026-11-30, the first
# heads): urgent recall 199/287 (69.3 %), any-risk recall 410/489 (83.8 %), false positives
# on hard negatives 29/431 (6.7 %). test2 (2026-11-30, the heads of parts A-F, before the
# coach-vocabulary rows were added): 208/306 (68.0 %), 474/576 (82.3 %), 29/547 (5.3 %).
# Issue 10's targets are NOT met; the target test below is a strict xfail, so it fails
# (XPASS) the day a model meets them and the mark must come off. The floors guard what was
# measured against regressions (they were not chosen to be met: they are the first-contact
# figures, rounded down by about one message in a hundred).
# One floor was moved, on purpose and in the open: test2's false-positive ceiling went from
# 0.065 to 0.07 with the heads of parts A-H (third look at test2): they were better on the
# dev set, where such choices are made, in all four figures (urgent 75.9 -> 77.1 %, any
# risk 83.3 -> 83.8 %, false positives 5.4 -> 4.6 %), and on test2 they raised the
# urgent-or-ask share (262 -> 266 of 306) and any-risk recall (478 -> 481 of 576) but
# flagged 36 hard negatives of 547 instead of 33 (6.6 %). docs/safety.md has every look.
# test3 (2026-12-01, written from the definitions alone by a fresh helper; data/safety/test3):
# first contact with the heads of parts A-H, 186/244 (76.2 %), 376/425 (88.5 %), 13/365
# (3.6 %); read only in aggregate, never row by row. test4 (2026-12-01, the same way;
# data/safety/test4): first contact with the heads of parts A-J, 251/288 (87.2 %), 475/501
# (94.8 %), 16/420 (3.8 %). test5 (2026-12-01, the same way; data/safety/test5): first
# contact with the heads of parts A-M, 270/303 (89.1 %), 465/511 (91.0 %), 24/408 (5.9 %).
# test6 (2026-12-01, fifth session, the same way; data/safety/test6): first contact with the
# heads of parts A-S, 168/180 (93.3 %), 349/360 (96.9 %), 17/340 (5.0 %); its floors are
# those less about 1.5 points. test7 (2026-12-01, sixth session, the same way;
# data/safety/test7): first contact with the A-S heads and that session's rules, 207/218
# (95.0 %), 396/407 (97.3 %), 24/369 (6.5 %); its floors are those less about 1.5 points.
FLOORS = {  # set: (urgent recall, any-risk recall, false positives at most); A-S heads less
    # about 1.5 points (test 92.3 / 95.7 / 6.3 %, test2 88.9 / 92.4 / 5.7, test3 91.4 / 95.3 /
    # 4.4, test4 92.7 / 97.2 / 5.2, test5 92.1 / 93.7 / 6.9): another machine scores a little
    # differently (docs/safety.md, "Stored scores"). The A-S heads, chosen on dev, raised the
    # false positives of test4 (4.5 -> 5.2 %) and test5 (6.1 -> 6.9 %): their ceilings moved
    # in the open
    "test": (0.90, 0.93, 0.07),
    "test2": (0.87, 0.90, 0.065),
    "test3": (0.89, 0.93, 0.05),
    "test4": (0.90, 0.95, 0.055),
    "test5": (0.90, 0.92, 0.075),
    "test6": (0.91, 0.95, 0.065),
    "test7": (0.935, 0.955, 0.08),
}


def path_of(name: str) -> Path:
    return DATA / name / f"{name}.jsonl"


SAMPLE = 40  # stored scores re-scored live on each run (about 2 s of CPU)
# Batching changes a score in the 6th decimal; another machine of the same kind changes it
# more: a fresh AVX-512 Xeon scored the sample up to 0.0079 away from the machine that
# stored it (median 0.00013; the same with numpy 2.3.5, 2.4.0 and 2.4.6, so the encoders'
# compiled and float paths, not numpy's version). A store made stale by changed feature
# code moves scores by far more than that, or changes a category.
TOLERANCE = 0.02
# The category head is read only when a score reaches the ask band or the any-risk cut
# (`screener._raised`). Below both, two categories can tie closely on a harmless message,
# and another machine broke such a tie the other way (sixth session of 2026-12-01: urgent
# 0.068, risk 0.096, depression against suicide_self_harm): a difference nothing reads.




@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request: pytest.FixtureRequest) -> tuple[str, Report]:
    """Each test set screened once for both tests: stored scores, the live classifier for
    what the store lacks (see the module docstring)."""
    name: str = request.param
    if not path_of(name).exists():
        pytest.skip(f"no test set yet: {path_of(name)} (never trained on)")
    stored = scores.load(name)

    def live() -> Classify:
        loaded: LoadedScreener = request.getfixturevalue("safety_screener")
        assert loaded.classify is not None, f"the classifier did not load: {loaded.reason}"
        return loaded.classify

    classify = scores.StoredClassify(stored.scores if stored.current else {}, live)
    screener = Screener(classify, thresholds_of(read_manifest()))
    found = evaluate(read(path_of(name)), screener.screen)
    if classify.missed:
        why = "it does not match the set or heads" if stored.scores else "there is none"
        warnings.warn(scores.StaleScores(
            f"{classify.missed} of {classify.asked} classifier inputs of {name} were "
            f"scored live (slow) because the stored scores lack them or {why}: {scores.HINT}"),
            stacklevel=1)
    return name, found


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_stored_scores_are_the_classifiers(safety_screener: LoadedScreener, name: str) -> None:
    if not path_of(name).exists():
        pytest.skip(f"no test set yet: {path_of(name)}")
    stored = scores.load(name)
    if not stored.current:
        pytest.skip(f"the stored scores do not match {name} or the heads: {scores.HINT}")
    assert safety_screener.classify is not None, safety_screener.reason
    inputs = scores.inputs_of(name)
    assert set(stored.scores) >= set(inputs), f"inputs without a stored score: {scores.HINT}"
    cuts = thresholds_of(read_manifest())
    for digest in scores.sample(list(inputs), SAMPLE):
        [live] = safety_screener.classify([inputs[digest]])
        kept = stored.scores[digest]
        assert abs(live.urgent - kept.urgent) <= TOLERANCE, (digest, live, kept, scores.HINT)
        assert abs(live.risk - kept.risk) <= TOLERANCE, (digest, live, kept, scores.HINT)
        read_at_all = (kept.urgent >= min(cuts.ask, cuts.urgent) - TOLERANCE
                       or kept.risk >= cuts.risk - TOLERANCE)
        if read_at_all:
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


def test_the_screen_keeps_its_first_contact_figures(report: tuple[str, Report]) -> None:
    name, found = report
    assert_at_least(found, *FLOORS[name])


@pytest.mark.xfail(strict=True, reason="issue 10's targets are not met yet (see the figures "
                   "above and docs/safety.md); remove this mark when they are")
def test_the_independent_test_set_meets_issue_10s_targets(report: tuple[str, Report]) -> None:
    print("\n".join(lines(report[1])))
    assert_at_least(report[1], URGENT_RECALL_TARGET, ANY_RISK_RECALL_TARGET,
                    HARD_NEGATIVE_FALSE_POSITIVE_LIMIT)
