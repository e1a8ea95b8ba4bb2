"""How long `coach chat` takes to give its first reply (requirement: median <= 1 s).

Starts the real `coach chat` as a process, pipes `/start` into it and times the moment its
first `coach>` line arrives, from the spawn. Two cases, each `runs` times:
- **again**: the database exists and is at the latest migration (the usual `make chat`);
- **first**: an empty folder (the database is created and migrated first).
Also the CPU time of the whole process (user + system, from wait4), which a busy machine
inflates far less than the wall time. Compiled modules are kept, as on a normal machine
(PYTHONDONTWRITEBYTECODE is removed from the child's environment).
Exits 1 when the median of **again** is over the requirement.

Run: .venv/bin/python -m tests.bench.bench_start [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.cli.process import coach_command, environment

REQUIRED_MEDIAN_S = 1.0
AT = "2026-03-02T07:30"


def first_reply(folder: Path) -> tuple[float, float]:
    """(seconds from spawn to the first reply line, CPU seconds of the whole process)."""
    env = environment(f"sqlite:///{folder / 'coach.db'}")
    # as on a normal machine: Python keeps the compiled modules (this sandbox sets
    # PYTHONDONTWRITEBYTECODE, which would recompile every changed module on every start)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [*coach_command(), "chat", "--user", "bench", "--at", AT],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=folder, env=env,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"/start\n")
    process.stdin.flush()
    line = process.stdout.readline()
    took = time.perf_counter() - started
    assert line.startswith(b"coach> "), line
    process.stdin.close()
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, process.returncode
    return took, usage.ru_utime + usage.ru_stime


def measure(runs: int, fresh: bool) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as kept:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as empty:
                folder = Path(empty if fresh else kept)
                wall, cpu = first_reply(folder)
            walls.append(wall)
            cpus.append(cpu)
    return walls, cpus


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    load = os.getloadavg()[0]
    print(f"coach chat, first reply; {runs} runs each; load average {load:.2f} on "
          f"{os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as warm:
        first_reply(Path(warm))  # warm the file cache and write the .pyc files
    verdict = 0
    for name, fresh in (("again", False), ("first", True)):
        walls, cpus = measure(runs, fresh)
        median = statistics.median(walls)
        print(f"{name:6s} first reply median {median:.3f} s (min {min(walls):.3f}, max "
              f"{max(walls):.3f}); CPU per run median {statistics.median(cpus):.3f} s")
        if name == "again" and median > REQUIRED_MEDIAN_S:
            verdict = 1
    print("requirement (again: median <= 1 s):", "met" if verdict == 0 else "MISSED")
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
