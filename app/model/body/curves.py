"""Smooth curves through control points (centripetal Catmull-Rom), as numpy arrays."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["catmull_rom", "mirror_x"]


def _tangent_params(points: np.ndarray, alpha: float) -> np.ndarray:
    """Knot values for the centripetal parameterisation (no cusps, no self-loops)."""
    steps = np.linalg.norm(np.diff(points, axis=0), axis=1) ** alpha
    steps = np.maximum(steps, 1e-9)
    return np.concatenate([[0.0], np.cumsum(steps)])


def catmull_rom(
    points: np.ndarray | Sequence[Sequence[float]], samples: int = 12, closed: bool = False, alpha: float = 0.5
) -> np.ndarray:
    """Interpolate ``points`` (N×2) with a centripetal Catmull-Rom spline.

    The curve passes through every control point; ``samples`` points are produced per
    segment. An open curve keeps its end points exactly.

    >>> catmull_rom([[0, 0], [1, 1], [2, 0]], samples=2).shape
    (5, 2)
    """
    pts = np.asarray(points, dtype=float)
    if len(pts) < 3:
        return pts.copy()
    if closed:
        ext = np.vstack([pts[-1], pts, pts[0], pts[1]])
    else:
        ext = np.vstack([2 * pts[0] - pts[1], pts, 2 * pts[-1] - pts[-2]])
    n_segments = len(ext) - 3
    out = []
    u = np.linspace(0.0, 1.0, samples, endpoint=False)[:, None]
    for i in range(n_segments):
        p0, p1, p2, p3 = ext[i : i + 4]
        t0, t1, t2, t3 = _tangent_params(np.array([p0, p1, p2, p3]), alpha)
        t = t1 + u * (t2 - t1)
        a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
        a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
        a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
        b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
        b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
        out.append((t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2)
    curve = np.vstack(out)
    if not closed:
        curve = np.vstack([curve, pts[-1]])
    return curve


def mirror_x(points: np.ndarray) -> np.ndarray:
    """Reflect points in the midline (x → −x): the patient's right side onto the left."""
    out = np.array(points, dtype=float, copy=True)
    out[..., 0] *= -1.0
    return out
