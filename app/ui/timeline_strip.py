"""The session as a strip of steps, coloured by zone; click or drag to seek."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model.session.timeline import Timeline
from ..render.i18n import translate, word
from ..render.style import zone_colour

__all__ = ["TimelineStrip"]

#: Each technique in a few letters, for a short block (translated in context ``strip``).
_SHORT = {"stroking": QT_TRANSLATE_NOOP("strip", "str"), "squeezing": QT_TRANSLATE_NOOP("strip", "sq"),
          "rubbing": QT_TRANSLATE_NOOP("strip", "rub"), "kneading": QT_TRANSLATE_NOOP("strip", "knead"),
          "vibration": QT_TRANSLATE_NOOP("strip", "vib"), "percussion": QT_TRANSLATE_NOOP("strip", "perc"),
          "shaking": QT_TRANSLATE_NOOP("strip", "sh")}


class TimelineStrip(QWidget):
    seek_requested = Signal(float)
    step_clicked = Signal(int)  # a click (not a drag) on a step: its technique card

    def __init__(self, timeline: Timeline, zone_ids: list[str], parent=None):
        super().__init__(parent)
        self.timeline = timeline
        self.zone_ids = zone_ids
        self.t = 0.0
        self.setMinimumHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._pressed_x: float | None = None
        self.setToolTip(self.tr("The session: each block is a technique on a zone. Click or drag to jump; "
                                "a click also opens the technique's card."))

    def sizeHint(self) -> QSize:
        return QSize(600, 46)

    def set_timeline(self, timeline: Timeline, zone_ids: list[str]) -> None:
        self.timeline, self.zone_ids = timeline, zone_ids
        self.update()

    def set_time(self, t: float) -> None:
        self.t = t
        self.update()

    def _x(self, t: float) -> float:
        total = self.timeline.total_s or 1.0
        return 1 + (self.width() - 2) * t / total

    def time_at(self, x: float) -> float:
        return min(max((x - 1) / max(self.width() - 2, 1), 0.0), 1.0) * self.timeline.total_s

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        metrics = QFontMetricsF(self.font())
        current = self.timeline.step_at(self.t).index if self.timeline.steps else -1
        for step in self.timeline.steps:
            x0, x1 = self._x(step.start_s), self._x(step.end_s)
            colour = zone_colour(step.zone, self.zone_ids.index(step.zone) if step.zone in self.zone_ids else 0)
            fill = QColor(colour)
            fill.setAlpha(255 if step.index == current else 150)
            rect = QRectF(x0, 4, max(x1 - x0 - 1, 1), h - 8)
            painter.fillRect(rect, fill)
            name = word(step.technique)
            fits = metrics.horizontalAdvance(name) < rect.width() - 4
            label = name if fits else translate("strip", _SHORT[step.technique])
            if metrics.horizontalAdvance(label) < rect.width() - 2:
                painter.setPen(QColor("white"))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
        x = self._x(self.t)
        painter.setPen(QPen(QColor("#111111"), 3))
        painter.drawLine(int(x), 0, int(x), h)
        painter.end()

    def mousePressEvent(self, event) -> None:
        self._pressed_x = event.position().x()
        self.seek_requested.emit(self.time_at(event.position().x()))

    def mouseReleaseEvent(self, event) -> None:
        """A click where it was pressed opens the step's card; a drag only seeks."""
        x = event.position().x()
        pressed, self._pressed_x = self._pressed_x, None
        if pressed is not None and abs(x - pressed) <= 4 and self.timeline.steps:
            self.step_clicked.emit(self.timeline.step_at(self.time_at(x)).index)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.seek_requested.emit(self.time_at(event.position().x()))
