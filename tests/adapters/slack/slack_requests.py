"""What Slack sends to the app, built by tests: payloads and v0-signed HTTP requests."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

from tests.adapters.slack.fake_slack_api import TEAM_ID

SIGNING_SECRET = "test-signing-secret"


def sign(body: str | bytes, timestamp: int | str, secret: str = SIGNING_SECRET) -> str:
    """Slack's v0 signature: HMAC-SHA256 over "v0:{timestamp}:{body}"."""
    raw = body if isinstance(body, bytes) else body.encode()
    base = f"v0:{timestamp}:".encode() + raw
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(body: str, content_type: str, timestamp: int | None = None) -> dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": sign(body, ts),
    }


def dm_event(
    text: str, user: str = "U123", channel: str = "D123", event_id: str = "Ev001", **extra: Any
) -> str:
    """Events API envelope for a DM `message` event, as JSON text."""
    event = {
        "type": "message",
        "channel_type": "im",
        "user": user,
        "channel": channel,
        "text": text,
        "ts": "1763776800.000100",
        "event_ts": "1763776800.000100",
        **extra,
    }
    return json.dumps(event_envelope(event, event_id))


def event_envelope(event: dict[str, Any], event_id: str = "Ev001") -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0COACH",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1763776800,
        "event": event,
        "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOTCOACH", "is_bot": True}],
    }


def command_form(
    text: str, user: str = "U123", channel: str = "D123", trigger_id: str = "trig-cmd-1"
) -> str:
    """A `/coach` slash command as Slack posts it (form-encoded)."""
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "channel_id": channel,
            "channel_name": "directmessage",
            "user_id": user,
            "user_name": "alex",
            "command": "/coach",
            "text": text,
            "api_app_id": "A0COACH",
            "response_url": "https://hooks.slack.invalid/commands/1",
            "trigger_id": trigger_id,
        }
    )


def block_actions(
    value: str,
    label: str,
    message: dict[str, Any],
    user: str = "U123",
    channel: str = "D123",
    action_id: str = "coach_choice_0",
    trigger_id: str = "trig-act-1",
) -> dict[str, Any]:
    """A `block_actions` payload for a pressed button on `message`."""
    return {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "api_app_id": "A0COACH",
        "user": {"id": user, "username": "alex", "name": "alex", "team_id": TEAM_ID},
        "container": {"type": "message", "message_ts": message.get("ts"), "channel_id": channel},
        "channel": {"id": channel, "name": "directmessage"},
        "message": message,
        "trigger_id": trigger_id,
        "response_url": "https://hooks.slack.invalid/actions/1",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "coach_choices_0",
                "text": {"type": "plain_text", "text": label},
                "value": value,
                "action_ts": "1763776900.000200",
            }
        ],
    }


def action_form(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})
