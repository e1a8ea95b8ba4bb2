"""Shared test set-up: the database fixtures (SQLite and PostgreSQL) for every test package,
and the wall clock moved a year and a day ahead for the whole run.

No test may depend on today's date (docs/scheduling.md, "One clock"): tests simulate time
with fixed clocks (tests/clocks.py). To prove it, every run moves this process's wall clock
(`datetime.now`, `time.time`, ...) COACH_TEST_WALL_CLOCK_SHIFT_DAYS ahead (default 366; 0
turns it off) with time-machine; a test that leaks the wall clock into a date then fails,
as the calendar would make it fail one day. Durations (`time.monotonic`) are not moved.
"""

from __future__ import annotations

import gc
import os
import ssl
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
import time_machine

from tests.dbfixtures import (  # noqa: F401 (fixtures are found by name)
    database_url,
    engine,
    postgres_database_url,
    session_factory,
    sqlite_folder,
    sqlite_template,
    store,
)

if TYPE_CHECKING:
    from adapters.safety_model.heads import Heads
    from adapters.safety_model.load import LoadedScreener
    from core.safety.screener import Scores

SHIFT_DAYS = int(os.environ.get("COACH_TEST_WALL_CLOCK_SHIFT_DAYS", "366"))
# The tests that take longest, longest first (`pytest --durations=25` shows them). They run
# first, so that with pytest-xdist's load scheduling they spread over the
# workers at the start instead of one of them starting last and running on alone. They are
# marked `slow` too (`-m "not slow"` while developing). A missing entry only costs time.
SLOW = (
    "tests/scheduling/test_replicas.py::",
    "tests/scheduling/test_sender_crash.py::",
    "tests/scheduling/test_telegram_pushes.py::test_200_prompts_through_a_429_storm",
    "tests/scheduling/test_prompts_delivered.py::test_sit_breaks_only_in_work_hours",
    "tests/scheduling/test_prompts_delivered.py::test_the_weekly_review_answer",
    "tests/cli/",
    "tests/core/test_checkin_fuzz.py::",
    "tests/core/safety/test_safety_rules.py::test_screen_never_raises",
    "tests/adapters/telegram/test_telegram_port.py::test_a_burst_through_a_429_storm",
    "tests/adapters/telegram/test_telegram_groups.py::test_a_migrated_error_on_the_digest",
    "tests/scheduling/test_tick_command.py::",
)
_travel: list[time_machine.travel] = []


# The cyclic garbage collector in each test process: a young collection every 7,000 net
# allocations instead of 700, a full one after 100 middle ones instead of 10 (and, as always,
# only when the long-lived objects grew by a quarter). Collection builds the syntax trees of
# every test module for assertion rewriting (the default collected everything alive 5 times
# on the way: 6.1 -> 4.5 s of CPU per process); with the collector stopped from walking what
# is alive after collection (`gc.freeze()`, pytest_collection_finish) the tests' own full
# collections halve (24 -> 13, 2.4 -> 1.3 s in tests/coach and two Telegram/safety files)
# for about 15 MB more memory at the peak.
GC_THRESHOLDS = (7000, 10, 100)


def pytest_configure(config: pytest.Config) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    if SHIFT_DAYS and not _travel:
        moved = datetime.now(UTC) + timedelta(days=SHIFT_DAYS)
        _travel.append(time_machine.travel(moved, tick=True))
        _travel[0].start()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The SLOW tests first, longest (SLOW's order) first, marked `slow`; the rest as
    collected."""

    def rank(item: pytest.Item) -> int:
        found = [n for n, prefix in enumerate(SLOW) if item.nodeid.startswith(prefix)]
        return found[0] if found else len(SLOW)

    for item in items:
        if rank(item) < len(SLOW):
            item.add_marker(pytest.mark.slow)
    items.sort(key=rank)  # stable: the rest keep their order


# How many tests pytest-xdist's `--dist load` keeps queued on a worker (see below).
QUEUED_PER_WORKER = 4


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist load` with at most QUEUED_PER_WORKER tests queued on each worker.

    xdist's own load scheduling first hands each worker a quarter of its share (about 420
    tests), then tops a worker up to an eighth of what is left whenever it falls below. A
    queue that long holds tests handed out minutes before: at the end one worker still had
    its queue of Telegram and scheduling tests to run while the other had nothing left,
    idle for its last 11-17 s (measured at load 5-9). With short queues a worker takes the
    next tests from the one list as it goes (SLOW first, then the rest in collection order),
    so both finish within a test or two of each other; the controller's messages cost
    nothing measurable.

    A hand-out never ends between two neighbouring tests of one module with the same
    parameter (`same_parameter`): pytest puts the tests of a module-scoped parametrised
    fixture's value next to each other so that the fixture is built once, and a worker can
    keep it only if it gets both. tests/core/safety/test_heldout.py's `report` (a test set
    screened in full, 2-3 s each) was built twice for 3 of its 4 sets, once on each worker.
    Other `--dist` modes are xdist's own."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScheduling

    class ShortQueues(LoadScheduling):  # type: ignore[misc]
        def __init__(self, config: pytest.Config, log: Any = None) -> None:
            super().__init__(config, log)
            self.maxschedchunk = QUEUED_PER_WORKER  # the first hand-out too

        def check_schedule(self, node: Any, duration: float = 0) -> None:
            if node.shutting_down:
                return
            if not self.pending:
                node.shutdown()
                return
            queued = len(self.node2pending[node])
            if queued < QUEUED_PER_WORKER:
                self._send_tests(node, QUEUED_PER_WORKER - queued)

        def _send_tests(self, node: Any, num: int) -> None:
            pending, names = self.pending, self.collection
            most = min(len(pending), num + QUEUED_PER_WORKER)  # never a long queue
            while 0 < num < most and same_parameter(names[pending[num - 1]], names[pending[num]]):
                num += 1
            super()._send_tests(node, num)

    return ShortQueues(config, log)


def same_parameter(one: str, other: str) -> bool:
    """Two test ids of one module with the same parameter id (`...py::a[x]`, `...py::b[x]`)."""
    module, _, test = one.partition("::")
    other_module, _, other_test = other.partition("::")
    param = test.partition("[")[2]
    return bool(param) and module == other_module and other_test.partition("[")[2] == param


def pytest_unconfigure(config: pytest.Config) -> None:
    while _travel:
        _travel.pop().stop()


def pytest_report_header(config: pytest.Config) -> str:
    return f"wall clock moved {SHIFT_DAYS} days ahead (COACH_TEST_WALL_CLOCK_SHIFT_DAYS)"


@pytest.fixture(scope="session", autouse=True)
def classifier_memo() -> Iterator[None]:
    """Each test process scores a distinct text with the classifier once.

    The classifier is a deterministic function of its input (`adapters/safety_model/heads.py`:
    the same text gives the same scores, in a batch or alone, to about 1e-7), and the tests
    send the same texts again and again ("7 7 7 7", "/checkin", "what's today's session?"):
    scoring them once per process saved about a fifth of the suite's CPU. The memo is per
    loaded `Heads` (a test with other heads gets its own) and keyed by the exact text, so
    every test still screens through the real rules, context and thresholds."""
    from adapters.safety_model.heads import Heads

    score = Heads.__call__

    def memoised(self: Heads, texts: Sequence[str]) -> list[Scores]:
        memo: dict[str, Scores] = self.__dict__.setdefault("_test_memo", {})
        missing = [text for text in dict.fromkeys(texts) if text not in memo]
        if missing:
            memo.update(zip(missing, score(self, missing), strict=True))
        return [memo[text] for text in texts]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Heads, "__call__", memoised)
        yield


@pytest.fixture(scope="session", autouse=True)
def one_default_ssl_context() -> Iterator[None]:
    """The httpx clients of this test process share one SSL context per way of verifying.

    Every httpx client (python-telegram-bot builds two per Application, one per push bot)
    loads a CA bundle into a new SSL context: about 30 ms of CPU each, 60 ms or more per
    Telegram test, whose fake Bot API is plain HTTP on 127.0.0.1. A context asked for with
    `verify` True or False, no client certificate, is built once per (verify, trust_env,
    SSL_CERT_FILE, SSL_CERT_DIR) and handed to every client asking the same, as httpx's
    documentation recommends for clients that verify the same way; any other request builds
    its own as before. Processes the tests start (`coach`, the senders) are not affected."""
    import httpx._transports.default as transports

    build = transports.create_ssl_context
    shared: dict[tuple[object, ...], ssl.SSLContext] = {}

    def create_ssl_context(
        verify: ssl.SSLContext | str | bool = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if not isinstance(verify, bool) or cert is not None:
            return build(verify=verify, cert=cert, trust_env=trust_env)
        key = (verify, trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if key not in shared:
            shared[key] = build(verify=verify, cert=cert, trust_env=trust_env)
        return shared[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", create_ssl_context)
        yield


def _network_blocked(load: Callable[[], LoadedScreener]) -> LoadedScreener:
    """`load()` with network sockets blocked, then one screening (nothing may be
    downloaded, at load or at first use)."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network blocked while the safety model loads")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        patch.setattr(socket.socket, "connect_ex", refuse)
        patch.setattr(socket, "create_connection", refuse)
        patch.setattr(socket, "getaddrinfo", refuse)
        screener = load()
        screener.screen("warm up with the network blocked", ["an earlier message"])
    return screener


_PRIMED: list[LoadedScreener] = []  # this process's own screener, loaded with the network blocked


def pytest_collection_finish(session: pytest.Session) -> None:
    """When a collected test uses `safety_screener`, load this process's screener
    (`adapters.safety_model.load.load_screener()`, lru-cached, which every Coach built by
    `bootstrap.build` shares) now, with the network blocked, before any test or thread runs:
    the fixture then hands out that one, instead of loading the classifier a second time
    (~1.5 s of CPU per test process)."""
    from adapters.safety_model.load import load_screener

    if session.config.option.collectonly:
        return
    wanted = any("safety_screener" in getattr(item, "fixturenames", ()) for item in session.items)
    if wanted and not load_screener.cache_info().currsize:
        _PRIMED.append(_network_blocked(load_screener))
    # Everything alive now (the imported modules, the test items, the classifier's
    # vocabulary and weights) lives until the process ends: moved out of the cyclic garbage
    # collector's reach (see GC_THRESHOLDS), its full collections see only what the tests
    # allocate.
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def safety_screener() -> LoadedScreener:
    """The trained safety screen, loaded once per test process, with network sockets
    blocked while it loads and first screens (nothing may be downloaded): the process's own
    (primed at collection, above), or, when that one was loaded without the block, a second
    one loaded now."""
    if _PRIMED:
        return _PRIMED[0]
    from adapters.safety_model.load import HERE, load_from

    return _network_blocked(lambda: load_from(HERE))
