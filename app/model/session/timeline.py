"""The session timeline: every zone's technique sequence with its minutes, in session order.

The preliminary whole-back massage comes first (seed 001); then the zones run bottom-up, or
top-down for a client with high blood pressure (seed 003).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..vocabulary import Technique
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import StepSpec, TechniqueSpec, ZoneSpec, minutes_range

__all__ = ["VARIANTS", "DIRECTIONS", "Step", "Timeline", "build_timeline", "hand_use", "zone_order", "step_minutes"]

VARIANTS = ("general", "therapeutic")
DIRECTIONS = ("bottom-up", "top-down")


@dataclass(frozen=True)
class Step:
    """One technique on one zone: ``lines`` are line numbers, worked on both sides."""

    index: int
    zone: str
    technique: Technique
    start_s: float
    duration_s: float
    lines: tuple[int, ...]
    pressure: float  # the peak the hands reach: its firmest line × the technique's factor (0–1)
    note: str = ""
    contact: str = "palm"  # the part of the hand on the skin (vocabulary.CONTACT_PARTS)
    pose: str = "flat"  # how the hand is held (vocabulary.HAND_POSES)
    hands: str = "both"  # what the two hands do together (vocabulary.HANDS_MODES)

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


@dataclass(frozen=True)
class Timeline:
    variant: str
    direction: str
    steps: tuple[Step, ...]

    @property
    def total_s(self) -> float:
        return self.steps[-1].end_s if self.steps else 0.0

    @cached_property
    def _starts(self) -> list[float]:
        return [s.start_s for s in self.steps]

    def step_at(self, t: float) -> Step:
        """The step playing at ``t`` seconds (the last one at or past the end)."""
        if not self.steps:
            raise ValueError("an empty timeline has no steps")
        i = bisect.bisect_right(self._starts, max(t, 0.0)) - 1
        return self.steps[min(max(i, 0), len(self.steps) - 1)]

    def zone_steps(self, zone_id: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.zone == zone_id)

    def to_json(self) -> list[dict[str, Any]]:
        """The ``protocol --json`` form: a list of steps."""
        return [
            {"zone": s.zone, "technique": s.technique, "start_s": round(s.start_s, 3),
             "duration_s": round(s.duration_s, 3), "lines": list(s.lines), "pressure": round(s.pressure, 3),
             "contact": s.contact, "hands": s.hands}
            for s in self.steps
        ]


def zone_order(zones: tuple[ZoneSpec, ...], direction: str) -> list[ZoneSpec]:
    """Preliminary zones first; then the others by height (``order`` runs top to bottom)."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}: expected {' or '.join(DIRECTIONS)}")
    first = [z for z in zones if z.preliminary]
    rest = sorted((z for z in zones if not z.preliminary), key=lambda z: z.order,
                  reverse=direction == "bottom-up")
    return first + rest


def step_minutes(zone: ZoneSpec, variant: str) -> list[float]:
    """Minutes of each step: the middle of its range, scaled so the zone's total falls in the
    zone's own range when the middles alone would not."""
    mids = [sum(minutes_range(getattr(s.minutes, variant))) / 2.0 for s in zone.steps]
    lo, hi = minutes_range(getattr(zone.minutes, variant))
    total = sum(mids)
    target = min(max(total, lo), hi)
    return [m * target / total for m in mids] if total > 0 else mids


def hand_use(zone: ZoneSpec, step: StepSpec, technique: TechniqueSpec | None) -> tuple[str, str, str]:
    """(contact part, pose, hands) for a step: the technique's own, the lower back's where the
    zone is the lower back (seed 003), then whatever the step itself says (seed 001's scapula)."""
    if technique is None:
        return "palm", "flat", step.hands or "both"
    contact, pose = technique.contact, technique.pose
    if zone.lower_back and technique.lower_back is not None:
        contact, pose = technique.lower_back.contact, technique.lower_back.pose
    return contact, step.pose or pose, step.hands or technique.hands


def build_timeline(zone_set: ZoneSet, variant: str = "general", direction: str = "bottom-up",
                   zone_ids: tuple[str, ...] | None = None) -> Timeline:
    """The whole session (or only ``zone_ids``), steps back to back from t = 0."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: expected {' or '.join(VARIANTS)}")
    steps: list[Step] = []
    t = 0.0
    for zone in zone_order(zone_set.zones, direction):
        if zone_ids is not None and zone.id not in zone_ids:
            continue
        pressures = {line.number: line.pressure for line in zone.lines}
        techniques = {s.id: s for s in zone_set.techniques}
        factors = {s.id: s.pressure_factor for s in zone_set.techniques}
        for spec, minutes in zip(zone.steps, step_minutes(zone, variant)):
            lines = tuple(spec.lines) or tuple(n for n in sorted(pressures) if spec.technique in
                                               next(x for x in zone.lines if x.number == n).techniques)
            duration = minutes * 60.0
            peak = max(pressures[n] for n in lines) * factors.get(spec.technique, 1.0)
            contact, pose, hands = hand_use(zone, spec, techniques.get(spec.technique))
            steps.append(Step(len(steps), zone.id, spec.technique, t, duration, lines, round(peak, 2), spec.note,
                              contact, pose, hands))
            t += duration
    return Timeline(variant, direction, tuple(steps))
