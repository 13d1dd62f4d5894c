"""Relative pressure (0–1) in words, the scale the legend and the side panel use."""

from __future__ import annotations

__all__ = ["PRESSURE_WORDS", "pressure_word"]

#: Upper bounds of each word; 0 means the hands glide over or lift.
PRESSURE_WORDS = ((0.0, "none"), (0.3, "light"), (0.55, "moderate"), (0.8, "firm"), (1.0, "deep"))


def pressure_word(pressure: float) -> str:
    """``0.35`` → ``"moderate"``; 0 → ``"none"``.

    >>> pressure_word(0.25), pressure_word(0.75)
    ('light', 'firm')
    """
    if pressure <= 0.0:
        return "none"
    for bound, word in PRESSURE_WORDS[1:]:
        if pressure <= bound + 1e-9:
            return word
    return "deep"
