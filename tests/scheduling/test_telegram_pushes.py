"""Scheduled prompts end to end on Telegram: the real tick, the real OutboxSender and the real
TelegramPort talking HTTP to the fake Bot API on 127.0.0.1, on a simulated clock.

The bot's own rate limiter does not retry here (max_retries=0), so every 429 reaches the port
and the outbox's RETRY path (next_attempt_at = now + retry_after on the simulated clock).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select
from telegram.ext import ExtBot

from adapters.storage.models import OutboxRow, PromptScheduleRow
from adapters.telegram.app import rate_limiter
from adapters.telegram.sender import ChatPacer, TelegramPort
from bot import bootstrap
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from core import guidance
from core.coach.prompts import REMINDER_INTRO
from core.messages import Platform
from tests.adapters.telegram.conftest import telegram_bot  # noqa: F401 (fixture)
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.scheduling.sim import Clock, FakePort, Sim

PEOPLE = 40
FIRST_CHAT = 7001
# wake 07:00 -> check-in 07:30, reminder 09:30; work 09:00-11:30 -> exactly two sit breaks
# whatever the person's minute; bed 23:00 -> wind-down 21:45: five prompts each on a Monday
SETTINGS = {"wake": time(7, 0), "bed": time(23, 0), "work_start": time(9, 0),
            "work_end": time(11, 30)}
pytestmark = pytest.mark.filterwarnings(  # PTB reads RetryAfter.retry_after itself (22.2+)
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def port(fake_bot_api: FakeBotApi) -> AsyncIterator[TelegramPort]:
    limiter = rate_limiter(overall_per_second=1000, group_per_minute=1000, max_retries=0)
    async with ExtBot(fake_bot_api.token, base_url=fake_bot_api.base_url,
                      rate_limiter=limiter) as bot:
        yield TelegramPort(bot, ChatPacer(interval=0.001, group_interval=0.001),
                            overall_per_second=None)


class Pushes:
    """The simulation of `tests/scheduling/sim.py`, in one event loop, delivering over HTTP."""

    def __init__(self, wiring: bootstrap.Wiring, clock: Clock, port: TelegramPort) -> None:
        self.wiring = wiring
        self.clock = clock
        self.factory = wiring.store.session_factory
        self.sim = Sim(wiring, clock, FakePort(clock))  # for next_event only
        self.sender = OutboxSender(self.factory, wiring.store, wiring.coach,
                                   {Platform.TELEGRAM: port})
        self.retried = 0

    def person(self, chat: int, name: str, **settings: object) -> int:
        with self.wiring.store.transaction() as tx:
            person = tx.create_person(Platform.TELEGRAM, str(chat), str(chat), name,
                                      self.clock.now)
            tx.update_person(person.id, timezone="Europe/London", **{**SETTINGS, **settings})
            return person.id

    async def step(self, at: datetime) -> None:
        self.clock.now = at
        tick(self.factory, at)
        drained = await self.sender.drain(at)
        self.retried += drained.retried

    async def run_until(self, end: datetime,
                        skip: tuple[datetime, datetime] | None = None) -> None:
        await self.step(self.clock.now)
        while (at := self.sim.next_event()) is not None and at <= end:
            at = max(at, self.clock.now + timedelta(seconds=1))
            if skip is not None and skip[0] <= at < skip[1]:
                at = skip[1]
            await self.step(at)
        self.clock.now = end

    def outbox(self) -> list[OutboxRow]:
        with self.factory() as session:
            return list(session.scalars(select(OutboxRow).order_by(OutboxRow.due_at,
                                                                    OutboxRow.id)))


@pytest.fixture
def pushes(wiring: bootstrap.Wiring, clock: Clock, port: TelegramPort) -> Pushes:
    return Pushes(wiring, clock, port)


def kind_of(text: str) -> str:
    if text.startswith(REMINDER_INTRO):
        return "checkin_reminder"
    if text in guidance.SIT_BREAK_SUGGESTIONS:
        return "sit_break"
    if text == guidance.wind_down_text():
        return "wind_down"
    if "sleep" in text.lower():
        return "morning_checkin"
    raise AssertionError(f"not a prompt: {text!r}")


def burst_rows(rows: list[OutboxRow]) -> list[OutboxRow]:
    """Rows that fell due while the bot was down and went out in the minute it came back."""
    back = utc(2026, 11, 23, 9, 40)
    return [r for r in rows if r.sent_at is not None and r.due_at < back
            and r.sent_at < back + timedelta(minutes=1)]


async def test_200_prompts_through_a_429_storm_arrive_once_and_in_order_per_chat(
    pushes: Pushes, fake_bot_api: FakeBotApi
) -> None:
    chats = [FIRST_CHAT + n for n in range(PEOPLE)]
    owner = {pushes.person(chat, f"P{chat}"): chat for chat in chats}
    fake_bot_api.storm(every=3, retry_after=1)  # a third of all sends: 429, retry after 1 s
    # the bot is down 07:00-09:40: the 07:30 check-ins, the 09:30 reminders and the first sit
    # breaks of 09:30-09:40 all fall due at once on restart (several rows per chat)
    await pushes.run_until(utc(2026, 11, 23, 23, 59), skip=(utc(2026, 11, 23, 7, 0),
                                                             utc(2026, 11, 23, 9, 40)))

    rows = pushes.outbox()
    assert len(rows) == PEOPLE * 5 == 200
    assert Counter(r.status for r in rows) == {"sent": 200}  # nothing failed, dropped, pending
    storm = fake_bot_api.calls_to("sendMessage", status=429)
    assert len(storm) >= 60 and pushes.retried == len(storm)  # the 429s really happened
    assert sum(1 for r in rows if r.attempts > 1) >= 60
    ok = fake_bot_api.calls_to("sendMessage")
    assert len(ok) == 200
    # exactly once: one successful sendMessage per (chat, text)
    per_chat_text = Counter((c.params["chat_id"], c.params["text"]) for c in ok)
    assert set(per_chat_text.values()) == {1} and len(per_chat_text) == 200
    # in order per chat: what each chat received is the outbox's due order for that person
    received: dict[int, list[str]] = defaultdict(list)
    for message in fake_bot_api.sent():
        received[message["chat"]["id"]].append(kind_of(message["text"]))
    due_order: dict[int, list[str]] = defaultdict(list)
    for row in rows:
        assert row.person_id is not None
        due_order[owner[row.person_id]].append(row.kind)
    assert received == due_order
    # and the restart burst really put several rows of one chat in one drain
    assert len(burst_rows(rows)) > PEOPLE * 2
    assert all(order[:2] == ["morning_checkin", "checkin_reminder"] for order in
               due_order.values())


async def test_blocked_by_the_user_stops_prompts_until_they_write_again(
    pushes: Pushes, fake_bot_api: FakeBotApi, telegram_bot  # noqa: F811
) -> None:
    ana = pushes.person(FIRST_CHAT, "Ana")
    bo = pushes.person(FIRST_CHAT + 1, "Bo")
    fake_bot_api.blocked.add(FIRST_CHAT)
    await pushes.run_until(utc(2026, 11, 23, 8, 0))  # the 07:30 check-in: 403 for Ana

    forbidden = fake_bot_api.calls_to("sendMessage", status=403)
    assert [c.params["chat_id"] for c in forbidden] == [FIRST_CHAT]
    with pushes.wiring.store.transaction() as tx:
        assert tx.get_person(ana).blocked and not tx.get_person(bo).blocked
    with pushes.factory() as session:
        assert session.scalars(select(PromptScheduleRow).where(
            PromptScheduleRow.person_id == ana)).all() == []
    [failed] = [r for r in pushes.outbox() if r.person_id == ana]
    assert (failed.status, failed.kind) == ("failed", "morning_checkin")

    await pushes.run_until(utc(2026, 11, 24, 8, 0))  # a whole day more: nothing for Ana
    assert {r.person_id for r in pushes.outbox() if r.due_at > utc(2026, 11, 23, 8)} == {bo}
    assert len(forbidden) == len(fake_bot_api.calls_to("sendMessage", status=403))
    assert len(fake_bot_api.sent(FIRST_CHAT + 1)) == 6  # Bo: Monday's five, Tuesday's first

    # Ana unblocks the bot and writes to it (through the real Application, polling)
    fake_bot_api.blocked.discard(FIRST_CHAT)
    fake_bot_api.clock = lambda: pushes.clock.now.timestamp()  # her message's date
    async with telegram_bot(pushes.wiring.coach, now=pushes.clock):
        fake_bot_api.send_text("hello again", user_id=FIRST_CHAT, first_name="Ana")
        await fake_bot_api.wait_until(lambda: fake_bot_api.sent(FIRST_CHAT))
    with pushes.wiring.store.transaction() as tx:
        assert not tx.get_person(ana).blocked
    before = len(fake_bot_api.sent(FIRST_CHAT))
    await pushes.run_until(utc(2026, 11, 24, 12, 0))  # her 09:30 reminder, her sit breaks
    resumed = [kind_of(m["text"]) for m in fake_bot_api.sent(FIRST_CHAT)[before:]]
    assert resumed == ["checkin_reminder", "sit_break", "sit_break"]
