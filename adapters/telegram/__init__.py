"""Telegram adapter (python-telegram-bot 22): see docs/telegram.md."""
