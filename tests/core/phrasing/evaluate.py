"""Score core.understanding against a phrasing set (JSON Lines, schema in
/work/briefs/phrasing_spec.md): overall and per kind of expected outcome.

`python -m tests.core.phrasing.evaluate [dev|test] [--show-failures]` prints the figures;
failures (with the messages) are shown only when asked.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.understanding import as_spec, understand

HERE = Path(__file__).parent
Item = dict[str, Any]


@dataclass
class Score:
    total: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[Item, dict[str, Any]]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.total.values()))

    def lines(self) -> list[str]:
        n, ok = sum(self.total.values()), sum(self.right.values())
        rows = [f"overall: {ok}/{n} = {100 * ok / max(1, n):.1f} %"]
        for kind in sorted(self.total):
            rows.append(f"  {kind:16} {self.right[kind]:4}/{self.total[kind]:<4} "
                        f"{100 * self.right[kind] / self.total[kind]:5.1f} %")
        return rows


def load(name: str) -> list[Item]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    """Whether the understanding `got` is the outcome `expected` (numbers compared as numbers,
    `unread` as a set, optional fields absent on both sides or equal)."""
    if expected["kind"] != got["kind"]:
        return False
    kind = expected["kind"]
    if kind == "checkin":
        want, have = expected["values"], got["values"]
        return (set(want) == set(have) and all(float(want[k]) == float(have[k]) for k in want)
                and set(expected.get("unread", [])) == set(got.get("unread", []))
                and expected.get("note") == got.get("note"))
    if kind == "setting":
        if expected["name"] != got["name"]:
            return False
        if expected.get("ask"):
            return bool(got.get("ask"))
        return bool(expected.get("value") == got.get("value"))
    if kind == "command":
        return bool(expected["name"] == got["name"] and expected.get("days") == got.get("days"))
    return all(expected[k] == got.get(k) for k in expected)


def score(items: list[Item]) -> Score:
    result = Score()
    for item in items:
        expected = item["expect"]
        got = as_spec(understand(item["text"], item["context"]))
        result.total[expected["kind"]] += 1
        if matches(expected, got):
            result.right[expected["kind"]] += 1
        else:
            result.failures.append((item, got))
    return result


def main(argv: list[str]) -> int:
    name = argv[0] if argv else "dev"
    result = score(load(name))
    print(f"phrasing set {name}.jsonl")
    print("\n".join(result.lines()))
    if "--show-failures" in argv:
        for item, got in result.failures:
            print(f"{item['id']} [{item['context']}] {item['text']!r}\n"
                  f"   expected {item['expect']}\n   got      {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
