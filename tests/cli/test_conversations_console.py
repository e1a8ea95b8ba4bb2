"""Issue 11's conversations (tests/conversations/scenarios.py) through `coach chat`: one
run per stretch of time (`--at`), typed lines in, printed replies out.

The console has no buttons, so a tap is typing the button's label; conversations that tap an
older message or send a raw value are button-only and run on Telegram and Slack instead. A
step's replies are what the console prints after reading its line and before reading the
next. The runs go through `bot.cli.main` in this process (`tests.cli.process.turns_here`,
the same code as the `coach` script from its argument parsing on), a fraction of a second
each instead of a new interpreter's; tests/cli/test_chat_process.py and
test_console_errors.py run the real process (pipes, end of input, kill -9, Ctrl-C).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot import bootstrap
from bot.settings import Settings
from core.messages import NOT_SAVED
from tests.cli.process import turns_here
from tests.clocks import fixed_clock
from tests.coach.talk import Person, onboard
from tests.conversations.scenarios import SCENARIOS, START, Scenario, Step, check
from tests.refusal import checkins_refused

ONBOARD = ["/start", "yes", *["skip"] * 7]


def onboarded(database_url: str, user: str) -> None:
    """Consent and default settings, through the Coach in this process (quicker than typing
    them; tests/cli/test_chat_process.py types them)."""
    wiring = bootstrap.build(Settings(database_url=database_url, _env_file=None),
                             migrate=False, pre_ping=False,
                             clock=fixed_clock(datetime.fromisoformat(START).replace(tzinfo=UTC)))
    try:
        onboard(Person(wiring.coach, user, datetime.fromisoformat(START).replace(tzinfo=UTC)))
    finally:
        wiring.engine.dispose()


def typed(step: Step) -> str:
    return step.say or step.tap


def stretches(steps: tuple[Step, ...]) -> Iterator[tuple[str, list[Step]]]:
    """The steps in runs of one `--at` each (a step without `at` keeps the one before)."""
    at = steps[0].at or START
    timed = []
    for step in steps:
        at = step.at or at
        timed.append((at, step))
    for when, run in groupby(timed, key=lambda pair: pair[0]):
        yield when, [step for _, step in run]


def answered(replies: list[str], lines: int) -> list[str]:
    """Every typed line was read and got at least one reply."""
    assert len(replies) == lines, f"{lines} lines typed, {len(replies)} read: {replies!r}"
    for line, reply in enumerate(replies, 1):
        assert reply.startswith("coach> "), f"line {line} got no reply: {replies!r}"
    return replies


@pytest.mark.slow
@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.console], ids=lambda s: s.name)
def test_scenario_on_the_console(database_url: str, tmp_path: Path, scenario: Scenario) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the console is the single-process SQLite set-up; Coach.handle, Telegram "
                    "and Slack run these conversations on PostgreSQL")
    if scenario.onboard:
        onboarded(database_url, "ana")
    number = 0
    for at, steps in stretches(scenario.steps):
        replies = turns_here(database_url, tmp_path, [typed(step) for step in steps],
                             "--user", "ana", "--at", at)
        for step, said in zip(steps, answered(replies, len(steps)), strict=True):
            number += 1
            check(step, number, said)


def test_a_refused_write_says_it_was_not_saved(
    database_url: str, tmp_path: Path, engine: Engine
) -> None:
    def typing() -> Iterator[str]:
        yield from ONBOARD
        with checkins_refused(engine):  # only while this line is handled
            yield "6 7 5 8"
        yield "6 7 5 8"  # the console carries on

    replies = answered(turns_here(database_url, tmp_path, typing(), "--user", "bo", "--at",
                                  START), len(ONBOARD) + 2)
    refused, saved = replies[-2:]
    assert NOT_SAVED in refused and "Check-in saved" not in refused
    assert "Check-in saved for Monday 2 March." in saved
