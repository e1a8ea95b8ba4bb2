"""Run the real `coach` command line: in a subprocess, or (cheaper, the same code from
`bot.cli.main` on) in this process.

A subprocess costs about a second of CPU to start, so tests use one where the process is
the point (a kill, a signal, a pipe, what a fresh process loads) and `run_here` for the
steps around it."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path

from bot import logs
from bot.cli import main

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


class _Piped(io.TextIOWrapper):
    def isatty(self) -> bool:
        return False


class _Turns(io.BytesIO):
    """Piped stdin read line by line (`bot.console_chat` iterates it), drawing each line from
    `lines` only when it is read, and noting how much `printed` held at each read: what is
    printed between reading a line and reading the next (or the end) is its reply. `lines`
    may be a generator, which then runs between two turns (e.g. a database that refuses a
    write for one line)."""

    def __init__(self, lines: Iterable[str], printed: io.StringIO) -> None:
        super().__init__()
        self._lines = iter(lines)
        self._printed = printed
        self.marks: list[int] = []

    def __next__(self) -> bytes:
        self.marks.append(self._printed.tell())
        return (next(self._lines) + "\n").encode()


@contextlib.contextmanager
def _as_a_process(
    database_url: str, cwd: Path, stdin: bytes | Iterable[str]
) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """The environment, working folder, stdin and stdout a `coach` process would have; the
    logging set-up `main` changes is put back afterwards. `stdin`: its bytes, or lines to be
    read one at a time (`_Turns`, then `sys.stdin.buffer`)."""
    saved_env, saved_cwd, saved_stdin = dict(os.environ), Path.cwd(), sys.stdin
    levels = {name: logging.getLogger(name).level for name in logs.LIBRARY_FLOORS}
    factory = logging.getLogRecordFactory()
    os.environ.update(environment(database_url))
    os.chdir(cwd)
    out, err = io.StringIO(), io.StringIO()
    buffer = io.BytesIO(stdin) if isinstance(stdin, bytes) else _Turns(stdin, out)
    sys.stdin = _Piped(buffer, encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield out, err
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        logging.setLogRecordFactory(factory)


def run_here(
    database_url: str, cwd: Path, stdin: bytes, *argv: str
) -> tuple[int, str, str]:
    """`coach ARGV` through `bot.cli.main` in this process: (exit status, stdout, stderr)."""
    with _as_a_process(database_url, cwd, stdin) as (out, err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def chat_here(database_url: str, cwd: Path, lines: list[str], *args: str) -> str:
    """Like `chat`, in this process."""
    stdin = ("\n".join(lines) + "\n").encode()
    status, out, err = run_here(database_url, cwd, stdin, "chat", *args)
    assert status == 0, err
    return out


def turns_here(database_url: str, cwd: Path, lines: Iterable[str], *args: str) -> list[str]:
    """`coach chat ARGS` in this process with `lines` typed one at a time: what it printed in
    answer to each line (a line's turn ends when the console reads the next one, so no
    waiting for the output to go quiet)."""
    with _as_a_process(database_url, cwd, lines) as (out, err):
        status = main(["chat", *args])
        turns = sys.stdin.buffer
    assert status == 0, err.getvalue()
    assert isinstance(turns, _Turns)
    printed, marks = out.getvalue(), turns.marks
    assert marks[0] == 0, f"printed before the first line was read: {printed[: marks[0]]!r}"
    return [printed[start:end] for start, end in pairwise(marks)]
