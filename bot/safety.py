"""The safety screen and language detection the Coach runs with, and their health.

`build_screen()` is the one place that chooses the screen: the rules plus the trained
classifier (`adapters.safety_model.load_screener()`, loaded once per process, never
raises). /healthz says "degraded" whenever the classifier could not load (rules only),
with a reason that holds no message text.
"""

from __future__ import annotations

from dataclasses import dataclass

from adapters.language import load_detector
from adapters.safety_model import load_screener
from core.coach.safety_flow import LanguageDetector, no_detection
from core.safety.finding import Screens, with_screener

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
    screener = load_screener()
    return SafetyScreen(with_screener(screener), screener.health.value, screener.reason)


def build_detector() -> tuple[LanguageDetector, bool]:
    """The language detector, and whether it loaded (if not, no message is ever detected)."""
    detector = load_detector()
    return (detector, True) if detector is not None else (no_detection, False)
