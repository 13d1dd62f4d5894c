"""The atlas: a body with its zones, lines and masks laid on it, checked for sense."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import msgspec
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from ..body.anatomy import SIDES, Body
from ..body.anchors import level_y
from ..body.muscles import MuscleLayer, build_muscles
from ..vocabulary import SESSION_DIRECTIONS, by_id
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import LineSpec, ZoneSpec
from .lines import StrokeLine, lay_line
from .masks import Mask, build_masks

__all__ = ["Zone", "Atlas", "build_atlas", "top_down", "OUTLINE_TOLERANCE"]

#: How far (cm) a line may reach past the outline: strokes finish at the flank toward a node.
OUTLINE_TOLERANCE = 2.5


@dataclass(frozen=True)
class Zone:
    """A zone's area on the body and its lines on both sides."""

    spec: ZoneSpec
    area: BaseGeometry
    lines: tuple[StrokeLine, ...]
    cancelled: tuple[str, ...]  # "number.side" of lines a no-go area leaves nothing of

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class Atlas:
    """Everything the window and the exports draw, for one body."""

    body: Body
    zone_set: ZoneSet
    zones: tuple[Zone, ...]
    masks: tuple[Mask, ...]
    direction: str = "bottom-up"  # the session's: lines with a ``top_down`` form follow it

    def zone(self, zone_id: str) -> Zone:
        return by_id(self.zones, zone_id, "zone", self.zone_set.folder)

    @cached_property
    def lines(self) -> tuple[StrokeLine, ...]:
        return tuple(line for zone in self.zones for line in zone.lines)

    @cached_property
    def muscles(self) -> MuscleLayer:
        """The muscles under the zones, built when first asked for (a picture without them,
        or the command line, never pays for them)."""
        return build_muscles(self.body, self.zone_set.muscles)

    def line(self, line_id: str) -> StrokeLine:
        return by_id(self.lines, line_id, "line")

    def mask(self, mask_id: str) -> Mask:
        return by_id(self.masks, mask_id, "mask")


def _zone_area(body: Body, spec: ZoneSpec) -> BaseGeometry:
    b = spec.boundary
    if b.kind == "band":
        minx, _, maxx, _ = body.outline.bounds
        top, bottom = level_y(body, b.top), level_y(body, b.bottom)
        return body.outline.intersection(box(minx - 1, bottom, maxx + 1, top))
    grown = [body.scapulae[side].buffer(b.margin * body.scale) for side in SIDES]
    return shapely.unary_union(grown).intersection(body.outline)


def build_atlas(body: Body, zone_set: ZoneSet, client_masks: tuple[Mask, ...] = (),
                direction: str = "bottom-up") -> Atlas:
    """Lay ``zone_set`` on ``body``; ``client_masks`` are no-go areas for one client. In a
    ``top-down`` session (high blood pressure, seed 003) lines with a ``top_down`` form run
    from their other end.

    Raises :class:`DorsumError` naming the file and line of a zone whose geometry makes no
    sense on this body (an empty zone, a line folding on itself or leaving the back).
    """
    if direction not in SESSION_DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}: expected {' or '.join(SESSION_DIRECTIONS)}")
    masks = build_masks(body, zone_set.masks) + tuple(client_masks)
    reach = body.outline.buffer(OUTLINE_TOLERANCE * body.scale)
    zones = []
    for spec in zone_set.zones:
        area = _zone_area(body, spec)
        if area.is_empty or area.area < 1.0:
            raise zone_set.error(spec.id, ["boundary"], f"zone {spec.id} covers no part of the {body.sex} body")
        lines, cancelled = [], []
        for i, line_spec in enumerate(spec.lines):
            if direction == "top-down" and line_spec.top_down is not None:
                line_spec = top_down(line_spec)
            sides = SIDES if line_spec.sides == "both" else (line_spec.sides,)
            for side in sides:
                line = lay_line(body, spec.id, line_spec, side, masks)
                _check_line_geometry(zone_set, spec.id, i, line_spec.number, line, reach, body)
                if line is None:
                    cancelled.append(f"{line_spec.number}.{side}")
                else:
                    lines.append(line)
        zones.append(Zone(spec, area, tuple(lines), tuple(cancelled)))
    return Atlas(body, zone_set, tuple(zones), masks, direction)


def top_down(spec: LineSpec) -> LineSpec:
    """The line as a top-down session runs it: from its other end, with its top-down name and
    lymph target."""
    assert spec.top_down is not None
    return msgspec.structs.replace(spec, path=spec.path[::-1], name=spec.top_down.name,
                                   target=spec.top_down.target)


def _check_line_geometry(zone_set: ZoneSet, zone_id: str, index: int, number: int, line: StrokeLine | None,
                         reach: BaseGeometry, body: Body) -> None:
    """Raise, naming the file and line, when a laid line makes no geometric sense."""
    if line is None:
        return
    planned = line.planned
    where: list[str | int] = ["lines", index, "path"]
    if planned.length < 1.0:
        raise zone_set.error(zone_id, where, f"line {number} is shorter than 1 cm: its points coincide")
    if not planned.is_simple:
        raise zone_set.error(zone_id, where, f"line {number} crosses itself")
    outside = planned.difference(reach).length
    if outside > 0.05:
        raise zone_set.error(
            zone_id, where, f"line {number} ({line.side}) runs {outside:.1f} cm outside the {body.sex} body outline"
        )
