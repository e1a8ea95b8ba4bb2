"""Who a Slack user is: `users.info`, cached, and replaced by `user_change` / `team_join`.

Slack's message events carry only a user id, and a slash command's `user_name` is the handle;
the name a coach knows a person by comes from `users.info` (scope `users:read`). Answers are
kept for `ttl` seconds (a user_change that reached another replica is picked up by then) and
at most `size` users, oldest dropped first.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.sender import error_code
from adapters.slack.translate import account_change
from core.messages import AccountChange

logger = logging.getLogger(__name__)

NAME_TTL = 3600.0  # seconds a users.info answer is trusted
CACHE_SIZE = 10_000


class Accounts:
    """users.info by user id, cached (`lookup`), refreshed by the events (`remember`)."""

    def __init__(
        self, *, ttl: float = NAME_TTL, size: int = CACHE_SIZE,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._size = size
        self._monotonic = monotonic
        self._known: OrderedDict[str, tuple[float, AccountChange]] = OrderedDict()

    def remember(self, change: AccountChange) -> None:
        """What Slack said about a user (users.info, user_change, team_join)."""
        self._known.pop(change.user_id, None)
        self._known[change.user_id] = (self._monotonic() + self._ttl, change)
        while len(self._known) > self._size:
            self._known.popitem(last=False)

    def cached(self, user_id: str) -> AccountChange | None:
        """The remembered answer, if it is still fresh."""
        found = self._known.get(user_id)
        if found is None or found[0] < self._monotonic():
            return None
        return found[1]

    async def lookup(
        self, client: AsyncWebClient, user_id: str, now: datetime
    ) -> tuple[AccountChange | None, bool]:
        """(the account, whether it was fetched just now). users.info on a miss; a failure
        (missing scope, rate limit, network) is logged with its code and gives (None, False):
        the message goes on without a name."""
        known = self.cached(user_id)
        if known is not None:
            return known, False
        try:
            response = await client.users_info(user=user_id)
        except SlackApiError as error:
            logger.warning("slack users.info failed: %s", error_code(error))
            return None, False
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            logger.warning("slack users.info failed: %s", type(error).__name__)
            return None, False
        change = account_change(response.get("user") or {}, now)
        if change is None:
            return None, False
        self.remember(change)
        return change, True
