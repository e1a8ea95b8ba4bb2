"""What the safety flow remembers about a person's words, in memory only: their last few
messages of the last hour (context for the screen).

Never stored in the database or logged. Bounded three ways: at most `messages` per person,
each cut to its last `chars`; at most `people` people (least recently seen dropped first);
and messages expire after `window`. Expiry is measured on the inbound messages' own times
(core reads no clock), so each new message also sweeps out the people whose last words are
older than the window. Thread-safe: the async adapters call the Coach from worker threads.
A restart (or another replica) starts with empty context. The safety question left open to
a person is not kept here but in the database (`Tx.safety_question`), so that its answer
is understood after a restart and on any replica.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.safety.finding import CONTEXT_CHARS, CONTEXT_MESSAGES

Key = tuple[str, str]  # (platform, platform user id)


@dataclass
class _Entry:
    messages: deque[tuple[datetime, str]]


class SafetyMemory:
    """Per-person context (see the module docstring)."""

    def __init__(
        self,
        *,
        window: timedelta = timedelta(hours=1),
        messages: int = CONTEXT_MESSAGES,
        chars: int = CONTEXT_CHARS,
        people: int = 10_000,
    ) -> None:
        self._window, self._messages, self._chars = window, messages, chars
        self._people = people
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
        words from the least recently seen people: at most `_SWEEP` entries a call, stopping
        at the first with words still inside the window (all later ones were seen later)."""
        while len(self._entries) > self._people:
            self._entries.popitem(last=False)
        for key in list(self._entries)[:_SWEEP]:
            entry = self._entries[key]
            while entry.messages and at - entry.messages[0][0] > self._window:
                entry.messages.popleft()
            if entry.messages:
                break
            del self._entries[key]


_SWEEP = 64
