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


@lru_cache(maxsize=4)
def _premultiplied(max_alpha: int) -> np.ndarray:
    """(256 colours × max_alpha + 1 alphas) premultiplied ARGB32 pixels as uint32: a dose
    cell's pixel is one lookup."""
    rgb = lut()[:, :3].astype(np.uint32)[:, None, :]  # (256, 1, 3)
    a = np.arange(max_alpha + 1, dtype=np.uint32)[None, :]  # (1, A)
    r, g, b = (rgb[..., i] * a // 255 for i in range(3))
    table: np.ndarray = (a << 24) | (r << 16) | (g << 8) | b
    return table


def dose_image(dose: np.ndarray, scale: float, max_alpha: int = 150) -> QImage:
    """An ARGB image of ``dose`` (rows × cols) where ``scale`` maps to the top of the map;
    empty cells are transparent, fuller ones more opaque."""
    v = np.clip(dose / scale, 0.0, 1.0) if scale > 0 else np.zeros_like(dose)
    # colour by the cell's place in the map, alpha by its fullness: light doses stay faint
    # (an empty cell gets alpha 0, so it is all zeros once premultiplied)
    colour, alpha = (v * 255).astype(np.uint8), (v * max_alpha).astype(np.uint8)
    pixels = _premultiplied(max_alpha).ravel()[colour.astype(np.intp) * (max_alpha + 1) + alpha]
    h, w = v.shape
    # 32-bit pixels in native byte order are what Format_ARGB32_Premultiplied holds
    image = QImage(pixels.data, w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # own the pixels: the numpy buffer goes away
