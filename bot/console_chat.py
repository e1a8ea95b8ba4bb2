"""`coach chat`: talk to the coach in the terminal, or pipe a script of messages through it."""

from __future__ import annotations

import logging
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from adapters.console.translate import render, to_inbound
from bot.clock import Clock, FixedClock
from core.coach import Coach, texts
from core.messages import NOT_SAVED, Inbound, Platform, Reply
from core.store import Store

OUT_DIR = Path("coach-files")
logger = logging.getLogger(__name__)


def person_zone(store: Store, user: str) -> ZoneInfo:
    with store.transaction() as tx:
        person = tx.find_person(Platform.CONSOLE, user)
    return ZoneInfo(person.timezone if person else "UTC")


def resolve_at(at: datetime, store: Store, user: str) -> datetime:
    """`--at` without an offset is the person's local wall-clock time."""
    if at.tzinfo is not None:
        return at
    return at.replace(tzinfo=person_zone(store, user))


def fix_clock(clock: FixedClock, at: datetime, store: Store, user: str) -> None:
    """Set the process's fixed clock to `--at`, read in the person's zone when it has no
    offset (the clock was built before the store could be asked for that zone)."""
    clock.at = resolve_at(at, store, user)


class NotUtf8(Exception):
    """A piped input line that is not valid UTF-8 (the message names the line)."""


def _lines(stream: TextIO) -> Iterator[str]:
    """Typed lines on a terminal; piped lines otherwise."""
    return _typed_lines() if stream.isatty() else _piped_lines(stream)


def _typed_lines() -> Iterator[str]:
    """A typed line that is not UTF-8 is refused and asked for again."""
    print("Rhythm Coach (console). Type a message; Ctrl-D to leave.")
    while True:
        try:
            yield input("you> ")
        except EOFError:
            print()
            return
        except UnicodeDecodeError:
            print("coach: that line was not valid UTF-8; please type it again", file=sys.stderr)


def _piped_lines(stream: TextIO) -> Iterator[str]:
    """Each line decoded on its own: NotUtf8 at the first that is not UTF-8 (the lines
    before it have been answered and saved by then)."""
    for number, raw in enumerate(stream.buffer, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            raise NotUtf8(f"input line {number} is not valid UTF-8") from None


def chat(coach: Coach, clock: Clock, user: str,
         lines: Iterable[str] | None = None, out: TextIO | None = None) -> int:
    """Send each line to the coach, stamped with the process's clock, and print every reply
    (to `out`, default the current sys.stdout)."""
    out = out or sys.stdout
    for line in lines if lines is not None else _lines(sys.stdin):
        if not line.strip():
            continue
        replies = _handled(coach, to_inbound(line, user, clock()))
        if any(reply.text == texts.DELETED for reply in replies):  # said after the commit
            forget_files(user)
        for reply in replies:
            print(f"coach> {render(reply, files_of(user))}", file=out, flush=True)
    return 0


def forget_files(user: str) -> None:
    """After `/delete`: remove the person's exports and charts too (they hold health data;
    a newcomer found an export still on disk after "everything about you has been
    deleted")."""
    shutil.rmtree(files_of(user), ignore_errors=True)


def files_of(user: str) -> Path:
    """Where the console writes this person's files (exports, charts): a folder of their
    own under coach-files/, so two people's same-day exports never overwrite each other."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", user).strip(".") or "_"
    return OUT_DIR / safe[:64]


def _handled(coach: Coach, inbound: Inbound) -> list[Reply]:
    """The coach's replies; when it fails its transaction is rolled back: say so, go on."""
    try:
        return coach.handle(inbound)
    except Exception:
        logger.exception("The coach failed on a console line")
        return [Reply(NOT_SAVED)]
