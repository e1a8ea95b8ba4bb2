"""Safety screening of any text, helplines by country, and the fixed crisis texts.

Pure: standard library only, no clock, no logging (screened text must never be logged).
"""

from core.safety.model import Category, Level, Screening
from core.safety.screen import screen

__all__ = ["Category", "Level", "Screening", "screen"]
