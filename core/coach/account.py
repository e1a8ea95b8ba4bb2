"""Settings and the person's data: /set, /pause, /resume, /trend, /export (/delete is in
deletion.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from core.assessment import Assessment, DayEntry, Marker
from core.coach import texts, zone_choice
from core.coach.onboarding import describe_settings, setting_changes
from core.coach.plans import HISTORY_DAYS
from core.coach.turn import Turn, say
from core.messages import Attachment, Reply
from core.readiness import assess, daily_declined, timeline
from core.settings_parse import Choose, Invalid, parse_days
from core.understanding import Command, Name, Setting, Understanding, Unknown

# history, today's assessment, first and last day, the markers declined on each day, and
# the deload days
TrendChart = Callable[
    [list[DayEntry], Assessment, date, date, dict[date, tuple[Marker, ...]], frozenset[date]],
    bytes,
]
SET_NAMES = {
    "timezone": "timezone",
    "tz": "timezone",
    "country": "country",
    "language": "language",
    "lang": "language",
    "programme": "programme",
    "program": "programme",
    "wake": "wake",
    "bed": "bed",
    "work": "work",
    "mass": "mass",
    "weight": "mass",
    "body": "mass",
}
SET_USAGE = (
    "Usage: /set timezone Europe/London | country GB | language es | programme"
    " starter|athlete|rhythm | wake 07:00 | bed 23:00 | work 09:00-17:30 | mass 72"
)
TREND_DAYS = 28
ZONE_PENDING = "set:timezone"
PAUSE_DEFAULT_DAYS, PAUSE_MOST_DAYS = 7, 90


def set_setting(turn: Turn, args: str) -> list[Reply]:
    """`/set NAME VALUE`; `/set` alone shows the current settings."""
    name, _, value = args.strip().partition(" ")
    if not name:
        return [say(f"{describe_settings(turn.person)}\n{SET_USAGE}")]
    step = SET_NAMES.get(name.casefold())
    if step is None or not value.strip():
        return [say(SET_USAGE)]
    return apply_setting(turn, step, setting_changes(step, value))


def apply_setting(
    turn: Turn, step: str, changes: dict[str, Any] | Choose | Invalid
) -> list[Reply]:
    """Save a changed setting and say so; ask which city when a zone named no place."""
    if isinstance(changes, Invalid):
        return [say(changes.message)]
    if isinstance(changes, Choose):
        token = turn.ask(ZONE_PENDING, **zone_choice.draft_of(changes))
        return [zone_choice.question(turn, ZONE_PENDING, token)]
    if step == "programme" and changes["programme"] != turn.person.programme:
        changes["programme_start"] = turn.today
    person = turn.tx.update_person(turn.person.id, **changes)
    return [say(f"Saved. {describe_settings(person)}")]


def answer_zone(turn: Turn, understood: Understanding) -> list[Reply] | None:
    """An answer to "which city?" after /set timezone named no place."""
    if turn.inbound.choice is not None:
        zone = zone_choice.pressed_zone(turn)
        if zone is None:
            return [say(texts.BAD_BUTTON)]
        turn.take()
        turn.done()
        return apply_setting(turn, "timezone", {"timezone": zone})
    if isinstance(understood, Setting) and understood.name == "timezone":
        turn.done()
        return apply_setting(turn, "timezone", setting_changes("timezone", turn.inbound.text))
    if isinstance(understood, Command) and understood.name in (Name.CANCEL, Name.SKIP, Name.NO):
        turn.done()
        return [say("Okay, your time zone stays " + turn.person.timezone + ".")]
    if isinstance(understood, Unknown):
        changes = setting_changes("timezone", turn.inbound.text)
        if not isinstance(changes, Invalid):
            turn.done()
            return apply_setting(turn, "timezone", changes)
        return [say(changes.message)]
    return None


def pause(turn: Turn, args: str) -> list[Reply]:
    days = parse_days(args, PAUSE_DEFAULT_DAYS, PAUSE_MOST_DAYS)
    if isinstance(days, Invalid):
        return [say(days.message)]
    until = turn.inbound.at + timedelta(days=days)
    turn.tx.update_person(turn.person.id, paused_until=until)
    local = until.astimezone(turn.local_now.tzinfo)
    return [say(texts.PAUSED.format(until=f"{local:%A %-d %B, %H:%M}"))]


def resume(turn: Turn) -> list[Reply]:
    paused = turn.person.paused_until
    if paused is None or paused <= turn.inbound.at:
        return [say(texts.NOT_PAUSED)]
    turn.tx.update_person(turn.person.id, paused_until=None)
    return [say(texts.RESUMED)]


def trend(turn: Turn, chart: TrendChart) -> list[Reply]:
    first = turn.today - timedelta(days=TREND_DAYS - 1)
    full = turn.tx.history(turn.person.id, first - timedelta(days=HISTORY_DAYS), turn.today)
    history = [entry for entry in full if entry.day >= first]
    if not history:
        return [say(texts.EMPTY_TREND)]
    declined = {
        date.fromordinal(flags.ordinal): flags.declined
        for flags in daily_declined(full, turn.today)
        if flags.ordinal >= first.toordinal()
    }
    deloads = frozenset(s.day for s in timeline(full, first, turn.today) if s.deload)
    image = chart(history, assess(full, turn.today), first, turn.today, declined, deloads)
    count = f"{len(history)} check-in{'' if len(history) == 1 else 's'}"
    caption = (
        f"Your last {TREND_DAYS} days ({count}). The green band is your usual range; red "
        "points are worse than usual; grey days were deload days."
    )
    return [Reply(caption, attachment=Attachment("trend.png", "image/png", image, "image"))]


def export(turn: Turn) -> list[Reply]:
    data = turn.tx.export(turn.person.id)
    body = json.dumps(data, indent=2, default=_json_default, ensure_ascii=False).encode()
    count = len(data.get("checkins", []))
    plural = "" if count == 1 else "s"
    summary = (
        f"Here is everything I store about you: settings, {count} check-in{plural}, safety "
        "notes (level and category only), team memberships and the teams you coach."
    )
    name = f"rhythm-coach-export-{turn.today.isoformat()}.json"
    return [Reply(summary, attachment=Attachment(name, "application/json", body, "document"))]


def _json_default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
