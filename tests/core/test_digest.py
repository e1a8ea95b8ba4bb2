"""The digest composer: pure, and it shares exactly what each member allowed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from core.assessment import Assessment, DayEntry, Deload, Marker, Status
from core.checkin_fields import CheckIn
from core.digest import MemberDay, compose, counted_day, statuses_over, their_day
from core.messages import Mention

DAY = date(2026, 11, 23)


def assessment(
    status: Status, declined: tuple[Marker, ...] = (), deload: bool = False
) -> Assessment:
    cut = Deload(DAY - timedelta(days=1), 2, 4, 30, declined, "sleep and mood below usual")
    return Assessment(day=DAY, calibrating=False, readings=(), declined=declined, status=status,
                      deload=cut if deload else None, load_increase_allowed=status is Status.GREEN,
                      gate_markers=(), escalation=None, reason="")


def member(name: str, status: Status | None, *, scores: bool = False, paused: bool = False,
           declined: tuple[Marker, ...] = (), deload: bool = False,
           advised: tuple[date, ...] = ()) -> MemberDay:
    return MemberDay(
        name=name, share_scores=scores, paused=paused, checked_in=status is not None,
        assessment=None if status is None else assessment(status, declined, deload),
        scores=(4, 7, 5, 3) if status is not None and scores else (None, None, None, None),
        advised_clinical_support_on=advised,
    )


def lines_about(text: str, name: str) -> list[str]:
    return [line for line in text.splitlines() if name in line]


def test_header_counts_and_statuses() -> None:
    digest = compose("Rowers", DAY, [
        member("Ana", Status.GREEN),
        member("Bo", Status.AMBER, scores=True, declined=(Marker.SLEEP, Marker.MOOD)),
        member("Cy", None),
        member("Dee", Status.GREEN, paused=True),
    ])
    lines = digest.channel_text.splitlines()
    assert lines[0] == "Rowers: daily digest for Monday 23 November 2026"
    assert lines[1] == "Check-ins done: 2 of 3"
    assert "\U0001f7e2 Ana: green" in lines
    assert ("\U0001f7e0 Bo: amber (sleep, mood down) | sleep 4, arousal 7, recovery 5, mood 3"
            in lines)
    assert "Not checked in yet: Cy" in lines
    assert lines[-1] == "Paused: Dee"
    assert lines_about(digest.channel_text, "Dee") == ["Paused: Dee"]
    assert digest.coach_notes == ()


def test_status_only_members_show_neither_scores_nor_markers() -> None:
    digest = compose("T", DAY, [
        member("Ana", Status.RED, declined=(Marker.SLEEP, Marker.MOOD), deload=True),
    ])
    about = lines_about(digest.channel_text, "Ana")
    assert about == ["\U0001f534 Ana: red", "- Ana: day 2 of 4, volume -30%"]
    assert "sleep" not in digest.channel_text and "mood" not in digest.channel_text


def test_deload_line_says_why_for_full_score_members() -> None:
    digest = compose("T", DAY, [
        member("Bo", Status.RED, scores=True, declined=(Marker.SLEEP, Marker.MOOD), deload=True),
    ])
    assert ("- Bo: day 2 of 4, volume -30% (sleep, mood below usual for three check-ins)"
            in digest.channel_text.splitlines())


def test_missing_members_are_mentioned_only_when_turned_on() -> None:
    members = [member("Cy", None), member("Ana", None)]
    assert "Not checked in yet: Ana, Cy" in compose("T", DAY, members).channel_text
    on = compose("T", DAY, members, mention_missing=True).channel_text
    assert "Not checked in yet: @Ana, @Cy" in on


def test_safety_notes_go_to_the_coach_only() -> None:
    advised = (DAY - timedelta(days=1), DAY, DAY)
    digest = compose("T", DAY, [member("Eve", Status.AMBER, advised=advised)])
    assert digest.coach_notes == (
        "Eve was advised to seek clinical support on 22 November 2026.",
        "Eve was advised to seek clinical support on 23 November 2026.",
    )
    assert "clinical" not in digest.channel_text and "support" not in digest.channel_text


def test_an_empty_team() -> None:
    digest = compose("T", DAY, [])
    assert digest.channel_text.splitlines()[1:] == ["No members yet."]


def test_statuses_over_leaves_days_without_a_check_in_blank() -> None:
    history = [DayEntry(DAY - timedelta(days=d), CheckIn(sleep=7, arousal=4, recovery=7, mood=7))
               for d in (0, 2)]
    statuses = statuses_over(history, DAY - timedelta(days=3), DAY)
    assert statuses == (None, Status.GREEN, None, Status.GREEN)


def test_each_member_is_counted_on_their_own_latest_day_that_has_begun() -> None:
    london_nine = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # 01:00 in Los Angeles
    assert counted_day(london_nine, "Europe/London", time(7)) == date(2026, 3, 4)
    assert counted_day(london_nine, "America/Los_Angeles", time(7)) == date(2026, 3, 3)
    assert counted_day(london_nine, "Europe/London", time(10)) == date(2026, 3, 3)  # not up
    assert counted_day(london_nine, "Asia/Tokyo", time(7)) == date(2026, 3, 4)  # 18:00 there
    la_six_pm = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 18:00 on the 4th in Los Angeles
    assert counted_day(la_six_pm, "Asia/Tokyo", time(7)) == date(2026, 3, 5)  # 11:00 the 5th


def test_a_member_counted_on_another_day_says_which_day_in_their_time() -> None:
    team_day = date(2026, 3, 4)
    assert their_day(team_day, team_day, date(2026, 3, 4)) == ""
    assert their_day(date(2026, 3, 3), team_day, date(2026, 3, 4)) == "yesterday"
    assert their_day(date(2026, 3, 5), team_day, date(2026, 3, 5)) == "today"
    lee = replace(member("Lee", Status.GREEN), their_day="yesterday")
    bo = replace(member("Bo", Status.AMBER, scores=True), their_day="yesterday")
    digest = compose("T", team_day, [lee, bo, member("Ana", Status.GREEN)])
    assert "\U0001f7e2 Lee: green, checked in (yesterday, their time)" in digest.channel_text
    assert ("\U0001f7e0 Bo: amber, checked in (yesterday, their time) | sleep 4, arousal 7, "
            "recovery 5, mood 3") in digest.channel_text
    assert "\U0001f7e2 Ana: green\n" in digest.channel_text + "\n"


def test_mentions_name_the_missing_members_by_their_platform_id() -> None:
    missing = [replace(member("Sam", None), user_id="U0SAM"),
               replace(member("Sam Rivera", None), user_id="U0RIV"), member("Cy", None)]
    digest = compose("T", DAY, missing, mention_missing=True)
    assert "Not checked in yet: @Cy, @Sam, @Sam Rivera" in digest.channel_text
    assert digest.mentions == (Mention("@Sam", "U0SAM"), Mention("@Sam Rivera", "U0RIV"))
    assert compose("T", DAY, missing).mentions == ()
