"""What moves: the dose map, the hands' trails and the hands, in a small scene of their own
drawn over the (cached) back, in the window and in every exported frame alike."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..model.session.dose import DoseMap
from ..model.session.motion import HandSamples, Motion
from ..model.session.timeline import Step
from .colours import dose_image, lut, pressure_colour
from .style import Style

__all__ = ["MotionScene", "DoseItem", "TrailItem", "HandItem", "step_caption"]

TRAIL_SECONDS = 1.2
TRAIL_SAMPLES = 36


def step_caption(atlas, step: Step, t: float, total: float) -> str:
    zone = atlas.zone(step.zone).name
    lines = ", ".join(str(n) for n in step.lines)
    return f"{zone} · {step.technique} · lines {lines}   {_clock(t)} / {_clock(total)}"


def _clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


class DoseItem(QGraphicsItem):
    """The dose image laid over the body's grid (cells in cm)."""

    def __init__(self, extent: tuple[float, float, float, float]):
        super().__init__()
        x0, y0, x1, y1 = extent
        self._rect = QRectF(x0, -y1, x1 - x0, y1 - y0)
        self._image: QImage | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self._rect, self._image)


class TrailItem(QGraphicsItem):
    """The recent path of one hand, each piece coloured by the pressure there."""

    def __init__(self, style: Style):
        super().__init__()
        self._style = style
        self._pieces: list = []
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_samples(self, xy: np.ndarray, pressure: np.ndarray) -> None:
        self.prepareGeometryChange()
        n = len(xy)
        # Each piece's ends and colour, worked out once per frame rather than per paint.
        idx = (np.clip(pressure, 0.0, 1.0) * 255).astype(int)
        rgba = lut()[idx]
        self._pieces = [
            (QPointF(xy[i - 1, 0], -xy[i - 1, 1]), QPointF(xy[i, 0], -xy[i, 1]),
             QColor(int(rgba[i, 0]), int(rgba[i, 1]), int(rgba[i, 2]), int(60 + 195 * i / n))
             if pressure[i] > 0 else QColor(120, 120, 120, int((60 + 195 * i / n) / 3)), pressure[i] > 0)
            for i in range(1, n)
        ]
        if len(xy):
            x0, y0 = xy.min(axis=0)
            x1, y1 = xy.max(axis=0)
            self._rect = QRectF(x0 - 2, -y1 - 2, x1 - x0 + 4, y1 - y0 + 4)
        else:
            self._rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pressing = self._style.pen("#000000", self._style.px(5.0))
        gliding = self._style.pen("#000000", self._style.px(2.0))
        for a, b, colour, pressed in self._pieces:
            pen = pressing if pressed else gliding
            pen.setColor(colour)
            painter.setPen(pen)
            painter.drawLine(a, b)


class HandItem(QGraphicsItem):
    """The contact area of one hand: filled by its pressure when pressing, a dashed ring
    when lifted or gliding without pressure."""

    def __init__(self, style: Style):
        super().__init__()
        self._style = style
        self._radius = 2.0
        self._pressure = 0.0
        self._contact = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)

    def set_state(self, x: float, y: float, angle: float, radius: float, pressure: float, contact: bool) -> None:
        if radius != self._radius:
            self.prepareGeometryChange()
        self._radius, self._pressure, self._contact = radius, pressure, contact
        self.setPos(x, -y)
        self.setRotation(-math.degrees(angle))
        self.update()

    def boundingRect(self) -> QRectF:
        r = self._radius * 1.4 + 0.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rx, ry = self._radius * 1.3, self._radius  # longer along the direction of travel
        if self._contact:
            painter.setPen(self._style.pen("#1A1A1A", self._style.px(2.0)))
            painter.setBrush(pressure_colour(self._pressure, 150))
        else:
            painter.setPen(self._style.pen("#1A1A1A", self._style.px(2.0), Qt.PenStyle.DashLine))
            painter.setBrush(QColor(255, 255, 255, 60))
        painter.drawEllipse(QPointF(0, 0), rx, ry)


class MotionScene(QGraphicsScene):
    """The moving layer for one motion; ``set_time`` moves everything to ``t``."""

    def __init__(self, motion: Motion, style: Style | None = None, dose: DoseMap | None = None, parent=None):
        super().__init__(parent)
        self.style = style or Style()
        self.motion = motion
        self.dose = dose or DoseMap.of(motion)
        self.show_dose = True
        self.show_hands = True
        self.t = 0.0
        self.hands: list[HandSamples] = []
        self._session_p95: float | None = None
        self.dose_item = DoseItem(self.dose.grid.extent)
        self.addItem(self.dose_item)
        self._trails = {side: TrailItem(self.style) for side in ("left", "right")}
        self._hands = {side: HandItem(self.style) for side in ("left", "right")}
        for item in (*self._trails.values(), *self._hands.values()):
            self.addItem(item)

    @property
    def session_dose_p95(self) -> float:
        """95th percentile of the whole session's dose (computed once)."""
        if self._session_p95 is None:
            final = DoseMap(self.motion, self.dose.grid).at(self.motion.timeline.total_s)
            given = final[final > 0]
            self._session_p95 = float(np.percentile(given, 95)) if given.size else 1.0
        return self._session_p95

    @property
    def step(self) -> Step:
        return self.motion.timeline.step_at(self.t)

    def set_time(self, t: float) -> None:
        self.t = min(max(t, 0.0), self.motion.timeline.total_s)
        self.hands = self.motion.trail(self.t, TRAIL_SECONDS, TRAIL_SAMPLES)
        present = {h.side: h for h in self.hands}
        for side in ("left", "right"):
            hand = present.get(side)
            on = hand is not None and self.show_hands
            self._trails[side].setVisible(on)
            self._hands[side].setVisible(on)
            if on:
                self._trails[side].set_samples(hand.xy, hand.pressure)
                self._hands[side].set_state(hand.xy[-1, 0], hand.xy[-1, 1], hand.angle[-1], hand.radius,
                                            float(hand.pressure[-1]), bool(hand.contact[-1]))
        self.dose_item.setVisible(self.show_dose)
        if self.show_dose:
            dose = self.dose.at(self.t)
            given = dose[dose > 0]
            # The top of the colour map: the 95th percentile of what has been given so far, so
            # one crowded spot does not wash the rest out; but never below a quarter of what the
            # whole session gives, so the first strokes show faint, as they are.
            now = float(np.percentile(given, 95)) if given.size else 0.0
            self.dose_item.set_image(dose_image(dose, max(now, 0.25 * self.session_dose_p95)))

    def now(self) -> dict:
        """What is happening at ``t``: for captions and the side panel."""
        step = self.step
        pressures = [float(h.pressure[-1]) for h in self.hands]
        lines = sorted({int(h.line_number[-1]) for h in self.hands})
        return {"step": step, "lines": lines, "pressure": max(pressures, default=0.0)}
