"""What a plan means on the atlas: its steps as a timeline, its no-go areas as masks, its
checks against the zones and the seeds' session length; and the default plan from the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
from shapely.geometry import Point

from ..atlas.masks import Mask, client_no_go
from ..body.anatomy import Body
from ..documents.json_lines import locate
from ..errors import DorsumError
from ..phrasing import Tr, english
from ..session.timeline import Step, Timeline, build_timeline, hand_use, zone_order, zone_steps
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import Minutes, StepSpec, TechniqueSpec
from .anchoring import area_centre
from .format import NO_GO_NAMES, Direction, Plan, PlanStep, Variant
from .screening import ScreeningResult, screen

__all__ = ["default_plan", "plan_timeline", "plan_masks", "check_plan", "plan_screening", "protocol_steps",
           "total_warning", "reorder_steps", "set_conditions"]


def protocol_steps(zone_set: ZoneSet, variant: str, direction: str) -> list[PlanStep]:
    """The seeds' protocol as plan steps, in minutes to the quarter (to 0.05 in a session with
    steps too short for quarters, a first session's). Each step ends on the mark nearest its end
    in the protocol, so rounding does not add up over 38 steps and the total stays the seeds'."""
    timeline = build_timeline(zone_set, variant, direction)
    shortest = min((s.duration_s for s in timeline.steps), default=60.0) / 60.0
    grid = 0.25 if shortest >= 0.15 else 0.05
    steps, start = [], 0.0
    for s in timeline.steps:
        minutes = round(max(round(s.end_s / 60.0 / grid) * grid - start, grid), 2)
        start += minutes
        steps.append(PlanStep(zone=s.zone, technique=s.technique, minutes=minutes, pressure=round(s.pressure, 2),
                              lines=list(s.lines), finale=s.finale))
    return steps


def default_plan(zone_set: ZoneSet, variant: Variant = "general", direction: Direction = "bottom-up",
                 **fields: Any) -> Plan:
    """A new plan that starts from the seeds' protocol."""
    return Plan(variant=variant, direction=direction, steps=protocol_steps(zone_set, variant, direction), **fields)


def plan_screening(plan: Plan, zone_set: ZoneSet) -> ScreeningResult:
    if zone_set.screening is None:
        raise DorsumError("this zones folder has no screening.toml", zone_set.folder)
    return screen(zone_set.screening, plan.conditions)


def plan_timeline(plan: Plan, zone_set: ZoneSet) -> Timeline:
    """The plan's steps back to back, as the player and the animation use them. The k-th
    stroking of a zone takes the note and the hands of the zone's k-th stroking step in the
    protocol (its finale's, for a finale step)."""
    techniques: dict[str, TechniqueSpec] = {t.id: t for t in zone_set.techniques}
    steps, t = [], 0.0
    seen: dict[tuple[str, str, bool], int] = {}
    for i, ps in enumerate(plan.steps):
        zone = zone_set.zone(ps.zone)
        lines = tuple(ps.lines) or tuple(line.number for line in zone.lines if ps.technique in line.techniques)
        k = seen.get((ps.zone, ps.technique, ps.finale), 0)
        seen[(ps.zone, ps.technique, ps.finale)] = k + 1
        specs = zone.finale if ps.finale else zone_steps(zone, techniques)
        same = [s for s in specs if s.technique == ps.technique]
        spec = same[min(k, len(same) - 1)] if same else StepSpec(ps.technique, Minutes(ps.minutes, ps.minutes))
        contact, pose, hands = hand_use(zone, spec, techniques.get(ps.technique))
        steps.append(Step(i, ps.zone, ps.technique, t, ps.minutes * 60.0, lines, ps.pressure, spec.note,
                          contact, pose, hands, ps.finale))
        t += ps.minutes * 60.0
    return Timeline(plan.variant, plan.direction, tuple(steps))


def plan_masks(plan: Plan, body: Body, tr: Tr = english) -> tuple[Mask, ...]:
    """The client's no-go areas on ``body``, as masks the lines and the hands avoid, named by
    what the therapist said they are (in ``tr``'s words; the therapist's note as written)."""
    masks = []
    for a in plan.no_go:
        name = tr(NO_GO_NAMES[a.kind])
        why = tr("The client's {area}: never touched.").format(area=name) + (f" {a.note}" if a.note else "")
        x, y = area_centre(body, a.level, a.out, a.up)
        masks.append(client_no_go(a.id, Point(x, y).buffer(a.radius * body.scale), why, name))
    return tuple(masks)


def total_warning(plan: Plan, zone_set: ZoneSet, tr: Tr = english) -> str:
    """Empty when the total lies within the seeds' session length, else why not (in ``tr``'s
    words)."""
    if zone_set.screening is None:
        return ""
    lo, hi = zone_set.screening.session.minutes
    total = plan.total_minutes
    first = zone_set.screening.first_session
    if plan.variant == "first" and first is not None:
        if total > first.minutes + 1e-9:
            return tr("The plan takes {total} min; a first session takes no more than {most} min.").format(
                total=f"{total:g}", most=f"{first.minutes:g}")
        return ""
    if total < lo:
        return tr("The plan takes {total} min; the seeds give a session {low}–{high} min.").format(
            total=f"{total:g}", low=f"{lo:g}", high=f"{hi:g}")
    if total > hi:
        return tr("The plan takes {total} min, more than the seeds' {low}–{high} min.").format(
            total=f"{total:g}", low=f"{lo:g}", high=f"{hi:g}")
    return ""


def check_plan(plan: Plan, zone_set: ZoneSet, path: str | Path = "<plan>", text: bytes = b"") -> None:
    """Refuse, naming the file and line, a plan that speaks of zones, lines, techniques or
    conditions the zones folder does not have."""
    source = text.decode("utf-8", "replace")

    def line_of(*key_path: str | int) -> int | None:
        return locate(source, key_path) if source else None

    ids = {z.id for z in zone_set.zones}
    for i, step in enumerate(plan.steps):
        if step.zone not in ids:
            have = ", ".join(sorted(ids))
            raise DorsumError(f"steps[{i}].zone: unknown zone {step.zone!r} (this zones folder has {have})",
                              path, line_of("steps", i, "zone"))
        zone = zone_set.zone(step.zone)
        numbers = {line.number: line for line in zone.lines}
        for n in step.lines:
            if n not in numbers:
                raise DorsumError(f"steps[{i}].lines: zone {step.zone} has no line {n}",
                                  path, line_of("steps", i, "lines"))
            if step.technique not in numbers[n].techniques:
                raise DorsumError(f"steps[{i}].lines: line {n} of {step.zone} does not take {step.technique}",
                                  path, line_of("steps", i, "lines"))
        if not step.lines and not any(step.technique in line.techniques for line in zone.lines):
            raise DorsumError(f"steps[{i}].technique: no line of {step.zone} takes {step.technique}",
                              path, line_of("steps", i, "technique"))
    if zone_set.screening is not None:
        known = {c.id for c in (*zone_set.screening.absolute, *zone_set.screening.local,
                                zone_set.screening.high_blood_pressure)}
        for i, condition in enumerate(plan.conditions):
            if condition not in known:
                raise DorsumError(f"conditions[{i}]: unknown condition {condition!r}", path, line_of("conditions", i))
    seen = set()
    for i, area in enumerate(plan.no_go):
        if area.id in seen:
            raise DorsumError(f"no_go[{i}].id: {area.id!r} is used twice", path, line_of("no_go", i, "id"))
        seen.add(area.id)


def reorder_steps(plan: Plan, zone_set: ZoneSet, direction: str) -> Plan:
    """The same steps (with their edited minutes) in the zone order of ``direction``; the
    steps of each zone keep their own order, and the finale stays at the end."""
    rank = {z.id: i for i, z in enumerate(zone_order(zone_set.zones, direction))}
    steps = sorted(plan.steps, key=lambda s: (s.finale, rank.get(s.zone, len(rank))))  # the finale stays last
    return msgspec.structs.replace(plan, direction=direction, steps=steps)


def set_conditions(plan: Plan, zone_set: ZoneSet, conditions: list[str]) -> Plan:
    """New screening answers; high blood pressure turns the session top-down (seed 003), and
    taking it away turns it back bottom-up."""
    plan = msgspec.structs.replace(plan, conditions=list(conditions))
    hbp = zone_set.screening.high_blood_pressure.id if zone_set.screening else None
    wanted = "top-down" if hbp in conditions else "bottom-up"
    return reorder_steps(plan, zone_set, wanted) if plan.direction != wanted else plan
