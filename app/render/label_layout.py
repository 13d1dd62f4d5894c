"""Where labels go, worked out on plain numbers (pixels): no Qt here, so it is tested alone.

Two problems an atlas plate solves. A column of labels in a margin must keep the order of the
points it names and stay as close to them as it can without two labels touching: that is an
isotonic regression, solved exactly by pool-adjacent-violators. And a label may sit beside its
point only if its rectangle overlaps nothing already there: rectangles as ``(x0, y0, x1, y1)``
rows of an array, compared all at once.

>>> spread([0.0, 1.0, 2.0], [10.0, 10.0, 10.0], gap=0.0)
array([-9.,  1., 11.])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["isotonic", "spread", "spread_clear", "column_extent", "overlapping", "overlap_pairs", "free"]

Floats = NDArray[np.float64]


def isotonic(values: ArrayLike) -> Floats:
    """The non-decreasing sequence closest to ``values`` in squared distance
    (pool-adjacent-violators: merge neighbouring blocks while one sits above the next)."""
    v = np.asarray(values, dtype=np.float64)
    means: list[float] = []
    sizes: list[int] = []
    for x in v:
        mean, size = float(x), 1
        while means and means[-1] > mean:
            m, n = means.pop(), sizes.pop()
            mean = (m * n + mean * size) / (n + size)
            size += n
        means.append(mean)
        sizes.append(size)
    return np.repeat(np.array(means, dtype=np.float64), sizes)


def _offsets(heights: Floats, gap: float) -> Floats:
    """How far each label's centre must sit below the first one's when they are packed tight."""
    if len(heights) == 0:
        return heights
    steps = (heights[:-1] + heights[1:]) / 2 + gap
    return np.concatenate(([0.0], np.cumsum(steps)))


def spread(anchors: ArrayLike, heights: ArrayLike, gap: float = 0.0, lo: float = -np.inf,
           hi: float = np.inf) -> Floats:
    """Centres for labels ``heights`` tall wanted at ``anchors`` (in order, y growing down):
    each at least ``gap`` clear of the next, inside ``[lo, hi]`` when they fit there, and as
    close to their anchors as possible (least total squared displacement).

    With ``c_i = q_i + o_i`` (``o`` the tight packing's offsets) the gaps hold exactly when ``q``
    is non-decreasing, so ``q`` is the isotonic regression of ``anchors - o``; the bounds clip
    it (clipping the unbounded solution is optimal for bounds on a monotone sequence). Labels
    that cannot fit between ``lo`` and ``hi`` are packed tight and centred on the span."""
    p = np.asarray(anchors, dtype=np.float64)
    h = np.asarray(heights, dtype=np.float64)
    if p.shape != h.shape:
        raise ValueError("one height per anchor")
    if len(p) == 0:
        return p.copy()
    if np.any(np.diff(p) < 0):
        raise ValueError("anchors must be in order")
    o = _offsets(h, gap)
    q = isotonic(p - o)
    q_lo, q_hi = lo + h[0] / 2, hi - h[-1] / 2 - o[-1]
    if q_lo <= q_hi:
        q = np.clip(q, q_lo, q_hi)
    elif np.isfinite(lo) and np.isfinite(hi):
        q = np.full_like(q, (q_lo + q_hi) / 2)
    return q + o


def spread_clear(anchors: ArrayLike, heights: ArrayLike, gap: float = 0.0, lo: float = -np.inf,
                 hi: float = np.inf, blocked: Sequence[tuple[float, float]] = ()) -> Floats:
    """:func:`spread`, then each label, top down, pushed below whatever it would touch: the
    label above it or a ``blocked`` interval (``(top, bottom)``: a mark the column passes over);
    if that pushes the last past ``hi``, the same again bottom up, pulling labels above what
    they would touch. Not the least displacement once something is in the way, but never an
    overlap: labels that cannot fit run past the span rather than cover anything."""
    h = np.asarray(heights, dtype=np.float64)
    centres = spread(anchors, h, gap, lo, hi)
    if not len(blocked) or not len(h):
        return centres
    bars = sorted((float(a) - gap, float(b) + gap) for a, b in blocked)
    tops = centres - h / 2
    floor = -np.inf
    for i in range(len(h)):
        tops[i] = _clear(max(tops[i], floor), h[i], bars, down=True)
        floor = tops[i] + h[i] + gap
    if tops[-1] + h[-1] > hi:
        ceiling = hi
        for i in reversed(range(len(h))):
            tops[i] = _clear(min(tops[i], ceiling - h[i]), h[i], bars, down=False)
            ceiling = tops[i] - gap
    return tops + h / 2


def _clear(top: float, size: float, bars: list[tuple[float, float]], down: bool) -> float:
    """The nearest top at or below (``down``) or above ``top`` where ``size`` touches no bar."""
    moved = True
    while moved:
        moved = False
        for a, b in bars:
            if a < top + size and b > top:
                new = b if down else a - size
                if (new > top) if down else (new < top):  # rounding can make a step that goes nowhere
                    top, moved = new, True
    return top


def column_extent(heights: ArrayLike, gap: float = 0.0) -> float:
    """Height a column of labels takes when packed tight."""
    h = np.asarray(heights, dtype=np.float64)
    return float(h.sum() + gap * max(len(h) - 1, 0))


def _as_rects(rects: ArrayLike) -> Floats:
    r = np.asarray(rects, dtype=np.float64)
    return r.reshape(-1, 4)


def overlapping(rect: Sequence[float], others: ArrayLike, margin: float = 0.0) -> NDArray[np.bool_]:
    """Which of ``others`` overlap ``rect`` (touching edges do not; ``margin`` grows ``rect``)."""
    o = _as_rects(others)
    x0, y0, x1, y1 = (float(v) for v in rect)
    return ((o[:, 0] < x1 + margin) & (o[:, 2] > x0 - margin)
            & (o[:, 1] < y1 + margin) & (o[:, 3] > y0 - margin))


def free(rect: Sequence[float], others: ArrayLike, margin: float = 0.0) -> bool:
    """Whether ``rect`` overlaps none of ``others``."""
    return not bool(np.any(overlapping(rect, others, margin)))


def overlap_pairs(rects: ArrayLike, others: ArrayLike | None = None, tolerance: float = 0.0) -> list[tuple[int, int]]:
    """Index pairs of rectangles that overlap by more than ``tolerance`` on both axes: within
    ``rects`` (i < j), or between ``rects`` and ``others`` when given."""
    a = _as_rects(rects)
    b = a if others is None else _as_rects(others)
    wide = np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0])
    tall = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1])
    hit = (wide > tolerance) & (tall > tolerance)
    if others is None:
        hit = np.triu(hit, k=1)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(hit))]
