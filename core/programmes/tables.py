"""The three programmes behind one shape: their week tables and what each weekday holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.programmes import athlete, rhythm, starter
from core.programmes.model import Programme
from core.programmes.planned import Work
from core.programmes.progression import Levels, Position, no_next_step, raised


class Step(Protocol):
    """One row of a programme's week table."""

    @property
    def levels(self) -> Levels: ...

    @property
    def lighter(self) -> bool: ...

    @property
    def change(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Table:
    steps: Sequence[Step]
    position: Callable[[int], Position]  # calendar week -> where it falls in the table
    work: Callable[[int, int], Work]  # (row, weekday) -> what the day holds
    next_step: Callable[[int], int | None]  # calendar week -> a new round's number
    high_load: bool  # Template 2's high-load phases: 8 h in bed

    def raises(self, before: int, after: int) -> frozenset[str]:
        """The variables row `after` raises over row `before`."""
        return raised(self.steps[before].levels, self.steps[after].levels)


TABLES: dict[Programme, Table] = {
    Programme.STARTER: Table(starter.TABLE, starter.position, starter.work, starter.next_step,
                             starter.HIGH_LOAD),
    Programme.ATHLETE: Table(athlete.TABLE, athlete.position, athlete.work, no_next_step,
                             athlete.HIGH_LOAD),
    Programme.RHYTHM: Table(rhythm.TABLE, rhythm.position, rhythm.work, no_next_step,
                            rhythm.HIGH_LOAD),
}
