"""What every day carries whatever the programme: downregulation, micro-regulation, recovery.

Sources (seed 000): Template 1 "Post-Session Downregulation" (3-8 min, required) and "Daily
Micro-Regulation" (select two); Template 2 "Structured Downregulation" and "Recovery
Prescription"; seed 001: "a cool-down walk and deep breathing" after runs.
"""

from __future__ import annotations

from datetime import date

from core import guidance
from core.programmes.model import SessionKind

DOWNREGULATION_STRENGTH = (
    "6-8 min: nasal breathing with a longer exhale than inhale, "
    "an easy walk until your heart rate visibly drops, then gentle mobility with slow breathing."
)
DOWNREGULATION_AEROBIC = (
    "3-5 min: cool-down walk until your heart rate visibly drops, "
    "then slow nasal breathing with a longer exhale."
)
DOWNREGULATION_REST = "5 min: extended-exhale nasal breathing, sitting or lying down."
REST_CUE = "Rest is part of the plan: easy walking and gentle mobility are welcome, nothing hard."

# One line each for the day's message; the full text above is behind "More".
_SHORT = {
    DOWNREGULATION_STRENGTH: (
        "After the session (required): 6-8 min slow breathing, easy walk, gentle mobility."
    ),
    DOWNREGULATION_AEROBIC: (
        "After the session (required): 3-5 min cool-down walk, then slow breathing."
    ),
    DOWNREGULATION_REST: "Today: 5 min of slow breathing with a longer exhale.",
}

MICRO_REGULATION: tuple[str, ...] = (
    "Extended-exhale breathing or a physiological sigh, 1-3 min when you feel activated",
    "Brief progressive muscle relaxation: tense and release 3-4 muscle groups",
    "Paced breathing at a 4-4-6-2 cadence",
    "Cognitive labelling: name your current state and your immediate need, one sentence each",
)

# Every unordered pair of the four, in an order where neighbours share at most one item.
_PAIRS: tuple[tuple[int, int], ...] = ((0, 1), (2, 3), (0, 2), (1, 3), (0, 3), (1, 2))


def downregulation_for(kind: SessionKind) -> str:
    if kind is SessionKind.STRENGTH:
        return DOWNREGULATION_STRENGTH
    if kind is SessionKind.AEROBIC:
        return DOWNREGULATION_AEROBIC
    return DOWNREGULATION_REST


def short_downregulation(text: str) -> str:
    """The one-line version of a downregulation text."""
    return _SHORT.get(text, "After: " + text)


def micro_regulation_for(day: date) -> tuple[str, str]:
    """The day's two picks: deterministic by date, different from the day before."""
    first, second = _PAIRS[day.toordinal() % len(_PAIRS)]
    return MICRO_REGULATION[first], MICRO_REGULATION[second]


def rest_day_recovery(body_mass_kg: float | None, *, high_load: bool) -> tuple[str, ...]:
    """TED guidance for a rest or integration day ("More" shows a few, rotating)."""
    return (
        *guidance.sleep_lines(high_load),
        guidance.CAFFEINE,
        guidance.ALCOHOL,
        *guidance.nutrition_lines(body_mass_kg, trained=False),
        guidance.PRE_LOAD,
    )


def training_day_recovery(body_mass_kg: float | None, *, high_load: bool) -> tuple[str, ...]:
    """TED guidance for a training day ("More" shows a few, rotating)."""
    return (
        *guidance.sleep_lines(high_load),
        *guidance.nutrition_lines(body_mass_kg, trained=True),
        guidance.HYDRATION,
        guidance.CAFFEINE,
        guidance.PRE_LOAD,
    )
