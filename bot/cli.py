"""The `coach` command line: chat, demo, db upgrade, tick, run."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NoReturn

from bot import logs
from bot.clock import FixedClock, system_clock
from bot.console_chat import NotUtf8
from bot.settings import MissingSetting, Settings

log = logging.getLogger(__name__)


EARLIEST_AT, LATEST_AT = 1970, 2999  # --at years the calendar arithmetic can always handle
STOPPED = "everything answered before it is saved"


def _iso(value: str) -> datetime:
    try:
        at = datetime.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"not an ISO date-time: {value!r} (try 2026-11-23T07:30)") from error
    if not EARLIEST_AT <= at.year <= LATEST_AT:
        raise argparse.ArgumentTypeError(
            f"{value!r} is out of range: years {EARLIEST_AT}-{LATEST_AT} (try 2026-11-23T07:30)")
    return at


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (`coach chat: error: ...`), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    root = OneLineParser(prog="coach", description="Rhythm Coach")
    commands = root.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
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
    """Run a command; every expected failure is one line on stderr, never a traceback."""
    try:
        args = parser().parse_args(argv)
        settings = Settings()
        logs.configure(settings.log_level)
        return _dispatch(args, settings)
    except MissingSetting as missing:
        return _fail(str(missing), 2)
    except NotUtf8 as bad:
        return _fail(f"{bad}; stopped there ({STOPPED})", 1)
    except KeyboardInterrupt:
        return _fail(f"interrupted ({STOPPED})", 130)
    except BrokenPipeError:
        # the reader went away (`coach chat | head -1`): nothing more can be shown
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _fail(f"output closed; stopped ({STOPPED})", 1)
    except Exception as error:
        if not type(error).__module__.startswith("sqlalchemy"):
            raise
        # the database refused or could not be reached (locked past the busy timeout,
        # PostgreSQL down): one line, without SQL or parameters
        reason = str(getattr(error, "orig", None) or type(error).__name__).splitlines()[0]
        return _fail(f"the database refused: {reason[:120]} ({STOPPED})", 1)


def _fail(message: str, status: int) -> int:
    print(f"coach: {message}", file=sys.stderr)
    return status


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "db":
        from bot import bootstrap  # imported per command: a usage error stays instant

        bootstrap.migrate_database(settings)
        print("database is at the latest schema")
        return 0
    if args.command == "tick":
        from bot.scheduling.once import tick_once

        return tick_once(settings, args.at)
    if args.command == "run":
        import asyncio

        from bot.settings import PLATFORMS, check_settings

        check_settings(settings, PLATFORMS[args.platform])  # a one-line error, at once
        from bot.run import serve

        asyncio.run(serve(settings, args.platform))
        return 0
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo(args.out)
    return _chat(args, settings)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    """`coach chat`: the wall clock, or with `--at` one fixed clock for everything built."""
    from bot import bootstrap
    from bot.console_chat import chat, fix_clock
    from bot.safety import build_screen

    user = args.user if args.user is not None else getpass.getuser()
    if not user.strip():
        return _fail("--user is empty", 2)
    try:
        user.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in argv arrive as lone surrogates
        return _fail("--user is not valid UTF-8", 2)
    safety = build_screen(background=True)  # the classifier loads while the coach starts
    if args.at is None:
        wiring = bootstrap.build(settings, clock=system_clock, safety=safety)
    else:
        # until the person's zone is known, a naive --at is read as UTC
        clock = FixedClock(args.at if args.at.tzinfo else args.at.replace(tzinfo=UTC))
        wiring = bootstrap.build(settings, clock=clock, safety=safety)
        fix_clock(clock, args.at, wiring.store, user)
    try:
        return chat(wiring.coach, wiring.clock, user)
    finally:
        wiring.engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
