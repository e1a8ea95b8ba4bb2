"""An understanding as the JSON object of the phrasing test set (/work/briefs/phrasing_spec.md)."""

from __future__ import annotations

from typing import Any

from core.checkin_fields import Field
from core.understanding.model import (
    Command,
    Question,
    Ratings,
    RatingsProblem,
    Session,
    Setting,
    Understanding,
)


def as_spec(understanding: Understanding) -> dict[str, Any]:
    """`{"kind": ..., ...}` exactly as the test set writes its `expect` values."""
    if isinstance(understanding, Session):
        return {"kind": "session", "day": understanding.day}
    if isinstance(understanding, Ratings):
        values = {f.value: understanding.checkin.get(f) for f in Field}
        spec: dict[str, Any] = {
            "kind": "checkin", "values": {k: v for k, v in values.items() if v is not None},
        }
        if understanding.unread:
            spec["unread"] = list(understanding.unread)
        if understanding.note is not None:
            spec["note"] = understanding.note.value
        return spec
    if isinstance(understanding, RatingsProblem):
        return {"kind": "checkin_problem"}
    if isinstance(understanding, Question):
        return {"kind": "question", "topic": understanding.topic.value}
    if isinstance(understanding, Command):
        command: dict[str, Any] = {"kind": "command", "name": understanding.name.value}
        return command if understanding.days is None else command | {"days": understanding.days}
    if isinstance(understanding, Setting):
        setting: dict[str, Any] = {"kind": "setting", "name": understanding.name}
        if understanding.value is None:
            return setting | {"ask": True}
        return setting | {"value": understanding.value}
    return {"kind": "unknown"}
