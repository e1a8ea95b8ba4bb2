"""One clock per process: bot/clock.py is the only place in bot/ and adapters/ that reads the
wall clock; everything else is given the clock (or a message's time) by the composition root.
core/ reads no clock at all (tests/core/test_purity.py). Durations (time.monotonic,
time.perf_counter) are not dates and stay allowed."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from tests.conftest import SHIFT_DAYS
from tests.core.test_purity import CLOCK_CALLS

ROOT = Path(__file__).resolve().parents[1]
THE_CLOCK = ROOT / "bot" / "clock.py"
# core's list, less the durations (monotonic, perf_counter), which are not dates
WALL_CLOCK = CLOCK_CALLS - {("time", "monotonic"), ("time", "perf_counter")} | {("time", "ctime")}
MODULES = sorted(
    path for folder in ("bot", "adapters") for path in (ROOT / folder).rglob("*.py")
    if path != THE_CLOCK
)


def wall_clock_reads(source: str) -> list[str]:
    """Every `datetime.now`, `date.today`, `time.time`... in the source, called or passed."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            owner = node.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (owner_name, node.attr) in WALL_CLOCK:
                found.append(f"line {node.lineno}: {owner_name}.{node.attr}")
    return found


def test_the_scan_finds_calls_and_references() -> None:
    source = (
        "import datetime, time\n"
        "a = datetime.datetime.now(datetime.UTC)\n"
        "b = time.time()\n"
        "c = Field(default=datetime.utcnow)\n"
        "d = time.monotonic()\n"
    )
    assert wall_clock_reads(source) == [
        "line 2: datetime.now", "line 3: time.time", "line 4: datetime.utcnow"]


def test_the_one_clock_reads_the_wall_clock() -> None:
    reads = wall_clock_reads(THE_CLOCK.read_text(encoding="utf-8"))
    assert [read.split(": ")[1] for read in reads] == ["datetime.now"]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_wall_clock_outside_the_one_clock(module: Path) -> None:
    assert wall_clock_reads(module.read_text(encoding="utf-8")) == []


@pytest.mark.skipif(SHIFT_DAYS == 0, reason="COACH_TEST_WALL_CLOCK_SHIFT_DAYS=0")
def test_the_suite_runs_with_the_wall_clock_moved_ahead(tmp_path: Path) -> None:
    """The file system's clock is not moved: a new file's mtime is the real time."""
    marker = tmp_path / "now"
    marker.write_text("")
    ahead = time.time() - marker.stat().st_mtime
    assert abs(ahead - SHIFT_DAYS * 86_400) < 3_600
