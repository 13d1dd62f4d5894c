"""The dose map: pressure × time accumulated over the back for the session played so far.

A grid of square cells (cm) over the body; each hand sample adds ``pressure × dt`` spread over
its contact area (a Gaussian of the contact radius). Cells outside the outline and inside the
spine strip stay at zero. Completed steps are cached, so seeking anywhere costs at most one
step's integration.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

from .motion import HandSamples, Motion
from .timeline import Step

__all__ = ["DoseGrid", "DoseMap", "SAMPLE_DT"]

#: Time between samples of the hands when integrating, seconds.
SAMPLE_DT = 0.1


@dataclass(frozen=True)
class DoseGrid:
    """Cells of ``cell`` cm covering the body; row 0 is the top (highest y)."""

    x0: float
    y_top: float
    cell: float
    rows: int
    cols: int
    inside: np.ndarray  # bool (rows, cols): on the body and off the spine strip

    @classmethod
    def for_motion(cls, motion: Motion, cell: float = 0.5) -> DoseGrid:
        atlas = motion.atlas
        minx, miny, maxx, maxy = atlas.body.outline.bounds
        cols = int(np.ceil((maxx - minx) / cell))
        rows = int(np.ceil((maxy - miny) / cell))
        xs = minx + (np.arange(cols) + 0.5) * cell
        ys = maxy - (np.arange(rows) + 0.5) * cell
        gx: np.ndarray  # numpy types meshgrid's result as Any, which picks shapely's scalar overload
        gy: np.ndarray
        gx, gy = np.meshgrid(xs, ys)
        inside = shapely.contains_xy(atlas.body.outline, gx, gy)
        spine = next((m for m in atlas.masks if m.rule == "no_pressure"), None)
        if spine is not None:
            inside &= ~shapely.contains_xy(spine.geometry, gx, gy)
        return cls(float(minx), float(maxy), cell, rows, cols, inside)

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """(min x, min y, max x, max y) in cm."""
        return self.x0, self.y_top - self.rows * self.cell, self.x0 + self.cols * self.cell, self.y_top

    def zeros(self) -> np.ndarray:
        """float32: a cached grid per step, so half the memory of float64 matters."""
        return np.zeros((self.rows, self.cols), np.float32)

    def splat(self, dose: np.ndarray, xy: np.ndarray, weight: np.ndarray, radius: float) -> None:
        """Add ``weight`` at each point, spread by a Gaussian of ``radius`` cm (in place)."""
        keep = weight > 0
        if not keep.any():
            return
        cols = ((xy[keep, 0] - self.x0) / self.cell).astype(int)
        rows = ((self.y_top - xy[keep, 1]) / self.cell).astype(int)
        ok = (cols >= 0) & (cols < self.cols) & (rows >= 0) & (rows < self.rows)
        if not ok.any():
            return
        rows, cols = rows[ok], cols[ok]
        sigma = max(radius / 2.0 / self.cell, 0.5)
        half = int(np.ceil(2.5 * sigma))
        kernel = np.exp(-0.5 * (np.arange(-half, half + 1) / sigma) ** 2)
        kernel /= kernel.sum()
        # Only the window the samples touched, grown by the kernel, needs blurring.
        r0, r1 = max(rows.min() - half, 0), min(rows.max() + half + 1, self.rows)
        c0, c1 = max(cols.min() - half, 0), min(cols.max() + half + 1, self.cols)
        binned = np.zeros((r1 - r0, c1 - c0), dose.dtype)
        np.add.at(binned, (rows - r0, cols - c0), weight[keep][ok])
        dose[r0:r1, c0:c1] += _blur(_blur(binned, kernel, 1), kernel, 0) * self.inside[r0:r1, c0:c1]


def _blur(a: np.ndarray, kernel: np.ndarray, axis: int) -> np.ndarray:
    """Convolve along ``axis`` with a short odd kernel, as a sum of shifted copies."""
    half = len(kernel) // 2
    out = np.zeros_like(a)
    n = a.shape[axis]
    for k, w in enumerate(kernel):
        shift = k - half
        src = slice(max(0, -shift), n - max(0, shift))
        dst = slice(max(0, shift), n - max(0, -shift))
        if axis == 0:
            out[dst] += w * a[src]
        else:
            out[:, dst] += w * a[:, src]
    return out


@dataclass
class DoseMap:
    """Dose up to any time of a motion's timeline, with completed steps cached."""

    motion: Motion
    grid: DoseGrid
    sample_dt: float = SAMPLE_DT  # seconds between samples of the hands; coarser for estimates
    _after_step: dict[int, np.ndarray] = field(default_factory=dict, repr=False)
    _partial: tuple[int, float, np.ndarray] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, motion: Motion, cell: float = 0.5) -> DoseMap:
        return cls(motion, DoseGrid.for_motion(motion, cell))

    def _integrate(self, dose: np.ndarray, step: Step, a: float, b: float,
                   also: np.ndarray | None = None) -> list[HandSamples]:
        """Add the hands' dose from ``a`` to ``b`` seconds (both within ``step``); return the
        hands at the times ``also`` (within ``step`` too), sampled in the same call where the
        model allows (:meth:`Motion.samples_apart`): a call costs about as much for 10 samples
        as for 40, and a frame needs both its trail and the dose since the last frame."""
        extra = np.empty(0) if also is None else also
        if b <= a:
            return self.motion.hands(extra, step) if len(extra) else []
        n = max(int(np.ceil((b - a) / self.sample_dt)), 1)
        dt = (b - a) / n
        ts = a + (np.arange(n) + 0.5) * dt
        together = len(extra) > 0 and self.motion.samples_apart(step)
        hands = self.motion.hands(np.concatenate([ts, extra]) if together else ts, step)
        for hand in hands:
            given = hand.part(slice(0, n)) if together else hand
            self.grid.splat(dose, given.xy, given.pressure * dt, given.radius)
        if together:
            return [hand.part(slice(n, None)) for hand in hands]
        return self.motion.hands(extra, step) if len(extra) else []

    def _before(self, index: int) -> np.ndarray:
        """Dose at the start of step ``index`` (cached)."""
        if index == 0:
            return self.grid.zeros()
        if index - 1 not in self._after_step:
            dose = self._before(index - 1).copy()
            step = self.motion.timeline.steps[index - 1]
            self._integrate(dose, step, step.start_s, step.end_s)
            self._after_step[index - 1] = dose
        return self._after_step[index - 1]

    def at(self, t: float) -> np.ndarray:
        """Accumulated pressure × seconds per cell at ``t``; playing forward only adds the
        time since the previous call."""
        return self.at_with(t)[0]

    def at_with(self, t: float, times: np.ndarray | None = None) -> tuple[np.ndarray, list[HandSamples]]:
        """:meth:`at`, and the hands at ``times`` (within the step playing at ``t``, as a trail's
        are), as :meth:`Motion.hands` gives them."""
        timeline = self.motion.timeline
        t = min(max(t, 0.0), timeline.total_s)
        step = timeline.step_at(t)
        if self._partial is not None and self._partial[0] < step.index and step.index - 1 not in self._after_step:
            # Playing on into a new step: finish the steps in between from where we were.
            index, last, dose = self._partial
            dose = dose.copy()
            for i in range(index, step.index):
                done = timeline.steps[i]
                self._integrate(dose, done, last if i == index else done.start_s, done.end_s)
                self._after_step[i] = dose.copy()
            self._partial = None
        if self._partial is not None and self._partial[0] == step.index and self._partial[1] <= t:
            _, last, dose = self._partial
            dose = dose.copy()
        else:
            last, dose = step.start_s, self._before(step.index).copy()
        hands = self._integrate(dose, step, last, t, times)
        self._partial = (step.index, t, dose)
        return dose, hands
