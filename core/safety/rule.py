"""One screening rule: a pattern on the normalised text, with its exclusions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.safety.model import Category, Level


@dataclass(frozen=True, slots=True)
class Rule:
    """A curated pattern for one category.

    - `pattern` is matched against the normalised text (see `normalise.py`).
    - `exclude`, if it matches at the start of the text right after the hit, cancels the hit
      (a figure of speech such as "cut myself shaving").
    - `needs_persistence`: the hit counts only if the message also says it lasts
      ("for weeks", "every night", "most days").
    - `urgent_if` (abuse): the level rises to urgent when the message says it is happening
      now or that a child is involved.
    - `keeps_past`: a "used to" before the hit does not cancel it (past abuse still matters).
    - `unless`: if it matches anywhere in the text, the rule does not apply (the past told in
      another language: "hace años tenía ataques de pánico", "kiedyś miałem ataki paniki").
    """

    name: str
    category: Category
    level: Level
    pattern: re.Pattern[str]
    exclude: re.Pattern[str] | None = None
    needs_persistence: bool = False
    urgent_if: re.Pattern[str] | None = None
    keeps_past: bool = False
    unless: re.Pattern[str] | None = None


def rule(
    name: str,
    category: Category,
    level: Level,
    pattern: str,
    *,
    exclude: str | None = None,
    needs_persistence: bool = False,
    urgent_if: str | None = None,
    keeps_past: bool = False,
    unless: str | None = None,
) -> Rule:
    """Build a `Rule`, compiling its expressions (word boundaries are the author's job)."""
    return Rule(
        name=name,
        category=category,
        level=level,
        pattern=re.compile(pattern),
        exclude=re.compile(exclude) if exclude else None,
        needs_persistence=needs_persistence,
        urgent_if=re.compile(urgent_if) if urgent_if else None,
        keeps_past=keeps_past,
        unless=re.compile(unless) if unless else None,
    )
