"""The team digest: what each member allowed the coach to share, and nothing more.

Pure: the caller (core.coach.digest_service) loads the members and filters by consent; the
composer filters again, so a slip in one place still cannot put a score in the channel.

- Status only (the default): the member's colour (green, amber, red), and that they are in a
  deload. Never a score, never which markers moved.
- Full scores too: the markers that moved, the four 0-10 answers, and why a deload started.
- Safety: never in the channel. Only members who allowed it appear in `coach_notes`, as
  "X was advised to seek clinical support on DATE", never the words that led to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from core.assessment import Assessment, DayEntry, Status
from core.readiness import assess

STATUS_ICON = {Status.GREEN: "\U0001f7e2", Status.AMBER: "\U0001f7e0", Status.RED: "\U0001f534"}
HEATMAP_DAYS = 14

Scores = tuple[int | None, int | None, int | None, int | None]  # sleep, arousal, recovery, mood
NO_SCORES: Scores = (None, None, None, None)


@dataclass(frozen=True, slots=True)
class MemberDay:
    """One member on the digest's day, already filtered to what they consented to share."""

    name: str
    share_scores: bool  # full scores too, not only readiness status
    paused: bool
    checked_in: bool
    assessment: Assessment | None  # None when not checked in
    scores: Scores = NO_SCORES
    advised_clinical_support_on: tuple[date, ...] = ()  # only when the member shares safety


@dataclass(frozen=True, slots=True)
class Digest:
    channel_text: str  # for the team's channel or group
    coach_notes: tuple[str, ...]  # safety notes, for the coach privately, never the channel


@dataclass(frozen=True, slots=True)
class HeatmapRow:
    """One member's readiness status per day, oldest first; None = no check-in that day."""

    name: str
    statuses: tuple[Status | None, ...]


TeamChart = Callable[[Sequence[HeatmapRow], date, date], bytes]
"""`chart(rows, first, last) -> PNG bytes`: the team's readiness heatmap (adapters.charts)."""


def statuses_over(
    history: Sequence[DayEntry], first: date, last: date
) -> tuple[Status | None, ...]:
    """The readiness status on each day first..last that has a check-in; None on the others."""
    checked = {entry.day for entry in history}
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return tuple(assess(history, day).status if day in checked else None for day in days)


def _status(member: MemberDay) -> str:
    assert member.assessment is not None
    status = member.assessment.status
    line = f"{STATUS_ICON[status]} {member.name}: {status.value}"
    if not member.share_scores:
        return line
    moved = ", ".join(marker.value for marker in member.assessment.declined)
    if moved:
        line += f" ({moved} down)"
    if any(score is not None for score in member.scores):
        sleep, arousal, recovery, mood = ("-" if s is None else str(s) for s in member.scores)
        line += f" | sleep {sleep}, arousal {arousal}, recovery {recovery}, mood {mood}"
    return line


def _deload(member: MemberDay) -> str:
    assert member.assessment is not None and member.assessment.deload is not None
    deload = member.assessment.deload
    line = (f"- {member.name}: day {deload.day_number} of {deload.planned_days}, "
            f"volume -{deload.volume_cut_percent}%")
    if member.share_scores and deload.markers:
        why = ", ".join(marker.value for marker in deload.markers)
        line += f" ({why} below usual for three check-ins)"
    return line


def coach_note(name: str, day: date) -> str:
    return f"{name} was advised to seek clinical support on {day:%-d %B %Y}."


def compose(
    team: str, day: date, members: Sequence[MemberDay], mention_missing: bool = False
) -> Digest:
    """A dated header, x of n checked in, statuses, deloads, who is missing, who is paused."""
    by_name = sorted(members, key=lambda m: m.name.casefold())
    active = [m for m in by_name if not m.paused]
    done = [m for m in active if m.checked_in and m.assessment is not None]
    missing = [m for m in active if m not in done]
    lines = [f"{team}: daily digest for {day:%A %-d %B %Y}"]
    if not members:
        lines.append("No members yet.")
    else:
        lines.append(f"Check-ins done: {len(done)} of {len(active)}")
        lines += [_status(m) for m in done]
    deloads = [m for m in done if m.assessment is not None and m.assessment.deload is not None]
    if deloads:
        lines.append("In a deload:")
        lines += [_deload(m) for m in deloads]
    if missing:
        names = ", ".join(("@" if mention_missing else "") + m.name for m in missing)
        lines.append(f"Not checked in yet: {names}")
    paused = [m.name for m in by_name if m.paused]
    if paused:
        lines.append(f"Paused: {', '.join(paused)}")
    notes = tuple(
        coach_note(m.name, advised)
        for m in by_name
        for advised in sorted(set(m.advised_clinical_support_on))
    )
    return Digest("\n".join(lines), notes)
