"""A fake Telegram Bot API server on 127.0.0.1, for running the real python-telegram-bot
Application in tests without the network (like bolt-python's tests/mock_web_api_server).

    fake = FakeBotApi(); await fake.start()
    app = build_application(handler, token=fake.token, api_url=fake.base_url, now=clock)
    fake.send_text("/checkin", user_id=42)        # a person writes to the bot
    await fake.wait_until(lambda: fake.sent(42))   # what the bot sent back
    fake.press(fake.sent(42)[-1], "6", user_id=42) # the person taps a button

Implements getMe, getUpdates (offset semantics, long poll capped at LONG_POLL_CAP
seconds), sendMessage, editMessageText, answerCallbackQuery, sendPhoto, sendDocument
(multipart), setMyCommands, deleteWebhook, setWebhook, getWebhookInfo. Failures can be
injected: a flood window or a storm (every n-th send; 429 with retry_after), blocked chats
(403), groups the bot was kicked from (403), chats that are gone (400 chat not found),
migrated groups (400 with migrate_to_chat_id; `migrate_group` also sends the two service
messages Telegram sends) and one-off errors. `enforce_limits()` makes it keep Telegram's
sending limits the way a benchmark needs: more than 30 sends in any 1 s window, or two to
one chat less than 1 s apart, get 429 with retry_after (`limit_refusals` counts them).
Every call is recorded in `calls`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.clocks import TEST_NOW

JSON_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "timeout", "reply_markup", "commands",
     "allowed_updates", "scope", "max_connections", "drop_pending_updates", "entities",
     "caption_entities"}
)  # fmt: skip
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
LONG_POLL_CAP = 0.3  # seconds: getUpdates honours `timeout` only this long
BOT_ID = 1000


@dataclass
class Call:
    """One Bot API request as the fake saw it, and the HTTP status it answered with."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    status: int = 200


def error(code: int, description: str, **parameters: Any) -> dict[str, Any]:
    """A Bot API error body."""
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return body


def too_many_requests(retry_after: int = 1) -> dict[str, Any]:
    return error(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def blocked_by_user() -> dict[str, Any]:
    return error(403, "Forbidden: bot was blocked by the user")


def kicked_from_group() -> dict[str, Any]:
    return error(403, "Forbidden: bot was kicked from the group chat")


def chat_migrated(new_chat_id: int) -> dict[str, Any]:
    return error(
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        migrate_to_chat_id=new_chat_id,
    )


def bad_request(description: str = "Bad Request: chat not found") -> dict[str, Any]:
    return error(400, description)


class FakeBotApi:
    """The fake server. All state is plain attributes, so tests can look and poke."""

    def __init__(self, token: str = "123456:TEST-TOKEN", username: str = "RhythmCoachBot") -> None:
        self.token = token
        self.bot_user = {
            "id": BOT_ID, "is_bot": True, "first_name": "Rhythm Coach", "username": username,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }  # fmt: skip
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []  # not yet confirmed by a getUpdates offset
        self.again: list[dict[str, Any]] = []  # redelivered: handed out once more
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat, message_id) -> msg
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {"url": ""}
        self.blocked: set[int] = set()
        self.kicked: set[int] = set()  # groups the bot was removed from
        self.gone: set[int] = set()  # chats Telegram no longer knows: 400 chat not found
        self.migrated: dict[int, int] = {}
        self.flood_until = 0.0
        self.flood_retry_after = 1
        self.storm_every = 0  # > 0: every n-th send gets 429 (see `storm`)
        self._sends = 0
        self.one_off: dict[str, list[dict[str, Any]]] = {}
        self.limits: tuple[int, float] | None = None  # (sends per 1 s window, s per chat)
        self.limit_refusals = 0
        self.accepted_at: collections.deque[float] = collections.deque()  # the last second's
        self._chat_sent_at: dict[Any, float] = {}
        # the `date` of every message: a fixed instant unless a test moves it (never the wall
        # clock, so no test depends on today's date)
        self.clock: Callable[[], float] = TEST_NOW.timestamp
        self._update_ids = itertools.count(500_000_001)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        app.router.add_get("/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        if self._runner is not None:
            self._new_update.set()  # a long poll still open answers now, not after its cap
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what a person does ----------------------------------------------------------------

    def enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (given an update_id if it has none); also returns it."""
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self._new_update.set()
        return update

    def send_text(
        self,
        text: str,
        user_id: int = 42,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Ada",
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A person writes `text` to the bot (in their private chat unless chat_id is given),
        optionally as a reply to an earlier message (`reply_to`)."""
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
            "chat": _chat(chat_id, chat_type, first_name),
            "date": int(self.clock()),
            "text": text,
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.enqueue({"message": message})

    def migrate_group(self, old: int, new: int, user_id: int = 42) -> list[dict[str, Any]]:
        """The group `old` becomes the supergroup `new`, as Telegram does it: sends to `old`
        get 400 with migrate_to_chat_id from now on, and two service messages arrive, one in
        each chat (the old chat's `migrate_to_chat_id`, the new one's `migrate_from_chat_id`)."""
        self.migrated[old] = new
        person = {"id": user_id, "is_bot": False, "first_name": "Ada"}
        service = [
            {"chat": _chat(old, "group", ""), "migrate_to_chat_id": new},
            {"chat": _chat(new, "supergroup", ""), "migrate_from_chat_id": old},
        ]
        return [
            self.enqueue({"message": {"message_id": next(self._message_ids), "from": person,
                                      "date": int(self.clock()), **part}})
            for part in service
        ]

    def press(self, message: dict[str, Any], data: str, user_id: int = 42) -> dict[str, Any]:
        """A person taps the button with callback data `data` under a message the bot sent."""
        query = {
            "id": str(next(self._update_ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": "Ada"},
            "chat_instance": "-1",
            "message": self.messages.get(_key(message), message),
            "data": data,
        }
        return self.enqueue({"callback_query": query})

    def redeliver(self, update: dict[str, Any]) -> None:
        """Hand an already-delivered update out again (as after a crash before confirming)."""
        self.again.append(update)
        self._new_update.set()

    # -- injected failures -----------------------------------------------------------------

    def flood(self, seconds: float, retry_after: int = 1) -> None:
        """Every send in the next `seconds` gets 429 with `retry_after`."""
        self.flood_until = time.monotonic() + seconds
        self.flood_retry_after = retry_after

    def storm(self, every: int, retry_after: int = 1) -> None:
        """From now on every `every`-th send gets 429 with `retry_after` (0 stops it): a
        storm by count, independent of how long the test's sends take."""
        self.storm_every = every
        self.flood_retry_after = retry_after

    def enforce_limits(self, per_second: int = 30, per_chat_interval: float = 1.0) -> None:
        """From now on refuse (429, retry_after 1) a send that would be the `per_second`+1-th
        in any 1 s window, or that comes less than `per_chat_interval` s after the last
        accepted send to the same chat (time.monotonic, measured on arrival)."""
        self.limits = (per_second, per_chat_interval)

    def fail_next(self, method: str, body: dict[str, Any], times: int = 1) -> None:
        """The next `times` calls to `method` get this error body."""
        self.one_off.setdefault(method, []).extend([body] * times)

    # -- what the bot did ------------------------------------------------------------------

    def calls_to(self, method: str, status: int | None = 200) -> list[Call]:
        return [c for c in self.calls if c.method == method and status in (None, c.status)]

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot sent successfully (in order), optionally to one chat."""
        return [
            m for m in self.messages.values()
            if m["from"]["id"] == BOT_ID and chat_id in (None, m["chat"]["id"])
        ]  # fmt: skip

    async def wait_until(self, condition: Callable[[], Any], timeout: float = 5.0) -> None:
        """Poll until `condition()` is truthy; fail the test after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {condition}")
            await asyncio.sleep(0.01)

    # -- the server ------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return self._answer(Call(method, {}), error(401, "Unauthorized"))
        params, files = await _read_params(request)
        call = Call(method, params, files)
        self.calls.append(call)
        failure = self._failure_for(method, params)
        if failure is not None:
            return self._answer(call, failure)
        endpoint = getattr(self, f"_api_{method}", None)
        if endpoint is None:
            return self._answer(call, error(404, "Not Found: method not found"))
        return self._answer(call, await endpoint(params, files))

    def _answer(self, call: Call, body: dict[str, Any]) -> web.Response:
        call.status = 200 if body.get("ok") else int(body["error_code"])
        return web.json_response(body, status=call.status)

    def _failure_for(self, method: str, params: dict[str, Any]) -> dict[str, Any] | None:
        if self.one_off.get(method):
            return self.one_off[method].pop(0)
        if method not in SEND_METHODS:
            return None
        if time.monotonic() < self.flood_until:
            return too_many_requests(self.flood_retry_after)
        if self.storm_every:
            self._sends += 1
            if self._sends % self.storm_every == 0:
                return too_many_requests(self.flood_retry_after)
        chat_id = params.get("chat_id")
        if chat_id in self.blocked:
            return blocked_by_user()
        if chat_id in self.kicked:
            return kicked_from_group()
        if chat_id in self.gone:
            return bad_request("Bad Request: chat not found")
        if chat_id in self.migrated:
            return chat_migrated(self.migrated[chat_id])
        if self.limits is not None:
            return self._over_limit(chat_id)
        return None

    def _over_limit(self, chat_id: Any) -> dict[str, Any] | None:
        per_second, per_chat = self.limits or (0, 0.0)
        now = time.monotonic()
        while self.accepted_at and self.accepted_at[0] <= now - 1.0:
            self.accepted_at.popleft()
        last = self._chat_sent_at.get(chat_id)
        if len(self.accepted_at) >= per_second or (last is not None and now - last < per_chat):
            self.limit_refusals += 1
            return too_many_requests(1)
        self.accepted_at.append(now)
        self._chat_sent_at[chat_id] = now
        return None

    async def _api_getMe(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return _ok(self.bot_user)

    async def _api_getUpdates(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        if self.webhook["url"]:
            return error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed: gone
        if not (self.updates or self.again) and float(params.get("timeout") or 0) > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), LONG_POLL_CAP)
        again, self.again = self.again, []
        return _ok(again + self.updates[: int(params.get("limit") or 100)])

    async def _api_sendMessage(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return _ok(self._store(params, {"text": params["text"]}))

    async def _api_sendPhoto(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        name, data = _file(params, files, "photo")
        photo = {"file_id": f"photo-{len(data)}", "file_unique_id": name, "width": 1, "height": 1}
        return _ok(self._store(params, {"photo": [photo], **_caption(params)}, files))

    async def _api_sendDocument(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        name, data = _file(params, files, "document")
        document = {"file_id": f"doc-{len(data)}", "file_unique_id": name, "file_name": name}
        return _ok(self._store(params, {"document": document, **_caption(params)}, files))

    async def _api_editMessageText(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        message = self.messages.get((params["chat_id"], params["message_id"]))
        if message is None:
            return bad_request("Bad Request: message to edit not found")
        if message.get("text") == params["text"] and "reply_markup" not in params:
            return bad_request("Bad Request: message is not modified")
        message["text"] = params["text"]
        message.pop("reply_markup", None)
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return _ok(message)

    async def _api_answerCallbackQuery(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return _ok(True)

    async def _api_setMyCommands(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        self.commands = params["commands"]
        return _ok(True)

    async def _api_deleteWebhook(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        self.webhook = {"url": ""}
        return _ok(True)

    async def _api_setWebhook(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        self.webhook = {"url": params["url"], "secret_token": params.get("secret_token")}
        return _ok(True)

    async def _api_getWebhookInfo(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        info = {"url": self.webhook["url"], "has_custom_certificate": False}
        return _ok({**info, "pending_update_count": 0 if info["url"] else len(self.updates)})

    def _store(
        self, params: dict[str, Any], content: dict[str, Any], files: Any = None
    ) -> dict[str, Any]:
        chat_id = params["chat_id"]
        message = {
            "message_id": next(self._message_ids),
            "from": self.bot_user,
            "chat": _chat(chat_id, _chat_type(chat_id), "Ada"),
            "date": int(self.clock()),
            **content,
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        self.messages[_key(message)] = message
        return message


def _ok(result: Any) -> dict[str, Any]:
    return {"ok": True, "result": result}


def _key(message: dict[str, Any]) -> tuple[int, int]:
    return (message["chat"]["id"], message["message_id"])


def _chat_type(chat_id: int) -> str:
    """Private chats have positive ids, supergroups -100..., basic groups other negatives."""
    if chat_id > 0:
        return "private"
    return "supergroup" if str(chat_id).startswith("-100") else "group"


def _chat(chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": first_name}
    return {"id": chat_id, "type": chat_type, "title": "Team"}


def _caption(params: dict[str, Any]) -> dict[str, Any]:
    return {"caption": params["caption"]} if params.get("caption") else {}


def _file(
    params: dict[str, Any], files: dict[str, tuple[str, bytes]], name: str
) -> tuple[str, bytes]:
    reference = str(params.get(name, ""))
    key = reference.removeprefix("attach://") if reference.startswith("attach://") else name
    return files[key]


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Form or multipart fields (PTB sends both), JSON-decoding the structured ones."""
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        return await request.json(), files
    for key, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            files[key] = (value.filename, value.file.read())
        elif key in JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        else:
            params[key] = value
    return params, files
