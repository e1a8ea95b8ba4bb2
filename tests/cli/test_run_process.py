"""`coach run` as a process: a missing setting is a one-line error, before anything starts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.process import coach_command, environment

COACH_VARIABLES = (
    "COACH_TELEGRAM_TOKEN", "COACH_TELEGRAM_WEBHOOK_URL", "COACH_TELEGRAM_WEBHOOK_SECRET",
    "COACH_SLACK_BOT_TOKEN", "COACH_SLACK_APP_TOKEN", "COACH_SLACK_SIGNING_SECRET",
)  # fmt: skip


def run(tmp_path: Path, *args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """`coach run ...` with none of the platform settings but `variables`, in an empty folder
    (so no .env is read), on a SQLite file that does not exist yet."""
    env = environment(f"sqlite:///{tmp_path / 'coach.db'}")
    for name in COACH_VARIABLES:
        env.pop(name, None)
    env.update(variables)
    return subprocess.run(
        [*coach_command(), "run", *args], capture_output=True, text=True, env=env,
        cwd=tmp_path, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("platform", "variables", "missing"),
    [
        ("telegram", {}, "COACH_TELEGRAM_TOKEN"),
        ("slack", {}, "COACH_SLACK_BOT_TOKEN"),
        (
            "telegram",
            {
                "COACH_TELEGRAM_TOKEN": "123:T0KEN-VALUE",
                "COACH_TELEGRAM_WEBHOOK_URL": "https://x/hook",
            },
            "COACH_TELEGRAM_WEBHOOK_SECRET",
        ),
    ],
)
def test_a_missing_setting_is_a_one_line_error_naming_it(
    tmp_path: Path, platform: str, variables: dict[str, str], missing: str
) -> None:
    done = run(tmp_path, platform, **variables)
    assert done.returncode != 0
    [line] = done.stderr.splitlines()
    assert missing in line and line.startswith("coach: ")
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert "T0KEN-VALUE" not in done.stderr
    assert not (tmp_path / "coach.db").exists()  # stopped before touching the database


def test_an_unknown_platform_is_a_usage_error(tmp_path: Path) -> None:
    done = run(tmp_path, "irc")
    assert done.returncode == 2 and "invalid choice: 'irc'" in done.stderr
