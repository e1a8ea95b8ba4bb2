"""Run the real `coach` command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def coach_command() -> list[str]:
    """The installed `coach` script when there is one, else `python -m bot`."""
    script = Path(sys.executable).parent / "coach"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def environment(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env["COACH_DATABASE_URL"] = database_url
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["COACH_LOG_LEVEL"] = "WARNING"
    return env


def chat(database_url: str, cwd: Path, lines: list[str], *args: str) -> str:
    """Pipe the lines into `coach chat`, return everything it printed."""
    done = subprocess.run(
        [*coach_command(), "chat", *args], input="\n".join(lines) + "\n", text=True,
        capture_output=True, env=environment(database_url), cwd=cwd, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout
