"""SafetyMemory: bounded, expiring, per person, thread-safe; never more than the screen reads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from core.coach.safety_memory import SafetyMemory

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ANA, BEN = ("telegram", "1"), ("telegram", "2")


def test_context_is_the_last_five_of_the_hour_each_cut_to_its_end() -> None:
    memory = SafetyMemory()
    for minute in range(7):
        memory.remember(ANA, f"{'y' * 600}{minute}", T0 + timedelta(minutes=minute))
    context = memory.context(ANA, T0 + timedelta(minutes=10))
    assert [m[-1] for m in context] == ["2", "3", "4", "5", "6"]
    assert all(len(m) == 500 for m in context)
    later = memory.context(ANA, T0 + timedelta(minutes=63, seconds=30))
    assert [m[-1] for m in later] == ["4", "5", "6"]  # minute 3 is more than an hour ago
    assert memory.context(ANA, T0 + timedelta(hours=2)) == []
    assert memory.context(BEN, T0) == []


def test_words_older_than_the_hour_are_dropped_when_anyone_writes() -> None:
    memory = SafetyMemory()
    memory.remember(ANA, "a hard morning", T0)
    memory.remember(BEN, "hello", T0 + timedelta(minutes=61))
    assert len(memory) == 1  # Ana's words are gone from memory, not just hidden
    assert memory.context(ANA, T0) == []


def test_at_most_so_many_people_least_recently_seen_first() -> None:
    memory = SafetyMemory(people=3)
    for n in range(5):
        memory.remember(("slack", str(n)), "hi", T0 + timedelta(seconds=n))
    assert len(memory) == 3
    assert memory.context(("slack", "0"), T0 + timedelta(seconds=5)) == []
    assert memory.context(("slack", "4"), T0 + timedelta(seconds=5)) == ["hi"]


def test_forget() -> None:
    memory = SafetyMemory()
    memory.remember(ANA, "words", T0)
    memory.forget(ANA)
    assert memory.context(ANA, T0) == [] and len(memory) == 0


def test_many_threads_at_once() -> None:
    memory = SafetyMemory(people=50)

    def talk(n: int) -> None:
        for i in range(200):
            key = ("telegram", str((n * 7 + i) % 80))
            memory.remember(key, f"m{i}", T0 + timedelta(seconds=i))
            memory.context(key, T0 + timedelta(seconds=i))

    threads = [threading.Thread(target=talk, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(memory) <= 50
