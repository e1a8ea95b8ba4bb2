"""Readiness adjustments to a planned day, each with one sentence of reason (seed 000).

* Escalation (Template 1 "Escalation Criteria"): the plan continues only alongside clinical
  support; always the first adjustment.
* Deload (Template 2 "Action Threshold") or a poor day (core.poor_day): volume cut within 5
  points of its percentage in sets x reps (or minutes; core.programmes.volume), the text
  stating the cut applied; heavy work swapped
  for technique sets at ~65% est. 1RM, high-intensity conditioning swapped for easy Zone 2,
  sleep first. A poor day that calls for recovery replaces training with an easy walk. The
  last planned deload day says the plan is back tomorrow.
* Return: the first day after a deload says it is finished; the days after it until a full
  week is completed are at the last completed level (core.programmes.progress).
* Hold (Template 2 "Progression Parameters"): the week's step up waits.
* Next step: the starter's new round says what it is and what else there is, on its first
  week's days that nothing else changed (never beside a cut or clinical support).

A deload or a poor day already keeps load down, so no "held" line stands beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core import guidance
from core.assessment import Assessment, DayReadiness, Deload, Marker, PoorDay
from core.programmes import daily
from core.programmes.model import (
    Adjustment,
    AdjustmentKind,
    Aerobic,
    Session,
    SessionKind,
)
from core.programmes.planned import EASY_START, ZONE_2, Emphasis, Planned, duration, gym_warm_up
from core.programmes.progress import Outcome
from core.programmes.volume import block_volume, cut_block, cut_minutes, cut_percent
from core.readiness_wording import deload_why, english_list, poor_day_why

TECHNIQUE_PERCENT = 65  # heavy sets become technique sets at this load
SWAP_MINUTES = 30  # conditioning becomes this much easy Zone 2, before the cut
SLEEP_FIRST = "Sleep first these nights: aim for at least 8 h in bed."
RECOVERY_WALK = Aerobic(
    "easy walk, outside if you can, then gentle mobility", 20,
    "easy, RPE 2-3: you could chat the whole way", peak_rpe=3,
)
RECOVERY_CUE = "Gentle is the point today: let your system settle."
NEXT_STEP_REASON = "Or move on: /set programme athlete or /set programme rhythm."
STEP_WAITS = "The next step up comes after a full week at this level."
_NOT_AFTER_TRAINING = (guidance.HIGH_LOAD_TIME_IN_BED, guidance.CARBS_HARD_SESSION,
                       guidance.POST_TRAINING_PROTEIN)


@dataclass(frozen=True, slots=True)
class DayContext:
    """What the progression replay says about the day (core.programmes.progress)."""

    state: DayReadiness  # the day's deload, gates and poor day
    outcome: Outcome
    step_change: str  # what the offered row raises, e.g. "3 sets instead of 2"
    ended: Deload | None = None  # the deload that ran until yesterday: today is the first back
    next_round: int | None = None  # the starter's new round number, in its first week


def _names(markers: tuple[Marker, ...]) -> str:
    return english_list(m.value for m in markers)


def hold_adjustment(assessment: Assessment | None, change: str) -> Adjustment:
    """The step up waits: which markers say so, and a weekly review's hold."""
    what = f"The step up ({change}) waits"
    reasons = []
    if assessment is not None and assessment.gate_markers:
        markers = assessment.gate_markers
        verb, pronoun = ("is", "it settles") if len(markers) == 1 else ("are", "they settle")
        reasons.append(
            f"Your {_names(markers)} {verb} off your usual, "
            f"so this week's step up waits until {pronoun}."
        )
    if assessment is not None and assessment.review_hold:
        reasons.append(assessment.review_hold)
    if not reasons:
        reasons.append("Your readiness says not yet, so this week's step up waits.")
    return Adjustment(AdjustmentKind.HOLD, what, " ".join(reasons), label="step up waits")


def _sleep_first(session: Session) -> Session:
    """Sleep first in the notes; no after-training or hard-session lines any more."""
    kept = tuple(r for r in session.recovery if r not in _NOT_AFTER_TRAINING)
    notes = tuple(n for n in session.notes if n not in _NOT_AFTER_TRAINING)
    return replace(session, notes=(SLEEP_FIRST, *notes), recovery=kept)


def _counter(deload: Deload) -> str:
    counter = f"Deload day {deload.day_number} of {deload.planned_days}"
    if deload.day_number == deload.planned_days:
        counter += " (the last: back to the plan from tomorrow)"
    return counter


def _recovery_day(
    planned: Planned, prefix: str, why: str, label: str
) -> tuple[Session, Adjustment]:
    session = planned.session
    if planned.emphasis is Emphasis.RECOVERY:
        what = f"{prefix}: rest as planned, and keep today gentle"
        light = _sleep_first(session)
    else:
        what = f"{prefix}: a 20-min easy walk and gentle mobility instead of {session.title}"
        light = replace(
            _sleep_first(session), title=f"Recovery day (instead of {session.title})",
            kind=SessionKind.RECOVERY, blocks=(), aerobic=RECOVERY_WALK, warm_up=None,
            cue=RECOVERY_CUE, duration_minutes=RECOVERY_WALK.minutes,
            downregulation=daily.DOWNREGULATION_REST,
        )
    return light, Adjustment(AdjustmentKind.RECOVERY_DAY, what, why, label=label)


def _change(before: Session, after: Session) -> str:
    """ "3 x 6-8 becomes 2 x 6-8" or "30 min becomes 21 min"."""
    if before.blocks:
        b, a = before.blocks[0], after.blocks[0]
        return f"{b.sets} x {b.reps} becomes {a.sets} x {a.reps}"
    if before.aerobic is not None and after.aerobic is not None:
        return f"{before.aerobic.minutes} min becomes {after.aerobic.minutes} min"
    return ""


def applied_cut(before: Session, after: Session) -> int:
    """The volume cut `after` applies to `before`, in percent: the mean over its blocks
    (sets x reps) and its aerobic minutes, rounded."""
    cuts = [cut_percent(block_volume(b), block_volume(a))
            for b, a in zip(before.blocks, after.blocks, strict=True)]
    if before.aerobic is not None and after.aerobic is not None:
        cuts.append(cut_percent(before.aerobic.minutes, after.aerobic.minutes))
    return round(sum(cuts) / len(cuts)) if cuts else 0


def _cut(planned: Planned, cut: int, prefix: str) -> tuple[Session, str, int | None]:
    """The session cut by `cut` percent, what to say about it, and the cut it states."""
    session = planned.session
    if planned.emphasis is Emphasis.RECOVERY:
        return _sleep_first(session), f"{prefix}: rest as planned, sleep first", None
    if planned.emphasis is Emphasis.CONDITIONING:
        minutes = cut_minutes(SWAP_MINUTES, cut)
        easy = Aerobic("easy bike, walk or run", minutes, ZONE_2)
        light = replace(_sleep_first(session), title="Aerobic base (instead of conditioning)",
                        aerobic=easy, warm_up=EASY_START,
                        cue="Easy all the way: no hard efforts today.",
                        duration_minutes=duration((), easy, EASY_START))
        return light, (f"{prefix}: high-intensity conditioning swapped for {minutes} min of "
                       "easy Zone 2"), None
    heavy = any(b.heavy for b in session.blocks)
    blocks = tuple(
        cut_block(replace(b, percent=TECHNIQUE_PERCENT, ramp=()) if b.heavy else b, cut)
        for b in session.blocks
    )
    aerobic = session.aerobic
    if aerobic is not None:
        aerobic = replace(aerobic, minutes=cut_minutes(aerobic.minutes, cut))
    warm_up = gym_warm_up(blocks, session.warm_up.minutes) if heavy and session.warm_up else (
        session.warm_up)
    light = replace(session, blocks=blocks, aerobic=aerobic, warm_up=warm_up)
    stated = applied_cut(session, light)
    volume = f"about {stated}% less volume ({_change(session, light)})"
    if heavy:
        light = replace(light, title=f"Lighter strength (instead of {session.title})",
                        cue="Crisp technique at a light load; nothing heavy today.")
        what = f"{prefix}: heavy sets swapped for technique sets at ~{TECHNIQUE_PERCENT}%, {volume}"
    else:
        what = f"{prefix}: {volume}"
    light = replace(_sleep_first(light), duration_minutes=duration(blocks, aerobic, warm_up))
    return light, what, stated


def reduce(
    planned: Planned, deload: Deload | None, poor: PoorDay | None
) -> tuple[Session, Adjustment]:
    """A deload day, a poor day, or both: the lighter session and what changed, and why."""
    whys = [deload_why(deload.markers)] if deload is not None else []
    if poor is not None:
        whys.append(poor_day_why(poor.markers))
    why = " ".join(whys)
    prefix = _counter(deload) if deload is not None else "Lighter today"
    counted = f"deload day {deload.day_number} of {deload.planned_days}" if deload else ""
    if poor is not None and poor.recovery_day:
        if deload is None:
            return _recovery_day(planned, "Recovery day", why, "recovery day")
        return _recovery_day(planned, f"{prefix}, and a recovery day", why,
                             f"{counted}, recovery day")
    cut = max(deload.volume_cut_percent if deload else 0, poor.volume_cut_percent if poor else 0)
    light, what, stated = _cut(planned, cut, prefix)
    kind, label = (AdjustmentKind.DELOAD, counted) if deload else (AdjustmentKind.LIGHTER,
                                                                   "lighter")
    adjustment = Adjustment(kind, what, why, label=label, cut_percent=stated)
    return light, adjustment


def _return(context: DayContext) -> Adjustment:
    ended = context.ended
    if ended is None:
        return Adjustment(AdjustmentKind.RETURN,
                          "Back at the level you last completed after the deload", STEP_WAITS,
                          label="last completed level")
    if ended.day_number < ended.planned_days:
        how = "Two calm check-ins in a row ended it early."
    else:
        how = f"It ran its planned {ended.planned_days} days."
    return Adjustment(AdjustmentKind.RETURN,
                      "Deload finished: back to the plan, at the level you last completed",
                      f"{how} {STEP_WAITS}", label="deload finished")


def adjust(planned: Planned, assessment: Assessment | None, context: DayContext) -> Session:
    """Apply the assessment and the progression context to a planned day (see the module)."""
    session = planned.session
    adjustments: list[Adjustment] = []
    if assessment is not None and assessment.escalation is not None:
        adjustments.append(Adjustment(
            AdjustmentKind.ESCALATION,
            "Train only as an add-on, alongside clinical support",
            assessment.escalation.reason, label="alongside clinical support"))
    if context.outcome is Outcome.REDUCED:
        session, change = reduce(planned, context.state.deload, context.state.poor_day)
        adjustments.append(change)
    elif context.ended is not None or (
        context.outcome is Outcome.RETURN and session.kind is not SessionKind.RECOVERY
    ):
        adjustments.append(_return(context))
    elif context.outcome is Outcome.HELD:
        adjustments.append(hold_adjustment(assessment, context.step_change))
    if context.next_round is not None and not adjustments and context.state.load_increase_allowed:
        # what comes next is offered on the new round's days that nothing else changed, and
        # not while load increases are held ("heavier weights" beside a weekly review's "this
        # week holds steady: no load increases" contradicted it, and ran past a phone screen)
        adjustments.append(Adjustment(
            AdjustmentKind.NEXT_STEP,
            f"Starter done: round {context.next_round} repeats it with heavier weights",
            NEXT_STEP_REASON, label="new round"))
    return replace(session, adjustments=tuple(adjustments))
