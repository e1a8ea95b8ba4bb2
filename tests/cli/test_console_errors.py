"""`coach chat` on bad input ends with one clear line on stderr, never a traceback, and
loses nothing: every message answered before the problem stays saved.

In-process through `bot.cli.main` (fast) for input that is not UTF-8 and an impossible
`--at`; as a real process for Ctrl-C and a closed pipe (signals and pipes are the point)."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main
from core.coach import texts
from tests.cli.process import coach_command, environment, run_here

ONBOARD = ["/start", "yes", "Europe/London", "GB", "starter", "skip", "skip", "skip", "skip"]
AT = "2026-03-02T07:30"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(database_url: str, tmp_path: Path) -> Callable[..., tuple[int, str, str]]:
    """`run(stdin_bytes, *argv)` -> (status, stdout, stderr) of `coach ...` in this process."""

    def call(stdin: bytes, *argv: str) -> tuple[int, str, str]:
        return run_here(database_url, tmp_path, stdin, *argv)

    return call


def lines(*texts_: str) -> bytes:
    return "".join(f"{t}\n" for t in texts_).encode()


def test_a_piped_line_that_is_not_utf8_stops_there_and_keeps_what_came_before(run: Run) -> None:
    status, out, err = run(lines(*ONBOARD) + b"6 7 \xff\xfe 8\n" + lines("/today"),
                           "chat", "--user", "ana", "--at", AT)
    assert status == 1
    assert err == ("coach: input line 10 is not valid UTF-8; stopped there "
                   "(everything answered before it is saved)\n")
    assert texts.ONBOARDING_DONE in out and "After the session" not in out
    status, out, _ = run(lines("/set"), "chat", "--user", "ana", "--at", AT)
    assert status == 0 and "Europe/London" in out  # onboarding was saved


def test_a_user_name_that_is_not_utf8_or_is_empty_is_refused(run: Run) -> None:
    assert run(b"/start\n", "chat", "--user", "an\udcffa") == (
        2, "", "coach: --user is not valid UTF-8\n")
    assert run(b"/start\n", "chat", "--user", " ") == (2, "", "coach: --user is empty\n")


@pytest.mark.parametrize("at", ["0001-01-01", "9999-12-31T23:59+14:00"])
def test_an_at_outside_the_years_the_calendar_handles_is_refused(run: Run, at: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(b"/start\n", "chat", "--user", "ana", "--at", at)
    assert stopped.value.code == 2  # argparse's usage error, before anything is opened


def test_the_at_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["chat", "--at", "0001-01-01"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "out of range: years 1970-2999" in err


def test_a_long_user_name_and_nul_bytes_work(run: Run) -> None:
    user = "a" * 80
    status, out, err = run(lines(*ONBOARD[:2]) + b"Europe/\x00London\n", "chat", "--user", user,
                           "--at", AT)
    assert (status, err) == (0, "")
    assert texts.ONBOARDING_QUESTIONS["country"] in out  # the zone was understood


def default_sigint() -> None:
    """A terminal's Ctrl-C reaches the process: under pytest-xdist the worker ignores SIGINT,
    a child would inherit that, and Python keeps an ignored SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_is_a_one_line_message_and_keeps_what_was_answered(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'coach.db'}"  # a process per database is enough
    process = subprocess.Popen(
        [*coach_command(), "chat", "--user", "bo", "--at", AT], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
        env=environment(database_url), preexec_fn=default_sigint,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(lines("/start", "yes"))
    process.stdin.flush()
    seen = b""
    while texts.CONSENT_GIVEN.encode() not in seen:  # "yes" was answered, so it is saved
        chunk = process.stdout.read1(4096)
        assert chunk, "coach chat ended early"
        seen += chunk
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)  # stdin stays open: the signal, not an end of input, stops it
    assert process.stderr is not None
    err = process.stderr.read()
    process.stdin.close()
    assert process.returncode == 130
    assert err.decode() == "coach: interrupted (everything answered before it is saved)\n"
    status, out, err = run_here(database_url, tmp_path, lines("/start"), "chat", "--user", "bo",
                                "--at", AT)  # the next run, in this process
    assert status == 0, err
    assert texts.CONSENT_QUESTION not in out  # consent was kept: onboarding goes on


def test_a_closed_pipe_is_a_one_line_message(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'coach.db'}"
    script = lines(*ONBOARD, "/today", "/week", "/help").decode()
    command = " ".join([*coach_command(), "chat", "--user", "cy", "--at", AT])
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -1"], input=script, text=True,
        capture_output=True, cwd=tmp_path, env=environment(database_url), timeout=120,
        check=False,
    )  # fmt: skip
    assert done.stdout.startswith("coach> ")
    assert done.stdout.count("\n") == 1
    assert done.stderr == "coach: output closed; stopped (everything answered before it is saved)\n"
    assert "Traceback" not in done.stderr


def test_a_database_that_refuses_is_a_one_line_message(tmp_path: Path) -> None:
    """A newcomer's SQLite file locked past the busy timeout ended in a traceback; the same
    class of failure, fast: PostgreSQL not listening."""
    status, out, err = run_here("postgresql+psycopg://postgres@127.0.0.1:1/none", tmp_path,
                                b"5 5 5 5\n", "chat", "--user", "ana", "--at",
                                "2026-03-02T07:30")
    assert status == 1 and out == ""
    assert err.startswith("coach: the database refused: ") and err.count("\n") == 1
    assert "Traceback" not in err and "[SQL" not in err
