"""Plain-text rendering of sessions for a phone: short lines, no tables, no markdown.

The day's message says what to do, how hard, how long and why it changed, in about 12 lines
and 900 characters (`describe`); the details (micro-regulation, the full downregulation,
TED guidance) are behind "More" (`describe_more`), a few guidance lines a day, rotating.
The disclaimer lives in onboarding, /help and the README, not in every message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.programmes.daily import short_downregulation
from core.programmes.model import AdjustmentKind, Block, Programme, Session, SessionKind
from core.programmes.plan import week_at_a_glance

MORE_HINT = "Details: tap More or send /more."
GUIDANCE_PER_DAY = 3  # TED lines "More" shows a day, rotating through the day's pool
PREVIEW_NOTE = "Days ahead show what they give if nothing changes; a check-in can adjust them."
# Adjustments that say why the day changed; the assessment's own sentence is left out then.
_EXPLAINED = {AdjustmentKind.DELOAD, AdjustmentKind.LIGHTER, AdjustmentKind.RECOVERY_DAY,
              AdjustmentKind.RETURN, AdjustmentKind.HOLD}


def block_line(block: Block) -> str:
    """E.g. "Goblet squat 3 x 6-8 @ RPE 6, rest 60-90 s" (no "@" for bodyweight holds)."""
    load = f" @ {block.intensity}" if block.intensity else ""
    return f"{block.lift} {block.sets} x {block.reps}{load}, rest {block.rest}"


def header(session: Session) -> str:
    """ "Mon 12 Jan, week 2 of 6: Strength A: squat, push, pull, carry (about 40 min)"."""
    line = f"{session.day:%a %-d %b}, {session.week_label}: {session.title}"
    return line + (f" (about {session.duration_minutes} min)" if session.duration_minutes else "")


def why_lines(session: Session, status: str) -> list[str]:
    """The status sentence unless an adjustment explains the day, then each adjustment."""
    lines = [] if any(a.kind in _EXPLAINED for a in session.adjustments) or not status else [
        status
    ]
    for adjustment in session.adjustments:
        if adjustment.kind is AdjustmentKind.ESCALATION:
            lines.append(adjustment.what + ".")  # the advice itself is its own message
        else:
            lines.append(f"{adjustment.what}. {adjustment.reason}")
    return lines


def plan_lines(session: Session) -> list[str]:
    """Warm-up first, ramp-up before heavy work, then the work, the cue and the cool-down."""
    lines: list[str] = []
    warm_up = session.warm_up
    if warm_up is not None:
        minutes = "" if warm_up.within else f" {warm_up.minutes} min"
        lines.append(f"Warm-up{minutes}: {warm_up.what}" + (f", {warm_up.ramp}." if warm_up.ramp
                                                            and not session.blocks else "."))
        if warm_up.ramp and session.blocks:
            lines.append(warm_up.ramp + ", then the work sets.")
    lines += ["- " + block_line(b) for b in session.blocks]
    if session.aerobic is not None:
        a = session.aerobic
        lines.append(f"- {a.minutes} min {a.mode}: {a.intensity}")
    if session.cue:
        lines.append(session.cue)
    lines.append(short_downregulation(session.downregulation))
    return lines


def describe(session: Session, status: str = "") -> str:
    """The day's message: header, why it changed, the plan, and where the details are."""
    lines = [header(session), *why_lines(session, status), *plan_lines(session), MORE_HINT]
    return "\n".join(lines)


def rotating(lines: Sequence[str], day: date, count: int = GUIDANCE_PER_DAY) -> list[str]:
    """`count` consecutive lines of `lines`, moving on by `count` each day (wrapping)."""
    if len(lines) <= count:
        return list(lines)
    first = day.toordinal() * count % len(lines)
    return [lines[(first + i) % len(lines)] for i in range(count)]


def describe_more(session: Session) -> str:
    """The details behind "More": micro-regulation, downregulation, notes, some guidance."""
    after = ("After the session (required)" if session.kind is not SessionKind.RECOVERY
             else "Downregulation")
    lines = [
        f"More for {session.day:%a %-d %b}:",
        "Micro-regulation today (pick two, 1-3 min each):",
        *("- " + pick for pick in session.micro_regulation),
        f"{after}: {session.downregulation}",
        *session.notes,
        *rotating(session.recovery, session.day),
    ]
    return "\n".join(lines)


def week_line(session: Session, today: date) -> str:
    """ "Wed 14: Strength B, 40 min (deload day 2 of 3)"."""
    line = f"{session.day:%a %-d}: {session.title}"
    if session.duration_minutes:
        line += f", {session.duration_minutes} min"
    labels = [a.label for a in session.adjustments
              if a.label and a.kind is not AdjustmentKind.ESCALATION]
    if labels:
        line += f" ({', '.join(labels)})"
    return line + ("  <- today" if session.day == today else "")


def describe_week(sessions: Sequence[Session], today: date) -> str:
    """Monday to Sunday, one line a day: earlier days as they were, later ones as they stand."""
    first, last = sessions[0], sessions[-1]
    title = (f"Your {first.programme.value} week, {first.day:%a %-d %b} to {last.day:%a %-d %b}"
             f" ({next((s.week_label for s in sessions if s.day == today), first.week_label)}):")
    lines = [title, *(week_line(s, today) for s in sessions)]
    if last.day > today:
        lines.append(PREVIEW_NOTE)
    return "\n".join(lines)


def describe_plain_week(programme: Programme, start: date, day: date) -> str:
    """The week holding `day` as planned, without readiness (one short line a day)."""
    glance = week_at_a_glance(programme, start, day)
    lines = [f"Your {programme.value} week from {glance[0][0]:%a %d %b}:"]
    lines += [f"{d:%a} {d:%d %b}: {title}" for d, title in glance]
    return "\n".join(lines)
