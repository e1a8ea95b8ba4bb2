"""`bootstrap.build(screening=False)` (`coach tick`, a sender alone): no classifier, no
language detector, and a Coach that refuses to screen rather than screen by the rules alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import bootstrap
from bot.safety import NO_SCREEN, NOT_SCREENING, NotScreening, SafetyScreen
from bot.settings import Settings
from core.safety.screener import rules_only
from tests.clocks import fixed_clock


def test_the_no_screen_refuses_a_message() -> None:
    with pytest.raises(NotScreening):
        NO_SCREEN.screens("so done with everything", [])
    assert NO_SCREEN.health == NOT_SCREENING  # never "healthy" on /healthz


def test_a_wiring_without_screening(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'coach.db'}")
    wiring = bootstrap.build(settings, clock=fixed_clock(), screening=False)
    try:
        assert wiring.safety is NO_SCREEN and wiring.language_detection is False
    finally:
        wiring.engine.dispose()
    with pytest.raises(ValueError, match="without screening"):
        bootstrap.build(settings, clock=fixed_clock(), screening=False,
                        safety=SafetyScreen(rules_only))
