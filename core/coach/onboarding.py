"""First contact: what the coach is, consent before anything is stored, then settings.

Consent is only ever an answer to the consent question asked in that same chat (its token is
kept in `consent_questions` until answered or lapsed, with nothing else about the person). A
first "yes", or "ok" after a "no", is not consent: it gets the explanation and the question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from typing import Any

from core.coach import texts, zone_choice
from core.coach.questions import button, expiry, new_token, owner_of, read_press
from core.coach.turn import Turn, say
from core.messages import Choice, Inbound, Reply
from core.people import Person
from core.programmes.model import Programme
from core.safety.languages import parse_language
from core.safety.translations import LANGUAGES
from core.settings_parse import (
    Choose,
    Invalid,
    parse_body_mass,
    parse_country,
    parse_hours,
    parse_programme,
    parse_time,
    parse_timezone,
)
from core.store import ConsentQuestion, Tx
from core.understanding import Command, Name, Setting, Understanding, Unknown, understand

PREFIX = "onboard"
CONSENT = "consent"
LANGUAGE_INVALID = "I know these languages for safety texts: {codes}. For example: /set language es"
STEPS = ("timezone", "country", "programme", "wake", "bed", "work", "mass")


def _choices(step: str, token: str) -> tuple[Choice, ...]:
    """Buttons carry their step and token, so a stale or double tap can't answer a later
    question."""
    pending = f"{PREFIX}:{step}"
    skip = button("Skip", pending, token, "skip")
    if step == "programme":
        return (*(button(p.value, pending, token, p.value) for p in Programme), skip)
    return (skip,)


# -- consent ------------------------------------------------------------------------------


def before_consent(tx: Tx, inbound: Inbound) -> tuple[Person | None, list[Reply]]:
    """No person row yet: consent creates one; anything else explains and asks, storing
    nothing about the person (only the open question's token)."""
    asked = tx.consent_question(inbound.platform, inbound.user_id)
    live = _live(asked, inbound)
    if inbound.choice is not None:
        press = read_press(inbound.choice)
        if live is None or press is None or (press.pending, press.token) != (CONSENT, live.token) \
                or press.answer not in ("yes", "no"):
            shown = _consent_question(live.token) if live is not None else None
            again = [shown] if shown is not None else _ask_consent(tx, inbound, asked)
            return None, [say(texts.CONSENT_EXPIRED), *again]
        person, replies = _consent_answer(tx, inbound, press.answer == "yes")
        return person, [replace(replies[0], answered_choice=True), *replies[1:]]
    text = inbound.text.strip()
    if text.split(" ", 1)[0].split("@", 1)[0].casefold() == "/help":
        return None, [say(texts.HELP_BEFORE_CONSENT)]
    said = understand(text) if live is not None and not text.startswith("/") else Unknown()
    if _OTHER_QUESTION.search(text.casefold()):
        said = Unknown()  # "Yes, delete everything" answers /delete's question, not consent
    if isinstance(said, Command) and said.name in (Name.YES, Name.NO):
        return _consent_answer(tx, inbound, said.name is Name.YES)
    if live is not None and not text.startswith("/") and not isinstance(said, Command):
        return None, [say(texts.CONSENT_UNCLEAR), _consent_question(live.token)]  # not the intro
    return None, _ask_consent(tx, inbound, asked)


_OTHER_QUESTION = re.compile(r"\b(?:delete|remove|wipe|erase|replace|stop)\b")
"""Words of another question's answer ("Yes, delete everything", "yes, replace it"): a
typed yes that names another action is never consent."""


def _consent_answer(tx: Tx, inbound: Inbound, yes: bool) -> tuple[Person | None, list[Reply]]:
    tx.forget_consent_question(inbound.platform, inbound.user_id)
    if not yes:
        return None, [say(texts.CONSENT_DECLINED)]
    person = tx.create_person(
        inbound.platform, inbound.user_id, inbound.chat_id, inbound.display_name, inbound.at
    )
    return person, [say(texts.CONSENT_GIVEN)]


def consent_tapped(tx: Tx, inbound: Inbound) -> bool:
    """A tap on the consent question open now (its token, in this chat), before sign-up."""
    live = _live(tx.consent_question(inbound.platform, inbound.user_id), inbound)
    press = read_press(inbound.choice)
    return live is not None and press is not None and (
        (press.pending, press.token) == (CONSENT, live.token))


def _live(asked: ConsentQuestion | None, inbound: Inbound) -> ConsentQuestion | None:
    """The consent question, while it is open and in the chat it was asked in."""
    if asked is None or asked.expires_at <= inbound.at or asked.chat_id != inbound.chat_id:
        return None
    return asked


def _ask_consent(tx: Tx, inbound: Inbound, earlier: ConsentQuestion | None) -> list[Reply]:
    owner = owner_of(inbound.platform, inbound.user_id)
    token = new_token(inbound.at, owner, earlier.token if earlier is not None else None)
    question = ConsentQuestion(inbound.chat_id, token, expiry(CONSENT, inbound.at, "UTC"))
    tx.ask_consent(inbound.platform, inbound.user_id, question, inbound.at)
    return [say(texts.INTRO), _consent_question(token)]


def _consent_question(token: str) -> Reply:
    return say(texts.CONSENT_QUESTION, button("Yes", CONSENT, token, "yes"),
               button("No", CONSENT, token, "no"))


# -- settings questions -------------------------------------------------------------------


def ask(turn: Turn, step: str) -> list[Reply]:
    token = turn.ask(f"{PREFIX}:{step}")
    return [say(texts.ONBOARDING_QUESTIONS[step], *_choices(step, token), columns=4)]


def ask_again(turn: Turn, step: str) -> list[Reply]:
    """The open sign-up question once more, with its own token (nothing is written)."""
    token = turn.current.token or ""
    pending = f"{PREFIX}:{step}"
    if step == "timezone" and zone_choice.offered(turn):
        return [zone_choice.question(turn, pending, token, button("Skip", pending, token, "skip"))]
    return [say(texts.ONBOARDING_QUESTIONS[step], *_choices(step, token), columns=4)]


def first_question(turn: Turn) -> list[Reply]:
    return ask(turn, STEPS[0])


def setting_changes(step: str, text: str) -> dict[str, Any] | Choose | Invalid:
    """The Person fields an answer to a settings question changes (shared with /set); a
    `Choose` when a time zone names no single place."""
    if step == "timezone":
        zone = parse_timezone(text)
        if isinstance(zone, Invalid | Choose):
            return zone
        return {"timezone": zone[0]} | ({"country": zone[1]} if zone[1] else {})
    parsers: dict[str, Any] = {
        "country": lambda t: _one("country", parse_country(t)),
        "language": _language,
        "programme": lambda t: _one("programme", parse_programme(t)),
        "wake": lambda t: _one("wake", parse_time(t)),
        "bed": lambda t: _one("bed", parse_time(t, evening=True)),
        "mass": lambda t: _one("body_mass_kg", parse_body_mass(t)),
        "work": _work,
    }
    result: dict[str, Any] | Invalid = parsers[step](text)
    return result


def _one(name: str, value: object) -> dict[str, Any] | Invalid:
    if isinstance(value, Invalid):
        return value
    return {name: value.value if isinstance(value, Programme) else value}


def _language(text: str) -> dict[str, Any] | Invalid:
    """`/set language es`: the language safety texts are sent in (core.safety.languages)."""
    code = parse_language(text)
    if code is None:
        return Invalid(LANGUAGE_INVALID.format(codes=", ".join(LANGUAGES)))
    return {"language": code}


def _work(text: str) -> dict[str, Any] | Invalid:
    hours = parse_hours(text)
    if isinstance(hours, Invalid):
        return hours
    start, end = hours
    return {"work_start": start, "work_end": end}


def context(step: str) -> str:
    """The understanding context of a sign-up question (body mass has none of its own)."""
    return f"onboarding:{step}" if step != "mass" else "idle"


def answer(turn: Turn, step: str, understood: Understanding) -> list[Reply] | None:
    """An answer (or Skip) to a sign-up question, then the next question; None when the
    message is something else (the Coach answers it and asks this question again)."""
    if turn.inbound.choice is not None:
        return _pressed(turn, step)
    if isinstance(understood, Command) and understood.name is Name.SKIP:
        return _next(turn, step, None)
    if isinstance(understood, Setting) and understood.name == step:
        return _answered(turn, step, setting_changes(step, turn.inbound.text))
    if step == "mass" or isinstance(understood, Unknown):
        changes = setting_changes(step, turn.inbound.text)
        if isinstance(changes, Invalid) and not isinstance(understood, Unknown):
            return None
        return _answered(turn, step, changes)
    return None


def _pressed(turn: Turn, step: str) -> list[Reply]:
    value = turn.answer
    zone = zone_choice.pressed_zone(turn) if step == "timezone" else None
    if value == "skip":
        turn.take()
        return _next(turn, step, None)
    if zone is not None:
        turn.take()
        return _next(turn, step, {"timezone": zone})
    if step == "programme" and value in {p.value for p in Programme}:
        turn.take()
        return _next(turn, step, {"programme": value})
    return [say(texts.BAD_BUTTON)]


def _answered(
    turn: Turn, step: str, changes: dict[str, Any] | Choose | Invalid
) -> list[Reply]:
    if isinstance(changes, Invalid):
        return [say(changes.message)]  # the Coach asks the question again
    if isinstance(changes, Choose):
        pending = f"{PREFIX}:{step}"
        token = turn.ask(pending, **zone_choice.draft_of(changes))
        skip = button("Skip", pending, token, "skip")
        return [zone_choice.question(turn, pending, token, skip)]
    return _next(turn, step, changes)


def _next(turn: Turn, step: str, changes: dict[str, Any] | None) -> list[Reply]:
    """Store the answer (None: skipped, the default stays), then the following question."""
    changes = dict(changes or {})
    if step == "programme":
        changes["programme_start"] = turn.today
    person = turn.tx.update_person(turn.person.id, **changes) if changes else turn.person
    turn = replace(turn, person=person)
    following = STEPS[STEPS.index(step) + 1:]
    if step == "timezone" and person.country is not None:
        following = following[1:]  # the country came with the time zone
    if following:
        return ask(turn, following[0])
    turn.done()
    return [say(texts.ONBOARDING_DONE)]


def describe_settings(person: Person) -> str:
    def hhmm(value: time) -> str:
        return value.strftime("%H:%M")

    mass = f"{person.body_mass_kg:g} kg" if person.body_mass_kg else "not set"
    overnight = " (overnight)" if person.work_end < person.work_start else ""
    return (
        f"Time zone {person.timezone}; country {person.country or 'not set'}; "
        f"language {person.language or 'not set'}; "
        f"programme {person.programme}; wake {hhmm(person.wake)}; bed {hhmm(person.bed)}; "
        f"work {hhmm(person.work_start)}-{hhmm(person.work_end)}{overnight}; body mass {mass}."
    )
