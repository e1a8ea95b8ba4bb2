"""Telegram groups as they behave in the wild, end to end: the real Coach (SQLite and
PostgreSQL) behind the real python-telegram-bot Application, the fake Bot API on 127.0.0.1,
and for digests the real tick, OutboxSender and TelegramPort.

- In a group the bot answers only what is addressed to it: a command that is bare or names it,
  and a reply to one of its own messages. Chatter and other bots' commands get nothing.
- A group upgraded to a supergroup gets a new chat id; the team follows it (service messages,
  or the "migrated" error on the digest), so `/team` works there, `/team create` makes no
  second team, and the chat gets one digest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select
from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from adapters.storage.models import OutboxRow, ProcessedUpdateRow, PromptScheduleRow
from adapters.telegram.app import TelegramApp
from adapters.telegram.sender import ChatPacer, TelegramPort
from bot import bootstrap
from bot.scheduling.sender import OutboxSender
from bot.scheduling.tick import tick
from bot.settings import Settings
from core.coach import team_texts, texts
from core.messages import Platform
from core.teams import Role
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.adapters.telegram.test_telegram_coach import Message, Phone, onboard, texts_of
from tests.clocks import fixed_clock
from tests.dbfixtures import engine_for, release

MONDAY = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
DIGEST_AT = MONDAY.replace(hour=9, minute=0)  # a new team's digest: 09:00 in its coach's zone (UTC)
GROUP, SUPERGROUP = -77, -1007777
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
def wiring(database_url: str) -> Iterator[bootstrap.Wiring]:
    built = bootstrap.build(Settings(database_url=database_url, _env_file=None),
                            migrate=False, engine=engine_for(database_url),
                            clock=fixed_clock(MONDAY))
    yield built
    release(built.engine)


@pytest.fixture
async def running_bot(
    fake_bot_api: FakeBotApi, wiring: bootstrap.Wiring,
    telegram_bot: Callable[..., AbstractAsyncContextManager[TelegramApp]],
) -> AsyncIterator[tuple[TelegramApp, Counter[int]]]:
    """The real Coach on Telegram, hearing group moves too; the count of finished updates."""
    done: Counter[int] = Counter()

    async def finished(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        done[update.update_id] += 1  # group 1 runs after the coach's handlers in group 0

    fake_bot_api.clock = MONDAY.timestamp
    async with telegram_bot(wiring.coach, now=lambda: MONDAY, events=wiring.coach) as app:
        app.add_handler(TypeHandler(Update, finished), group=1)
        yield app, done


@pytest.fixture
def phone(
    fake_bot_api: FakeBotApi, running_bot: tuple[TelegramApp, Counter[int]]
) -> Callable[..., Phone]:
    def make(user_id: int = 42, **chat: Any) -> Phone:
        return Phone(fake_bot_api, running_bot[1], user_id, **chat)

    return make


def processed(wiring: bootstrap.Wiring) -> int:
    with wiring.engine.connect() as connection:
        return int(connection.execute(
            select(func.count()).select_from(ProcessedUpdateRow)).scalar_one())


async def test_in_a_group_only_what_is_addressed_to_the_bot_is_answered(
    fake_bot_api: FakeBotApi, phone: Callable[..., Phone], wiring: bootstrap.Wiring
) -> None:
    await onboard(phone(42))
    group = phone(42, chat_id=GROUP, chat_type="group")
    seen = processed(wiring)

    for chatter in ("morning all", "thanks coach!", "/help@OtherBot", "/team@OtherBot create X",
                    "what's today's session?"):
        assert await group.send(chatter) == [], chatter
    # chatter reaches the Coach only to be screened for safety: nothing is answered
    assert processed(wiring) == seen + 5

    [bare] = await group.send("/team")
    [named] = await group.send("/team@rhythmcoachbot")  # usernames are case-insensitive
    assert texts_of([bare, named]) == [team_texts.NO_TEAM_HERE] * 2
    answered = await _reply_to(group, bare, "and what do you do here?")
    assert texts_of(answered) == [texts.GROUP_ONLY_TEAM]
    someone_else = {**bare, "from": {"id": 7, "is_bot": True, "first_name": "Other"}}
    assert await _reply_to(group, someone_else, "and you?") == []
    assert processed(wiring) == seen + 5 + 4


async def _reply_to(group: Phone, message: Message, text: str) -> list[Message]:
    """`text` sent in the group as a reply to `message`."""
    fake = group.fake
    return await group._deliver(lambda: fake.send_text(
        text, group.user_id, group.chat_id, group.chat_type, reply_to=message))


def invite_code(messages: list[Message]) -> str:
    found = re.search(r"Invite code: ([A-Z0-9]{8})", "\n".join(texts_of(messages)))
    assert found is not None
    return found.group(1)


async def make_team(phone: Callable[..., Phone], group: int) -> tuple[Phone, str]:
    """Cora (42) coaches a team in `group`; Ana (43) joins it with full scores."""
    cora, ana = phone(42), phone(43)
    await onboard(cora)
    in_group = phone(42, chat_id=group, chat_type="group")
    code = invite_code(await in_group.send("/team create Rowers"))
    await onboard(ana)
    [scores] = await ana.send(f"/join {code}")
    [safety] = await ana.tap(scores, "Full scores too")
    await ana.tap(safety, "No")
    return cora, code


async def digest_at(wiring: bootstrap.Wiring, app: TelegramApp, at: datetime) -> None:
    """Tick a minute before `at` (schedules new teams), then at it, and drain the outbox
    through the TelegramPort on the running bot; people's own prompts are taken out."""
    with wiring.store.session_factory() as session, session.begin():
        session.execute(delete(PromptScheduleRow))
    port = TelegramPort(app.bot, ChatPacer(interval=0.001, group_interval=0.001),
                        overall_per_second=None)
    sender = OutboxSender(wiring.store.session_factory, wiring.store, wiring.coach,
                          {Platform.TELEGRAM: port})
    for now in (at - timedelta(minutes=1), at):
        tick(wiring.store.session_factory, now)
        await sender.drain(now)


def digests_to(fake: FakeBotApi, chat: int) -> list[str]:
    """The digests the bot sent to `chat` (a photo's caption or a message's text)."""
    sent = [c.params.get("caption") or c.params.get("text", "") for c in fake.calls
            if c.params.get("chat_id") == chat and c.status == 200]
    return [text for text in sent if ": daily digest for " in text.partition("\n")[0]]


async def test_a_group_upgraded_to_a_supergroup_keeps_its_one_team_and_one_digest(
    fake_bot_api: FakeBotApi, phone: Callable[..., Phone], wiring: bootstrap.Wiring,
    running_bot: tuple[TelegramApp, Counter[int]],
) -> None:
    app, done = running_bot
    _, code = await make_team(phone, GROUP)

    before = len(fake_bot_api.calls)
    service = fake_bot_api.migrate_group(GROUP, SUPERGROUP)
    await fake_bot_api.wait_until(lambda: all(done[u["update_id"]] for u in service))

    in_supergroup = phone(42, chat_id=SUPERGROUP, chat_type="supergroup")
    [listed] = await in_supergroup.send("/team")
    assert listed["text"].startswith(f"Rowers: 1 member; you coach it. Invite code {code}")
    [again] = await in_supergroup.send("/team create Rowers again")
    assert again["text"] == team_texts.ALREADY_BOUND.format(name="Rowers")
    with wiring.store.transaction() as tx:
        team = tx.team_by_code(code)
        assert team is not None and team.channel_id == str(SUPERGROUP)
        assert tx.team_by_channel(Platform.TELEGRAM, str(GROUP)) is None

    await digest_at(wiring, app, DIGEST_AT)

    [digest] = digests_to(fake_bot_api, SUPERGROUP)
    assert digest.startswith("Rowers: daily digest for Monday 2 March 2026")
    assert [c for c in fake_bot_api.calls[before:] if c.params.get("chat_id") == GROUP] == []


async def test_a_migrated_error_on_the_digest_rebinds_the_team_and_folds_in_a_second_one(
    fake_bot_api: FakeBotApi, phone: Callable[..., Phone], wiring: bootstrap.Wiring,
    running_bot: tuple[TelegramApp, Counter[int]],
) -> None:
    """The bot missed the service messages (it was down): Dan made a second team in the new
    supergroup. The old team's digest gets "migrated", goes to the new id, and the two teams
    become one; the supergroup gets one digest a day from then on."""
    app, _ = running_bot
    cora, code = await make_team(phone, GROUP)
    fake_bot_api.migrated[GROUP] = SUPERGROUP  # no service messages reach the bot
    dan = phone(44)
    await onboard(dan)
    dan_in_supergroup = phone(44, chat_id=SUPERGROUP, chat_type="supergroup")
    await dan_in_supergroup.send("/team create Rowers again")
    await dan_in_supergroup.send("/team digest 10:00")

    await digest_at(wiring, app, DIGEST_AT)
    await digest_at(wiring, app, DIGEST_AT.replace(hour=10))
    await digest_at(wiring, app, DIGEST_AT + timedelta(days=1))

    assert [d.splitlines()[0] for d in digests_to(fake_bot_api, SUPERGROUP)] == [
        "Rowers: daily digest for Monday 2 March 2026",
        "Rowers: daily digest for Tuesday 3 March 2026",
    ]
    refused = [(c.params["chat_id"], c.status) for c in fake_bot_api.calls if c.status != 200]
    assert refused == [(GROUP, 400)]  # the one "migrated"; then never the old id again
    [listed] = await phone(42, chat_id=SUPERGROUP, chat_type="supergroup").send("/team")
    assert listed["text"].startswith(f"Rowers: 1 member; you coach it. Invite code {code}")
    with wiring.store.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)
                              .where(OutboxRow.status != "sent")) == 0
    with wiring.store.transaction() as tx:
        team = tx.team_by_code(code)
        assert team is not None
        coaches = sorted(p.platform_user_id for p, m in tx.members(team.id)
                         if m.role is Role.COACH)
    assert coaches == [str(cora.user_id), "44"]

