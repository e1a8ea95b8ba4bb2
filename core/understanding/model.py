"""What a message is understood to be: one of seven kinds (the schema of
/work/briefs/phrasing_spec.md, mapped by `core.understanding.spec.as_spec`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.checkin_fields import CheckIn


class Topic(StrEnum):
    """Coaching questions the coach answers from the programme content (core.coach.answers)."""

    DELOAD = "deload"
    RPE = "rpe"
    ONE_RM = "one_rm"
    ZONE2 = "zone2"
    HRV = "hrv"
    SCALE = "scale"
    SKIP = "skip"
    SWAP = "swap"
    ILL = "ill"
    TRAVEL = "travel"
    CAFFEINE = "caffeine"
    ALCOHOL = "alcohol"
    PAIN = "pain"
    MISSED = "missed"


class Name(StrEnum):
    """Commands, typed with or without the slash, or in words."""

    HELP = "help"
    CHECKIN = "checkin"
    CANCEL = "cancel"
    PAUSE = "pause"
    RESUME = "resume"
    TREND = "trend"
    EXPORT = "export"
    DELETE = "delete"
    MORE = "more"
    YES = "yes"
    NO = "no"
    SKIP = "skip"
    GREETING = "greeting"
    THANKS = "thanks"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SETTINGS = ("timezone", "country", "programme", "wake", "bed", "work")


@dataclass(frozen=True, slots=True)
class Session:
    """A request for a day's session: `day` is today, tomorrow, week, or monday..sunday."""

    day: str


@dataclass(frozen=True, slots=True)
class Ratings:
    """Check-in values to keep. `unread`: words said with a number that was not kept
    (e.g. "energy"); `note`: a topic raised beside the ratings that must be answered too."""

    checkin: CheckIn
    unread: tuple[str, ...] = ()
    note: Topic | None = None


@dataclass(frozen=True, slots=True)
class RatingsProblem:
    """Meant as ratings but not keepable as given; `message` says precisely what to send."""

    message: str


@dataclass(frozen=True, slots=True)
class Question:
    topic: Topic


@dataclass(frozen=True, slots=True)
class Command:
    name: Name
    days: int | None = None  # /pause only


@dataclass(frozen=True, slots=True)
class Setting:
    """A setting and its normalised value (IANA zone, ISO country, programme, HH:MM,
    HH:MM-HH:MM). No value: ask which one is meant, offering `options` (may be empty) and
    saying `message`."""

    name: str
    value: str | None = None
    options: tuple[str, ...] = ()
    message: str = ""


@dataclass(frozen=True, slots=True)
class Unknown:
    pass


Understanding = Session | Ratings | RatingsProblem | Question | Command | Setting | Unknown
