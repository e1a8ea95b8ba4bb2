"""docs/programmes.md shows one full week of each programme exactly as the coach says it.

`python -m tests.core.test_docs_phone_week` prints the section to paste when wording changes.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from core.assessment import DayEntry
from core.checkin_fields import CheckIn
from core.day_plan import PlanInputs, week_on
from core.programmes import Programme, describe, describe_more, describe_week

DOC = Path(__file__).resolve().parents[2] / "docs" / "programmes.md"
START = date(2026, 3, 2)  # a Monday
CALM = CheckIn(8, 3, 7, 8)
WEEK = 3  # a full week of each: starter RPE 7, athlete's two neural days, rhythm at ~85%


def phone_week(programme: Programme) -> list[str]:
    """The week's seven messages, then /week asked on Wednesday, then Monday's /more."""
    monday = START + timedelta(weeks=WEEK - 1)
    checkins = [DayEntry(START - timedelta(days=40) + timedelta(days=n), CALM)
                for n in range(40 + 7 * WEEK)]
    days = week_on(PlanInputs(programme, START, 70.0, checkins, ()), monday)
    texts = [describe(session, assessment.reason) for session, assessment in days]
    texts.append(describe_week([s for s, _ in days], monday + timedelta(days=2)))
    texts.append(describe_more(days[0][0]))
    return texts


def section() -> str:
    parts = []
    for programme in Programme:
        parts.append(f"### {programme.value.capitalize()}, week {WEEK}\n")
        parts += [f"```\n{text}\n```\n" for text in phone_week(programme)]
    return "\n".join(parts)


@pytest.mark.parametrize("programme", list(Programme))
def test_the_docs_show_each_message_as_the_coach_says_it(programme: Programme) -> None:
    doc = DOC.read_text(encoding="utf-8")
    for text in phone_week(programme):
        assert f"```\n{text}\n```" in doc, text


if __name__ == "__main__":
    print(section())
