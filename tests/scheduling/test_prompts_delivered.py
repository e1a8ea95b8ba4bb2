"""Scheduled prompts end to end: schedule rows, the tick, the outbox and the sender."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from adapters.storage.models import OutboxRow, PromptScheduleRow
from core.messages import Inbound, Platform
from core.ports import Delivery, DeliveryStatus
from tests.scheduling.sim import Sim

NO_WORK = {"work_days": ""}  # no sit breaks, to keep a test about mornings readable


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def slots(sim: Sim, kind: str) -> list[str]:
    with sim.factory() as session:
        return list(session.scalars(select(OutboxRow.local_slot).where(
            OutboxRow.kind == kind, OutboxRow.status == "sent").order_by(OutboxRow.local_slot)))


def test_morning_prompt_sets_pending_so_a_typed_answer_is_understood(sim: Sim) -> None:
    ana = sim.person("ana", "Europe/London", **NO_WORK)
    sim.run_until(utc(2026, 11, 23, 7, 45))
    [prompt] = sim.port.of("morning_checkin")
    assert prompt.at == utc(2026, 11, 23, 7, 30)
    assert "sleep" in prompt.outbound.reply.text.lower()
    assert [c.label for c in prompt.outbound.reply.choices] == [str(n) for n in range(11)]
    replies = sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana",
                                              utc(2026, 11, 23, 7, 46), text="7"))
    assert replies and "sleep" not in replies[0].text.lower()  # the next question, not a retry
    with sim.wiring.store.transaction() as tx:
        assert tx.conversation(ana).draft.get("sleep") == 7


def test_reminder_only_when_unanswered_and_wind_down_and_weekly_review(sim: Sim) -> None:
    sim.person("ana", "Europe/London", **NO_WORK)
    sim.run_until(utc(2026, 11, 29, 23, 59))  # Monday to Sunday
    assert len(sim.port.of("morning_checkin")) == 7
    assert len(sim.port.of("checkin_reminder")) == 7  # she never answers
    assert {s.at.time() for s in sim.port.of("checkin_reminder")} == {time(9, 30)}
    wind = sim.port.of("wind_down")
    assert len(wind) == 7 and {s.at.time() for s in wind} == {time(21, 45)}
    [review] = sim.port.of("weekly_review")
    assert review.at == utc(2026, 11, 29, 18, 0)


def test_a_check_in_cancels_the_reminder(sim: Sim) -> None:
    sim.person("ana", "Europe/London", **NO_WORK)
    sim.run_until(utc(2026, 11, 23, 8, 0))
    sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana", utc(2026, 11, 23, 8, 1),
                                    text="6 7 5 8"))
    sim.run_until(utc(2026, 11, 23, 12, 0))
    assert sim.port.of("checkin_reminder") == []


@pytest.mark.parametrize(
    ("zone", "spring", "fall"),
    [
        ("Europe/London", datetime(2026, 3, 29), datetime(2026, 10, 25)),
        ("America/New_York", datetime(2026, 3, 8), datetime(2026, 11, 1)),
    ],
)
def test_morning_at_wake_plus_30_exactly_once_across_both_dst_changes(
    sim: Sim, zone: str, spring: datetime, fall: datetime
) -> None:
    for change in (spring, fall):
        sim.clock.now = (change - timedelta(days=2)).replace(tzinfo=UTC)
        sim.port.sent.clear()
        who = f"p{change:%m%d}"
        sim.person(who, zone, wake=time(7, 0), **NO_WORK)
        sim.run_until((change + timedelta(days=2)).replace(tzinfo=UTC))
        mornings = sim.port.of("morning_checkin", who)
        local = [s.local(zone) for s in mornings]
        assert [t.time() for t in local] == [time(7, 30)] * len(local)
        dates = [t.date() for t in local]
        assert len(dates) == len(set(dates)) >= 3


@pytest.mark.parametrize(
    ("zone", "spring", "wake", "fired", "fall", "bed", "wind_utc"),
    [
        # London: 01:00-02:00 is skipped on 29 Mar; 01:00-02:00 repeats on 25 Oct
        ("Europe/London", datetime(2026, 3, 29), time(1, 0), time(2, 30),
         datetime(2026, 10, 25), time(2, 45), time(0, 30)),
        # New York: 02:00-03:00 is skipped on 8 Mar; 01:00-02:00 repeats on 1 Nov
        ("America/New_York", datetime(2026, 3, 8), time(2, 0), time(3, 30),
         datetime(2026, 11, 1), time(2, 45), time(5, 30)),
    ],
)
def test_a_wake_time_in_the_skipped_hour_and_a_bedtime_in_the_repeated_hour(
    sim: Sim, zone: str, spring: datetime, wake: time, fired: time, fall: datetime,
    bed: time, wind_utc: time,
) -> None:
    sim.clock.now = (spring - timedelta(days=1)).replace(tzinfo=UTC)
    sim.person("early", zone, wake=wake, **NO_WORK)
    sim.run_until((spring + timedelta(days=1, hours=12)).replace(tzinfo=UTC))
    on_the_day = [s.local(zone) for s in sim.port.of("morning_checkin")
                  if s.local(zone).date() == spring.date()]
    assert [t.time() for t in on_the_day] == [fired]  # once, the length of the gap later

    sim.clock.now = (fall - timedelta(days=1)).replace(tzinfo=UTC)
    sim.person("late", zone, bed=bed, **NO_WORK)
    sim.run_until((fall + timedelta(days=1)).replace(tzinfo=UTC))
    winds = [s for s in sim.port.of("wind_down", "late") if s.at.date() == fall.date()]
    assert [s.at.time() for s in winds] == [wind_utc]  # the first 01:30, never the second


def test_a_person_who_changes_time_zone_between_two_prompts(sim: Sim) -> None:
    ana = sim.person("ana", "Europe/London", **NO_WORK)
    sim.run_until(utc(2026, 11, 23, 8, 0))  # 07:30 London = 07:30 UTC
    sim.update(ana, timezone="America/New_York")  # 07:30 New York is 12:30 UTC
    sim.run_until(utc(2026, 11, 25, 0, 0))
    mornings = [s.at for s in sim.port.of("morning_checkin")]
    # the same local date is not prompted twice; the next day comes at 07:30 New York
    assert mornings == [utc(2026, 11, 23, 7, 30), utc(2026, 11, 24, 12, 30)]
    winds = [s.at for s in sim.port.of("wind_down")]
    assert winds == [utc(2026, 11, 24, 2, 45)]  # 21:45 New York...
    assert utc(2026, 11, 23, 21, 45) not in winds  # ...and no longer 21:45 London


def test_pause_for_three_days_then_resume(sim: Sim) -> None:
    ana = sim.person("ana", "UTC")
    sim.run_until(utc(2026, 11, 23, 8, 0))
    sim.update(ana, paused_until=utc(2026, 11, 26, 8, 0))
    sim.run_until(utc(2026, 11, 28, 0, 0))
    during = [s for s in sim.port.sent if utc(2026, 11, 23, 8) <= s.at < utc(2026, 11, 26, 8)]
    assert during == []
    after = {s.outbound.kind for s in sim.port.sent if s.at >= utc(2026, 11, 26, 8)}
    assert {"sit_break", "wind_down", "morning_checkin"} <= after
    assert [s.at for s in sim.port.of("morning_checkin")] == [
        utc(2026, 11, 23, 7, 30), utc(2026, 11, 27, 7, 30)]


def test_bot_down_three_hours_over_the_morning(sim: Sim) -> None:
    sim.person("ana", "UTC", wake=time(8, 0))  # check-in 08:30, reminder 10:30
    sim.run_until(utc(2026, 11, 24, 12, 0), skip=(utc(2026, 11, 24, 8, 20),
                                                  utc(2026, 11, 24, 11, 35)))
    sim.run_until(utc(2026, 11, 25, 9, 0))
    mornings = [s.at for s in sim.port.of("morning_checkin")]
    assert mornings == [utc(2026, 11, 23, 8, 30), utc(2026, 11, 25, 8, 30)]  # 24th: dropped
    assert not [s for s in sim.port.sent
                if utc(2026, 11, 24, 8, 20) < s.at < utc(2026, 11, 24, 11, 35)]
    late = [s for s in sim.port.sent if utc(2026, 11, 24, 11, 35) <= s.at < utc(2026, 11, 25)]
    assert {s.outbound.kind for s in late} >= {"sit_break", "wind_down"}
    assert all(s.outbound.kind not in ("morning_checkin", "checkin_reminder") for s in late)
    with sim.factory() as session:
        dropped = Counter(session.scalars(select(OutboxRow.kind).where(
            OutboxRow.status == "dropped", OutboxRow.local_slot.like("2026-11-24%"))))
    assert dropped["morning_checkin"] == 1 and dropped["checkin_reminder"] == 1


def test_the_same_tick_twice_enqueues_nothing_new(sim: Sim) -> None:
    from bot.scheduling.tick import tick

    for n in range(20):
        sim.person(f"p{n}", "UTC")
    at = utc(2026, 11, 23, 7, 30)
    first = tick(sim.factory, at)
    assert first.enqueued == 20
    assert tick(sim.factory, at).enqueued == 0
    with sim.factory() as session, session.begin():  # even with the schedule rewound
        for row in session.scalars(select(PromptScheduleRow)):
            row.next_due_at = utc(2026, 11, 23, 7, 30)
    again = tick(sim.factory, at)
    assert again.enqueued == 0
    with sim.factory() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 20


def test_sit_breaks_only_in_work_hours_on_work_days_and_not_just_after_writing(
    sim: Sim,
) -> None:
    sim.person("ana", "Europe/Berlin")
    sim.run_until(utc(2026, 11, 30, 0, 0))  # Monday to Sunday
    breaks = [s.local("Europe/Berlin") for s in sim.port.of("sit_break")]
    assert breaks and {b.isoweekday() for b in breaks} == {1, 2, 3, 4, 5}
    assert all(time(9, 30) <= b.time() < time(17, 0) for b in breaks)
    assert len({b.minute for b in breaks}) == 1  # a stable minute in the hour
    texts = [s.outbound.reply.text for s in sim.port.of("sit_break")]
    assert all(a != b for a, b in pairwise(texts))  # varies hour to hour

    sim.port.sent.clear()
    minute = breaks[0].minute
    due = datetime(2026, 11, 30, 14, minute, tzinfo=breaks[0].tzinfo).astimezone(UTC)
    sim.run_until(due - timedelta(minutes=5))
    sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana", due - timedelta(minutes=5),
                                    text="what's today's session?"))
    sim.run_until(due + timedelta(hours=1, minutes=5))
    hours = [s.local("Europe/Berlin").hour for s in sim.port.of("sit_break")
             if s.at >= due - timedelta(minutes=30)]
    assert hours == [15]  # 14:mm held back (she wrote 5 min before), 15:mm sent


def test_retry_after_then_sent_is_delivered_once_later(sim: Sim) -> None:
    sim.person("ana", "UTC", **NO_WORK)
    sim.port.script["ana"] = [Delivery(DeliveryStatus.RETRY, retry_after=30)]
    sim.run_until(utc(2026, 11, 23, 7, 45))
    [prompt] = sim.port.of("morning_checkin")
    assert prompt.at == utc(2026, 11, 23, 7, 30, 30)
    with sim.factory() as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "morning_checkin")).one()
    assert (row.status, row.attempts, row.sent_at) == ("sent", 2, utc(2026, 11, 23, 7, 30, 30))


def test_a_retry_keeps_the_order_within_the_chat(sim: Sim) -> None:
    ana = sim.person("ana", "UTC", **NO_WORK)
    sim.update(ana, wake=time(7, 0), bed=time(8, 50))  # check-in 07:30, wind-down 07:35
    sim.port.script["ana"] = [Delivery(DeliveryStatus.RETRY, retry_after=900)]
    sim.run_until(utc(2026, 11, 23, 10, 0))
    kinds = [s.outbound.kind for s in sim.port.sent]
    assert kinds[:2] == ["morning_checkin", "wind_down"]  # the wind-down waited its turn
    assert [s.at for s in sim.port.sent[:2]] == [utc(2026, 11, 23, 7, 45)] * 2


def test_blocked_marks_the_person_and_stops_prompting_until_they_write(sim: Sim) -> None:
    ana = sim.person("ana", "UTC")
    sim.port.script["ana"] = [Delivery(DeliveryStatus.BLOCKED, detail="Forbidden")]
    sim.run_until(utc(2026, 11, 25, 0, 0))
    assert sim.port.sent == []
    with sim.wiring.store.transaction() as tx:
        assert tx.get_person(ana).blocked  # type: ignore[union-attr]
    with sim.factory() as session:
        assert session.scalar(select(func.count()).select_from(PromptScheduleRow)) == 0
    sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana", sim.clock.now, text="hi"))
    sim.run_until(utc(2026, 11, 25, 8, 0))
    assert [s.outbound.kind for s in sim.port.sent] == ["morning_checkin"]


def test_a_migrated_chat_id_is_stored(sim: Sim) -> None:
    ana = sim.person("ana", "UTC", **NO_WORK)
    sim.port.script["ana"] = [Delivery(DeliveryStatus.SENT, new_chat_id="ana-2")]
    sim.run_until(utc(2026, 11, 24, 8, 0))
    with sim.wiring.store.transaction() as tx:
        assert tx.get_person(ana).chat_id == "ana-2"  # type: ignore[union-attr]
    assert sim.port.of("morning_checkin", "ana-2")


def test_a_team_digest_is_enqueued_and_delivered_at_the_teams_digest_time(sim: Sim) -> None:
    coach = sim.person("cora", "UTC", **NO_WORK)
    sim.team("rowers", coach, "America/New_York", time(9, 0))
    sim.run_until(utc(2026, 11, 24, 15, 0))
    digests = [s for s in sim.port.sent if s.outbound.chat_id == "group-rowers"]
    assert [s.at for s in digests] == [utc(2026, 11, 23, 14, 0), utc(2026, 11, 24, 14, 0)]
    with sim.factory() as session:
        rows = session.scalars(select(OutboxRow).where(OutboxRow.team_id.is_not(None))
                               .order_by(OutboxRow.local_slot)).all()
    assert [(r.kind, r.local_slot, r.status) for r in rows] == [
        ("team_digest", "2026-11-23T09:00", "sent"), ("team_digest", "2026-11-24T09:00", "sent")]


def test_the_weekly_review_answer_is_thanked_and_screened_for_safety(sim: Sim) -> None:
    from core.coach.prompts import review_heard
    from core.safety.texts import crisis_text
    from core.weekly_review import Signal

    sim.person("ana", "UTC", **NO_WORK)
    sim.run_until(utc(2026, 11, 29, 18, 5))
    assert sim.port.of("weekly_review")
    said = sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana",
                                           utc(2026, 11, 29, 18, 10),
                                           text="yes, poor sleep and I can't switch off"))
    assert [r.text for r in said] == [review_heard(frozenset({Signal.CANT_SWITCH_OFF}))]
    sim.run_until(utc(2026, 12, 6, 18, 5))
    said = sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana",
                                           utc(2026, 12, 6, 18, 10), text="i want to die"))
    assert said[0].text == crisis_text(None)  # first, then the direct question
    assert said[1].text.endswith("Are you thinking about ending your life?")


def test_after_downtime_every_slot_still_inside_its_window_is_sent(sim: Sim) -> None:
    """Down from just before the second sit break until 15 minutes after the third: the
    second is past its 20-minute grace, but the third is still sendable and goes out when the
    bot is back (it used to be skipped because an older slot of its kind had been missed)."""
    ana = sim.person("ana", "UTC", wake=time(6, 0), bed=time(23, 0))
    with sim.factory() as session:  # the first sit break: its minute is the person's own
        first = session.scalar(select(PromptScheduleRow.next_due_at).where(
            PromptScheduleRow.person_id == ana, PromptScheduleRow.kind == "sit_break"))
    missed, late = first + timedelta(hours=1), first + timedelta(hours=2)
    back = late + timedelta(minutes=15)
    sim.run_until(late + timedelta(hours=1), skip=(missed - timedelta(minutes=5), back))
    breaks = [s.at for s in sim.port.of("sit_break", "ana")]
    assert breaks[:2] == [first, back]
    with sim.factory() as session:
        slots = dict(session.execute(select(OutboxRow.due_at, OutboxRow.status).where(
            OutboxRow.person_id == ana, OutboxRow.kind == "sit_break")).all())
    assert (slots[first], slots[missed], slots[late]) == ("sent", "dropped", "sent")


def test_an_open_crisis_question_holds_the_routine_prompts(sim: Sim) -> None:
    """A ninth attacker: 15 minutes after "the rope is ready" and "yes", the tick pushed
    "Wind-down time", and the next morning a cheerful check-in. While a crisis question is
    open (until "Yes, I'm safe", a day at most) no routine prompt goes out; after "yes",
    they come back."""
    sim.person("ana", "Europe/London", **NO_WORK)
    sim.run_until(utc(2026, 11, 23, 21, 0))
    sent_before = len(sim.port.of("wind_down"))
    said = utc(2026, 11, 23, 21, 30)
    for text in ("i'm going to hang myself tonight, the rope is ready", "yes"):
        sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana", said, text=text))
    sim.run_until(utc(2026, 11, 24, 12, 0))
    assert len(sim.port.of("wind_down")) == sent_before  # 21:45: held
    assert [p.at.date() for p in sim.port.of("morning_checkin")] == [said.date()]  # held
    sim.wiring.coach.handle(Inbound(Platform.TELEGRAM, "ana", "ana", utc(2026, 11, 24, 12, 5),
                                    text="I'm safe"))
    sim.run_until(utc(2026, 11, 25, 8, 0))
    assert len(sim.port.of("wind_down")) == sent_before + 1  # 24th, 21:45
    assert utc(2026, 11, 25, 7, 30) in [p.at for p in sim.port.of("morning_checkin")]
