"""The team digest: what each member allowed the coach to share, and nothing more.

Pure: the caller (core.coach.digest_service) loads the members and filters by consent; the
composer filters again, so a slip in one place still cannot put a score in the channel.

- Status only (the default): the member's colour (green, amber, red), and that they are in a
  deload. Never a score, never which markers moved.
- Full scores too: the markers that moved, the four 0-10 answers, and why a deload started.
- Safety: never in the channel. Only members who allowed it appear in `coach_notes`, as
  "X was advised to seek clinical support on DATE", never the words that led to it.
- Time zones: each member is counted on their own latest local date that has begun (their
  day begins when they wake), so someone far west of the team is counted on their yesterday,
  and the line says so: "checked in (yesterday, their time)".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.assessment import Assessment, DayEntry, Status
from core.messages import Mention
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
    user_id: str = ""  # the platform's id for them, for a mention; "" = none
    their_day: str = ""  # "" = counted on the team's date; else "yesterday" or "today"


@dataclass(frozen=True, slots=True)
class Digest:
    channel_text: str  # for the team's channel or group
    coach_notes: tuple[str, ...]  # safety notes, for the coach privately, never the channel
    mentions: tuple[Mention, ...] = ()  # the "@Name"s in channel_text, in order


def counted_day(moment: datetime, timezone: str, wake: time) -> date:
    """The member's latest local date that has begun at `moment` (aware): their date in
    `timezone`, or the day before while it is still before their `wake` time there.

    A person's day begins when they wake (the morning check-in follows it), so a digest at
    09:00 in London (01:00 in Los Angeles) counts a Los Angeles member on their yesterday
    instead of on a day they have not started. Decision (issue 13), not from the seeds."""
    local = moment.astimezone(ZoneInfo(timezone))
    if local.time().replace(tzinfo=None) >= wake:
        return local.date()
    return local.date() - timedelta(days=1)


def their_day(counted: date, team_day: date, their_date: date) -> str:
    """"" when a member is counted on the team's date; else the counted day as the member
    would say it at the digest (`their_date`: their local date then): "yesterday" or
    "today"."""
    if counted == team_day:
        return ""
    return "today" if counted == their_date else "yesterday"


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
    moved = ", ".join(marker.value for marker in member.assessment.declined)
    if moved and member.share_scores:
        line += f" ({moved} down)"
    if member.their_day:
        line += f", checked in ({member.their_day}, their time)"
    if not member.share_scores:
        return line
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
    mentions: list[Mention] = []
    if missing:
        names = ", ".join(("@" if mention_missing else "") + m.name for m in missing)
        lines.append(f"Not checked in yet: {names}")
        if mention_missing:
            mentions = [Mention(f"@{m.name}", m.user_id) for m in missing if m.user_id]
    paused = [m.name for m in by_name if m.paused]
    if paused:
        lines.append(f"Paused: {', '.join(paused)}")
    notes = tuple(
        coach_note(m.name, advised)
        for m in by_name
        for advised in sorted(set(m.advised_clinical_support_on))
    )
    return Digest("\n".join(lines), notes, tuple(mentions))
