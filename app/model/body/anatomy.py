"""A parametric adult back in posterior view, in centimetres.

Coordinates: origin at the tip of the C7 spinous process, x toward the patient's right
(the viewer's right in a posterior view), y upward. Every number below comes from a row of
``shared/reference/anatomy.md`` (named in the comment beside it) or is marked [GK] for
general textbook knowledge that the sheet does not check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import TypeVar

import numpy as np
import shapely
from shapely.affinity import rotate, scale
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from .curves import catmull_rom

__all__ = [
    "SPINOUS",
    "SEXES",
    "SIDES",
    "VERTEBRAE",
    "LEVELS",
    "Proportions",
    "PROPORTIONS",
    "Body",
    "build_body",
    "side_sign",
]

SEXES = ("male", "female")
SIDES = ("left", "right")

CERVICAL = tuple(f"C{i}" for i in range(1, 8))
THORACIC = tuple(f"T{i}" for i in range(1, 13))
LUMBAR = tuple(f"L{i}" for i in range(1, 6))
SACRAL = tuple(f"S{i}" for i in range(1, 6))
#: Vertebral levels C1…L5. C1 (the atlas) has no spinous process: its level lies inside the
#: head and is never drawn or exported as a spinous tip.
VERTEBRAE = CERVICAL + THORACIC + LUMBAR
#: The spinous tips a hand can find, labelled and exported as ``vertebra`` features.
SPINOUS = VERTEBRAE[1:]
#: Every level a stroke may be anchored to, top to bottom (``coccyx`` is its tip).
LEVELS = VERTEBRAE + SACRAL + ("coccyx",)


def side_sign(side: str) -> float:
    """+1 for the patient's right (viewer's right in posterior view), −1 for the left."""
    return 1.0 if side == "right" else -1.0


# Vertical step from each level's spinous tip to the next one down, in cm, before scaling.
# Gray's (anatomy.md, "height per level"): cervical ~1.8, thoracic ~2.3, lumbar ~3.6 cm per
# level; the steps grow down the spine, with the largest step-up T9→L1, lumbar steps nearly
# equal and not strictly increasing (anatomy.md, "growth down the spine": Palm 2025).
_CERVICAL_STEPS = (1.8,) * 6  # C1→C2 … C6→C7
_THORACIC_STEPS = (2.05, 2.0, 2.05, 2.1, 2.15, 2.2, 2.3, 2.35, 2.45, 2.6, 2.75, 2.96)  # C7→T1 … T11→T12
_LUMBAR_STEPS = (3.5, 3.6, 3.65, 3.65, 3.6)  # T12→L1 … L4→L5
# Sacrum + coccyx ~12.5 cm in a 71 cm spine (Gray's, "spine length"): five sacral tubercles
# and the coccyx below them.
_SACRAL_STEPS = (2.3, 2.2, 2.1, 2.0, 1.9, 2.0)  # L5→S1, S1→S2, … S4→S5, S5→coccyx tip


@dataclass(frozen=True)
class Proportions:
    """Sex-specific reference proportions (ANSUR II means unless marked)."""

    stature: float  # ANSUR II mean stature [GK: Gordon 2014 public data]
    c7_to_crest: float  # anatomy.md "C7 → top of iliac crest, vertical"
    crest_level: float  # intercristal line: 0 = L4 tip, 0.5 = midway L4–L5 (anatomy.md)
    shoulder_width: float  # soft-tissue, anatomy.md "soft-tissue shoulder width"
    biacromial: float  # anatomy.md "bony biacromial width"
    waist: float  # anatomy.md "waist breadth"
    hip: float  # anatomy.md "hip breadth"
    neck: float  # [GK] neck breadth, ANSUR II neck circumference / π
    chest: float  # anatomy.md "chest breadth"
    acromion_drop: float  # anatomy.md "C7 → acromion, vertical drop"
    axilla_drop: float  # anatomy.md "C7 → posterior axillary fold"
    fold_drop: float  # anatomy.md "C7 → gluteal fold"
    vertex_rise: float  # anatomy.md "C7 → vertex of the head"
    head_breadth: float  # anatomy.md "head breadth × length"
    forearm_hand: float  # anatomy.md "forearm + hand length"
    hand: tuple[float, float]  # anatomy.md "hand length × breadth"


PROPORTIONS: Mapping[str, Proportions] = MappingProxyType(
    {
        # Men: intercristal line at the L4 body (anatomy.md, "top of iliac crests").
        "male": Proportions(175.6, 45.6, 0.0, 51.0, 41.6, 32.6, 34.6, 13.8, 28.9,
                            7.7, 18.8, 62.9, 23.9, 15.4, 48.0, (19.3, 8.8)),
        # Women: at the top of L5, so midway between the L4 and L5 tips.
        "female": Proportions(162.9, 40.0, 0.5, 45.0, 36.5, 30.0, 35.4, 11.8, 26.9,
                              6.1, 15.7, 56.2, 23.3, 14.8, 44.0, (18.1, 7.8)),
    }
)

# Distances from the midline and other lateral figures, male, scaled with the body.
MEDIAL_BORDER = 5.0  # anatomy.md "medial border of scapula → midline" (3.8–7.5)
SCAPULA_WIDTH = 10.0  # anatomy.md "scapula height × width" (~14–15 × ~10)
KIDNEY_BOX = (2.5, 9.5)  # anatomy.md "kidneys": Morris's box, vertical lines from midline
KIDNEY_HILUM = 5.0  # anatomy.md "kidneys": hilum 5 cm lateral at L1
LEFT_KIDNEY_RAISE = 1.25  # anatomy.md "kidneys": left kidney ~1.25 cm higher
ERECTOR_EDGE = 7.0  # anatomy.md "lateral edge of erector spinae → midline" (6–8) [GK]
PSIS_LATERAL = 4.5  # [GK] the dimples of Venus, ~4–5 cm from the midline
UPPER_ARM = 0.186  # [GK] acromion to elbow as a share of stature (Drillis & Contini 1966)
OCCIPUT_ABOVE_C7 = 13.0  # [GK] external occipital protuberance, ~2 cm above the C1 level

_LEVEL_RE = re.compile(r"^(C[1-7]|T(?:[1-9]|1[0-2])|L[1-5]|S[1-5]|coccyx)(\.\d+)?$")


def _level_steps(p: Proportions) -> np.ndarray:
    """Vertical steps between consecutive LEVELS, scaled so C7→crest matches ANSUR II."""
    steps = np.array(_CERVICAL_STEPS + _THORACIC_STEPS + _LUMBAR_STEPS + _SACRAL_STEPS)
    c7 = LEVELS.index("C7")
    l4 = LEVELS.index("L4")
    raw_c7_crest = float(steps[c7:l4].sum() + p.crest_level * steps[l4])
    return steps * (p.c7_to_crest / raw_c7_crest)


def level_height(level_y: Mapping[str, float], level: str) -> float:
    """Height of ``level`` ("T7", or "T7.5" = halfway from the T7 tip to the T8 tip).

    Raises ``KeyError`` when the name is not a level.
    """
    m = _LEVEL_RE.match(level)
    if not m:
        raise KeyError(level)
    name, frac = m.group(1), m.group(2)
    y = level_y[name]
    if frac:
        idx = LEVELS.index(name)
        if idx + 1 >= len(LEVELS):
            raise KeyError(level)
        y += float("0" + frac) * (level_y[LEVELS[idx + 1]] - y)
    return y


@dataclass(frozen=True)
class Body:
    """One body in posterior view; every field is in centimetres (see module docstring).

    Bilateral features are keyed by side (``"left"``/``"right"``).
    """

    sex: str
    stature: float
    scale: float  # stature ÷ the sex's reference stature; lateral offsets in data scale with it
    level_y: Mapping[str, float]  # spinous-tip height of every name in LEVELS
    outline: Polygon
    sacrum: Polygon
    scapulae: Mapping[str, Polygon]
    scapular_spines: Mapping[str, LineString]
    ribs: Mapping[tuple[str, str], LineString]  # ("rib11"|"rib12", side)
    iliac_crests: Mapping[str, LineString]
    kidneys: Mapping[str, Polygon]
    landmarks: Mapping[tuple[str, str], Point]  # (landmark id, side)
    nodes: Mapping[tuple[str, str], Point]  # (node group id, side)
    gluteal_fold_y: float
    head: Polygon  # from behind: the skull down to the nape, with the hairline
    arms: Mapping[str, Polygon]  # along the sides, shoulder to fingertips, by side
    hands: Mapping[str, Polygon]  # the hands beside the hips, by side
    figure: Polygon  # the whole figure in view: head, neck, trunk, arms and the tops of the thighs
    hairline_y: float
    _half_width_cache: dict[float, float] = field(default_factory=dict, compare=False, repr=False)

    # -- levels -------------------------------------------------------------------------
    def y_of(self, level: str) -> float:
        """Height of a level; ``"T7.5"`` is halfway from the T7 tip to the T8 tip."""
        return level_height(self.level_y, level)

    def vertebra_points(self) -> dict[str, Point]:
        """Spinous-process tips C2…L5 on the midline (C1 has none)."""
        return {name: Point(0.0, self.level_y[name]) for name in SPINOUS}

    @property
    def top_y(self) -> float:
        return float(self.outline.bounds[3])

    def half_width_at(self, y: float) -> float:
        """Half the outline's width at height ``y`` (0 outside the outline)."""
        key = round(y, 3)
        if key not in self._half_width_cache:
            minx, _, maxx, _ = self.outline.bounds
            cut = LineString([(0.0, y), (maxx + 1.0, y)]).intersection(self.outline)
            self._half_width_cache[key] = 0.0 if cut.is_empty else float(cut.bounds[2])
        return self._half_width_cache[key]

    @cached_property
    def spine_line(self) -> LineString:
        """The line of spinous tips, C1 to the coccyx tip."""
        return LineString([(0.0, self.level_y[n]) for n in LEVELS])


#: A level's height on the body being built (``y("T7.5")``).
LevelY = Callable[[str], float]
_G = TypeVar("_G", bound=BaseGeometry)


def _one_polygon(geom: BaseGeometry) -> Polygon:
    """``geom`` as the single polygon every part of the body is (make_valid and difference are
    typed to return any geometry); anything else is a bug in the figures above."""
    if not isinstance(geom, Polygon):
        raise ValueError(f"expected one polygon, got a {geom.geom_type}")
    return geom


def _mirrored(geom: _G) -> _G:
    """``geom`` mirrored about the midline (x → −x)."""
    return shapely.transform(geom, lambda c: c * [-1.0, 1.0])


def _on_side(geom: _G, side: str) -> _G:
    """A right-side ``geom`` moved to ``side``."""
    return geom if side_sign(side) > 0 else _mirrored(geom)


def _scapula(p: dict[str, float], y: LevelY) -> tuple[Polygon, LineString, dict[str, Point]]:
    """Right scapula in posterior view: the blade with its three angles, and the spine running
    from its root up and out to the acromion, which caps the shoulder."""
    s = p["s"]
    m = MEDIAL_BORDER * s
    w = SCAPULA_WIDTH * s
    sup = (m + 0.4 * s, y("T2"))  # superior angle at T2 (anatomy.md)
    root = (m, y("T3"))  # root of the spine opposite T3 (anatomy.md)
    inf = (m + 1.6 * s, y("T8"))  # inferior angle: T7 textbook, T8 measured standing (anatomy.md)
    # The acromion: half the bony biacromial width out, ANSUR II's C7 → acromion drop down.
    acromion = (p["biacromial"] / 2.0, y("C7") - p["acromion_drop"])
    superior_border = (m + 0.45 * w, y("T2") + 0.5 * s)  # [GK]
    acromion_top = (acromion[0] - 1.8 * s, acromion[1] + 0.9 * s)
    glenoid = (m + w + 0.6 * s, acromion[1] - 2.2 * s)  # lateral angle, under the acromion [GK]
    lateral_border = (m + 0.62 * w, y("T5.5"))  # the lateral border runs down and in [GK]
    medial_low = (m + 0.35 * s, y("T5"))
    ring = catmull_rom([sup, superior_border, acromion_top, acromion, glenoid, lateral_border, inf,
                        medial_low, root], 10, closed=True)
    blade = _one_polygon(shapely.make_valid(Polygon(ring)))
    # The spine of the scapula runs out from its root, bowing up a little, to the acromion [GK].
    spine = LineString(catmull_rom([root, (m + 0.5 * w, (root[1] + acromion[1]) / 2.0 + 0.8 * s), acromion], 8))
    marks = {
        "scapula_superior_angle": Point(sup),
        "scapula_spine_root": Point(root),
        "scapula_inferior_angle": Point(inf),
        "acromion": Point(acromion),
    }
    return blade, spine, marks


def _outline(p: dict[str, float], y: LevelY, fold_y: float, hairline_y: float) -> Polygon:
    """The back the hands work on: from the hairline down the neck, out along the trapezius
    to the acromion, round the posterior shoulder to the axillary fold, down the flanks and
    over the buttocks to the gluteal folds; mirrored about the midline."""
    s = p["s"]
    neck = p["neck"] / 2.0
    drop, axilla = -p["acromion_drop"], -p["axilla_drop"]
    bottom = min(fold_y - 0.3 * s, y("coccyx") - 1.0 * s)  # the natal cleft opens below the coccyx
    right = [
        (neck - 0.4 * s, hairline_y),  # hairline [GK]
        (neck, y("C5")),
        (neck + 1.4 * s, y("C7") + 0.6 * s),  # the neck widens into the trapezius [GK]
        (neck + 5.5 * s, y("C7") + 0.35 * drop),  # trapezius slope [GK]
        (p["biacromial"] / 2.0 + 0.4 * s, drop + 0.6 * s),  # over the acromion (anatomy.md)
        (p["shoulder"] / 2.0 - 0.2 * s, drop - 3.5 * s),  # deltoid: soft-tissue shoulder width (anatomy.md)
        (p["chest"] / 2.0 + 3.4 * s, axilla + 4.5 * s),
        (p["chest"] / 2.0 + 1.2 * s, axilla),  # posterior axillary fold (anatomy.md)
        (max(p["chest"], p["waist"]) / 2.0 + 0.2 * s, y("T12")),
        (p["waist"] / 2.0, y("L3")),  # waist breadth (anatomy.md)
        (p["hip"] / 2.0 - 0.5 * s, y("S1")),
        (p["hip"] / 2.0, y("S4")),  # hip breadth (anatomy.md)
        (p["hip"] / 2.0 - 1.2 * s, fold_y + 2.4 * s),
        (p["hip"] / 2.0 - 6.0 * s, fold_y),  # gluteal fold (anatomy.md)
        (2.0 * s, bottom + 0.2 * s),
    ]
    left = [(-x, yy) for x, yy in reversed(right)]
    ring = catmull_rom([*right, (0.0, bottom), *left], samples=10, closed=True)
    # The back ends at the hairline: above it is the head.
    ring[:, 1] = np.minimum(ring[:, 1], hairline_y)
    poly = Polygon(ring)
    return _one_polygon(shapely.make_valid(poly)) if not poly.is_valid else poly


def _top_at(outline: Polygon, x: float) -> float:
    """The height of the outline's upper edge at ``x`` (the shoulder's top, beside the neck)."""
    _, miny, _, maxy = outline.bounds
    cut = LineString([(x, miny - 1.0), (x, maxy + 1.0)]).intersection(outline)
    return float(cut.bounds[3])


def _smooth(points: list[tuple[float, float]], samples: int = 8, closed: bool = True) -> Polygon:
    return _one_polygon(shapely.make_valid(Polygon(catmull_rom(points, samples, closed=closed))))


def _head(p: dict[str, float], y: LevelY, hairline_y: float) -> Polygon:
    """The head from behind: the skull from the vertex, widest at the parietal eminences,
    narrowing over the mastoids to the nape (ANSUR II head breadth and C7 → vertex)."""
    s, half = p["stature_scale"], p["head_breadth"] / 2.0
    vertex = y("C7") + p["vertex_rise"]
    right = [
        (0.42 * half, vertex - 0.4 * s),
        (0.86 * half, vertex - 3.0 * s),
        (half, vertex - 8.0 * s),  # widest: head breadth (anatomy.md)
        (0.93 * half, vertex - 12.5 * s),
        (0.74 * half, hairline_y + 1.6 * s),  # over the mastoid [GK]
        (p["neck"] / 2.0 - 0.2 * s, hairline_y - 0.8 * s),
    ]
    left = [(-x, yy) for x, yy in reversed(right)]
    return _smooth([(0.0, vertex), *right, (0.0, hairline_y - 1.5 * s), *left])


def _arm(p: dict[str, float], y: LevelY, hip_y: float) -> tuple[Polygon, Polygon, float]:
    """The right arm along the side, shoulder to wrist, and its hand beside the hip (palm down,
    fingers together, the thumb toward the body); returns both and the fingertips' height."""
    s, ls = p["s"], p["stature_scale"]
    drop, axilla = -p["acromion_drop"], -p["axilla_drop"]
    hand_len, hand_w = p["hand_length"], p["hand_breadth"]
    elbow = drop - UPPER_ARM * p["stature"]  # [GK] Drillis & Contini
    wrist = elbow - (p["forearm_hand"] - hand_len)  # anatomy.md "forearm + hand length"
    tips = wrist - hand_len
    out_e = p["shoulder"] / 2.0 - 0.6 * s  # the elbow keeps under the deltoid
    out_w = p["hip"] / 2.0 + hand_w + 0.6 * s  # the hand lies beside the hip
    in_w = out_w - 5.6 * s
    arm = _smooth([
        (p["biacromial"] / 2.0 - 1.0 * s, drop + 0.8 * s),
        (p["shoulder"] / 2.0 + 0.6 * s, drop - 3.0 * s),  # the deltoid's bulge (bideltoid breadth)
        (p["shoulder"] / 2.0 + 0.3 * s, drop - 11.0 * s),
        (out_e + 0.4 * s, elbow),
        (out_e - 0.2 * s, elbow - 7.0 * s),  # the forearm's muscles
        (out_w - 0.2 * s, wrist + 2.0 * ls),
        (out_w - 0.4 * s, wrist - 0.5 * ls),
        (in_w + 0.2 * s, wrist - 0.5 * ls),
        (in_w, wrist + 3.0 * ls),
        (out_e - 8.2 * s, elbow - 6.0 * s),
        (out_e - 8.6 * s, elbow + 1.0 * s),
        (p["chest"] / 2.0 + 0.6 * s, axilla - 1.0 * s),  # the arm leaves the trunk at the axilla
        (p["chest"] / 2.0 + 1.6 * s, axilla + 6.0 * s),
    ], samples=8)
    cx = (out_w + in_w) / 2.0 + 0.2 * s
    half = hand_w / 2.0
    knuckles = wrist - 0.55 * hand_len
    hand = _smooth([
        (cx + 0.42 * half * 2.0 * 0.6, wrist + 0.3 * ls),
        (cx + half * 0.95, knuckles + 2.0 * ls),
        (cx + half, knuckles),
        (cx + half * 0.85, tips + 2.2 * ls),
        (cx + half * 0.35, tips),
        (cx - half * 0.45, tips + 0.4 * ls),
        (cx - half * 0.95, knuckles - 1.0 * ls),
        (cx - half * 1.05, knuckles + 2.5 * ls),
        (cx - half - 1.8 * s, knuckles + 3.8 * ls),  # the thumb, toward the body
        (cx - half - 1.6 * s, knuckles + 6.0 * ls),
        (cx - half * 0.8, wrist - 0.5 * ls),
        (cx - half * 0.65, wrist + 0.3 * ls),
    ], samples=6)
    return arm, hand, tips


def _thigh(p: dict[str, float], y: LevelY, fold_y: float, to_y: float) -> Polygon:
    """The top of the right thigh, below the buttock, ending in a soft curve at ``to_y``."""
    s = p["s"]
    outer = p["hip"] / 2.0
    # The thigh meets the buttock at the hips: S4 on the mean body, never far above the fold
    # (a long back on short legs still has its thighs under its buttocks).
    top = max(y("S4"), fold_y + 4.0 * s)
    return _smooth([
        (outer - 0.2 * s, top),
        (outer - 0.9 * s, (fold_y + to_y) / 2.0),
        (outer - 1.8 * s, to_y + 1.5 * s),
        (outer * 0.55, to_y - 0.6 * s),
        (1.6 * s, to_y + 1.2 * s),
        (0.8 * s, fold_y - 2.0 * s),
        (1.2 * s, fold_y + 3.0 * s),
        (outer * 0.6, top),
    ], samples=8)


def _kidney(p: dict[str, float], y: LevelY, side: str) -> tuple[Polygon, Point]:
    """A bean in Morris's box: the upper pole level with the T11 spine, the lower pole with the
    L3 spine, 2.5–9.5 cm from the midline; the left one higher (anatomy.md "kidneys")."""
    s = p["s"]
    raise_ = LEFT_KIDNEY_RAISE * s if side == "left" else 0.0
    upper = y("T11") + raise_
    lower = y("L3") + raise_
    cy = (upper + lower) / 2.0
    half_h = (upper - lower) / 2.0
    cx = (KIDNEY_BOX[0] + KIDNEY_BOX[1]) / 2.0 * s
    half_w = 2.9 * s
    t = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    ellipse = Polygon(np.c_[cx + half_w * np.cos(t), cy + half_h * np.sin(t)])
    # A shallow notch on the medial edge at the hilum gives the bean its shape [GK].
    hilum_pt = Point(cx - half_w - 0.55 * s, y("L1") + raise_)
    bean = _one_polygon(ellipse.difference(hilum_pt.buffer(1.2 * s)))
    # Upper pole tilts toward the midline (~12°) [GK]; the tilted bean still spans the box.
    bean = rotate(bean, 12.0, origin=(cx, cy))
    _, y0, _, y1 = bean.bounds
    bean = scale(bean, 1.0, (upper - lower) / (y1 - y0), origin=(cx, cy))
    hilum = Point(KIDNEY_HILUM * s, y("L1") + raise_)
    if side == "left":
        bean = _mirrored(bean)
        hilum = Point(-hilum.x, hilum.y)
    return bean, hilum


def build_body(sex: str = "male", stature: float | None = None, proportions: Proportions | None = None) -> Body:
    """Build the default body for ``sex``, optionally scaled to ``stature`` (cm), or with
    other ``proportions`` (a body away from the mean, e.g. for tests across percentiles).

    The default body is the ANSUR II mean adult of that sex: 175.6 cm (male) or 162.9 cm
    (female) tall.

    >>> body = build_body("male")
    >>> body.level_y["C7"]
    0.0
    """
    if sex not in PROPORTIONS:
        raise ValueError(f"unknown body {sex!r}: expected one of {', '.join(SEXES)}")
    prop = proportions or PROPORTIONS[sex]
    stature = prop.stature if stature is None else float(stature)
    if not 100.0 <= stature <= 230.0:
        raise ValueError(f"stature {stature:g} cm is outside 100–230 cm")
    s = stature / prop.stature

    ys = np.concatenate([[0.0], -np.cumsum(_level_steps(prop) * s)])
    ys -= ys[LEVELS.index("C7")]
    level_y = MappingProxyType({name: float(v) for name, v in zip(LEVELS, ys)})

    def y(level: str) -> float:
        return level_height(level_y, level)

    p = {
        # Lateral figures measured on men shrink with the shoulders for women.
        "s": s * (prop.shoulder_width / PROPORTIONS["male"].shoulder_width) ** 0.5,
        "stature_scale": s,
        "stature": stature,
        "acromion_drop": prop.acromion_drop * s,
        "axilla_drop": prop.axilla_drop * s,
        "vertex_rise": prop.vertex_rise * s,
        "head_breadth": prop.head_breadth * s,
        "forearm_hand": prop.forearm_hand * s,
        "hand_length": prop.hand[0] * s,
        "hand_breadth": prop.hand[1] * s,
        "neck": prop.neck * s,
        "shoulder": prop.shoulder_width * s,
        "biacromial": prop.biacromial * s,
        "waist": prop.waist * s,
        "hip": prop.hip * s,
        "chest": prop.chest * s,
    }
    fold_y = -prop.fold_drop * s  # ANSUR II C7 → gluteal fold (anatomy.md)
    hairline_y = y("C2") + 0.3 * s  # [GK] the nape's hairline, about the C2 level
    outline = _outline(p, y, fold_y, hairline_y)
    head = _head(p, y, hairline_y)
    arm, hand, tips = _arm(p, y, level_y["coccyx"])
    thigh = _thigh(p, y, fold_y, tips - 3.0 * s)
    arms = {side: _on_side(arm, side) for side in SIDES}
    hands = {side: _on_side(hand, side) for side in SIDES}
    thighs = [_on_side(thigh, side) for side in SIDES]
    figure = _one_polygon(shapely.unary_union([outline, head, *arms.values(), *hands.values(), *thighs]).buffer(0))

    blade, spine, marks = _scapula(p, y)
    scapulae: dict[str, Polygon] = {}
    spines: dict[str, LineString] = {}
    landmarks: dict[tuple[str, str], Point] = {}
    for side in SIDES:
        scapulae[side] = _on_side(blade, side)
        spines[side] = _on_side(spine, side)
        for name, pt in marks.items():
            landmarks[(name, side)] = _on_side(pt, side)

    ps = p["s"]
    # Ribs 11 and 12 run down and out from beside their vertebrae; rib 12's tip lies beyond
    # the erector spinae at ~L1–L2 (anatomy.md "12th rib"), rib 11's further out [GK].
    rib12 = LineString(catmull_rom([(3.2 * ps, y("T11.6")), (6.5 * ps, y("T12.6")),
                                    (ERECTOR_EDGE * ps + 2.5 * ps, y("L1.5"))], 8))
    rib11 = LineString(catmull_rom([(3.2 * ps, y("T10.6")), (8.0 * ps, y("T11.9")),
                                    (p["waist"] / 2.0 - 1.5 * ps, y("L1"))], 8))
    # Iliac crest: from the PSIS up and out to its highest point on the intercristal line,
    # then down toward the flank (anatomy.md "top of iliac crests", "posterior superior iliac spines").
    crest_y = level_y["L4"] + prop.crest_level * (level_y["L5"] - level_y["L4"])
    psis = (PSIS_LATERAL * ps, y("S2"))
    crest_top = (0.55 * p["hip"] / 2.0, crest_y)
    crest = LineString(catmull_rom([psis, (0.33 * p["hip"] / 2.0, crest_y - 1.2 * ps), crest_top,
                                    (p["waist"] / 2.0 - 0.3 * ps, crest_y - 2.2 * ps)], 8))

    ribs: dict[tuple[str, str], LineString] = {}
    crests: dict[str, LineString] = {}
    kidneys: dict[str, Polygon] = {}
    nodes: dict[tuple[str, str], Point] = {}
    for side in SIDES:
        k = side_sign(side)
        ribs[("rib11", side)] = _on_side(rib11, side)
        ribs[("rib12", side)] = _on_side(rib12, side)
        crests[side] = _on_side(crest, side)
        landmarks[("rib12_tip", side)] = Point(ribs[("rib12", side)].coords[-1])
        landmarks[("rib11_tip", side)] = Point(ribs[("rib11", side)].coords[-1])
        landmarks[("iliac_crest_top", side)] = Point(k * crest_top[0], crest_top[1])
        landmarks[("psis", side)] = Point(k * psis[0], psis[1])
        kidneys[side], landmarks[("kidney_hilum", side)] = _kidney(p, y, side)
        # Node groups, projected onto the posterior view [GK]: the supraclavicular fossa
        # beside the base of the neck, the axilla at the posterior axillary fold, the groin
        # round the flank at hip level. Node areas themselves are not massaged (anatomy.md).
        # On the top of the shoulder, just inside the trapezius' slope.
        sx = p["neck"] / 2.0 + 3.2 * ps
        nodes[("supraclavicular", side)] = Point(k * sx, _top_at(outline, sx) - 1.0 * ps)
        nodes[("axillary", side)] = Point(k * (p["chest"] / 2.0 + 1.6 * ps), -p["axilla_drop"])
        landmarks[("axilla", side)] = Point(k * (p["chest"] / 2.0 + 1.2 * ps), -p["axilla_drop"])
        landmarks[("gluteal_fold", side)] = Point(k * (p["hip"] / 2.0 - 6.0 * ps), fold_y)
        nodes[("inguinal", side)] = Point(k * (p["hip"] / 2.0 + 0.6 * ps), y("coccyx"))
    landmarks[("coccyx_tip", "mid")] = Point(0.0, level_y["coccyx"])
    landmarks[("occiput", "mid")] = Point(0.0, OCCIPUT_ABOVE_C7 * s)

    sacrum = _sacrum(level_y, ps, psis)
    return Body(
        sex=sex,
        stature=stature,
        scale=s,
        level_y=level_y,
        outline=outline,
        sacrum=sacrum,
        scapulae=MappingProxyType(scapulae),
        scapular_spines=MappingProxyType(spines),
        ribs=MappingProxyType(ribs),
        iliac_crests=MappingProxyType(crests),
        kidneys=MappingProxyType(kidneys),
        landmarks=MappingProxyType(landmarks),
        nodes=MappingProxyType(nodes),
        gluteal_fold_y=float(fold_y),
        head=head,
        arms=MappingProxyType(arms),
        hands=MappingProxyType(hands),
        figure=figure,
        hairline_y=float(hairline_y),
    )


def _sacrum(level_y: Mapping[str, float], s: float, psis: tuple[float, float]) -> Polygon:
    """An inverted triangle from the base below L5 to the coccyx tip, wide at the PSIS."""
    top = level_y["L5"] - 0.45 * (level_y["L5"] - level_y["S1"])
    right = [
        (psis[0] + 0.6 * s, top),
        (psis[0] + 0.2 * s, psis[1]),
        (2.6 * s, level_y["S4"]),
        (1.2 * s, level_y["S5"]),
        (0.5 * s, level_y["coccyx"] + 0.3 * s),
    ]
    left = [(-x, y) for x, y in reversed(right)]
    ring = catmull_rom(right + [(0.0, level_y["coccyx"])] + left, samples=6, closed=True)
    return _one_polygon(shapely.make_valid(Polygon(ring)))
