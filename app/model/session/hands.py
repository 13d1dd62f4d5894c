"""The therapist's hand as a vector silhouette: palm, thumb and four fingers at adult size,
held in one of a few poses, with the part of it that touches the skin.

Each hand is built in its own frame, in centimetres: the wrist's middle at the origin, the
fingers pointing along +x, and the thumb on +y for the right hand (palm down, seen from
above, as the therapist's hands are seen over a back in posterior view); the left hand is its
mirror. Sizes are ANSUR II means (muscles-and-hands.md, table C): hand length 19.3 cm, breadth
8.8 cm, palm 11.7 cm; the fingers' shares of the middle finger come from Chatzıoglou 2024 (H3).
The motion model turns and moves these shapes; nothing here changes with time.

>>> shape = hand_shape("flat", "right")
>>> round(shape.length, 1), abs(shape.breadth - 8.8) < 0.2  # the fingers' round tips add a little
(19.3, True)
>>> shape.contact_part("palm").area > shape.contact_part("fingertips").area
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from ..body.curves import catmull_rom
from ..vocabulary import CONTACT_PARTS, HAND_POSES

__all__ = ["HAND_LENGTH", "HAND_BREADTH", "PALM_LENGTH", "HandShape", "Pose", "POSES", "hand_shape"]

HAND_LENGTH = 19.3  # ANSUR II, men (muscles-and-hands.md, table C)
HAND_BREADTH = 8.8
PALM_LENGTH = 11.7
#: Finger lengths as shares of the middle finger (H3: thumb 49.5, index 63.9, middle 70.7, ring
#: 65.5, little 53.3 mm), so the middle finger is hand length − palm length (table C).
_FINGER_SHARE = {"thumb": 49.5 / 70.7, "index": 63.9 / 70.7, "middle": 1.0, "ring": 65.5 / 70.7,
                 "little": 53.3 / 70.7}
_THUMB_RADIUS = 1.15


@dataclass(frozen=True)
class Pose:
    """How a hand is held, as seen from above: how much of each finger's length shows (a curled
    finger looks short), how far the fingers fan out and the thumb stands off (degrees), and
    how wide the hand looks (a hand on its edge shows a narrow strip)."""

    reach: float  # share of the fingers' length seen from above
    spread: float  # degrees between neighbouring fingers
    thumb: float  # degrees from the index finger's line to the thumb
    thumb_reach: float
    width: float = 1.0  # share of the hand's breadth seen from above
    words: str = ""


#: The poses the techniques use (techniques.toml ``pose``), from muscles-and-hands.md table B.
POSES: dict[str, Pose] = {
    "flat": Pose(1.0, 0.0, 18.0, 1.0, words="fingers straight and together, the thumb alongside"),
    "grasp": Pose(0.92, 4.0, 48.0, 1.0, words="fingers together, the thumb opposed, ready to grip and lift"),
    "wide_thumb": Pose(0.95, 5.0, 80.0, 1.0, words="the thumb spread as far from the index finger as it goes"),
    "heel": Pose(0.9, 2.0, 14.0, 0.9, words="fingers relaxed and raised a little, the weight on the heel"),
    "edge": Pose(0.95, 0.0, 6.0, 0.8, width=0.38, words="the hand on its little-finger edge, fingers together"),
    "fingertips": Pose(0.6, 7.0, 30.0, 0.75, words="fingers bent, the tips or pads on the skin"),
    "fist": Pose(0.22, 0.0, 30.0, 0.45, words="a loose fist, the knuckles of the fingers forward"),
    "cupped": Pose(0.78, 0.0, 12.0, 0.8, words="fingers together and bent, the thumb against the index: a cup"),
}
if set(POSES) != set(HAND_POSES):  # pragma: no cover - a vocabulary change must reach here
    raise RuntimeError("POSES and HAND_POSES disagree")


def _capsule(start: np.ndarray, end: np.ndarray, radius: float) -> Polygon:
    geom = LineString([start, end]).buffer(radius, quad_segs=6)
    assert isinstance(geom, Polygon)
    return geom


@dataclass(frozen=True)
class HandShape:
    """One hand in one pose, in its own frame (see the module docstring)."""

    pose: str
    side: str
    palm: Polygon
    fingers: dict[str, Polygon]  # thumb, index, middle, ring, little
    tips: dict[str, np.ndarray]  # each finger's tip point
    _parts: dict[str, BaseGeometry] = field(default_factory=dict, compare=False, repr=False)

    @property
    def outline(self) -> Polygon:
        """The silhouette: palm and fingers as one shape."""
        if "outline" not in self._parts:
            geom = shapely.union_all([self.palm, *self.fingers.values()]).buffer(0.15).buffer(-0.15)
            self._parts["outline"] = geom
        out = self._parts["outline"]
        assert isinstance(out, Polygon)
        return out

    @property
    def length(self) -> float:
        minx, _, maxx, _ = self.outline.bounds
        return maxx - minx

    @property
    def breadth(self) -> float:
        """Across the knuckles, without the thumb."""
        fingers = shapely.union_all([self.palm, *(f for n, f in self.fingers.items() if n != "thumb")])
        _, miny, _, maxy = fingers.bounds
        return maxy - miny

    def contact_part(self, part: str) -> BaseGeometry:
        """Where ``part`` (one of CONTACT_PARTS) touches the skin, in the hand's frame."""
        if part not in CONTACT_PARTS:
            raise KeyError(part)
        if part not in self._parts:
            geom = self._make_part(part)
            self._parts[part] = geom if part == "forearm" else geom.intersection(self.outline)
        return self._parts[part]

    def contact_centre(self, part: str) -> tuple[float, float]:
        """Where the pressure of ``part`` is centred: the point the motion model moves along a
        line, and the origin every drawing of this hand is placed by."""
        centre = self.contact_part(part).centroid
        return float(centre.x), float(centre.y)

    def _make_part(self, part: str) -> BaseGeometry:
        k = 1.0 if self.side == "right" else -1.0
        minx, miny, maxx, maxy = self.palm.bounds
        palm_len = maxx - minx
        four = [self.fingers[n] for n in ("index", "middle", "ring", "little")]
        if part in ("palm", "back_of_hand"):
            return self.palm
        if part == "heel":
            return self.palm.intersection(box(minx - 1, miny - 1, minx + 0.38 * palm_len, maxy + 1))
        if part == "ulnar_edge":  # the little-finger side, from the wrist to the little finger's tip
            hand = shapely.union_all([self.palm, self.fingers["little"]])
            edge = miny if k > 0 else maxy
            strip = box(minx - 1, edge - 1.3, maxx + 12, edge + 1.3)
            return hand.intersection(strip)
        if part == "finger_pads":
            pads = [finger.intersection(Point(self.tips[n]).buffer(2.0)) for n, finger in
                    zip(("index", "middle", "ring", "little"), four)]
            return shapely.union_all(pads)
        if part == "fingertips":
            return shapely.union_all([Point(self.tips[n]).buffer(0.75) for n in ("index", "middle", "ring", "little")])
        if part == "thumb":
            return self.fingers["thumb"].intersection(Point(self.tips["thumb"]).buffer(2.4))
        if part in ("knuckles", "fist"):
            row = box(maxx - 1.6, miny - 0.5, maxx + 2.4, maxy + 0.5)
            geom = shapely.union_all([self.palm, *four]).intersection(row)
            return geom if part == "knuckles" else shapely.union_all([self.palm, *four])
        if part == "cupped_palm":  # the rim of the cup: heel, edges and fingertips touch, the hollow does not
            cup = shapely.union_all([self.palm, *four])
            return cup.difference(cup.buffer(-1.1))
        # forearm: behind the wrist
        return _capsule(np.array([-11.0, 0.0]), np.array([-1.0, 0.0]), 3.0)

    def placed(self, geom: BaseGeometry, x: float, y: float, heading: float,
               anchor: tuple[float, float]) -> BaseGeometry:
        """``geom`` of this hand moved so that the hand's ``anchor`` lies at (x, y), its fingers
        turned to ``heading`` (radians, model frame)."""
        c, s = math.cos(heading), math.sin(heading)
        ax, ay = anchor
        return shapely.transform(geom, lambda p: np.c_[c * (p[:, 0] - ax) - s * (p[:, 1] - ay) + x,
                                                       s * (p[:, 0] - ax) + c * (p[:, 1] - ay) + y])


@cache
def hand_shape(pose: str, side: str) -> HandShape:
    """The hand of ``side`` (``"left"``/``"right"``) held in ``pose``; built once and kept."""
    if pose not in POSES:
        raise KeyError(pose)
    p = POSES[pose]
    k = 1.0 if side == "right" else -1.0
    half = HAND_BREADTH / 2.0 * p.width
    middle = HAND_LENGTH - PALM_LENGTH
    palm_len = PALM_LENGTH * (1.0 if p.reach > 0.5 else 0.92)
    # The palm: narrower at the wrist, rounded over the knuckles (the middle knuckle leads).
    ring = [(0.0, -0.72 * half), (0.25 * palm_len, -0.98 * half), (0.85 * palm_len, -half), (palm_len, -0.9 * half),
            (palm_len + 0.05, -0.3 * half), (palm_len + 0.05, 0.2 * half), (palm_len, 0.85 * half),
            (0.7 * palm_len, 0.98 * half), (0.2 * palm_len, 0.9 * half), (0.0, 0.7 * half)]
    smooth = Polygon(catmull_rom([(x, k * y) for x, y in ring], samples=6, closed=True))
    palm = smooth.intersection(box(0.0, -HAND_BREADTH, palm_len + 1.0, HAND_BREADTH))  # cut square at the wrist
    assert isinstance(palm, Polygon)
    fingers: dict[str, Polygon] = {}
    tips: dict[str, np.ndarray] = {}
    # Fingers side by side fill the knuckles' breadth: each as wide as a quarter of it.
    radius = half / 4.0 * 0.98
    # index, middle, ring and little fingers from their knuckles, fanning out by ``spread``
    for i, name in enumerate(("index", "middle", "ring", "little")):
        offset = (0.75 - 0.5 * i) * half  # index on the thumb side
        base = np.array([palm_len, k * offset])
        angle = math.radians(k * (1.5 - i) * p.spread)
        length = max(middle * _FINGER_SHARE[name] * p.reach - radius, 0.1)  # the capsule's cap adds a radius
        tip = base + length * np.array([math.cos(angle), math.sin(angle)])
        fingers[name] = _capsule(base, tip, radius)
        tips[name] = tip
    # the thumb from the ball of the hand, standing off the index finger's line by ``thumb``
    base = np.array([0.32 * palm_len, k * 0.78 * half])
    angle = math.radians(k * p.thumb)
    length = middle * _FINGER_SHARE["thumb"] * p.thumb_reach + 1.2  # its metacarpal shows beyond the palm
    tip = base + length * np.array([math.cos(angle), math.sin(angle)])
    fingers["thumb"] = _capsule(base, tip, _THUMB_RADIUS * (1.0 if p.width >= 1.0 else 0.8))
    tips["thumb"] = tip
    return HandShape(pose, side, palm, fingers, tips)
