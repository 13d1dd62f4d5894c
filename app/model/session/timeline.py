"""The session timeline: every zone's technique sequence with its minutes, in session order.

The preliminary whole-back massage comes first (seed 001); then the zones run bottom-up, or
top-down for a client with high blood pressure (seed 003); stroking alternates with rubbing;
the preliminary zone's finale closes the session (fingertip vibration over the whole back, then
a smooth stroking); rubbing and kneading keep within their minutes per zone.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..vocabulary import SESSION_DIRECTIONS, SESSION_VARIANTS, Technique
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import LineSpec, Minutes, StepSpec, TechniqueSpec, ZoneSpec, minutes_range

__all__ = ["VARIANTS", "DIRECTIONS", "Step", "Timeline", "build_timeline", "hand_use", "zone_order", "zone_steps",
           "step_lines", "step_minutes", "step_place"]

#: ``first``: a first session, at most 15 minutes (seed 001; screening.toml, ``first_session``).
VARIANTS = SESSION_VARIANTS
DIRECTIONS = SESSION_DIRECTIONS


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
    finale: bool = False  # closes the whole session (seed 001), after the last zone

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
             "contact": s.contact, "hands": s.hands, "finale": s.finale}
            for s in self.steps
        ]


def clock(seconds: float) -> str:
    """``1950.0`` → ``"32:30"``: minutes and seconds of the session. A sum of step lengths a hair
    under a whole second (1949.9999…) is that second, not the one before."""
    whole = max(int(seconds + 1e-6), 0)
    return f"{whole // 60}:{whole % 60:02d}"


def zone_order(zones: tuple[ZoneSpec, ...], direction: str) -> list[ZoneSpec]:
    """Preliminary zones first; then the others by height (``order`` runs top to bottom)."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}: expected {' or '.join(DIRECTIONS)}")
    first = [z for z in zones if z.preliminary]
    rest = sorted((z for z in zones if not z.preliminary), key=lambda z: z.order,
                  reverse=direction == "bottom-up")
    return first + rest


def zone_steps(zone: ZoneSpec, techniques: Mapping[str, TechniqueSpec]) -> list[StepSpec]:
    """The zone's steps with the strokes that alternate with a technique put in after it
    (seed 001: "alternate stroking and rubbing movements"), unless the zone strokes next anyway."""
    out: list[StepSpec] = []
    for i, spec in enumerate(zone.steps):
        out.append(spec)
        rule = techniques[spec.technique].alternate if spec.technique in techniques else None
        following = zone.steps[i + 1].technique if i + 1 < len(zone.steps) else None
        if rule is None or following == rule.technique:
            continue
        lines = [n for n in step_lines(zone, spec) if rule.technique in _line(zone, n).techniques]
        if lines:
            out.append(StepSpec(rule.technique, Minutes(rule.minutes, rule.minutes), lines, cite=list(rule.cite),
                                note=rule.note or f"{rule.technique.capitalize()} again: it alternates with "
                                                  f"{spec.technique}."))
    return out


def step_lines(zone: ZoneSpec, spec: StepSpec) -> tuple[int, ...]:
    """The step's own lines, or every line of the zone that takes its technique."""
    return tuple(spec.lines) or tuple(n.number for n in sorted(zone.lines, key=lambda x: x.number)
                                      if spec.technique in n.techniques)


def _line(zone: ZoneSpec, number: int) -> LineSpec:
    return next(x for x in zone.lines if x.number == number)


def step_minutes(zone: ZoneSpec, variant: str, steps: list[StepSpec] | None = None,
                 caps: Mapping[str, float] | None = None) -> list[float]:
    """Minutes of each step: the middle of its range, scaled so the zone's total falls in the
    zone's own range when the middles alone would not; a technique with a cap (``caps``, minutes
    per zone) gives back what it would take beyond it to the other steps."""
    steps = zone.steps if steps is None else steps
    mids = [sum(minutes_range(getattr(s.minutes, variant))) / 2.0 for s in steps]
    lo, hi = minutes_range(getattr(zone.minutes, variant))
    total = sum(mids)
    target = min(max(total, lo), hi)
    minutes = [m * target / total for m in mids] if total > 0 else mids
    for technique, cap in (caps or {}).items():
        capped = [i for i, s in enumerate(steps) if s.technique == technique]
        over = sum(minutes[i] for i in capped) - cap
        if over <= 1e-9:
            continue
        free = [i for i, s in enumerate(steps) if s.technique not in (caps or {})]
        room = sum(minutes[i] for i in free)
        for i in capped:
            minutes[i] *= cap / (cap + over)
        give = min(over, max(lo - sum(minutes), 0.0))  # only what keeps the zone in its range
        for i in free:
            minutes[i] += give * minutes[i] / room if room > 0 else 0.0
    return minutes


#: Which way a step's lines run, where they run the session's way (words the views translate).
WAYS = {"top-down": "from the neck down", "bottom-up": "from the sacrum up"}


def step_place(zone_set: ZoneSet, step: Step, direction: str) -> tuple[str, str]:
    """Where a step works, as the session table and the status bar name it: the zone (its
    finale's name for a finale step), and on lines that run the session's way, which way
    (one of :data:`WAYS`, else "")."""
    zone = zone_set.zone(step.zone)
    name = zone.finale_name if step.finale and zone.finale_name else zone.name
    numbers = set(step.lines)
    runs = any(line.top_down is not None for line in zone.lines if line.number in numbers)
    return name, WAYS[direction] if runs else ""


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
    """The whole session (or only ``zone_ids``), steps back to back from t = 0: the preliminary
    massage, the zones, then the preliminary zone's finale (seed 001). ``first`` is a first
    session: the screening file's base variant with every step at the short end of its range,
    shortened evenly to the first session's minutes (seed 001: "no more than 15 minutes")."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: expected {', '.join(VARIANTS)}")
    first = zone_set.screening.first_session if zone_set.screening else None
    if variant == "first" and first is None:
        raise ValueError(f"{zone_set.folder}: screening.toml gives no first_session")
    minutes_of = first.base if variant == "first" and first else variant
    techniques: dict[str, TechniqueSpec] = {s.id: s for s in zone_set.techniques}
    caps: dict[str, float] = {s.id: s.max_minutes for s in zone_set.techniques if s.max_minutes is not None}
    chosen = [z for z in zone_order(zone_set.zones, direction) if zone_ids is None or z.id in zone_ids]
    planned: list[tuple[ZoneSpec, StepSpec, float, bool]] = []
    for zone in chosen:
        specs = zone_steps(zone, techniques)
        if variant == "first":
            minutes = [minutes_range(getattr(s.minutes, minutes_of))[0] for s in specs]
        else:
            minutes = step_minutes(zone, minutes_of, specs, caps)
        planned += [(zone, spec, m, False) for spec, m in zip(specs, minutes)]
    for zone in chosen:
        for spec in zone.finale:
            low, high = minutes_range(getattr(spec.minutes, minutes_of))
            planned.append((zone, spec, low if variant == "first" else (low + high) / 2, True))
    scale = 1.0
    if variant == "first" and first is not None:
        scale = min(1.0, first.minutes / max(sum(m for *_, m, _ in planned), 1e-9))
    steps: list[Step] = []
    t = 0.0
    for zone, spec, length, finale in planned:
        lines = step_lines(zone, spec)
        technique = techniques.get(spec.technique)
        peak = max(_line(zone, n).pressure for n in lines) * (technique.pressure_factor if technique else 1.0)
        if technique is not None and technique.gentle is not None and zone.id in technique.gentle.zones:
            peak = min(peak, technique.gentle.pressure)
        contact, pose, hands = hand_use(zone, spec, technique)
        duration = length * 60.0 * scale
        steps.append(Step(len(steps), zone.id, spec.technique, t, duration, lines, round(peak, 2), spec.note,
                          contact, pose, hands, finale))
        t += duration
    return Timeline(variant, direction, tuple(steps))
