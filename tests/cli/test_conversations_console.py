"""Issue 11's conversations (tests/conversations/scenarios.py) through the `coach chat`
process: one process per stretch of time (`--at`), typed lines in, printed replies out.

The console has no buttons, so a tap is typing the button's label; conversations that tap an
older message or send a raw value are button-only and run on Telegram and Slack instead. A
step's replies are what the process prints after its line: the first reply is waited for,
then the rest of that turn (printed in one go) until the output is quiet.
"""

from __future__ import annotations

import subprocess
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from queue import Empty, Queue

import pytest

from bot import bootstrap
from bot.settings import Settings
from core.messages import NOT_SAVED
from tests.cli.process import coach_command, environment
from tests.clocks import fixed_clock
from tests.coach.talk import Person, onboard
from tests.conversations.scenarios import SCENARIOS, START, Scenario, Step, check
from tests.refusal import checkins_refused

QUIET_S = 0.3  # a turn's replies are printed together; this gap means the turn is over
ONBOARD = ["/start", "yes", *["skip"] * 7]


def onboarded(database_url: str, user: str) -> None:
    """Consent and default settings, through the Coach in this process (quicker than typing
    them; tests/cli/test_chat_process.py types them)."""
    wiring = bootstrap.build(Settings(database_url=database_url, _env_file=None),
                             clock=fixed_clock(datetime.fromisoformat(START).replace(tzinfo=UTC)))
    try:
        onboard(Person(wiring.coach, user, datetime.fromisoformat(START).replace(tzinfo=UTC)))
    finally:
        wiring.engine.dispose()


class Console:
    """One `coach chat` process for one person at one fixed time."""

    def __init__(self, database_url: str, cwd: Path, user: str, at: str) -> None:
        self.process = subprocess.Popen(
            [*coach_command(), "chat", "--user", user, "--at", at], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
            env=environment(database_url),
        )
        self.lines: Queue[str] = Queue()
        stdout = self.process.stdout
        assert stdout is not None
        threading.Thread(target=lambda: [self.lines.put(line) for line in stdout],
                         daemon=True).start()

    def says(self, text: str) -> str:
        """Type a line; everything printed in answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        printed = [self.lines.get(timeout=60)]  # every message gets at least one reply
        while True:
            try:
                printed.append(self.lines.get(timeout=QUIET_S))
            except Empty:
                return "".join(printed)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0, self.process.stderr


def typed(step: Step) -> str:
    return step.say or step.tap


@pytest.mark.slow
@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.console], ids=lambda s: s.name)
def test_scenario_on_the_console(database_url: str, tmp_path: Path, scenario: Scenario) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the console is the single-process SQLite set-up; Coach.handle, Telegram "
                    "and Slack run these conversations on PostgreSQL")
    if scenario.onboard:
        onboarded(database_url, "ana")
    at = scenario.steps[0].at or START
    console = Console(database_url, tmp_path, "ana", at)
    try:
        for number, step in enumerate(scenario.steps, 1):
            if step.at and step.at != at:
                console.close()
                at = step.at
                console = Console(database_url, tmp_path, "ana", at)
            said = console.says(typed(step))
            check(step, number, said)
    finally:
        console.close()


def test_a_refused_write_says_it_was_not_saved(
    database_url: str, tmp_path: Path, engine: object
) -> None:
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    console = Console(database_url, tmp_path, "bo", START)
    try:
        for line in ONBOARD:
            console.says(line)
        with checkins_refused(engine):
            said = console.says("6 7 5 8")
        assert NOT_SAVED in said and "Check-in saved" not in said
        time.sleep(0)  # the process carries on
        assert "Check-in saved for Monday 2 March." in console.says("6 7 5 8")
    finally:
        console.close()
