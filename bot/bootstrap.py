"""The one composition root: settings -> engine -> store -> Coach. Nothing is built at import."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from adapters.charts.heatmap import render_team_heatmap
from adapters.charts.trend import render_trend  # both import matplotlib only when drawing
from adapters.storage.engine import default_database_url, make_engine, make_session_factory
from adapters.storage.migrate import upgrade
from adapters.storage.store import SqlStore
from bot.clock import Clock
from bot.safety import NO_SCREEN, SafetyScreen, build_detector, build_screen
from bot.scheduling.hooks import schedule_updater
from bot.settings import Settings
from core.coach import Coach
from core.coach.safety_flow import no_detection


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


def migrate_database(settings: Settings) -> None:
    """`coach db upgrade`: the database to the latest migration, nothing else built."""
    upgrade(database_url(settings))


def build(
    settings: Settings,
    *,
    clock: Clock,
    migrate: bool = True,
    safety: SafetyScreen | None = None,
    screening: bool = True,
    pre_ping: bool = True,
    engine: Engine | None = None,
) -> Wiring:
    """Migrate the database to head (start-up), then wire the store and the Coach.

    `clock` is the process's one clock (bot/clock.py): everything built here, and everything
    later given this `Wiring`, takes "now" from it. `safety`: the screen (default
    `bot.safety.build_screen()`); the language detector is loaded once per process.
    `screening=False` (a process that never handles a person's message: `coach tick`, a
    sender alone): no classifier and no language detector are loaded; the Coach gets
    `bot.safety.NO_SCREEN`, which refuses to screen. `pre_ping=False` (tests only: a
    database server that never restarts): no ping before each pooled connection is used
    (`adapters.storage.engine.make_engine`). `engine` (tests only: one engine kept across
    tests, tests/dbfixtures.py): that engine on the same database instead of a new one; the
    caller keeps and disposes it, and `pre_ping` does not apply."""
    if not screening and safety is not None:
        raise ValueError("a screen was given to a process built without screening")
    url = database_url(settings)
    if engine is not None and engine.url != make_url(url):
        raise ValueError("the engine given is on another database than the settings'")
    if migrate:
        upgrade(url)
    if engine is None:
        engine = make_engine(url, pre_ping=pre_ping)
    store = SqlStore(make_session_factory(engine), clock=clock,
                     on_person_changed=schedule_updater())
    if screening:
        screen = safety or build_screen()
        detect, detecting = build_detector()
    else:
        screen, detect, detecting = NO_SCREEN, no_detection, False
    coach = Coach(store, render_trend, render_team_heatmap, screens=screen.screens,
                  detect_language=detect)
    return Wiring(settings, engine, store, coach, clock, screen, detecting)
