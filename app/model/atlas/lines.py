"""Stroke lines laid on a body: smoothed from their anchors, routed round no-go areas and
cut into stretches where masks change the pressure or the techniques allowed."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import substring

from ..body.anatomy import Body
from ..body.anchors import resolve_anchor
from ..body.curves import catmull_rom
from ..zonefiles.spec import Cite, LineSpec
from .masks import Mask, mask_effect

__all__ = ["Stretch", "StrokeLine", "line_path", "reroute", "stretches_of", "lay_line", "breaks_lymph_rule",
           "WATERSHED"]

#: How far a rerouted stroke keeps from a no-go area, in cm.
NO_GO_CLEARANCE = 1.5


@dataclass(frozen=True)
class Stretch:
    """A piece of a line, from ``start`` to ``end`` cm along it, under one set of masks."""

    geometry: LineString
    start: float
    end: float
    pressure: float
    techniques: tuple[str, ...]
    masks: tuple[str, ...]
    limited: bool = False  # a mask lowers the pressure or leaves a technique out here


@dataclass(frozen=True)
class StrokeLine:
    """One numbered line on one side, as the hands follow it on this body."""

    zone: str
    number: int
    side: str
    name: str
    target: str | None
    techniques: tuple[str, ...]
    pressure: float
    planned: LineString  # from the data, before any rerouting
    path: LineString  # what the hands follow; its first point is where the stroke starts
    stretches: tuple[Stretch, ...]
    rerouted: tuple[str, ...]  # client no-go areas it goes round or stops short of
    why: str
    cite: tuple[Cite, ...]
    muscle: str | None = None  # the muscle it runs along (muscles.toml): rubbing follows its fibres

    @property
    def id(self) -> str:
        return f"{self.zone}.{self.number}.{self.side}"

    def pressure_at(self, distance: float) -> float:
        """Pressure the hands apply ``distance`` cm along the path."""
        for stretch in self.stretches:
            if stretch.start <= distance <= stretch.end:
                return stretch.pressure
        return 0.0


def line_path(body: Body, spec: LineSpec, side: str) -> LineString:
    """The smooth path through the line's anchors on ``side``."""
    points = [resolve_anchor(body, a, side) for a in spec.path]
    return LineString(catmull_rom(np.array(points), samples=10))


def _boundary_arc(ring: LineString, a: Point, b: Point, outline: Polygon) -> LineString:
    """The way round ``ring`` from ``a`` to ``b`` that stays on the body and is shortest."""
    total = ring.length
    da, db = ring.project(a), ring.project(b)

    def forward(d0: float, d1: float) -> list[tuple[float, ...]]:
        if d0 <= d1:
            return list(substring(ring, d0, d1).coords)
        return list(substring(ring, d0, total).coords) + list(substring(ring, 0.0, d1).coords)[1:]

    one = LineString(forward(da, db))
    other = LineString(forward(db, da)[::-1])
    return min((one, other), key=lambda arc: (arc.difference(outline).length > 0.05, arc.length))


def reroute(path: LineString, obstacle: Polygon, outline: Polygon) -> LineString | None:
    """``path`` going round ``obstacle``; cut short where it starts or ends inside it.

    Returns None when nothing of the path is left outside the obstacle.
    """
    if not path.intersects(obstacle):
        return path
    inside = shapely.get_parts(path.intersection(obstacle))
    spans = sorted(
        (path.project(Point(g.coords[0])), path.project(Point(g.coords[-1])))
        for g in inside
        if g.geom_type == "LineString" and g.length > 0
    )
    spans = [(min(a, b), max(a, b)) for a, b in spans]
    length = path.length
    ring = LineString(obstacle.exterior.coords)
    coords: list[tuple[float, ...]] = []
    cursor = 0.0
    for a, b in spans:
        if a <= 1e-6:  # starts inside: begin where it leaves
            cursor = b
            continue
        if b >= length - 1e-6:  # ends inside: stop where it enters
            coords += list(substring(path, cursor, a).coords)
            cursor = length
            break
        coords += list(substring(path, cursor, a).coords)
        arc = _boundary_arc(ring, path.interpolate(a), path.interpolate(b), outline)
        coords += list(arc.coords)[1:-1]
        cursor = b
    if cursor < length:
        coords += list(substring(path, cursor, length).coords)
    cleaned = [c for i, c in enumerate(coords)
               if i == 0 or np.hypot(c[0] - coords[i - 1][0], c[1] - coords[i - 1][1]) > 1e-9]
    if len(cleaned) < 2:
        return None
    return LineString(cleaned)


def _part(path: LineString, start: float, end: float) -> LineString:
    """``path`` from ``start`` to ``end`` cm along it; substring gives a Point only when the two meet."""
    part = substring(path, start, end)
    if not isinstance(part, LineString):
        raise ValueError(f"no stretch between {start:g} and {end:g} cm")
    return part


def stretches_of(
    path: LineString, pressure: float, techniques: tuple[str, ...], masks: tuple[Mask, ...]
) -> tuple[Stretch, ...]:
    """Cut ``path`` wherever it crosses a mask border; each piece gets its pressure and techniques."""
    length = path.length
    cuts = {0.0, length}
    for mask in masks:
        if not path.intersects(mask.geometry):
            continue
        for piece in shapely.get_parts(path.intersection(mask.geometry)):
            for xy in (piece.coords[0], piece.coords[-1]) if not piece.is_empty else ():
                cuts.add(path.project(Point(xy)))
    marks = sorted(cuts)
    pieces: list[tuple[float, float, tuple[str, ...]]] = []
    for d0, d1 in zip(marks, marks[1:]):
        if d1 - d0 < 1e-6:
            continue
        mid = path.interpolate((d0 + d1) / 2.0)
        inside = tuple(m.id for m in masks if m.geometry.covers(mid))
        if pieces and pieces[-1][2] == inside:
            pieces[-1] = (pieces[-1][0], d1, inside)
        else:
            pieces.append((d0, d1, inside))
    by_id = {m.id: m for m in masks}
    out = []
    for d0, d1, inside in pieces:
        p, allowed = pressure, set(techniques)
        for mask_id in inside:
            cap, forbidden = mask_effect(by_id[mask_id])
            if cap is not None:
                p = min(p, cap)
            allowed -= forbidden
        if p <= 0.0:
            allowed = set()  # the hands glide over or lift: no technique is applied here
        kept = tuple(t for t in techniques if t in allowed)
        limited = p < pressure or kept != techniques
        out.append(Stretch(_part(path, d0, d1), d0, d1, p, kept, inside, limited))
    return tuple(out)


def lay_line(body: Body, zone_id: str, spec: LineSpec, side: str, masks: tuple[Mask, ...]) -> StrokeLine | None:
    """Lay one line on one side; None when client no-go areas leave nothing of it."""
    planned = line_path(body, spec, side)
    path: LineString | None = planned
    rerouted = []
    for mask in masks:
        if mask.rule != "no_go":
            continue
        obstacle = mask.geometry.buffer(NO_GO_CLEARANCE * body.scale)
        for part in shapely.get_parts(obstacle):
            if path is not None and path.intersects(part):
                path = reroute(path, Polygon(part.exterior), body.outline)
                rerouted.append(mask.id)
    if path is None:
        return None
    pressure_masks = tuple(m for m in masks if m.rule != "no_go")
    techniques = tuple(spec.techniques)
    return StrokeLine(
        zone=zone_id,
        number=spec.number,
        side=side,
        name=spec.name,
        target=spec.target,
        techniques=techniques,
        pressure=spec.pressure,
        planned=planned,
        path=path,
        stretches=stretches_of(path, spec.pressure, techniques, pressure_masks),
        rerouted=tuple(dict.fromkeys(rerouted)),
        why=spec.why,
        cite=tuple(spec.cite),
        muscle=spec.muscle,
    )


#: Lymph drains up to the armpit above this level and down to the groin below it (anatomy.md,
#: "Massage rules": the watershed on the back is around L1–L2).
WATERSHED = "L1.5"


def breaks_lymph_rule(line: StrokeLine, body: Body) -> bool:
    """Whether ``line`` carries lymph across the watershed the wrong way: it starts below
    L1–L2 and runs up to the armpit or the neck (the seeds' preliminary strokes from the
    sacrum upward do), or starts above it and runs down to the groin."""
    start_y, watershed = line.path.coords[0][1], body.y_of(WATERSHED)
    if line.target in ("axillary", "supraclavicular"):
        return start_y < watershed
    if line.target == "inguinal":
        return start_y > watershed + 2.0 * body.scale
    return False
