"""The one composition root: settings -> engine -> store -> Coach. Nothing is built at import."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from adapters.charts.heatmap import render_team_heatmap
from adapters.charts.trend import render_trend  # both import matplotlib only when drawing
from adapters.storage.engine import default_database_url, make_engine, make_session_factory
from adapters.storage.migrate import upgrade
from adapters.storage.store import SqlStore
from bot.clock import Clock
from bot.safety import SafetyScreen, build_detector, build_screen
from bot.scheduling.hooks import schedule_updater
from bot.settings import Settings
from core.coach import Coach


@dataclass(frozen=True)
class Wiring:
    settings: Settings
    engine: Engine
    store: SqlStore
    coach: Coach
    clock: Clock
    safety: SafetyScreen
    language_detection: bool = False


def database_url(settings: Settings) -> str:
    return settings.database_url or default_database_url()


def build(
    settings: Settings,
    *,
    clock: Clock,
    migrate: bool = True,
    safety: SafetyScreen | None = None,
) -> Wiring:
    """Migrate the database to head (start-up), then wire the store and the Coach.

    `clock` is the process's one clock (bot/clock.py): everything built here, and everything
    later given this `Wiring`, takes "now" from it. `safety`: the screen (default
    `bot.safety.build_screen()`); the language detector is loaded once per process."""
    url = database_url(settings)
    if migrate:
        upgrade(url)
    engine = make_engine(url)
    store = SqlStore(make_session_factory(engine), clock=clock,
                     on_person_changed=schedule_updater())
    screen = safety or build_screen()
    detect, detecting = build_detector()
    coach = Coach(store, render_trend, render_team_heatmap, screens=screen.screens,
                  detect_language=detect)
    return Wiring(settings, engine, store, coach, clock, screen, detecting)
