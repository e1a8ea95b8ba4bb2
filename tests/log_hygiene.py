"""No health data in logs: logging set up as `coach run` does, at DEBUG, every record kept;
a way to make the check-in write fail; and the check over every record.

Used by tests/adapters/telegram/test_telegram_logs.py and tests/adapters/slack/test_slack_logs.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, text

from bot import logs

CHECKIN = "6 7 5 8"  # sleep, arousal, recovery, mood
EXTRAS = "rhr 47 hrv 91 rpe 7"
CRISIS = "I want to die tonight, I have the pills here"
# how the check-in's values would show up in a leaked statement, row or body
VALUE_PATTERNS = (
    re.compile(r"\b6, 7, 5, 8\b"),
    re.compile(r"Failing row contains"),
    re.compile(r"\[parameters: "),
    re.compile(r"['\"]sleep['\"]: ?6\b"),
    re.compile(r"\b47, 91(\.0)?\b"),
)


@contextmanager
def production_logging_at_debug(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """`bot.logs.configure("DEBUG")` with every record captured; undone afterwards."""
    names = [*logs.LIBRARY_FLOORS, logs.TELEGRAM_WEBHOOK_LOGGER]
    levels = {name: logging.getLogger(name).level for name in names}
    filters = list(logging.getLogger(logs.TELEGRAM_WEBHOOK_LOGGER).filters)
    factory = logging.getLogRecordFactory()
    logs.configure("DEBUG")
    caplog.set_level(logging.DEBUG)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
        logging.getLogger(logs.TELEGRAM_WEBHOOK_LOGGER).filters[:] = filters
        logging.setLogRecordFactory(factory)


@contextmanager
def checkin_writes_fail(engine: Engine) -> Iterator[None]:
    """Every write of a check-in row fails in the database, as a full disk or a constraint
    would: a SQLite trigger, or a PostgreSQL CHECK (whose error quotes the failing row)."""
    if engine.dialect.name == "sqlite":
        install = [f"CREATE TRIGGER forced_{op} BEFORE {op} ON checkins "
                   "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"
                   for op in ("INSERT", "UPDATE")]
        remove = ["DROP TRIGGER forced_INSERT", "DROP TRIGGER forced_UPDATE"]
    else:
        install = ["ALTER TABLE checkins ADD CONSTRAINT ck_forced CHECK (sleep IS NULL) NOT VALID"]
        remove = ["ALTER TABLE checkins DROP CONSTRAINT ck_forced"]
    with engine.begin() as connection:
        for statement in install:
            connection.execute(text(statement))
    try:
        yield
    finally:
        with engine.begin() as connection:
            for statement in remove:
                connection.execute(text(statement))


def rendered(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every record of the test's set-up and call, formatted with its traceback, plus every
    attribute the record carries. Left out: aiohttp's access log, whose request lines (no
    bodies) come from the fake platform servers (the fake Bot API's URLs hold its token)."""
    records = [r for r in (*caplog.get_records("setup"), *caplog.get_records("call"))
               if r.name != "aiohttp.access"]  # request lines of the fake platform servers
    return [caplog.handler.format(record) + "\n" + repr(vars(record)) for record in records]


def assert_nothing_private(
    caplog: pytest.LogCaptureFixture, words: Iterable[str], expect: Iterable[str] = ()
) -> None:
    """No record holds any of `words` (message texts, tokens) or a check-in value; and the
    records do include each of `expect` (so the check looked at the right records)."""
    logged = rendered(caplog)
    everything = "\n".join(logged)
    for seen in expect:
        assert seen in everything, f"expected a record with {seen!r}"
    for word in words:
        leaks = [line for line in logged if word in line]
        assert not leaks, f"{word!r} logged: {leaks[0][:2000]}"
    for pattern in VALUE_PATTERNS:
        leaks = [line for line in logged if pattern.search(line)]
        assert not leaks, f"{pattern.pattern!r} logged: {leaks[0][:2000]}"
