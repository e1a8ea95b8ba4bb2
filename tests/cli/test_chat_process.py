"""`coach chat` as a process: piped scripts, many days, and a kill between two questions."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from queue import Empty, Queue

from core.checkin_fields import Field
from core.coach import texts
from tests.cli.process import chat, chat_here, coach_command, environment, run_here

ONBOARD = ["/start", "yes", "Europe/London", "GB", "starter", "skip", "skip", "skip", "skip"]


def test_piped_chat_prints_every_reply_and_exits_at_end_of_input(
    database_url: str, tmp_path: Path
) -> None:
    out = chat(database_url, tmp_path, ONBOARD, "--user", "ana", "--at", "2026-03-02T07:30")
    assert texts.CONSENT_QUESTION.splitlines()[0] in out
    assert texts.ONBOARDING_DONE in out


def test_a_script_can_walk_through_many_days(database_url: str, tmp_path: Path) -> None:
    """One run signs up; each later day is another run of `coach chat --at`, all in this
    process (the same code from bot.cli.main on, about 3 s of CPU cheaper per run than a
    subprocess, which loads the classifier; the piped subprocess is the test above)."""
    chat_here(database_url, tmp_path, ONBOARD, "--user", "ana", "--at", "2026-03-02T07:30")
    for day in range(2, 5):
        out = chat_here(
            database_url,
            tmp_path,
            ["6 4 7 7", "skip"],
            "--user",
            "ana",
            "--at",
            f"2026-03-0{day}T07:30",
        )
        assert "Check-in saved for" in out
    out = chat_here(database_url, tmp_path, ["/export"], "--user", "ana", "--at",
                    "2026-03-05T08:00")
    assert "3 check-ins" in out


def test_killing_the_process_between_two_questions_loses_nothing(
    database_url: str, tmp_path: Path
) -> None:
    chat_here(database_url, tmp_path, ONBOARD, "--user", "bo", "--at", "2026-03-02T07:30")
    process = subprocess.Popen(
        [*coach_command(), "chat", "--user", "bo", "--at", "2026-03-03T07:30"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment(database_url),
    )
    assert process.stdin is not None and process.stdout is not None
    lines: Queue[str] = Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout], daemon=True
    ).start()
    process.stdin.write("/checkin\n6\n")
    process.stdin.flush()
    seen = ""
    while texts.QUESTIONS[Field.AROUSAL] not in seen:  # the answer "6" was acknowledged
        try:
            seen += lines.get(timeout=60)
        except Empty as error:
            raise AssertionError(f"no second question; saw {seen!r}") from error
    process.kill()
    process.wait(timeout=30)
    out = chat_here(
        database_url, tmp_path, ["4", "7", "8", "skip"], "--user", "bo", "--at", "2026-03-03T07:35"
    )
    assert texts.QUESTIONS[Field.RECOVERY] in out  # resumed at the pending question
    assert "Check-in saved for Tuesday 3 March." in out
    exported = chat_here(database_url, tmp_path, ["/export"], "--user", "bo", "--at",
                         "2026-03-03T08:00")
    assert "1 check-in," in exported


def test_demo_runs_without_input_and_writes_a_chart(tmp_path: Path) -> None:
    """`coach demo` through bot.cli.main in this process (a fresh process's imports are
    tests/cli/test_start_up.py's; a subprocess here cost ~5 s of CPU)."""
    status, out, err = run_here("sqlite://", tmp_path, b"", "demo", "--out", str(tmp_path))
    assert status == 0, err
    assert "Trend chart written to" in out
    assert (tmp_path / "trend.png").read_bytes().startswith(b"\x89PNG")
    assert "%" in out  # the deload's volume cut was shown
    assert "21-35 g" in out  # onboarding set the body mass: protein in grams


def test_two_people_exporting_the_same_day_keep_their_own_files(
    database_url: str, tmp_path: Path
) -> None:
    """A newcomer found the second person's export overwrote the first's (one file name)."""
    for user in ("ana", "bo/../x"):
        chat_here(database_url, tmp_path, [*ONBOARD, "6 7 5 8"], "--user", user, "--at",
                  "2026-03-03T07:30")
        chat_here(database_url, tmp_path, ["/export"], "--user", user, "--at",
                  "2026-03-03T12:00")
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.json"))
    assert files == ["coach-files/ana/rhythm-coach-export-2026-03-03.json",
                     "coach-files/bo_.._x/rhythm-coach-export-2026-03-03.json"]


def test_delete_also_removes_the_persons_exports_and_charts(
    database_url: str, tmp_path: Path
) -> None:
    """A newcomer found the export (check-in values, body mass) still in coach-files/ after
    "everything about you has been deleted"; another person's files stay."""
    for user in ("ana", "bo"):
        chat_here(database_url, tmp_path, [*ONBOARD, "6 7 5 8", "/export"], "--user", user,
                  "--at", "2026-03-03T07:30")
    assert (tmp_path / "coach-files" / "ana").is_dir()
    said = chat_here(database_url, tmp_path, ["/delete", "yes"], "--user", "ana", "--at",
                     "2026-03-03T12:00")
    assert texts.DELETED in said
    assert not (tmp_path / "coach-files" / "ana").exists()
    assert list((tmp_path / "coach-files" / "bo").glob("*.json"))
