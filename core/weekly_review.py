"""The weekly integration check-in: watch-list signals in a person's own words, and what they do.

Seed 000, "Psychological Integration": a weekly check-in ("What is my system doing under
load?") watching for emotional blunting, aggression spikes, persistent rumination, appetite
loss, recurrent minor injuries, "I can't switch off" and dread of training, "treated as
regulatory signals, not motivational deficits". So a signal never scolds; it holds the load.

Rules (docs/readiness.md, "Weekly integration check-in"):

* A review covers one Monday-Sunday week (`week_start`, its Monday). An answer given on a
  Sunday reviews that week; on Monday-Saturday it is a late answer to the previous Sunday's
  prompt and reviews the week before (`week_reviewed`). Its `reviewed_on` is that Sunday.
* Hold: the most recent review with `reviewed_on <= day`, if it has at least one signal and
  `day - reviewed_on` is 0..7 days (its Sunday and the whole following week), closes the
  progression gates (load_increase_allowed False), lifts GREEN to AMBER (RED stays RED) and
  adds one sentence naming what was heard to the reason.
* Escalation ("weekly-review"): when that review has 3 or more signals and the review of the
  week just before it (week_start 7 days earlier) also had 3 or more: two consecutive weeks,
  not one hard week. It lasts as long as the hold. An escalation from check-in ratings
  (core.escalation) already on the assessment stays first.

Detection: the text is normalised as the safety screen does; each signal has a pattern; a hit
is cancelled by a negation earlier in its clause ("no injuries this week", "not dreading
training"), as in core.safety.screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from core.assessment import Assessment, Escalation, Status
from core.negation import Negation
from core.readiness_wording import english_list
from core.safety.normalise import normalise

HOLD_DAYS = 7  # the review's Sunday, then 7 more days
ESCALATION_MIN_SIGNALS = 3  # in each of two consecutive weekly reviews
ESCALATION_RULE = "weekly-review"


class Signal(StrEnum):
    BLUNTING = "blunting"
    AGGRESSION = "aggression"
    RUMINATION = "rumination"
    APPETITE_LOSS = "appetite_loss"
    MINOR_INJURIES = "minor_injuries"
    CANT_SWITCH_OFF = "cant_switch_off"
    TRAINING_DREAD = "training_dread"


# What the coach says it heard, to follow "you mentioned".
HEARD: dict[Signal, str] = {
    Signal.BLUNTING: "feeling emotionally flat",
    Signal.AGGRESSION: "spikes of anger or irritability",
    Signal.RUMINATION: "going over things again and again",
    Signal.APPETITE_LOSS: "a loss of appetite",
    Signal.MINOR_INJURIES: "minor injuries or niggles",
    Signal.CANT_SWITCH_OFF: "trouble switching off",
    Signal.TRAINING_DREAD: "dreading training",
}

_JOINTS = (
    r"(?:knees?|back|shoulders?|hips?|ankles?|wrists?|elbows?|neck|hamstrings?|calf|calves|"
    r"achilles|groin|foot|feet|quads?|glutes?|shins?)"
)
_TRAINING = r"(?:train\w*|gym|sessions?|workouts?|lifting|runs?|running|practice|exercis\w*)"

PATTERNS: dict[Signal, re.Pattern[str]] = {
    signal: re.compile(pattern)
    for signal, pattern in {
        Signal.BLUNTING: (
            r"\bemotional(?:ly)? (?:blunt|flat|numb)\w*|\bblunt(?:ed|ing)\b"
            r"|\b(?:feel|feeling|felt|feels|been|im|emotionally|bit|pretty|quite|so|really) "
            r"(?:numb|flat|empty|nothing)\b|\bdead inside\b"
            r"|\b(?:cant|couldnt|dont|didnt) feel (?:anything|much|excited|joy)\b"
            r"|\bgoing through the motions\b"
        ),
        Signal.AGGRESSION: (
            r"\baggress\w*|\b(?:angry|anger|rage|raging|irritab\w*|irritated|snappy|snapping|"
            r"snapped|short tempered|short fuse|furious|fuming|lash(?:ing|ed)? out)\b"
            r"|\b(?:lost|losing|lose) my temper\b|\bflying off the handle\b"
        ),
        Signal.RUMINATION: (
            r"\bruminat\w*|\bover ?think\w*|\bcant stop (?:thinking|worrying)\b"
            r"|\b(?:going|goes|went|go) (?:round and round|over and over|over things)\b"
            r"|\b(?:mind|head|brain|thoughts?) (?:is |are |keeps? |kept )?(?:racing|spinning|"
            r"looping)\b|\bstuck in my head\b|\bdwell(?:ing|ed)?\b|\blooping thoughts\b"
        ),
        Signal.APPETITE_LOSS: (
            r"\b(?:lost|losing|lose|no|low|poor|reduced|less|little|zero) (?:my |of )?appetite\b"
            r"|\bappetite (?:loss|is (?:gone|low|poor|down|off)|has (?:gone|dropped)|gone|"
            r"dropped|down|off)\b"
            r"|\b(?:havent|hasnt|hadnt|dont|didnt) (?:had |have |got )?(?:much |any |an |a )?"
            r"appetite\b"
            r"|\bnot (?:hungry|eating)\b|\boff (?:my )?food\b|\bskipp(?:ing|ed) meals\b"
            r"|\b(?:cant|couldnt|barely|hardly) eat\w*\b|\bforg(?:et|etting|ot) to eat\b"
        ),
        Signal.MINOR_INJURIES: (
            r"\binjur\w*|\bniggl\w*|\bsprain\w*|\bstrain(?:ed)?\b"
            r"|\b(?:pulled|strained|tweaked|twisted|rolled|jarred|hurt) (?:a |my )?\w+"
            r"|\btweak(?:ed)?\b|\bkeep (?:getting hurt|hurting myself)\b"
            rf"|\b(?:sore|achy|aching|painful|bad|dodgy) {_JOINTS}\b"
            rf"|\b{_JOINTS} (?:pain|is (?:sore|playing up|bad)|playing up|keeps? "
            r"(?:hurting|flaring))\b"
        ),
        Signal.CANT_SWITCH_OFF: (
            r"\b(?:cant|couldnt|unable to|hard to|struggl\w* to|never|wont) (?:switch|turn|shut|"
            r"wind|calm) (?:off|down)\b"
            r"|\b(?:cant|couldnt|hard to|struggl\w* to) (?:relax|unwind|settle)\b"
            r"|\bswitch(?:ing)? off is (?:hard|difficult|impossible)\b|\bwired\b|\balways on\b"
            r"|\bon all the time\b"
        ),
        Signal.TRAINING_DREAD: (
            r"\bdread\w*"
            rf"|\b(?:hate|hating|hated|fear|scared of|anxious about|cant face|couldnt face) "
            rf"(?:going to )?(?:the |my )?{_TRAINING}"
            rf"|\b(?:dont|didnt) want to (?:go to the gym|train|{_TRAINING})"
            rf"|\bnot looking forward to (?:the |my )?{_TRAINING}"
        ),
    }.items()
}

_BOUNDARY_RE = re.compile(r"\.|\b(?:but|just|though|tho|although|however|yet|except|apart from)\b")
_NEGATOR_RE = re.compile(
    r"\b(?:not|never|no|dont|didnt|doesnt|isnt|wasnt|arent|havent|hasnt|aint|none|nothing|"
    r"without|zero|neither|nor)\b"
)
_NOT_NEGATION_RE = re.compile(
    r"\b(?:dont know|didnt know|not sure|no idea|not going to lie|no matter|not only)\b"
)
_NEGATION = Negation(_BOUNDARY_RE, _NEGATOR_RE, _NOT_NEGATION_RE, window=6)


@dataclass(frozen=True, slots=True)
class Review:
    """One stored weekly review: the Monday of the week it covers and what was heard."""

    week_start: date
    signals: frozenset[Signal]

    @property
    def reviewed_on(self) -> date:
        return self.week_start + timedelta(days=6)


def signals(text: str) -> frozenset[Signal]:
    """The watch-list signals in a free-text answer (pure; the text is never kept)."""
    return _read(text)[0]


def mentions_watch_list(text: str) -> bool:
    """True if the text speaks of a watch-list item at all, even to deny it ("no injuries")."""
    return _read(text)[1]


def _read(text: str) -> tuple[frozenset[Signal], bool]:
    plain = normalise(text)
    found = set()
    mentioned = False
    for signal, pattern in PATTERNS.items():
        for hit in pattern.finditer(plain):
            mentioned = True
            if not _NEGATION.governs(plain, hit.start()):
                found.add(signal)
                break
    return frozenset(found), mentioned


def week_reviewed(answered_on: date) -> date:
    """The Monday of the week an answer given on that local date reviews (see the rules)."""
    sunday = answered_on - timedelta(days=(answered_on.weekday() + 1) % 7)
    return sunday - timedelta(days=6)


def heard(found: Iterable[Signal]) -> str:
    """ "trouble switching off and dreading training", in watch-list order."""
    chosen = set(found)
    return english_list(HEARD[s] for s in Signal if s in chosen)


def hold_sentence(found: Iterable[Signal]) -> str:
    return (
        f"In your weekly check-in you mentioned {heard(found)}, "
        "so this week holds steady: no load increases."
    )


def holds(reviewed_on: date, day: date) -> bool:
    return 0 <= (day - reviewed_on).days <= HOLD_DAYS


def apply(
    assessment: Assessment, found: frozenset[Signal], reviewed_on: date, day: date
) -> Assessment:
    """The assessment with one review's hold applied, if it has signals and still holds."""
    if not found or not holds(reviewed_on, day):
        return assessment
    status = Status.AMBER if assessment.status is Status.GREEN else assessment.status
    return replace(
        assessment,
        status=status,
        load_increase_allowed=False,
        reason=f"{assessment.reason} {hold_sentence(found)}",
        review_hold=hold_sentence(found),
    )


def escalation(reviews: Sequence[Review], day: date) -> Escalation | None:
    """ "weekly-review" when the governing review and the one before it both have 3+ signals."""
    latest = governing(reviews, day)
    if latest is None or len(latest.signals) < ESCALATION_MIN_SIGNALS:
        return None
    before = latest.week_start - timedelta(days=7)
    previous = next((r for r in reviews if r.week_start == before), None)
    if previous is None or len(previous.signals) < ESCALATION_MIN_SIGNALS:
        return None
    reason = (
        f"In two weekly check-ins in a row you mentioned {ESCALATION_MIN_SIGNALS} or more of "
        f"the watch-list signals (this week: {heard(latest.signals)})."
    )
    return Escalation(ESCALATION_RULE, reason)


def governing(reviews: Sequence[Review], day: date) -> Review | None:
    """The most recent review on or before `day` whose hold window covers `day`."""
    past = [r for r in reviews if r.reviewed_on <= day]
    if not past:
        return None
    latest = max(past, key=lambda r: r.week_start)
    return latest if holds(latest.reviewed_on, day) else None


def apply_reviews(assessment: Assessment, reviews: Sequence[Review], day: date) -> Assessment:
    """Hold and escalation from the stored reviews (any order) on `day`."""
    latest = governing(reviews, day)
    if latest is None:
        return assessment
    adjusted = apply(assessment, latest.signals, latest.reviewed_on, day)
    if adjusted.escalation is None:
        adjusted = replace(adjusted, escalation=escalation(reviews, day))
    return adjusted


def parse_stored(names: Iterable[str]) -> frozenset[Signal]:
    """Signals from stored names; names this version doesn't know are skipped."""
    known = {s.value: s for s in Signal}
    return frozenset(known[n] for n in names if n in known)
