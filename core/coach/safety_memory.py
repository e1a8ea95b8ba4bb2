"""What the safety flow remembers about a person, in memory only: their last few messages of
the last hour (context for the screen) and the safety question left open to them.

Never stored in the database or logged. Bounded three ways: at most `messages` per person,
each cut to its last `chars`; at most `people` people (least recently seen dropped first);
and everything expires: messages after `window`, an open question after `question_for`.
Expiry is measured on the inbound messages' own times (core reads no clock), so each new
message also sweeps out the people whose last words are older than the window.
Thread-safe: the async adapters call the Coach from worker threads.
A restart forgets all of it: context starts empty, and a tap on an old question's button is
answered as a stale tap (a "yes" is never refused; see safety_flow).
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core.safety.finding import CONTEXT_CHARS, CONTEXT_MESSAGES

Key = tuple[str, str]  # (platform, platform user id)


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """A safety question asked and not yet answered.

    `kind`: "life" (after the crisis text), "band" (asked first, no helpline text) or
    "safe" (the follow-up after a single "no" to a message naming means, a plan or a time).
    `specifics`: the message that led here named means, a plan or a time.
    `language`, `country`: what the question was asked in, for the texts that follow.
    """

    kind: str
    token: str
    asked_at: datetime
    specifics: bool
    language: str
    country: str | None


@dataclass
class _Entry:
    messages: deque[tuple[datetime, str]]
    question: OpenQuestion | None = None
    last_token: str | None = field(default=None)


class SafetyMemory:
    """Per-person context and open safety questions (see the module docstring)."""

    def __init__(
        self,
        *,
        window: timedelta = timedelta(hours=1),
        messages: int = CONTEXT_MESSAGES,
        chars: int = CONTEXT_CHARS,
        people: int = 10_000,
        question_for: timedelta = timedelta(hours=24),
    ) -> None:
        self._window, self._messages, self._chars = window, messages, chars
        self._people, self._question_for = people, question_for
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def context(self, key: Key, at: datetime) -> list[str]:
        """The person's earlier messages within the window before `at`, oldest first."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return []
            return [text for when, text in entry.messages if at - self._window <= when <= at]

    def remember(self, key: Key, text: str, at: datetime) -> None:
        """Keep the end of this message as context for the person's next messages."""
        if not text.strip():
            return
        with self._lock:
            entry = self._touch(key)
            entry.messages.append((at, text[-self._chars :]))
            self._sweep(at)

    def question(self, key: Key, at: datetime) -> OpenQuestion | None:
        """The open safety question, if one was asked within `question_for` before `at`."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.question is None:
                return None
            if at - entry.question.asked_at > self._question_for:
                entry.question = None
                return None
            return entry.question

    def last_token(self, key: Key) -> str | None:
        with self._lock:
            entry = self._entries.get(key)
            return entry.last_token if entry else None

    def ask(self, key: Key, question: OpenQuestion) -> None:
        with self._lock:
            entry = self._touch(key)
            entry.question = question
            entry.last_token = question.token
            self._sweep(question.asked_at)

    def close(self, key: Key) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                entry.question = None

    def forget(self, key: Key) -> None:
        """Drop everything about the person (after /delete)."""
        with self._lock:
            self._entries.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def _touch(self, key: Key) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(deque(maxlen=self._messages))
            self._entries[key] = entry
        self._entries.move_to_end(key)
        return entry

    def _sweep(self, at: datetime) -> None:
        """Drop anyone beyond the `people` bound (least recently seen first), and expired
        words and questions from the least recently seen people: at most `_SWEEP` entries a
        call, stopping at the first with words still inside the window (all later ones were
        seen later)."""
        while len(self._entries) > self._people:
            self._entries.popitem(last=False)
        for key in list(self._entries)[:_SWEEP]:
            entry = self._entries[key]
            while entry.messages and at - entry.messages[0][0] > self._window:
                entry.messages.popleft()
            if entry.question is not None and at - entry.question.asked_at > self._question_for:
                entry.question = None
            if entry.messages:
                break
            if entry.question is None:
                del self._entries[key]
            else:
                self._entries.move_to_end(key)  # only a question left: check it again later


_SWEEP = 64
