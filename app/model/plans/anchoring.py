"""Where a client's no-go area lies, said in anatomy: the nearest vertebral level and the offset
from the midline, so that it stays on the same spot when the body's sex or stature changes.

>>> from app.model.body.anatomy import build_body
>>> body = build_body("male")
>>> level, out, up, radius = anchor_area(body, 6.0, body.level_y["L3"] + 0.5, 2.0)
>>> level, out, round(up, 2), radius
('L3', 6.0, 0.5, 2.0)
"""

from __future__ import annotations

from ..body.anatomy import LEVELS, Body

__all__ = ["anchor_area", "area_centre"]


def anchor_area(body: Body, x: float, y: float, radius: float) -> tuple[str, float, float, float]:
    """(level, out, up, radius) for a circle at (x, y) cm on ``body``: offsets in the mean
    body's centimetres (divided by the body's scale), rounded to a millimetre."""
    level = min(LEVELS, key=lambda name: abs(body.level_y[name] - y))
    s = body.scale
    return level, round(x / s, 2), round((y - body.level_y[level]) / s, 2), round(radius / s, 2)


def area_centre(body: Body, level: str, out: float, up: float) -> tuple[float, float]:
    """The centre (x, y) cm on ``body`` of an area anchored at ``level``."""
    s = body.scale
    return out * s, body.level_y[level] + up * s
