"""The team digest as pushes: load the members, keep what each allowed, compose, address.

One push to the team's channel (text, and the readiness heatmap when a chart is given; none
while the bot can't post there, `Team.channel_lost`) and, only when there are safety notes,
one push to each coach's private chat. Safety advice is
loaded only for members who share safety flags (the store filters by consent) and goes only
into the coach's push, never the channel's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.assessment import DayEntry
from core.coach import team_texts as texts
from core.coach.plans import HISTORY_DAYS, with_reviews
from core.digest import (
    HEATMAP_DAYS,
    NO_SCORES,
    HeatmapRow,
    MemberDay,
    Scores,
    TeamChart,
    compose,
    counted_day,
    statuses_over,
    their_day,
)
from core.messages import Attachment, Outbound, Reply
from core.people import Person
from core.readiness import assess
from core.store import Tx
from core.teams import Membership, Role, Team

ADVICE_WINDOW = timedelta(days=1)  # safety advice since the previous day's digest
CHANNEL_KIND = "team-digest"
COACH_KIND = "team-digest-coach"


def digest_at(tx: Tx, team_id: int, at: datetime, chart: TeamChart | None) -> list[Outbound]:
    """The digest for the team's local date at `at` (what `Coach.team_digest` runs)."""
    team = tx.team(team_id)
    if team is None:
        return []
    day = at.astimezone(ZoneInfo(team.timezone)).date()
    return compose_team_digest(tx, team_id, day, chart, at=at)


def compose_team_digest(
    tx: Tx, team_id: int, day: date, chart: TeamChart | None = None,
    *, at: datetime | None = None,
) -> list[Outbound]:
    """The team's digest for `day` (its local date), as of `at` (default: the digest time).

    Safety advice counts from the 24 hours up to `at`, so daily digests report it once."""
    team = tx.team(team_id)
    if team is None:
        return []
    zone = ZoneInfo(team.timezone)
    moment = at or datetime.combine(day, team.digest_time, zone)
    everyone = tx.members(team_id)
    roster = [(p, m) for p, m in everyone if m.role is Role.MEMBER and not p.deactivated]
    advice = tx.clinical_advice(team_id, moment - ADVICE_WINDOW, moment)
    first = day - timedelta(days=HEATMAP_DAYS - 1)
    members: list[MemberDay] = []
    rows: list[HeatmapRow] = []
    for person, membership in roster:
        counted = counted_day(moment, person.timezone, person.wake)
        history = tx.history(person.id, first - timedelta(days=HISTORY_DAYS), max(day, counted))
        advised = tuple(a.astimezone(zone).date() for a in advice.get(person.id, ()))
        member = _member_day(tx, person, membership, history, counted, moment, advised)
        their_date = moment.astimezone(ZoneInfo(person.timezone)).date()
        members.append(replace(member, their_day=their_day(counted, day, their_date)))
        rows.append(HeatmapRow(_name(person), statuses_over(history, first, day)))
    digest = compose(team.name, day, members, team.mention_missing)
    reply = Reply(digest.channel_text, mentions=digest.mentions)
    pushes = [] if team.channel_lost else [_channel_push(team, day, reply, rows, first, chart)]
    if digest.coach_notes:
        header = texts.SAFETY_NOTES_HEADER.format(name=team.name, day=f"{day:%-d %B %Y}")
        note = "\n".join((header, *digest.coach_notes))
        pushes += [
            Outbound(coach.platform, coach.chat_id, Reply(note), person_id=coach.id,
                     kind=COACH_KIND, meta=_meta(team, day))
            for coach, membership in everyone
            if membership.role is Role.COACH and not coach.deactivated
        ]
    return pushes


def _member_day(
    tx: Tx, person: Person, membership: Membership, history: list[DayEntry], day: date,
    moment: datetime, advised: tuple[date, ...],
) -> MemberDay:
    """What the digest may say about one member on `day` (the member's own, see
    `core.digest.counted_day`): consent decides scores and safety."""
    today = next((entry for entry in history if entry.day == day), None)
    assessment = None
    if today is not None:  # the weekly review's hold and escalation count here too
        assessment = with_reviews(tx, person.id, assess(history, day), day)
    scores: Scores = NO_SCORES
    if today is not None and membership.share_scores:
        c = today.checkin
        scores = (c.sleep, c.arousal, c.recovery, c.mood)
    if membership.share_safety:
        escalated = assessment is not None and assessment.escalation is not None
        advised = advised + ((day,) if escalated else ())
    else:
        advised = ()
    paused = person.paused_until is not None and person.paused_until > moment
    return MemberDay(name=_name(person), share_scores=membership.share_scores, paused=paused,
                     checked_in=today is not None, assessment=assessment, scores=scores,
                     advised_clinical_support_on=advised, user_id=person.platform_user_id)


def _name(person: Person) -> str:
    return person.display_name.strip() or f"Member {person.id}"


def _channel_push(
    team: Team, day: date, reply: Reply, rows: list[HeatmapRow], first: date,
    chart: TeamChart | None,
) -> Outbound:
    if chart is not None and rows:
        image = chart(rows, first, day)
        reply = replace(reply, attachment=Attachment(
            f"team-readiness-{day.isoformat()}.png", "image/png", image, "image"))
    return Outbound(team.platform, team.channel_id, reply, kind=CHANNEL_KIND,
                    meta=_meta(team, day))


def _meta(team: Team, day: date) -> dict[str, str]:
    return {"team_id": str(team.id), "day": day.isoformat()}
