"""`build_screen(background=True)`: the console's first reply does not wait for the
classifier to load, and no free text is ever screened without it."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest

import bot.safety
from core.safety import Category, Level
from tests.coach.safety_script import Screening


class SlowScreener:
    """Loads only when `ready` is set; calls it anything urgent (so its use shows)."""

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.health, self.reason = bot.safety.HEALTHY, None

    def load(self) -> SlowScreener:
        assert self.ready.wait(10)
        return self

    def screen(self, text: str, context: Sequence[str] = ()) -> Screening:
        return Screening(Level.URGENT, Category.SUICIDE_SELF_HARM)


def test_a_command_is_screened_at_once_and_free_text_waits_for_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slow = SlowScreener()
    monkeypatch.setattr(bot.safety, "load_screener", slow.load)
    screens = bot.safety.build_screen(background=True).screens
    assert screens("/start", []).level is Level.NONE  # the rules, without waiting
    found: list[Level] = []
    waiting = threading.Thread(target=lambda: found.append(screens("so done fr", []).level))
    waiting.start()
    waiting.join(0.3)
    assert waiting.is_alive() and found == []  # free text waits for the classifier
    slow.ready.set()
    waiting.join(10)
    assert found == [Level.URGENT]
    assert screens("/start", []).level is Level.URGENT  # loaded: everything goes through it
