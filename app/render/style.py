"""Colours, sizes and fonts. Sizes are pixels at 1920×1080 and grow with ``ui_scale``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen

from ..resources import fonts_dir

__all__ = ["Style", "zone_colour", "MASK_COLOURS", "load_fonts", "FONT_FAMILY"]

FONT_FAMILY = "DejaVu Sans"
_loaded = False

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
_ZONE_COLOURS = {
    "whole_back": "#0072B2",
    "collar": "#CC79A7",
    "scapular": "#009E73",
    "lower_thoracic": "#E69F00",
    "lumbar": "#D55E00",
}
_SPARE = ("#56B4E9", "#8C6D00", "#6A3D9A", "#1B7837")

MASK_COLOURS = {
    "no_pressure": "#B2182B",
    "no_percussion": "#7B3294",
    "no_deep_pressure": "#6B6B6B",
    "no_vibration": "#B8860B",
    "no_go": "#E41A1C",
}


def zone_colour(zone_id: str, index: int = 0) -> QColor:
    """The zone's colour; zones an instructor adds get the spare colours in turn."""
    return QColor(_ZONE_COLOURS.get(zone_id, _SPARE[index % len(_SPARE)]))


def load_fonts() -> None:
    """Register the shipped DejaVu fonts once, so text renders on a bare machine too."""
    global _loaded
    if _loaded:
        return
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _loaded = True


@dataclass(frozen=True)
class Style:
    """Everything about how the atlas looks; ``ui_scale`` 2 suits a 3840×2160 output."""

    ui_scale: float = 1.0
    label_px: float = 15.0  # vertebra chips, landmark and node labels
    badge_px: float = 15.0  # numbers on lines
    legend_px: float = 17.0
    title_px: float = 26.0
    line_width_px: float = 2.5  # + line_width_per_pressure × pressure
    line_width_per_pressure: float = 6.0
    arrow_px: float = 16.0
    background: str = "#FFFFFF"
    skin: str = "#F6E7DA"
    skin_edge: str = "#6E4B3A"
    hair: str = "#A39383"  # muted, so the head reads as a head without drawing the eye
    muscle: str = "#B4584A"  # muscle bellies, a muted red under the skin
    muscle_edge: str = "#7E3428"  # their borders and fibres
    fascia: str = "#CFC6B4"  # aponeurosis and fascia: pale, sinewy
    bone: str = "#E9E3D3"
    bone_edge: str = "#8A7F6A"
    ink: str = "#1A1A1A"
    muted: str = "#5A5A5A"
    #: Pixels per cm of the page being drawn, for outputs that do not keep cosmetic pens
    #: (SVG viewers ignore non-scaling strokes); None draws cosmetic pens.
    pen_scale: float | None = None

    def px(self, value: float) -> float:
        return value * self.ui_scale

    def pen(self, colour: QColor | str, width_px: float, kind: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        """A pen ``width_px`` pixels wide on screen and on the page, whatever the zoom."""
        pen = QPen(QColor(colour), width_px if self.pen_scale is None else width_px / self.pen_scale)
        pen.setCosmetic(self.pen_scale is None)
        pen.setStyle(kind)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def font(self, px: float, bold: bool = False) -> QFont:
        load_fonts()
        font = QFont(FONT_FAMILY)
        font.setPixelSize(max(1, round(px * self.ui_scale)))
        font.setBold(bold)
        return font

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def scaled(self, ui_scale: float) -> Style:
        return replace(self, ui_scale=ui_scale)

    @staticmethod
    def for_output(width: int, height: int) -> Style:
        """A style whose text has the same share of the picture at any output size."""
        return Style(ui_scale=max(0.75, min(width / 1920.0, height / 1080.0)))
