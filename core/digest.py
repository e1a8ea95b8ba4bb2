"""The team digest: what each member allowed the coach to share, and nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.assessment import Assessment, Status

STATUS_ICON = {Status.GREEN: "\U0001f7e2", Status.AMBER: "\U0001f7e0", Status.RED: "\U0001f534"}


@dataclass(frozen=True, slots=True)
class MemberDay:
    """One member on the digest's day, already filtered to what they consented to share."""

    name: str
    share_scores: bool  # full scores too, not only readiness status
    paused: bool
    checked_in: bool
    assessment: Assessment | None  # None when not checked in
    scores: tuple[int | None, int | None, int | None, int | None] = (None, None, None, None)
    advised_clinical_support_on: date | None = None  # only when the member shares safety flags


@dataclass(frozen=True, slots=True)
class Digest:
    channel_text: str  # for the team's channel or group
    coach_notes: tuple[str, ...]  # safety notes, for the coach privately, never the channel


def _markers(assessment: Assessment) -> str:
    moved = ", ".join(m.value for m in assessment.declined)
    return f" ({moved} down)" if moved else ""


def _member_line(member: MemberDay, mention: bool) -> str:
    assert member.assessment is not None
    line = f"{STATUS_ICON[member.assessment.status]} {member.name}{_markers(member.assessment)}"
    if member.share_scores and any(s is not None for s in member.scores):
        sleep, arousal, recovery, mood = ("-" if s is None else str(s) for s in member.scores)
        line += f" | sleep {sleep}, arousal {arousal}, recovery {recovery}, mood {mood}"
    return line


def compose(
    team: str, day: date, members: list[MemberDay], mention_missing: bool = False
) -> Digest:
    """A dated header, x of n checked in, statuses, deloads, who is missing, who is paused."""
    active = [m for m in members if not m.paused]
    done = [m for m in active if m.checked_in and m.assessment is not None]
    missing = [m for m in active if not m.checked_in]
    lines = [f"{team}: daily digest for {day:%A %-d %B %Y}",
             f"Check-ins done: {len(done)} of {len(active)}"]
    lines += [_member_line(m, mention_missing) for m in sorted(done, key=lambda m: m.name)]
    deloads = [m for m in done if m.assessment is not None and m.assessment.deload is not None]
    if deloads:
        lines.append("In a deload:")
        for member in deloads:
            assert member.assessment is not None and member.assessment.deload is not None
            deload = member.assessment.deload
            why = ", ".join(marker.value for marker in deload.markers)
            lines.append(f"- {member.name}: day {deload.day_number} of {deload.planned_days}, "
                         f"volume -{deload.volume_cut_percent}% ({why} below usual)")
    if missing:
        names = ", ".join(("@" if mention_missing else "") + m.name for m in missing)
        lines.append(f"Not checked in yet: {names}")
    paused = [m.name for m in members if m.paused]
    if paused:
        lines.append(f"Paused: {', '.join(sorted(paused))}")
    notes = tuple(
        f"{m.name} was advised to seek clinical support on {m.advised_clinical_support_on:%-d %B %Y}."
        for m in members
        if m.advised_clinical_support_on is not None
    )
    return Digest("\n".join(lines), notes)
