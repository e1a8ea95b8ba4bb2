"""The app manifests ask Slack for what the adapter listens to and calls."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCOPES = ("chat:write", "commands", "im:history", "im:write", "files:write", "users:read")
EVENTS = ("message.im", "app_home_opened", "user_change", "team_join")


@pytest.mark.parametrize("name", ["slack-manifest.yml", "slack-manifest-socket.yml"])
def test_manifest_declares_scopes_events_command_interactivity_and_home(name: str) -> None:
    lines = [
        line.split("#")[0].strip() for line in (ROOT / "deploy" / name).read_text().splitlines()
    ]
    for item in (*SCOPES, *EVENTS):
        assert f"- {item}" in lines, item
    for setting in ("- command: /coach", "home_tab_enabled: true", "messages_tab_enabled: true"):
        assert setting in lines, setting
    assert "is_enabled: true" in lines  # interactivity: the answer buttons
    socket = name.endswith("socket.yml")
    assert (f"socket_mode_enabled: {str(socket).lower()}") in lines
    urls = [line for line in lines if "url: " in line]
    assert all(url.endswith("/slack/events") for url in urls) and len(urls) == (0 if socket else 3)
