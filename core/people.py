"""A person as the coach knows them: settings only, no health data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from core.messages import Platform
from core.places import country_of_zone

DEFAULT_TIMEZONE = "UTC"
DEFAULT_WAKE = time(7, 0)
DEFAULT_BED = time(23, 0)
DEFAULT_WORK_START = time(9, 0)
DEFAULT_WORK_END = time(17, 0)
DEFAULT_WORK_DAYS = "12345"  # ISO weekdays, Monday = 1


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    platform: Platform
    platform_user_id: str
    chat_id: str
    display_name: str
    consent_at: datetime  # a Person row exists only after consent
    timezone: str = DEFAULT_TIMEZONE
    country: str | None = None  # ISO 3166-1 alpha-2, for helplines
    language: str | None = None  # ISO 639-1, for safety texts (/set language); None: not set
    programme: str = "starter"
    programme_start: date | None = None
    wake: time = DEFAULT_WAKE
    bed: time = DEFAULT_BED
    work_start: time = DEFAULT_WORK_START
    work_end: time = DEFAULT_WORK_END
    work_days: str = DEFAULT_WORK_DAYS
    body_mass_kg: float | None = None
    paused_until: datetime | None = None
    blocked: bool = False  # the platform refused our messages: no prompts until they write
    deactivated: bool = False  # the account left the workspace: no prompts, not in digests

    @property
    def helpline_country(self) -> str | None:
        """The country whose helplines this person gets: the one they set, else the one
        their time zone lies in (None for UTC or a zone of several countries)."""
        return self.country or country_of_zone(self.timezone)
