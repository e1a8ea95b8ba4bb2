"""The `coach` command line: chat, demo, db upgrade, tick, run."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from bot import bootstrap, logs
from bot.clock import FixedClock, system_clock
from bot.settings import MissingSetting, Settings

log = logging.getLogger(__name__)


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not an ISO date-time: {value!r} (try 2026-11-23T07:30)") from error


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="coach", description="Rhythm Coach")
    commands = root.add_subparsers(dest="command", required=True)
    chat = commands.add_parser("chat", help="talk to the coach in the terminal")
    chat.add_argument("--user", default=None, help="who you are (default: your login name)")
    chat.add_argument("--at", type=_iso, default=None,
                      help="fix the clock, e.g. 2026-11-23T07:30 (no offset = your local time)")
    demo = commands.add_parser("demo", help="five simulated weeks of check-ins and a trend chart")
    demo.add_argument("--out", default="demo-out", help="folder for the chart")
    db = commands.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade"])
    tick = commands.add_parser("tick", help="one scheduler tick at an instant, printed")
    tick.add_argument("--at", type=_iso, required=True,
                      help="the instant, e.g. 2026-11-23T07:30 (no offset = UTC)")
    run = commands.add_parser("run", help="run the bot (Telegram, Slack or both) and the scheduler")
    run.add_argument("platform", choices=["telegram", "slack", "all"])
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings()
    logs.configure(settings.log_level)
    try:
        return _dispatch(args, settings)
    except MissingSetting as missing:
        print(f"coach: {missing}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "db":
        bootstrap.build(settings, clock=system_clock)
        print("database is at the latest schema")
        return 0
    if args.command == "tick":
        from bot.scheduling.once import tick_once

        return tick_once(settings, args.at)
    if args.command == "run":
        import asyncio

        from bot.run import serve

        asyncio.run(serve(settings, args.platform))
        return 0
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(args.out)
    return _chat(args, settings)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    """`coach chat`: the wall clock, or with `--at` one fixed clock for everything built."""
    from bot.console_chat import chat, fix_clock

    user = args.user or getpass.getuser()
    if args.at is None:
        wiring = bootstrap.build(settings, clock=system_clock)
        return chat(wiring.coach, wiring.clock, user)
    # until the person's zone is known, a naive --at is read as UTC
    clock = FixedClock(args.at if args.at.tzinfo else args.at.replace(tzinfo=UTC))
    wiring = bootstrap.build(settings, clock=clock)
    fix_clock(clock, args.at, wiring.store, user)
    return chat(wiring.coach, clock, user)


if __name__ == "__main__":
    raise SystemExit(main())
