"""`coach tick --at` in a subprocess prints each due prompt with the person it is for."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

from tests.cli.process import coach_command, environment
from tests.scheduling.sim import Sim


def tick_at(database_url: str, cwd: Path, at: str) -> str:
    done = subprocess.run(
        [*coach_command(), "tick", "--at", at], capture_output=True, text=True,
        env=environment(database_url), cwd=cwd, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_coach_tick_at_prints_the_prompts(database_url: str, sim: Sim, tmp_path: Path) -> None:
    sim.person("ana", "Europe/London", work_days="")
    sim.person("bo", "America/New_York", wake=time(6, 0), work_days="")
    sim.wiring.engine.dispose()

    out = tick_at(database_url, tmp_path, "2026-11-23T07:30")  # no offset: UTC
    assert "to Ana (telegram): How well did you sleep" in out
    assert "[0] [1] [2]" in out
    assert "to Bo" not in out
    assert "1 enqueued" in out

    again = tick_at(database_url, tmp_path, "2026-11-23T07:30")  # the same tick: nothing new
    assert "to Ana" not in again and "0 enqueued" in again

    later = tick_at(database_url, tmp_path, "2026-11-23T11:30:00+00:00")  # 06:30 New York
    assert "to Bo (telegram): How well did you sleep" in later
    assert "to Ana (telegram): A gentle reminder" not in later  # 09:30 passed: missed, not late
