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


def database_url(settings: Settings) -> str:
    return settings.database_url or default_database_url()


def build(settings: Settings, *, clock: Clock, migrate: bool = True) -> Wiring:
    """Migrate the database to head (start-up), then wire the store and the Coach.

    `clock` is the process's one clock (bot/clock.py): everything built here, and everything
    later given this `Wiring`, takes "now" from it."""
    url = database_url(settings)
    if migrate:
        upgrade(url)
    engine = make_engine(url)
    store = SqlStore(make_session_factory(engine), clock=clock,
                     on_person_changed=schedule_updater())
    coach = Coach(store, render_trend, render_team_heatmap)
    return Wiring(settings, engine, store, coach, clock)
