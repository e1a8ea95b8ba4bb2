"""The open question, whatever it is: how to read a message against it, how to hand an
answer to its conversation, and how to ask it again (with its own token, writing nothing)."""

from __future__ import annotations

from core.coach import account, checkin_flow, deletion, onboarding, prompts, teams, zone_choice
from core.coach.questions import read_press
from core.coach.turn import Turn
from core.messages import Inbound, Reply
from core.people import Person
from core.store import Tx
from core.understanding import Understanding


def context(pending: str | None) -> str:
    """The understanding context (core.understanding.CONTEXTS) of an open question."""
    kind, _, step = (pending or "").partition(":")
    if kind == checkin_flow.PREFIX and step in checkin_flow.CORE_STEPS:
        return pending or "idle"
    if kind == checkin_flow.PREFIX and step == checkin_flow.EXTRAS:
        return "extras"
    if kind == onboarding.PREFIX:
        return onboarding.context(step)
    return "idle"


def answer(turn: Turn, pending: str, understood: Understanding) -> list[Reply] | None:
    """The open question's conversation takes the message as its answer, or returns None
    (then the message is answered as itself and the question asked again)."""
    kind, _, step = pending.partition(":")
    if kind == onboarding.PREFIX:
        return onboarding.answer(turn, step, understood)
    if kind == checkin_flow.PREFIX:
        return checkin_flow.answer(turn, step, understood)
    if kind == deletion.PREFIX:
        return deletion.answer(turn, step, understood)
    if pending == account.ZONE_PENDING:
        return account.answer_zone(turn, understood)
    if kind == teams.PREFIX:
        return teams.answer(turn, step, understood)
    if kind == prompts.REVIEW_PREFIX:
        return prompts.answer_review(turn, step)
    return None


def ask_again(turn: Turn, pending: str) -> list[Reply]:
    """The open question once more, with the token it was asked with."""
    kind, _, step = pending.partition(":")
    token = turn.current.token or ""
    if kind == onboarding.PREFIX:
        return onboarding.ask_again(turn, step)
    if kind == checkin_flow.PREFIX:
        return checkin_flow.ask_again(turn, step)
    if pending == deletion.PREFIX:
        return [deletion.question(token)]
    if kind == deletion.PREFIX:
        return deletion.ask_again(turn, step)
    if pending == account.ZONE_PENDING:
        return [zone_choice.question(turn, pending, token)]
    if kind == teams.PREFIX:
        return teams.ask_again(turn, step)
    return []  # the weekly review is free text: it is not asked twice


def tapped(tx: Tx, inbound: Inbound, person: Person | None) -> str | None:
    """The coach question open now that this tap answers: its pending ("team:scores",
    "set:timezone", "checkin:sleep", "delete"; "consent" before sign-up). A button carries
    its question's prefix and token, so a tap on it answers that question and no other.
    None: typed, or a tap on an older, foreign or forged button (refused as usual)."""
    press = read_press(inbound.choice)
    if press is None:
        return None
    if person is None:
        return onboarding.CONSENT if onboarding.consent_tapped(tx, inbound) else None
    open_ = tx.conversation(person.id).live(inbound.at)
    if open_.pending is None or (press.pending, press.token) != (open_.pending, open_.token):
        return None
    return open_.pending
