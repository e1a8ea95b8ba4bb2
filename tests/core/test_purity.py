"""core/ must stay pure: no platform, database or scheduler imports, and no clock reads."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "core"
FORBIDDEN_IMPORTS = {
    "sqlalchemy",
    "telegram",
    "slack_bolt",
    "slack_sdk",
    "apscheduler",
    "aiohttp",
    "httpx",
    "matplotlib",
    "alembic",
    "psycopg",
    "adapters",
    "bot",
}
CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
}
MODULES = sorted(CORE.rglob("*.py"))


def offences(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        found += [f"imports {n}" for n in names if n.split(".")[0] in FORBIDDEN_IMPORTS]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (owner_name, node.func.attr) in CLOCK_CALLS:
                found.append(f"reads the clock: {owner_name}.{node.func.attr}()")
    return found


def test_the_scan_catches_what_it_should() -> None:
    bad = (
        "import sqlalchemy\nfrom telegram import Bot\n"
        "import datetime\nx = datetime.datetime.now()\n"
    )
    assert offences(bad) == [
        "imports sqlalchemy",
        "imports telegram",
        "reads the clock: datetime.now()",
    ]
    assert offences("from datetime import date\nd = date(2026, 1, 1)\n") == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_is_pure(module: Path) -> None:
    assert offences(module.read_text(encoding="utf-8")) == []
