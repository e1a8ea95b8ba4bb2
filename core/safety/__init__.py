"""Safety screening of any text, helplines by country, and the fixed crisis texts.

Pure: standard library only, no clock, no logging (screened text must never be logged).
"""

from core.safety.helplines import FALLBACK, HELPLINES, Helpline, helpline_for
from core.safety.model import Category, Level, Screening
from core.safety.screen import screen
from core.safety.texts import checkin_escalation_text, concern_text, crisis_text

__all__ = [
    "FALLBACK",
    "HELPLINES",
    "Category",
    "Helpline",
    "Level",
    "Screening",
    "checkin_escalation_text",
    "concern_text",
    "crisis_text",
    "helpline_for",
    "screen",
]
