"""The programme and guidance rules import only the standard library and core, and read no clock."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
MODULES = [*sorted((CORE / "programmes").glob("*.py")), CORE / "guidance.py"]
CLOCK = ("now", "today", "utcnow", "time", "monotonic", "perf_counter")


def test_rules_import_only_stdlib_and_core() -> None:
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top == "core" or top in sys.stdlib_module_names, (path.name, name)


def test_rules_read_no_clock() -> None:
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr in CLOCK:
                assert not isinstance(node.value, ast.Name) or node.value.id not in (
                    "date", "datetime", "time"
                ), (path.name, node.attr)
