"""The readiness rule modules import only the standard library and core; no clock."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "core"
MODULES = ["baseline", "deload", "escalation", "readiness", "readiness_wording"]
CLOCK = {"now", "today", "utcnow", "time", "monotonic", "perf_counter", "time_ns"}


@pytest.mark.parametrize("name", MODULES)
def test_rule_module_is_pure(name: str) -> None:
    tree = ast.parse((CORE / f"{name}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            roots = [(node.module or "").split(".")[0]]
        else:
            roots = []
        for root in roots:
            assert root == "core" or root in sys.stdlib_module_names, f"{name} imports {root}"
            assert root not in {"time", "random", "os", "io"}, f"{name} imports {root}"
        if isinstance(node, ast.Attribute):
            assert node.attr not in CLOCK, f"{name} reads the clock ({node.attr})"
