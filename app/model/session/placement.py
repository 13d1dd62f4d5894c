"""Where a hand lies, given where its contact should be: the three rules hands never break.

- A hand never presses on the spine strip: its contact part stays outside it.
- The two hands never overlap (unless one deliberately weights the other): each stays on its
  own side of the midline.
- A hand never leaves the figure: its contact part stays on the back.

The motion model says where the contact's centre would go (on the line, or circling beside
it); this moves the hand sideways, away from the spine or back onto the body, as little as
the rules need. Everything is vectorised over the samples of one hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import shapely
from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from ..atlas.build import Atlas
from ..body.anatomy import side_sign
from .hands import hand_shape

__all__ = ["Placement", "MIDLINE_GAP", "EDGE_GAP", "TURNS", "shown_hand", "hand_at"]

#: How far (cm) the nearest point of a hand stays from the midline: the two never touch.
MIDLINE_GAP = 0.3
#: How far outside the spine strip the contact part keeps (its outline is sampled every 2 cm).
STRIP_GAP = 0.15
#: How far inside the body's outline the contact part keeps.
EDGE_GAP = 0.2
#: Turns (degrees) a hand may make to keep off the midline, one way only (``turns``'s
#: ``turn_sign``): a hand working along a line always turns its fingers the same way, so it
#: never swings between a turn one way and the other from one frame to the next.
TURNS = (0.0, 10.0, 20.0, 30.0, 45.0, 60.0, 75.0, 90.0)
TURN_COST = 0.6  # cm of sideways move a turn of one radian is worth
_ROWS = 400  # heights at which the spine strip's and the body's half-widths are tabled


def _half_widths(geom: BaseGeometry, ys: np.ndarray, x_max: float) -> np.ndarray:
    """Half the width of ``geom`` on the right of the midline at heights ``ys`` (0 where none)."""
    cuts = shapely.intersection(np.array([LineString([(0.0, y), (x_max, y)]) for y in ys]), geom)
    right = shapely.bounds(cuts)[:, 2]
    widths: np.ndarray = np.where(np.isnan(right), 0.0, right)
    return widths


def shown_hand(hand: str, contact: str) -> str:
    """Which hand's shape is seen from above: a hand on its back shows its palm, a mirror image."""
    return hand if contact != "back_of_hand" else ("left" if hand == "right" else "right")


def hand_at(x: float, y: float, heading: float, hand: str, pose: str,
            contact: str) -> tuple[BaseGeometry, BaseGeometry]:
    """(the whole hand, its contact part) as polygons in the model frame, for one sample."""
    shape = hand_shape(pose, shown_hand(hand, contact))
    part = shape.contact_part(contact)
    anchor = shape.contact_centre(contact)
    return shape.placed(shape.outline, x, y, heading, anchor), shape.placed(part, x, y, heading, anchor)


@dataclass
class Placement:
    """The spine strip's and the back's half-widths by height, for one atlas."""

    atlas: Atlas
    _shapes: dict[tuple[str, str, str], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    def _at(self, table: np.ndarray, y: np.ndarray, grid: np.ndarray | None = None) -> np.ndarray:
        """``table`` over an even ``grid`` (the heights of _table unless given) at ``y``: the
        nearest row, a lookup rather than np.interp's search, ten times slower on these arrays."""
        grid = self._table[0] if grid is None else grid
        i = np.clip(np.rint((y - grid[0]) / (grid[1] - grid[0])), 0, len(grid) - 1).astype(np.intp)
        values: np.ndarray = table[i]
        return values

    @cached_property
    def _table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        body = self.atlas.body
        minx, miny, maxx, maxy = body.outline.bounds
        ys = np.linspace(miny, maxy, _ROWS)
        spine = next((m.geometry for m in self.atlas.masks if m.rule == "no_pressure"), None)
        strip = _half_widths(spine, ys, maxx + 1.0) if spine is not None else np.zeros(_ROWS)
        # the strip steps out at the prominent C7 and T1: take each row's widest neighbour
        strip = np.maximum.reduce([strip, np.roll(strip, 1), np.roll(strip, -1)])
        edge = _half_widths(body.outline, ys, maxx + 1.0)
        return ys, strip, edge

    def _shape(self, pose: str, hand: str, contact: str) -> tuple[np.ndarray, np.ndarray]:
        """The hand's outline and contact part, as points relative to the contact's centre.

        A hand on its back (the back of the hand on the skin) shows its palm: its mirror image."""
        key = (pose, hand, contact)
        if key not in self._shapes:
            shape = hand_shape(pose, shown_hand(hand, contact))
            part = shape.contact_part(contact)
            centre = np.array(shape.contact_centre(contact))
            outline = shapely.get_coordinates(shape.outline.convex_hull.simplify(0.2))[:-1] - centre
            hull = shapely.segmentize(part.convex_hull.simplify(0.1), 2.0)  # points along its edges too
            touching = shapely.get_coordinates(hull)[:-1] - centre
            self._shapes[key] = (outline, touching)
        return self._shapes[key]

    def turns(self, xy: np.ndarray, heading: np.ndarray, side: str, hand: str, pose: str, contact: str,
              other_side_busy: bool) -> np.ndarray:
        """The turn (radians) each of a line's samples needs so that the hand moves sideways
        least: none where it fits as it comes, else up to TURNS, all one way (anticlockwise or
        clockwise, whichever costs the line less), so the hand never swings between a turn one
        way and the other."""
        outline, touching = self._shape(pose, hand, contact)
        k = side_sign(side)
        shift, turn = self._moves(xy, heading, k, outline, touching, other_side_busy, np.zeros((1, 1)))
        hard = shift != 0.0
        if not hard.any():
            return turn
        best, cost = turn, np.inf
        for sign in (1.0, -1.0):
            moved, turned = self._moves(xy[hard], heading[hard], k, outline, touching, other_side_busy,
                                        sign * np.radians(TURNS)[None, :])
            total = float(np.abs(moved).sum() + TURN_COST * np.abs(turned).sum())
            if total < cost:
                best, cost = turn.copy(), total
                best[hard] = turned
        return best

    def place(self, xy: np.ndarray, heading: np.ndarray, side: str, hand: str, pose: str,
              contact: str, other_side_busy: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Contact centres ``xy`` (n, 2) and finger directions ``heading`` (radians, already
        turned as :meth:`turns` says) of ``hand`` working ``side``, after the rules: where the
        hand would cross the midline (while the other hand works the other side) or press on
        the spine strip, it moves sideways only as far as it must."""
        if not len(xy):
            return xy, heading
        outline, touching = self._shape(pose, hand, contact)
        k = side_sign(side)
        shift, _ = self._moves(xy, heading, k, outline, touching, other_side_busy, np.zeros((1, 1)))
        placed = xy.copy()
        placed[:, 0] += k * shift
        self._keep_on_figure(placed, heading, touching)
        self._keep_off_spine(placed, heading, touching, k)
        return placed, heading

    def _moves(self, xy: np.ndarray, heading: np.ndarray, k: float, outline: np.ndarray, touching: np.ndarray,
               other_side_busy: bool, turns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each sample, the turn among its ``turns`` (n or 1, c) that needs the least moving,
        and the sideways move it needs (away from the spine positive)."""
        _, strip, edge = self._table
        x = k * xy[:, 0]  # distance from the midline, on the hand's own side
        trial = heading[:, None] + turns  # (n, c)
        c, s = np.cos(trial)[..., None], np.sin(trial)[..., None]
        out_x = k * (c * outline[None, None, :, 0] - s * outline[None, None, :, 1])  # (n, c, m)
        touch_x = x[:, None, None] + k * (c * touching[None, None, :, 0] - s * touching[None, None, :, 1])
        touch_y = xy[:, 1, None, None] + s * touching[None, None, :, 0] + c * touching[None, None, :, 1]
        inward = x[:, None] + out_x.min(axis=2)  # each trial's nearest point to the midline
        crossing = MIDLINE_GAP - inward if other_side_busy else np.full_like(inward, -np.inf)
        on_strip = (self._at(strip, touch_y) + STRIP_GAP - touch_x).max(axis=2)
        away = np.maximum(np.maximum(crossing, on_strip), 0.0)
        # what reaches past the back's edge once moved away from the spine
        past = (touch_x + away[..., None] - (self._at(edge, touch_y) - EDGE_GAP)).max(axis=2)
        past = np.maximum(past, 0.0)
        # the turn that needs the least moving, a turn counting as a move of TURN_COST cm a radian
        # (a hand had rather shift a little than swing round); between turns that need about as
        # little, the one with the fingers pointing away from the spine, so a hand does not flip
        # from one sample to the next
        inward_fingers = (1.0 - k * np.cos(trial)) / 2.0  # 0 pointing straight out, 1 straight in
        best = np.argmin(away + 2.0 * past + 0.1 * inward_fingers + TURN_COST * np.abs(turns), axis=1)
        rows = np.arange(len(xy))
        # back onto the body only as far as the spine strip and the other hand allow
        slack = np.maximum(-np.maximum(crossing, on_strip)[rows, best], 0.0)
        shift = np.where(away[rows, best] > 0, away[rows, best], -np.minimum(past[rows, best], slack))
        return shift, np.broadcast_to(turns, trial.shape)[rows, best]

    def _keep_off_spine(self, xy: np.ndarray, heading: np.ndarray, touching: np.ndarray, k: float) -> None:
        """Last, and above everything: no contact point on the spine strip (a hand drawn down
        onto the neck meets the strip's wider part at C7 and T1)."""
        strip = self._table[1]
        c, s = np.cos(heading)[:, None], np.sin(heading)[:, None]
        tx = k * (xy[:, 0, None] + c * touching[None, :, 0] - s * touching[None, :, 1])
        ty = xy[:, 1, None] + s * touching[None, :, 0] + c * touching[None, :, 1]
        deficit = np.maximum((self._at(strip, ty) + STRIP_GAP - tx).max(axis=1), 0.0)
        xy[:, 0] += k * deficit

    def _keep_on_figure(self, xy: np.ndarray, heading: np.ndarray, touching: np.ndarray) -> None:
        """Where the contact part would reach above or below the figure (a stroke ending on the
        top of the shoulder, over the buttock), move the hand straight down or up onto it: never
        sideways, so the rules about the spine and the other hand still hold."""
        xs, top, bottom = self._heights
        c, s = np.cos(heading)[:, None], np.sin(heading)[:, None]
        tx = xy[:, 0, None] + c * touching[None, :, 0] - s * touching[None, :, 1]
        ty = xy[:, 1, None] + s * touching[None, :, 0] + c * touching[None, :, 1]
        above = np.maximum((ty - self._at(top, tx, xs)).max(axis=1), 0.0)
        below = np.maximum((self._at(bottom, tx, xs) - ty).max(axis=1), 0.0)
        xy[:, 1] += np.where(above > 0, -above, below)

    @cached_property
    def _heights(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The figure's top and bottom edge at each x (inside the outline by EDGE_GAP)."""
        minx, miny, maxx, maxy = self.atlas.body.figure.bounds
        xs = np.linspace(minx, maxx, _ROWS)
        cuts = shapely.intersection(np.array([LineString([(x, miny - 1), (x, maxy + 1)]) for x in xs]),
                                    self.atlas.body.figure)
        b = shapely.bounds(cuts)
        top = np.where(np.isnan(b[:, 3]), maxy, b[:, 3]) - EDGE_GAP
        bottom = np.where(np.isnan(b[:, 1]), miny, b[:, 1]) + EDGE_GAP
        return xs, top, bottom
