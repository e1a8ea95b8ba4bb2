"""The check-in's fields and the value a parsed check-in carries (contract shared by rules)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum


class Field(StrEnum):
    """Check-in fields. 0-10 scales: sleep, recovery, mood 10 = best; arousal 10 = most
    activated."""

    SLEEP = "sleep"
    AROUSAL = "arousal"
    RECOVERY = "recovery"
    MOOD = "mood"
    RHR = "rhr"  # resting heart rate, bpm
    HRV = "hrv"  # rMSSD, ms
    RPE = "rpe"  # perceived exertion of the last session, 0-10


CORE_FIELDS: tuple[Field, ...] = (Field.SLEEP, Field.AROUSAL, Field.RECOVERY, Field.MOOD)
OPTIONAL_FIELDS: tuple[Field, ...] = (Field.RHR, Field.HRV, Field.RPE)


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One morning's answers; any field may be missing."""

    sleep: int | None = None
    arousal: int | None = None
    recovery: int | None = None
    mood: int | None = None
    rhr: int | None = None
    hrv: float | None = None
    rpe: int | None = None

    def get(self, name: Field) -> int | float | None:
        value: int | float | None = getattr(self, name.value)
        return value

    def merged(self, other: CheckIn) -> CheckIn:
        """This check-in with every field `other` has set taken from `other`."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(
            {
                f.name: getattr(other, f.name)
                for f in fields(other)
                if getattr(other, f.name) is not None
            }
        )
        return CheckIn(**values)

    def missing(self, wanted: tuple[Field, ...] = CORE_FIELDS) -> tuple[Field, ...]:
        return tuple(f for f in wanted if self.get(f) is None)
