"""core.understanding is pure and total: it never raises, and long or repetitive text costs
little (the patterns read a bounded prefix; settings and ratings refuse long text first)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.checkin_fields import CheckIn
from core.understanding import CONTEXTS, Unknown, as_spec, understand
from core.understanding.model import Ratings

WORDS = ("what", "does", "is", "tomorrow", "7", "6", "sleep", "mood", "my", "knee", "hurts",
         "can", "i", "skip", "swap", "9-5", "gmt", "pause", "for", "3", "days", "/set", "work",
         "energy", "ms", "rpe", "?", "!", "2moro", "\u0667", "7\ufe0f\u20e3", "half", "11")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), context=st.sampled_from([*CONTEXTS, "nonsense"]))
def test_any_text_in_any_context_is_understood_as_something(text: str, context: str) -> None:
    assert as_spec(understand(text, context))["kind"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=60),
       context=st.sampled_from(CONTEXTS))
def test_phrases_from_the_vocabulary_never_raise(words: list[str], context: str) -> None:
    assert as_spec(understand(" ".join(words), context))["kind"]


@pytest.mark.parametrize("text", [
    "what does " * 250 + "arousal", "what " * 500, "7 " * 1000, "9-" * 1000, "a" * 5000,
    "sleep " * 800, "is " * 300, "do " * 400, "/set timezone " + "a" * 3000,
])  # fmt: skip
def test_long_or_repetitive_text_costs_little(text: str) -> None:
    for context in ("idle", "checkin:sleep", "extras", "onboarding:timezone", "onboarding:work"):
        best = min(_cpu_ms(text, context) for _ in range(3))
        assert best < 20, (text[:20], context, best)


def _cpu_ms(text: str, context: str) -> float:
    started = time.thread_time()
    understand(text, context)
    return (time.thread_time() - started) * 1000


def test_empty_text_is_unknown() -> None:
    assert understand("   ") == Unknown()


@pytest.mark.parametrize("said", ["7/10 for everything", "7 for everything", "7 across the board"])
def test_one_number_for_everything_is_a_check_in_without_an_open_question(said: str) -> None:
    """The README's example worked only inside /checkin (a newcomer's trial)."""
    found = understand(said, "idle")
    assert isinstance(found, Ratings) and found.checkin == CheckIn(7, 7, 7, 7)
