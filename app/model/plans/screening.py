"""Screening a client before a plan: what stops the massage, what is avoided, what changes."""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import by_id
from ..zonefiles.spec import Condition, ScreeningFile

__all__ = ["ScreeningResult", "screen", "known_conditions"]


@dataclass(frozen=True)
class ScreeningResult:
    """``stop``: an absolute contraindication is present, no plan; ``local``: areas to draw as
    no-go; ``top_down``: high blood pressure turns the session round."""

    stop: tuple[Condition, ...]
    local: tuple[Condition, ...]
    top_down: bool
    advice: str

    @property
    def can_massage(self) -> bool:
        return not self.stop


def known_conditions(spec: ScreeningFile) -> dict[str, Condition]:
    return {c.id: c for c in (*spec.absolute, *spec.local, spec.high_blood_pressure)}


def screen(spec: ScreeningFile, conditions: list[str] | tuple[str, ...]) -> ScreeningResult:
    """Apply the seeds' rules to the conditions the client has (ids from screening.toml).

    Raises :class:`UnknownId` naming an unknown condition.
    """
    known = known_conditions(spec)
    for condition in conditions:
        by_id(known.values(), condition, "condition")
    present = set(conditions)
    stop = tuple(c for c in spec.absolute if c.id in present)
    local = tuple(c for c in spec.local if c.id in present)
    return ScreeningResult(stop, local, spec.high_blood_pressure.id in present, spec.doctor.text if stop else "")
