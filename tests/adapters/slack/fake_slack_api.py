"""A fake Slack Web API on 127.0.0.1 for tests (in the manner of bolt-python's
tests/mock_web_api_server): records every call, answers like Slack, and can be told to fail.

    fake = FakeSlackApi(); await fake.start()
    client = build_client("xoxb-test", fake.api_url)
    ...
    await fake.wait_for("chat.postMessage")
    await fake.stop()
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER_ID = "UBOTCOACH"
BOT_ID = "BCOACH"
TEAM_ID = "T0TEAM"


@dataclass
class Call:
    """One Web API call as the fake received it."""

    method: str
    args: dict[str, Any]
    token: str | None
    answer: dict[str, Any] = field(default_factory=dict)  # what the fake answered (ok calls)
    at: float = field(default_factory=time.monotonic)  # when it arrived


@dataclass
class Failure:
    error: str
    status: int = 200
    retry_after: int | None = None
    times: int = 1


@dataclass
class FakeSlackApi:
    calls: list[Call] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)  # file_id -> uploaded bytes
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # users.info: id -> user
    socket_url: str = ""  # what apps.connections.open hands out (a fake Socket Mode server)
    failures: dict[str, Failure] = field(default_factory=dict)
    api_url: str = ""
    _runner: web.AppRunner | None = None
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # users.info comes as a GET
        app.router.add_post("/upload/{file_id}", self._upload)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.api_url = f"http://127.0.0.1:{port}/api/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests use ---------------------------------------------------------------

    def fail(
        self,
        method: str,
        error: str,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` answer `{"ok": false, "error": error}`
        (with HTTP `status`, and a Retry-After header when given)."""
        self.failures[method] = Failure(error, status, retry_after, times)

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until `method` has been called `count` times; return those calls."""

        async def enough() -> list[Call]:
            while len(self.calls_to(method)) < count:
                self._changed.clear()
                await self._changed.wait()
            return self.calls_to(method)

        return await asyncio.wait_for(enough(), timeout)

    # --- the fake Web API ----------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _arguments(request)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") or args.get("token")
        call = Call(method, args, token)
        self.calls.append(call)
        self._changed.set()
        failure = self.failures.get(method)
        if failure is not None and failure.times > 0:
            failure.times -= 1
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            return web.json_response(
                {"ok": False, "error": failure.error}, status=failure.status, headers=headers
            )
        if method == "users.info" and args.get("user") not in self.users:
            return web.json_response({"ok": False, "error": "user_not_found"})
        call.answer = {"ok": True, **self._answer(method, args, request)}
        return web.json_response(call.answer)

    def add_user(self, user_id: str, real_name: str, *, display_name: str = "",
                 deleted: bool = False) -> dict[str, Any]:
        """A workspace member, as users.info (and user_change) describe them."""
        user = {"id": user_id, "team_id": TEAM_ID, "name": real_name.split()[0].lower(),
                "deleted": deleted, "real_name": real_name, "is_bot": False,
                "profile": {"real_name": real_name, "display_name": display_name}}
        self.users[user_id] = user
        return user

    def _answer(self, method: str, args: dict[str, Any], request: web.Request) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "url": "https://coach.slack.com/",
                "team": "Team",
                "user": "coach",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            message = {"text": args.get("text"), "blocks": args.get("blocks"), "ts": ts}
            return {"channel": args.get("channel"), "ts": ts, "message": message}
        if method == "chat.update":
            return {"channel": args.get("channel"), "ts": args.get("ts"), "text": args.get("text")}
        if method == "conversations.open":
            user = str(args.get("users", "U")).split(",")[0]
            return {"channel": {"id": "D" + user[1:]}}
        if method == "users.info":
            return {"user": self.users[args["user"]]}
        if method == "apps.connections.open":
            return {"url": self.socket_url}
        if method == "views.publish":
            return {"view": {"id": "V1", **(args.get("view") or {})}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):06d}"
            base = str(request.url.origin())
            return {"upload_url": f"{base}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            return {
                "files": [{"id": f["id"], "title": f.get("title")} for f in args.get("files", [])]
            }
        return {}

    async def _upload(self, request: web.Request) -> web.Response:
        data = await request.read()
        self.uploads[request.match_info["file_id"]] = data
        self._changed.set()
        return web.Response(text=f"OK - {len(data)}")


async def _arguments(request: web.Request) -> dict[str, Any]:
    """Slack clients send JSON or form bodies; JSON-looking form values (blocks) are decoded."""
    args: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        args.update(await request.json())
    else:
        form = await request.post()
        args.update({key: str(value) for key, value in form.items()})
    for key, value in args.items():
        if isinstance(value, str) and value.startswith(("[", "{")):
            with contextlib.suppress(ValueError):
                args[key] = json.loads(value)
    return args
