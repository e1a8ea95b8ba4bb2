"""Logging, configured once in the entry point. Never log message text or tokens."""

from __future__ import annotations

import logging


def configure(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs full request URLs, and Telegram's URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # python-telegram-bot's DEBUG records hold the token (the API URL) and message text.
    asked = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    logging.getLogger("telegram").setLevel(max(logging.INFO, asked))
    # slack_bolt and slack_sdk log request and response bodies (message text) at DEBUG.
    logging.getLogger("slack_bolt").setLevel(max(logging.INFO, asked))
    logging.getLogger("slack_sdk").setLevel(max(logging.INFO, asked))
    logging.getLogger("alembic").setLevel(logging.WARNING)
