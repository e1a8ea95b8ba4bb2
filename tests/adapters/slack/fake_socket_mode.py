"""A fake Slack Socket Mode server on 127.0.0.1: the WebSocket endpoint that the URL from
`apps.connections.open` points at (FakeSlackApi hands it out as `socket_url`).

It greets a new connection with `hello`, as Slack does, hands out envelopes (`events_api`,
`interactive`, `slash_commands`) and records every acknowledgement the client sends back:

    socket = FakeSocketMode(); await socket.start(); fake_slack.socket_url = socket.url
    handler = await start_socket_mode(app, "xapp-...")       # the real slack_sdk client
    envelope = await socket.events_api(event_callback_body)   # hand one out
    ack = await socket.ack_for(envelope)                      # its acknowledgement
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

Envelope = dict[str, Any]


@dataclass
class FakeSocketMode:
    acks: list[dict[str, Any]] = field(default_factory=list)  # every ack, in order
    stray: list[str] = field(default_factory=list)  # frames that ack no envelope handed out
    sent: list[Envelope] = field(default_factory=list)  # every envelope handed out
    connections: int = 0
    url: str = ""
    _socket: web.WebSocketResponse | None = None
    _connected: asyncio.Event = field(default_factory=asyncio.Event)
    _acked: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/link/", self._link)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"ws://127.0.0.1:{port}/link/?ticket=fake-ticket"

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def connected(self, timeout: float = 5.0) -> None:
        await asyncio.wait_for(self._connected.wait(), timeout)

    # -- envelopes, as Slack sends them ------------------------------------------------

    async def events_api(self, body: dict[str, Any], retry_of: Envelope | None = None) -> Envelope:
        """An Events API callback; `retry_of` sends that same envelope again (a retry)."""
        if retry_of is not None:
            envelope = {**retry_of, "retry_attempt": retry_of["retry_attempt"] + 1,
                        "retry_reason": "timeout"}
        else:
            envelope = {"envelope_id": self._envelope_id(), "type": "events_api",
                        "payload": body, "accepts_response_payload": False,
                        "retry_attempt": 0, "retry_reason": ""}
        return await self._send(envelope)

    async def interactive(self, payload: dict[str, Any]) -> Envelope:
        """A button press (block_actions)."""
        return await self._send({"envelope_id": self._envelope_id(), "type": "interactive",
                                 "payload": payload, "accepts_response_payload": False})

    async def slash_command(self, form: dict[str, str]) -> Envelope:
        """A slash command: the form Slack would POST, as the envelope's payload."""
        return await self._send({"envelope_id": self._envelope_id(), "type": "slash_commands",
                                 "payload": form, "accepts_response_payload": True})

    async def ack_for(self, envelope: Envelope, count: int = 1,
                      timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until the envelope has been acknowledged `count` times; those acks."""

        async def enough() -> list[dict[str, Any]]:
            while len(mine := self._acks_of(envelope)) < count:
                self._acked.clear()
                await self._acked.wait()
            return mine

        return await asyncio.wait_for(enough(), timeout)

    def _acks_of(self, envelope: Envelope) -> list[dict[str, Any]]:
        return [ack for ack in self.acks if ack.get("envelope_id") == envelope["envelope_id"]]

    # -- the server ----------------------------------------------------------------------

    def _envelope_id(self) -> str:
        return f"e{next(self._ids):04d}-fake-envelope"

    async def _send(self, envelope: Envelope) -> Envelope:
        await self.connected()
        assert self._socket is not None
        self.sent.append(envelope)
        await self._socket.send_str(json.dumps(envelope))
        return envelope

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        if request.query.get("ticket") != "fake-ticket":
            raise web.HTTPUnauthorized()
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self._socket = socket
        self.connections += 1
        await socket.send_str(json.dumps({
            "type": "hello", "num_connections": 1,
            "debug_info": {"host": "fake", "approximate_connection_time": 18060},
            "connection_info": {"app_id": "A0COACH"},
        }))
        self._connected.set()
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                ack = json.loads(message.data)
                if any(e["envelope_id"] == ack.get("envelope_id") for e in self.sent):
                    self.acks.append(ack)
                    self._acked.set()
                else:
                    self.stray.append(message.data)
        return socket
