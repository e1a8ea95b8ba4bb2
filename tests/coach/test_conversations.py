"""Issue 11's conversations (tests/conversations/scenarios.py) through Coach.handle."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.bootstrap import Wiring
from core.messages import Reply
from tests.coach.talk import Person, button, onboard
from tests.conversations.scenarios import SCENARIOS, Scenario, check


def token_of(reply: Reply | None) -> str:
    assert reply is not None and reply.choices
    return reply.choices[0].value.split("|")[1]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_scenario(wiring: Wiring, scenario: Scenario) -> None:
    who = Person(wiring.coach, "ana", datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    if scenario.onboard:
        onboard(who)
    marked: dict[str, Reply] = {}
    for number, step in enumerate(scenario.steps, 1):
        if step.at:
            who.at = datetime.fromisoformat(step.at).replace(tzinfo=UTC)
        if step.tap:
            replies = who.says(choice=button(marked[step.on] if step.on else who.asked,
                                             step.tap))
        elif step.press:
            replies = who.says(choice=step.press.replace("{token}", token_of(who.asked)))
        else:
            replies = who.says(step.say)
        said = "\n".join(r.text for r in replies)
        check(step, number, said)
        if step.mark:
            assert who.asked is not None
            marked[step.mark] = who.asked
