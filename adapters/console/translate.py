"""Console translation: a typed line becomes an Inbound; a Reply becomes printable text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.messages import Inbound, Platform, Reply


def to_inbound(line: str, user: str, at: datetime) -> Inbound:
    """Buttons are typed on the console, so a line is always text."""
    return Inbound(Platform.CONSOLE, user_id=user, chat_id=user, at=at,
                   text=line.rstrip("\n"), display_name=user)


def render(reply: Reply, out_dir: Path) -> str:
    """The reply's text, its choices as `[a] [b]`, and where any attachment was written."""
    lines = [reply.text]
    if reply.choices:
        lines.append("  " + " ".join(f"[{c.label}]" for c in reply.choices))
    if reply.attachment is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / reply.attachment.filename
        path.write_bytes(reply.attachment.data)
        lines.append(f"  (saved {reply.attachment.kind}: {path})")
    return "\n".join(lines)
