"""The bot removed from a team's Telegram group (issue 13), end to end: the real Coach behind
the real python-telegram-bot Application, the real tick, OutboxSender and TelegramPort, the
fake Bot API answering 403 "bot was kicked". Each part of the digest push is delivered on its
own, so the coach's private safety note still goes; the group's digest pauses and the coach
is told privately, word for word, how to fix it; `/team` in the group resumes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import timedelta

import pytest

from adapters.telegram.app import TelegramApp
from bot import bootstrap
from core.coach import team_texts
from core.messages import Platform
from tests.adapters.telegram.fake_bot_api import FakeBotApi
from tests.adapters.telegram.test_telegram_coach import Phone, onboard
from tests.adapters.telegram.test_telegram_groups import (  # noqa: F401 (fixtures)
    DIGEST_AT,
    GROUP,
    digest_at,
    digests_to,
    invite_code,
    phone,
    running_bot,
    wiring,
)
from tests.scheduling.test_slack_digest import outbox

PURGING = "I can't stop bingeing and purging"  # concern: clinical-support advice
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")


def channel_lost(built: bootstrap.Wiring) -> str:
    with built.store.transaction() as tx:
        team = tx.team_by_channel(Platform.TELEGRAM, str(GROUP))
        assert team is not None
        return team.channel_lost


async def test_telegram_kicked_from_the_group_the_coach_still_gets_the_note_and_how_to_fix_it(
    fake_bot_api: FakeBotApi, phone: Callable[..., Phone],  # noqa: F811
    wiring: bootstrap.Wiring, running_bot: tuple[TelegramApp, Counter[int]],  # noqa: F811
) -> None:
    app, _ = running_bot
    cora, ana = phone(42), phone(43)
    await onboard(cora)
    in_group = phone(42, chat_id=GROUP, chat_type="group")
    code = invite_code(await in_group.send("/team create Rowers"))
    await onboard(ana)
    [scores] = await ana.send(f"/join {code}")
    [safety] = await ana.tap(scores, "Full scores too")
    await ana.tap(safety, "Yes")
    await ana.send(PURGING)
    fake_bot_api.kicked.add(GROUP)  # the bot was removed from the group
    told = len(fake_bot_api.sent(42))

    await digest_at(wiring, app, DIGEST_AT)

    refused = [c for c in fake_bot_api.calls  # the digest with its heatmap: a sendPhoto
               if c.params.get("chat_id") == GROUP and c.status == 403]
    assert len(refused) == 1 and digests_to(fake_bot_api, GROUP) == []
    to_cora = [m["text"] for m in fake_bot_api.sent(42)[told:]]
    assert to_cora[0] == team_texts.CHANNEL_LOST_TELEGRAM.format(name="Rowers")
    assert to_cora[0] == (
        "I can't post the daily digest of Rowers in its group any more: Telegram says I was "
        "removed from the group or may not write there. I've paused the digest there; safety "
        "notes still come to you here.\n"
        "To fix it: add me to the group again (and let me send messages), then send /team in "
        "the group. The digest starts again from the next one.")
    assert to_cora[1].splitlines()[1:] == [
        "Ada was advised to seek clinical support on 2 March 2026."]  # the fake names all Ada
    assert channel_lost(wiring) == "bot_kicked"
    [row] = outbox(wiring)
    assert (row.status, row.payload["parts_missed"]) == ("failed", ["bot_kicked"])

    # the next day, still kicked: nothing is tried in the group, the coach is not told again
    calls = len(fake_bot_api.calls)
    await digest_at(wiring, app, DIGEST_AT + timedelta(days=1))
    assert [c for c in fake_bot_api.calls[calls:] if c.params.get("chat_id") == GROUP] == []
    assert len(fake_bot_api.sent(42)) == told + 2

    # the bot is added back; /team in the group resumes the digest there
    fake_bot_api.kicked.discard(GROUP)
    [back, listed] = await in_group.send("/team")
    assert back["text"] == "The daily digest of Rowers is back on in this chat, from the next one."
    assert listed["text"].startswith("Rowers: 1 member; you coach it.")
    assert channel_lost(wiring) == ""
    await digest_at(wiring, app, DIGEST_AT + timedelta(days=2))
    [digest] = digests_to(fake_bot_api, GROUP)
    assert digest.startswith("Rowers: daily digest for Wednesday 4 March 2026")


