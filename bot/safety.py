"""The safety screen and language detection the Coach runs with, and their health.

`build_screen()` is the one place that chooses the screen. Until the safety-model branch
merges it is the rules of this branch (`core.safety.finding.rules_only`), which is all the
screen there is, so its health is "healthy". At merge it becomes:

    screener = adapters.safety_model.load_screener()   # never raises
    return SafetyScreen(with_screener(screener), screener.health.value, screener.reason)

and /healthz then says "degraded" whenever the classifier could not load (rules only).
"""

from __future__ import annotations

from dataclasses import dataclass

from adapters.language import load_detector
from core.coach.safety_flow import LanguageDetector, no_detection
from core.safety.finding import Screens, rules_only

HEALTHY, DEGRADED = "healthy", "degraded"


@dataclass(frozen=True)
class SafetyScreen:
    """`screens` for the Coach; `health` "healthy" or "degraded" (rules only, the classifier
    could not load); `reason`: a short phrase without any message text, or None."""

    screens: Screens
    health: str = HEALTHY
    reason: str | None = None


def build_screen() -> SafetyScreen:
    """The screen for this process (see the module docstring)."""
    return SafetyScreen(rules_only)


def build_detector() -> tuple[LanguageDetector, bool]:
    """The language detector, and whether it loaded (if not, no message is ever detected)."""
    detector = load_detector()
    return (detector, True) if detector is not None else (no_detection, False)
