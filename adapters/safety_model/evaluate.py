"""`make safety-eval SET=dev|test`: the screen's figures on a labelled set.

    python -m adapters.safety_model.evaluate data/safety/dev/dev.jsonl [--rules-only]
    python -m adapters.safety_model.evaluate data/safety/test*/test*.jsonl   # all, together

Each row is screened as the Coach screens it: its `text` with its `context` (if any).
- urgent recall: urgent rows screened urgent (and, apart, urgent or the ask band);
- any-risk recall: concern or urgent rows screened concern or urgent;
- false positives on hard negatives: rows labelled none screened concern or urgent (and,
  apart, how many got the ask-band question);
per language, per category, and per tag of the set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.safety.model import Level, Screening

Screen = Callable[[str, Sequence[str]], Screening]


@dataclass
class Tally:
    urgent: int = 0
    urgent_found: int = 0
    urgent_or_ask: int = 0
    risk: int = 0
    risk_found: int = 0
    negatives: int = 0
    false_positives: int = 0
    asked_negatives: int = 0

    def add(self, label: str, found: Screening) -> None:
        if label == "urgent":
            self.urgent += 1
            self.urgent_found += found.level is Level.URGENT
            self.urgent_or_ask += found.level is Level.URGENT or found.ask
        if label in ("urgent", "concern"):
            self.risk += 1
            self.risk_found += found.level is not Level.NONE
        if label == "none":
            self.negatives += 1
            self.false_positives += found.level is not Level.NONE
            self.asked_negatives += found.ask

    @property
    def urgent_recall(self) -> float | None:
        return self.urgent_found / self.urgent if self.urgent else None

    @property
    def risk_recall(self) -> float | None:
        return self.risk_found / self.risk if self.risk else None

    @property
    def false_positive_rate(self) -> float | None:
        return self.false_positives / self.negatives if self.negatives else None


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    by: dict[str, dict[str, Tally]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)


def evaluate(rows: Iterable[dict[str, Any]], screen: Screen) -> Report:
    """Screen every row and count (see the module docstring)."""
    report = Report()
    groups: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for row in rows:
        found = screen(row["text"], row.get("context") or [])
        label = row["level"]
        report.total.add(label, found)
        for key in ("lang", "category", "tag"):
            groups[key][str(row.get(key) or "-")].add(label, found)
        wrong_up = label == "none" and found.level is not Level.NONE
        wrong_down = Level(label).rank > found.level.rank
        if wrong_up or wrong_down:
            report.misses.append({**row, "screened": found.level.value, "ask": found.ask})
    report.by = {k: dict(v) for k, v in groups.items()}
    return report


def percent(part: int, whole: int) -> str:
    """"part/whole (p %)", or "-" for an empty whole."""
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "-"


def lines(report: Report) -> list[str]:
    """The report as a Markdown table per grouping."""
    t = report.total
    out = [
        f"urgent recall: {percent(t.urgent_found, t.urgent)}; urgent or ask band: "
        f"{percent(t.urgent_or_ask, t.urgent)}",
        f"any-risk recall: {percent(t.risk_found, t.risk)}",
        f"false positives on hard negatives: {percent(t.false_positives, t.negatives)}; "
        f"ask band on hard negatives: {percent(t.asked_negatives, t.negatives)}",
    ]
    for key in ("lang", "category", "tag"):
        out += ["", f"| {key} | urgent recall | any-risk recall | FP on hard negatives |",
                "|---|---|---|---|"]
        for name, g in sorted(report.by.get(key, {}).items()):
            out.append(f"| {name} | {percent(g.urgent_found, g.urgent)} | "
                       f"{percent(g.risk_found, g.risk)} | "
                       f"{percent(g.false_positives, g.negatives)} |")
    return out


def read(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the safety screen's figures on a set")
    parser.add_argument("paths", type=Path, nargs="+", help="one set, or several counted together")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--misses", action="store_true", help="also print the wrong rows")
    args = parser.parse_args(argv)
    from adapters.safety_model.load import load_screener
    from core.safety.screener import RULES_ONLY

    screener = RULES_ONLY if args.rules_only else load_screener()
    print(f"screen: {'rules only' if args.rules_only else load_screener().health.value}")
    report = evaluate((row for path in args.paths for row in read(path)), screener.screen)
    print("\n".join(lines(report)))
    if args.misses:
        for miss in report.misses:
            print(json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
