"""Logging, configured once in the entry point. Never log message text, health data or tokens.

Three guards, all installed by `configure` (docs/operations.md, "Logs"):

- Libraries that log request URLs or bodies are held above the level where they do: httpx
  (Telegram URLs hold the bot token) at WARNING, python-telegram-bot at INFO, slack_sdk and
  slack_bolt at WARNING (their DEBUG records hold every posted body, crisis replies
  included; Bolt logs the whole body of a request with a bad signature at INFO), SQLAlchemy
  at WARNING (its DEBUG records hold result rows).
- python-telegram-bot's webhook logs an update it cannot parse at CRITICAL with the update
  itself: that record keeps its level but loses the data. Its rate limiter's "Rate limit hit
  after maximum of 0 retries" (a push's 429, which the sender retries) becomes one INFO line.
- Database errors: the engines hide statement parameters (`hide_parameters=True`), and a
  logged database exception keeps its traceback and SQL but not the driver's message, which
  can quote a value or a whole row (PostgreSQL's "Failing row contains (...)").
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

# the lowest level each library may log at, whatever COACH_LOG_LEVEL asks for
LIBRARY_FLOORS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "telegram": logging.INFO,
    "slack_sdk": logging.WARNING,
    "slack_bolt": logging.WARNING,
    "sqlalchemy": logging.WARNING,
    "alembic": logging.WARNING,
}
TELEGRAM_WEBHOOK_LOGGER = "telegram.ext.Updater"
TELEGRAM_LIMITER_LOGGER = "telegram.ext.AIORateLimiter"
DATABASE_MODULES = ("sqlalchemy", "psycopg", "sqlite3", "_sqlite3")
HIDDEN = "(message hidden: it may quote stored values)"


def configure(level: str) -> None:
    """Root handler at `level` (COACH_LOG_LEVEL), libraries held at their floors, and the
    record guards installed (idempotent: tests call it more than once)."""
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    asked = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    for name, floor in LIBRARY_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, asked))
    webhook = logging.getLogger(TELEGRAM_WEBHOOK_LOGGER)
    if not any(isinstance(f, UnparsableUpdateFilter) for f in webhook.filters):
        webhook.addFilter(UnparsableUpdateFilter())
    limiter = logging.getLogger(TELEGRAM_LIMITER_LOGGER)
    if not any(isinstance(f, PushRateLimitFilter) for f in limiter.filters):
        limiter.addFilter(PushRateLimitFilter())
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, DatabaseErrorGuard):
        logging.setLogRecordFactory(DatabaseErrorGuard(factory))


class UnparsableUpdateFilter(logging.Filter):
    """PTB's webhook logs an update it could not parse with the update's data (the person's
    words) as an argument: keep the record, drop the data and the exception's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.args:
            record.msg = "Telegram sent an update that could not be parsed; it was dropped"
            record.args = ()
            if record.exc_info and record.exc_info[1] is not None:
                record.exc_text = f"{type(record.exc_info[1]).__qualname__} {HIDDEN}"
                record.exc_info = None
        return True


class PushRateLimitFilter(logging.Filter):
    """The push bot's limiter never retries (`adapters.telegram.app.push_bot`), and PTB logs
    each 429 it passes on as "Rate limit hit after maximum of 0 retries" at ERROR with a
    traceback: the sender retries it, so it is an INFO line without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args == (0,) and str(record.msg).startswith("Rate limit hit after maximum"):
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.msg, record.args = "Telegram 429 on a push; the outbox sender retries it", ()
            record.exc_info, record.exc_text = None, None
        return True


class DatabaseErrorGuard:
    """A log record factory: a record carrying a database exception gets its traceback with
    each database exception's message replaced by its SQL alone (no values)."""

    def __init__(self, make: Any) -> None:
        self._make = make

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record: logging.LogRecord = self._make(*args, **kwargs)
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            if any(_from_database(e) for e in _chain(error)):
                record.exc_text = safe_traceback(error)
                record.exc_info = None
        return record


def safe_traceback(error: BaseException) -> str:
    """The traceback of `error` and its causes, as `traceback` prints it, except that a
    database exception's message is replaced by what cannot hold a value: SQLAlchemy's by
    its SQL, psycopg's by its SQLSTATE, table and constraint. (SQLite's own messages name
    tables and constraints, never values, and are kept.)"""
    parts: list[str] = []
    older: BaseException | None = None
    for link in reversed(_chain(error)):
        if older is not None:
            parts.append(CAUSE if link.__cause__ is older else CONTEXT)
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(link.__traceback__))
        parts.append(f"{_name(type(link))}: {_message(link)}\n")
        older = link
    return "".join(parts).rstrip("\n")


CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _chain(error: BaseException) -> list[BaseException]:
    """`error`, then its cause or context, and so on (newest first)."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and all(link is not seen for seen in chain):
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain


def _from_database(error: BaseException) -> bool:
    return type(error).__module__.split(".")[0] in DATABASE_MODULES


def _message(error: BaseException) -> str:
    package = type(error).__module__.split(".")[0]
    if package not in DATABASE_MODULES or package in ("sqlite3", "_sqlite3"):
        return str(error)
    if package == "sqlalchemy":
        statement = getattr(error, "statement", None)
        return f"{HIDDEN} [SQL: {statement}]" if statement else HIDDEN
    diag = getattr(error, "diag", None)  # psycopg: what the server said, field by field
    named = [f"{label} {value}" for label, value in (
        ("SQLSTATE", getattr(error, "sqlstate", None)),
        ("table", getattr(diag, "table_name", None)),
        ("constraint", getattr(diag, "constraint_name", None)),
    ) if value]
    return f"{HIDDEN} {', '.join(named)}".rstrip()


def _name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


