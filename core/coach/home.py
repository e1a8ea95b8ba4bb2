"""A person's at-a-glance view (Slack's App Home): today's session and the last week's check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from core.checkin_fields import CORE_FIELDS
from core.coach.plans import assess_day, session_text
from core.coach.turn import Turn
from core.messages import Inbound
from core.store import Conversation, Tx

NOT_STARTED = (
    "Send me a direct message to get started: I'll explain what I do and ask your consent."
)


@dataclass(frozen=True, slots=True)
class Overview:
    today: str
    last_week: str


def overview(tx: Tx, inbound: Inbound) -> Overview:
    """What the person would see asking /today, plus one line per check-in of the last 7 days."""
    person = tx.find_person(inbound.platform, inbound.user_id)
    if person is None:
        return Overview(NOT_STARTED, "")
    turn = Turn(tx, inbound, person, Conversation())
    today = session_text(turn, turn.today, assess_day(turn, turn.today))
    history = tx.history(person.id, turn.today - timedelta(days=6), turn.today)
    lines = [  # a check-in kept unfinished shows "-" for a blank answer, as the digest does
        f"{entry.day:%a %-d %b}: " + ", ".join(
            f"{field.value} {'-' if (v := entry.checkin.get(field)) is None else v}"
            for field in CORE_FIELDS)
        for entry in history
    ]
    return Overview(
        today,
        "\n".join(lines) or "No check-ins in the last week.",
    )
