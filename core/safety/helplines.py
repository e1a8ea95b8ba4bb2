"""Crisis lines and emergency numbers by country (ISO 3166-1 alpha-2): the lookup.

The entries are in `helpline_table.py`, each with the page it was checked against and the
date. docs/safety.md lists which entries were verified against public pages and which come
from knowledge only; re-check every entry before each release, numbers change.
"""

from __future__ import annotations

from core.safety.helpline_table import ALWAYS, FALLBACK, TABLE, Helpline

HELPLINES: dict[str, Helpline] = {entry.country: entry for entry in TABLE}

__all__ = ["ALWAYS", "FALLBACK", "HELPLINES", "Helpline", "helpline_for"]


def helpline_for(country: str | None) -> Helpline:
    """The entry for an ISO country code (any case, spaces ignored), else the fallback."""
    if country is None:
        return FALLBACK
    return HELPLINES.get(country.strip().upper(), FALLBACK)
