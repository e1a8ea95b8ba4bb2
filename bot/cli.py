"""The `coach` command line: chat, demo, db upgrade, tick, run."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from datetime import datetime

from bot import bootstrap, logs
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
        bootstrap.build(settings)
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
    wiring = bootstrap.build(settings)
    from bot.console_chat import chat

    user = args.user or getpass.getuser()
    return chat(wiring.coach, wiring.store, user, args.at)


if __name__ == "__main__":
    raise SystemExit(main())
