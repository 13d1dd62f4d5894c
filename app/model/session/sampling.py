"""The hands sample by sample, as plain data: what ``motion --json`` prints."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .motion import Motion

__all__ = ["motion_samples"]


def motion_samples(motion: Motion, start: float, end: float, fps: float) -> list[dict[str, Any]]:
    """One entry per sample from ``start`` to ``end`` seconds: its time and each hand's contact
    centre (cm, the GeoJSON frame), the way its fingers point (degrees), pressure, the part of the
    hand on the skin, whether it is lifted and what it does. Each step is sampled in one call."""
    times = np.arange(start, end, 1.0 / fps) if end > start else np.array([start])
    samples: list[dict[str, Any]] = [{"t": round(float(t), 4), "hands": []} for t in times]
    steps = np.array([motion.timeline.step_at(float(t)).index for t in times])
    for index in np.unique(steps):
        rows = np.flatnonzero(steps == index)
        step = motion.timeline.steps[int(index)]
        for hand in motion.hands(times[rows], step):
            at = {round(float(t), 9): i for i, t in enumerate(hand.t)}
            for row in rows:
                i = at.get(round(float(times[row]), 9))
                if i is None:  # this piece of the hand covers other times (one side, then the other)
                    continue
                samples[row]["hands"].append({
                    "hand": hand.hand,
                    "x": round(float(hand.xy[i, 0]), 3),
                    "y": round(float(hand.xy[i, 1]), 3),
                    "angle": round(math.degrees(float(np.asarray(hand.heading)[i])), 1),
                    "pressure": round(float(hand.pressure[i]), 4),
                    "contact": hand.contact_part,
                    "lifted": bool(hand.lifted[i]),
                    "role": str(np.asarray(hand.role)[i]),
                    "line": int(hand.line_number[i]),
                })
    for sample in samples:
        sample["hands"].sort(key=lambda h: h["hand"])
    return samples
