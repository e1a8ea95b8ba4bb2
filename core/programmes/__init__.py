"""Programmes: the day's session for starter, athlete and rhythm, adjusted to readiness."""

from core.programmes.model import (
    Adjustment,
    AdjustmentKind,
    Aerobic,
    Block,
    Programme,
    Session,
    SessionKind,
)
from core.programmes.plan import session_for, week_at_a_glance
from core.programmes.text import describe, describe_more, describe_plain_week, describe_week

__all__ = [
    "Adjustment",
    "AdjustmentKind",
    "Aerobic",
    "Block",
    "Programme",
    "Session",
    "SessionKind",
    "describe",
    "describe_more",
    "describe_plain_week",
    "describe_week",
    "session_for",
    "week_at_a_glance",
]
