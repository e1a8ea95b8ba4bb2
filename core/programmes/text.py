"""Plain-text rendering of sessions for chat: short lines, no tables, no markdown."""

from __future__ import annotations

from datetime import date

from core.guidance import PRACTICE_DISCLAIMER
from core.programmes.model import Block, Programme, Session, SessionKind
from core.programmes.plan import week_at_a_glance


def block_line(block: Block) -> str:
    """E.g. "Squat 3 x 6-10 @ RPE 6-8, rest 90 s (e.g. goblet squat)"."""
    line = f"{block.pattern.capitalize()} {block.sets} x {block.reps} @ {block.intensity}"
    line += f", rest {block.rest}"
    return line + (f" ({block.note})" if block.note else "")


def describe(session: Session) -> str:
    """The session as a chat message: changes and their reasons first, then the plan."""
    lines = [f"{session.day:%a %d %b}, week {session.week}: {session.title}"]
    if session.duration_minutes:
        lines.append(f"About {session.duration_minutes} min.")
    if session.adjustments:
        lines += ["", "Changes today:"]
        for adjustment in session.adjustments:
            lines += [f"- {adjustment.what}.", f"  Why: {adjustment.reason}"]
    if session.blocks:
        lines += ["", "Strength:"]
        lines += ["- " + block_line(b) for b in session.blocks]
    if session.aerobic is not None:
        a = session.aerobic
        lines += ["", "Aerobic:", f"- {a.minutes} min {a.mode}", f"- {a.intensity}"]
    after = "After the session (required):" if session.kind is not SessionKind.RECOVERY else (
        "Downregulation:"
    )
    lines += ["", after, "- " + session.downregulation]
    lines += ["", "Micro-regulation today (two picks):"]
    lines += ["- " + pick for pick in session.micro_regulation]
    if session.recovery:
        lines += ["", "Recovery:"]
        lines += ["- " + item for item in session.recovery]
    lines += ["", PRACTICE_DISCLAIMER]
    return "\n".join(lines)


def describe_week(programme: Programme, start: date, day: date) -> str:
    """The week holding `day`, one short line per day."""
    glance = week_at_a_glance(programme, start, day)
    lines = [f"Your {programme.value} week from {glance[0][0]:%a %d %b}:"]
    lines += [f"{d:%a} {d:%d %b}: {title}" for d, title in glance]
    return "\n".join(lines)
