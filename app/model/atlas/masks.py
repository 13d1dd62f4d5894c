"""Areas where a rule limits the hands: built from ``masks.toml`` and from the client."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from ..body.anatomy import SIDES, Body
from ..zonefiles.spec import MaskSpec

__all__ = ["Mask", "RULE_TEXT", "build_masks", "client_no_go", "mask_effect"]

#: What each rule means, in words for the legend and the side panel.
RULE_TEXT = {
    "no_pressure": "no pressure: the hands glide over or lift",
    "no_percussion": "no percussion",
    "no_deep_pressure": "no deep pressure",
    "no_vibration": "no vibration",
    "no_go": "not touched: strokes go round it",
}


@dataclass(frozen=True)
class Mask:
    """A named area with a rule; ``client`` marks a no-go area added for one client."""

    id: str
    rule: str
    geometry: BaseGeometry
    why: str
    pressure_cap: float | None = None
    client: bool = False
    name: str = ""  # what people call it ("open wound"); by default from the id

    @property
    def label(self) -> str:
        """What the mask does, in words: its rule, and the pressure cap where it has one."""
        text = RULE_TEXT[self.rule]
        if self.rule == "no_percussion" and self.pressure_cap is not None:
            text += ", reduced pressure"
        return text

    @property
    def title(self) -> str:
        """``above_c6`` → ``above C6``; a client's area by what it is."""
        if self.name:
            return self.name
        return re.sub(r"\b([ctls])(\d+)\b", lambda m: m.group(1).upper() + m.group(2), self.id.replace("_", " "))


def mask_effect(mask: Mask) -> tuple[float | None, frozenset[str]]:
    """(pressure cap or None, techniques forbidden) inside the mask."""
    if mask.rule == "no_pressure":
        return 0.0, frozenset()
    forbidden = {"no_percussion": {"percussion"}, "no_vibration": {"vibration"}}.get(mask.rule, set())
    return mask.pressure_cap, frozenset(forbidden)


def _shape(body: Body, spec: MaskSpec) -> BaseGeometry:
    s = body.scale
    if spec.shape == "spine_strip":
        strip = body.spine_line.buffer(spec.half_width * s, cap_style="round")
        bumps = [Point(0.0, body.y_of(n)).buffer((spec.half_width + spec.prominent_extra) * s) for n in spec.prominent]
        geom = shapely.unary_union([strip, *bumps])
    elif spec.shape == "kidneys":
        geom = shapely.unary_union([body.kidneys[side].buffer(spec.margin * s) for side in SIDES])
    elif spec.shape == "scapula_edges":
        w = spec.half_width * s
        parts = []
        for side in SIDES:
            parts.append(body.scapulae[side].exterior.buffer(w))
            parts.append(body.scapular_spines[side].buffer(w))
        geom = shapely.unary_union(parts)
    elif spec.shape == "bony_points":
        r = spec.margin * s
        parts = [body.sacrum.buffer(r)]
        for side in SIDES:
            parts.append(body.iliac_crests[side].buffer(r))
            parts.append(body.landmarks[("psis", side)].buffer(r + 0.5 * s))
        geom = shapely.unary_union(parts)
    elif spec.shape == "heart_area":  # the patient's left is the viewer's left: x < 0
        top, bottom = body.y_of(spec.level), body.y_of(spec.level_to)
        geom = box(-(spec.half_width + 1.5) * s, bottom, -1.5 * s, top).buffer(1.0 * s)
    else:  # above_level
        minx, _, maxx, maxy = body.outline.bounds
        geom = box(minx - 1.0, body.y_of(spec.level), maxx + 1.0, maxy + 1.0)
    return shapely.make_valid(geom.intersection(body.outline))


def build_masks(body: Body, specs: Iterable[MaskSpec]) -> tuple[Mask, ...]:
    """The masks of ``masks.toml`` laid on ``body``."""
    return tuple(Mask(s.id, s.rule, _shape(body, s), s.why, s.pressure_cap) for s in specs)


def client_no_go(mask_id: str, geometry: BaseGeometry, why: str, name: str = "") -> Mask:
    """A client-specific area never touched (a wound, a burn, dermatitis)."""
    geom = shapely.make_valid(geometry)
    if geom.is_empty or geom.area <= 0.0:
        raise ValueError(f"no-go area {mask_id!r} has no area")
    return Mask(mask_id, "no_go", geom, why, 0.0, client=True, name=name)
