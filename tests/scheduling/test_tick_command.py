"""`coach tick --at` prints each due prompt with the person it is for. The first test runs
the real command in a subprocess (on both databases); every other step runs the same code from
bot.cli.main on in this process (tests/cli/process.py), about a second of CPU cheaper a run."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

from tests.cli.process import chat_here, coach_command, environment, run_here
from tests.scheduling.sim import Sim


def tick_at(database_url: str, cwd: Path, at: str) -> str:
    done = subprocess.run(
        [*coach_command(), "tick", "--at", at], capture_output=True, text=True,
        env=environment(database_url), cwd=cwd, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def tick_here(database_url: str, cwd: Path, at: str) -> str:
    """`coach tick --at` through bot.cli.main in this process (the cheaper steps)."""
    status, out, err = run_here(database_url, cwd, b"", "tick", "--at", at)
    assert status == 0, err
    return out


def test_coach_tick_at_prints_the_prompts(database_url: str, sim: Sim, tmp_path: Path) -> None:
    sim.person("ana", "Europe/London", work_days="")
    sim.person("bo", "America/New_York", wake=time(6, 0), work_days="")
    sim.wiring.engine.dispose()

    out = tick_at(database_url, tmp_path, "2026-11-23T07:30")  # no offset: UTC
    assert "to Ana (telegram): How well did you sleep" in out
    assert "[0] [1] [2]" in out
    assert "to Bo" not in out
    assert "1 enqueued" in out

    again = tick_here(database_url, tmp_path, "2026-11-23T07:30")  # the same tick: nothing new
    assert "to Ana" not in again and "0 enqueued" in again

    later = tick_here(database_url, tmp_path, "2026-11-23T11:30:00+00:00")  # 06:30 New York
    assert "to Bo (telegram): How well did you sleep" in later
    assert "to Ana (telegram): A gentle reminder" not in later  # 09:30 passed: missed, not late


def test_chat_at_then_tick_at_the_next_morning_sends_the_check_in_at_wake_plus_30(
    database_url: str, tmp_path: Path
) -> None:
    """The README's workflow across two commands: sign up with `coach chat --at` on a
    simulated day (whatever today's real date is), then `coach tick --at` the next morning."""
    onboard = ["/start", "yes", "America/New_York", "US", "starter", "06:00", "skip", "skip",
               "skip"]
    out = chat_here(database_url, tmp_path, onboard, "--user", "ana", "--at", "2026-03-02T07:30")
    assert "All set" in out

    early = tick_here(database_url, tmp_path, "2026-03-03T11:29:00+00:00")  # 06:29 New York
    assert "How well did you sleep" not in early and "0 enqueued" in early
    due = tick_here(database_url, tmp_path, "2026-03-03T11:30:00+00:00")  # wake 06:00 + 30 min
    assert "to ana (console): How well did you sleep" in due
    assert "1 enqueued" in due


def test_the_readme_workflow_a_day_skipped_then_tick(database_url: str, tmp_path: Path) -> None:
    """README: sign up on Monday, check in on Tuesday, `coach tick` on Wednesday morning with
    no tick in between: Tuesday's slot is dropped, Wednesday's is sent."""
    onboard = ["/start", "yes", "Europe/London", "GB", "starter", "skip", "skip", "skip", "skip"]
    chat_here(database_url, tmp_path, onboard, "--user", "ana", "--at", "2026-03-02T07:30")
    chat_here(database_url, tmp_path, ["6 7 5 8", "skip"], "--user", "ana", "--at",
              "2026-03-03T07:30")
    out = tick_here(database_url, tmp_path, "2026-03-04T07:30")
    assert "to ana (console): How well did you sleep" in out
