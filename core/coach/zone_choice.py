"""Which city? When a time zone was named by a fixed offset ("GMT", "EST") or a country with
several zones ("US"), the coach offers the cities it may mean as buttons."""

from __future__ import annotations

from typing import Any

from core.coach.questions import button
from core.coach.turn import Turn, say
from core.messages import Choice, Reply
from core.places import city_of
from core.settings_parse import Choose

MOST_BUTTONS = 8


def draft_of(choose: Choose) -> dict[str, Any]:
    """What the open question keeps: the zones offered and the question's wording."""
    return {"options": list(choose.options[:MOST_BUTTONS]), "message": choose.message}


def buttons(pending: str, token: str, options: list[str]) -> tuple[Choice, ...]:
    """One button per city; the value is its number in the list, checked against the draft."""
    return tuple(
        button(city_of(zone), pending, token, str(n)) for n, zone in enumerate(options, 1)
    )


def offered(turn: Turn) -> list[str]:
    options = turn.current.draft.get("options")
    return [z for z in options if isinstance(z, str)] if isinstance(options, list) else []


def pressed_zone(turn: Turn) -> str | None:
    """The zone whose button was tapped, if the value is one of the numbers offered."""
    options = offered(turn)
    answer = turn.answer
    if answer.isascii() and answer.isdigit() and 1 <= int(answer) <= len(options):
        return options[int(answer) - 1]
    return None


def question(turn: Turn, pending: str, token: str, *extra: Choice) -> Reply:
    message = turn.current.draft.get("message")
    text = message if isinstance(message, str) else "Which city are you in?"
    return say(text, *buttons(pending, token, offered(turn)), *extra, columns=2)
