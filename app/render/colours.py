"""Pressure and dose colours: cividis, a perceptually uniform map that reads the same with
the common colour-vision deficiencies (via the cmap package, loaded only when animating).
It runs reversed, pale for light pressure to dark for deep, so more colour means more."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtGui import QColor, QImage

from ..model.vocabulary import PRESSURE_WORDS

__all__ = ["COLOUR_MAP", "lut", "pressure_colour", "dose_image", "PRESSURE_TICKS"]

COLOUR_MAP = "cividis_r"
#: Legend ticks: (pressure, word).
PRESSURE_TICKS = tuple((bound, word) for bound, word in PRESSURE_WORDS[1:])


@lru_cache(maxsize=1)
def lut() -> np.ndarray:
    """256 × 4 uint8 RGBA."""
    from cmap import Colormap

    return (Colormap(COLOUR_MAP).lut(256) * 255).round().astype(np.uint8)


def pressure_colour(pressure: float, alpha: int = 255) -> QColor:
    r, g, b, _ = lut()[int(np.clip(pressure, 0.0, 1.0) * 255)]
    return QColor(int(r), int(g), int(b), alpha)


def dose_image(dose: np.ndarray, scale: float, max_alpha: int = 150) -> QImage:
    """An ARGB image of ``dose`` (rows × cols) where ``scale`` maps to the top of the map;
    empty cells are transparent, fuller ones more opaque."""
    v = np.clip(dose / scale, 0.0, 1.0) if scale > 0 else np.zeros_like(dose)
    rgba = lut()[(v * 255).astype(np.uint8)].copy()
    rgba[..., 3] = (v * max_alpha).astype(np.uint8)  # light doses stay faint
    rgba[v <= 0.0, 3] = 0
    h, w = v.shape
    # QImage wants premultiplied BGRA in memory for Format_ARGB32_Premultiplied on little endian.
    a = rgba[..., 3:4].astype(np.uint16)
    bgra = np.empty((h, w, 4), np.uint8)
    bgra[..., 0] = (rgba[..., 2] * a[..., 0] // 255)
    bgra[..., 1] = (rgba[..., 1] * a[..., 0] // 255)
    bgra[..., 2] = (rgba[..., 0] * a[..., 0] // 255)
    bgra[..., 3] = rgba[..., 3]
    image = QImage(bgra.data, w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # own the pixels: the numpy buffer goes away
