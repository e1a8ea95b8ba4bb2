"""The safety screen and language detection the Coach runs with, and their health.

`build_screen()` is the one place that chooses the screen: the rules plus the trained
classifier (`adapters.safety_model.load_screener()`, loaded once per process, never
raises). /healthz says "degraded" whenever the classifier could not load (rules only),
with a reason that holds no message text.

`build_screen(background=True)` (the console, where the first reply must come within a
second) loads the classifier in a thread: a bare command, which the classifier never reads
(`core.safety.screener.is_command`), is screened by the rules at once; any other message
waits for the load to finish, so no free text is ever screened without the classifier.

`NO_SCREEN` is for the processes that never screen a person's message (`coach tick`,
`coach db upgrade`: they only send scheduled prompts or migrate): neither the classifier
nor the language detector is loaded (about 2 s of CPU a start), and a message handed to
it anyway raises `NotScreening` instead of being screened by the rules alone.
The classifier's and the detector's packages (numpy, the encoders, fastText) are imported
only when a screen or detector is built, never by importing this module.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.coach.safety_flow import LanguageDetector, no_detection
from core.safety.finding import Finding, Screens, with_screener
from core.safety.screener import is_command, rules_only

if TYPE_CHECKING:
    from adapters.safety_model import LoadedScreener

HEALTHY, DEGRADED, NOT_SCREENING = "healthy", "degraded", "not screening"


@dataclass(frozen=True)
class SafetyScreen:
    """`screens` for the Coach; `health` "healthy", "degraded" (rules only, the classifier
    could not load) or "not screening" (`NO_SCREEN`); `reason`: a short phrase without any
    message text, or None."""

    screens: Screens
    health: str = HEALTHY
    reason: str | None = None


class NotScreening(RuntimeError):
    """A process built without the screen (`NO_SCREEN`) was handed a message to screen."""


def _refuse(text: str, context: Sequence[str]) -> Finding:
    raise NotScreening("this process was built without the safety screen "
                       "(bootstrap.build(screening=False)); it must not handle messages")


NO_SCREEN = SafetyScreen(_refuse, NOT_SCREENING, "this process screens no messages")


def load_screener() -> LoadedScreener:
    """The trained screen of this process (`adapters.safety_model.load_screener`)."""
    from adapters.safety_model import load_screener as load

    return load()


def build_screen(*, background: bool = False) -> SafetyScreen:
    """The screen for this process (see the module docstring)."""
    if background:
        return SafetyScreen(_loading_in_background())
    screener = load_screener()
    return SafetyScreen(with_screener(screener), screener.health.value, screener.reason)


def _loading_in_background() -> Screens:
    loaded: list[Screens] = []
    thread = threading.Thread(
        target=lambda: loaded.append(with_screener(load_screener())),
        name="safety-model-load", daemon=True,
    )
    thread.start()

    def screens(text: str, context: Sequence[str]) -> Finding:
        if not loaded and is_command(text):
            return rules_only(text, context)
        thread.join()
        return (loaded[0] if loaded else rules_only)(text, context)

    return screens


def build_detector() -> tuple[LanguageDetector, bool]:
    """The language detector, and whether it loaded (if not, no message is ever detected)."""
    from adapters.language import load_detector

    detector = load_detector()
    return (detector, True) if detector is not None else (no_detection, False)
