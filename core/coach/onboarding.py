"""First contact: what the coach is, consent before anything is stored, then settings."""

from __future__ import annotations

from datetime import time
from typing import Any

from core.coach import texts
from core.coach.turn import YES_NO, Turn, say
from core.intents import Intent, classify
from core.messages import Choice, Inbound, Reply
from core.people import Person
from core.programmes.model import Programme
from core.settings_parse import (
    Invalid,
    parse_body_mass,
    parse_country,
    parse_hours,
    parse_programme,
    parse_time,
    parse_timezone,
)
from core.store import Tx

PREFIX = "onboard"
STEPS = ("timezone", "country", "programme", "wake", "bed", "work", "mass")


def _choices(step: str) -> tuple[Choice, ...]:
    """Buttons carry their step, so a stale or double tap can't answer a later question."""
    values = [p.value for p in Programme] if step == "programme" else []
    return (*(Choice(v, f"{PREFIX}:{step}:{v}") for v in values),
            Choice("Skip", f"{PREFIX}:{step}:skip"))


def before_consent(tx: Tx, inbound: Inbound) -> tuple[Person | None, list[Reply]]:
    """No person row yet: a yes creates one; anything else explains and asks, storing nothing."""
    answer = inbound.choice if inbound.choice is not None else inbound.text
    asked_before = inbound.choice is not None or not answer.startswith("/")
    if answer == "yes" or (asked_before and classify(answer) is Intent.YES):
        person = tx.create_person(
            inbound.platform, inbound.user_id, inbound.chat_id, inbound.display_name, inbound.at
        )
        return person, [say(texts.CONSENT_GIVEN)]
    if answer == "no" or (asked_before and classify(answer) is Intent.NO):
        return None, [say(texts.CONSENT_DECLINED)]
    return None, [say(texts.INTRO), say(texts.CONSENT_QUESTION, *YES_NO)]


def ask(turn: Turn, step: str) -> list[Reply]:
    turn.wait_for(f"{PREFIX}:{step}")
    return [say(texts.ONBOARDING_QUESTIONS[step], *_choices(step), columns=4)]


def first_question(turn: Turn) -> list[Reply]:
    return ask(turn, STEPS[0])


def setting_changes(step: str, text: str) -> dict[str, Any] | Invalid:
    """The Person fields an answer to a settings question changes (shared with /set)."""
    if step == "timezone":
        zone = parse_timezone(text)
        if isinstance(zone, Invalid):
            return zone
        return {"timezone": zone[0]} | ({"country": zone[1]} if zone[1] else {})
    parsers: dict[str, Any] = {
        "country": lambda t: _one("country", parse_country(t)),
        "programme": lambda t: _one("programme", parse_programme(t)),
        "wake": lambda t: _one("wake", parse_time(t)),
        "bed": lambda t: _one("bed", parse_time(t)),
        "mass": lambda t: _one("body_mass_kg", parse_body_mass(t)),
        "work": _work,
    }
    result: dict[str, Any] | Invalid = parsers[step](text)
    return result


def _one(name: str, value: object) -> dict[str, Any] | Invalid:
    if isinstance(value, Invalid):
        return value
    return {name: value.value if isinstance(value, Programme) else value}


def _work(text: str) -> dict[str, Any] | Invalid:
    hours = parse_hours(text)
    if isinstance(hours, Invalid):
        return hours
    start, end = hours
    return {"work_start": start, "work_end": end}


def answer(turn: Turn, step: str) -> list[Reply]:
    """An answer (or Skip) to an onboarding question; then the next question."""
    answer = turn.inbound.text
    if turn.inbound.choice is not None:
        pressed_step, _, answer = turn.inbound.choice.removeprefix(f"{PREFIX}:").partition(":")
        if pressed_step != step:
            return ask(turn, step)  # a button from an earlier question
    skipped = answer == "skip" or classify(answer) is Intent.SKIP
    if not skipped:
        changes = setting_changes(step, answer)
        if isinstance(changes, Invalid):
            return [say(changes.message), *ask(turn, step)]
        if step == "programme":
            changes["programme_start"] = turn.today
        person = turn.tx.update_person(turn.person.id, **changes)
        turn = Turn(turn.tx, turn.inbound, person, turn.conversation)
    elif step == "programme":
        turn.tx.update_person(turn.person.id, programme_start=turn.today)
    following = STEPS[STEPS.index(step) + 1:]
    if step == "timezone" and turn.person.country is not None:
        following = following[1:]  # the country came with the time zone
    if following:
        return ask(turn, following[0])
    turn.done()
    return [say(texts.ONBOARDING_DONE)]


def describe_settings(person: Person) -> str:
    def hhmm(value: time) -> str:
        return value.strftime("%H:%M")

    mass = f"{person.body_mass_kg:g} kg" if person.body_mass_kg else "not set"
    return (
        f"Time zone {person.timezone}; country {person.country or 'not set'}; "
        f"programme {person.programme}; wake {hhmm(person.wake)}; bed {hhmm(person.bed)}; "
        f"work {hhmm(person.work_start)}-{hhmm(person.work_end)}; body mass {mass}."
    )
