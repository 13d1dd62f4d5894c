"""Mouse tools for the back view. One is active at a time (``BackView.set_tool``); with none,
a drag pans and a click selects. Each tool gets the left button's press, moves and release in
model centimetres (x to the patient's right, y up) and may draw a preview over the picture."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

__all__ = ["MouseTool", "NoGoTool", "PenTool", "PointerTool", "AnswerTool", "PEN_COLOURS"]

Point = tuple[float, float]
#: The presenter's pen colours, in the order P steps through them (readable on a projector).
PEN_COLOURS = ("#E41A1C", "#0057B8", "#007A55", "#111111")
MAX_POINTS = 20000  # an Annotation's limit


def _scene(p: Point) -> QPointF:
    return QPointF(p[0], -p[1])


class MouseTool:
    """The base: does nothing. ``names_on_hover`` False keeps the view from naming what is
    under the cursor (the quiz would give its answers away)."""

    name = "tool"
    cursor = Qt.CursorShape.CrossCursor
    names_on_hover = True

    def press(self, point: Point) -> None: ...

    def move(self, point: Point, dragging: bool) -> None: ...

    def release(self, point: Point) -> None: ...

    def cancel(self) -> None:
        """The tool is put away mid-gesture: drop what was being drawn."""

    def paint(self, painter: QPainter, px: float) -> None:
        """Draw the preview; ``px`` is one screen pixel in centimetres."""


class NoGoTool(MouseTool):
    """Drag a circle from its centre: a client's no-go area. A plain click draws nothing."""

    name = "no_go"

    def __init__(self, drawn: Callable[[float, float, float], None]):
        self._drawn = drawn
        self.preview: tuple[Point, float] | None = None

    def press(self, point: Point) -> None:
        self.preview = (point, 0.0)

    def move(self, point: Point, dragging: bool) -> None:
        if dragging and self.preview is not None:
            self.preview = (self.preview[0], math.dist(self.preview[0], point))

    def release(self, point: Point) -> None:
        if self.preview is None:
            return
        (x, y), radius = self.preview
        self.preview = None
        if radius >= 0.3:
            self._drawn(x, y, radius)

    def cancel(self) -> None:
        self.preview = None

    def paint(self, painter: QPainter, px: float) -> None:
        if self.preview is None:
            return
        centre, radius = self.preview
        colour = QColor("#E41A1C")
        pen = QPen(colour, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        colour.setAlpha(90)
        painter.setBrush(colour)
        painter.drawEllipse(_scene(centre), radius, radius)


class _Stroke(MouseTool):
    """Collects a stroke as the mouse drags, a point per screen pixel or more."""

    colour = "#0057B8"
    width_px = 4.0

    def __init__(self) -> None:
        self.points: list[Point] = []
        self._px = 0.05

    def press(self, point: Point) -> None:
        self.points = [point]

    def move(self, point: Point, dragging: bool) -> None:
        if dragging and self.points and len(self.points) < MAX_POINTS and math.dist(point, self.points[-1]) >= self._px:
            self.points.append(point)

    def take(self, point: Point) -> list[Point]:
        if self.points and math.dist(point, self.points[-1]) > 1e-6:
            self.points.append(point)
        points, self.points = self.points, []
        return points

    def cancel(self) -> None:
        self.points = []

    def paint(self, painter: QPainter, px: float) -> None:
        self._px = px
        if len(self.points) < 2:
            return
        path = QPainterPath(_scene(self.points[0]))
        for p in self.points[1:]:
            path.lineTo(_scene(p))
        pen = QPen(QColor(self.colour), self.width_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class PenTool(_Stroke):
    """The presenter's pen: a drag draws a stroke; a click draws nothing."""

    name = "pen"

    def __init__(self, drawn: Callable[[list[Point], str], None], colour: str = PEN_COLOURS[0], width_px: float = 5.0):
        super().__init__()
        self._drawn, self.colour, self.width_px = drawn, colour, width_px

    def release(self, point: Point) -> None:
        points = self.take(point)
        if len(points) > 1:
            self._drawn(points, self.colour)


class PointerTool(MouseTool):
    """A bright spot that follows the mouse, for pointing at a projected picture."""

    name = "pointer"
    cursor = Qt.CursorShape.BlankCursor

    def __init__(self) -> None:
        self.at: Point | None = None

    def move(self, point: Point, dragging: bool) -> None:
        self.at = point

    def press(self, point: Point) -> None:
        self.at = point

    def paint(self, painter: QPainter, px: float) -> None:
        if self.at is None:
            return
        colour = QColor("#E41A1C")
        colour.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(_scene(self.at), 14 * px, 14 * px)


class AnswerTool(_Stroke):
    """The quiz's: a click answers a "where" question, a drag a "which way" one. Nothing is
    named under the cursor while it is on."""

    name = "answer"
    names_on_hover = False

    def __init__(self, clicked: Callable[[Point], None], stroked: Callable[[list[Point]], None]):
        super().__init__()
        self._clicked, self._stroked = clicked, stroked
        self._press: Point | None = None

    def press(self, point: Point) -> None:
        super().press(point)
        self._press = point

    def release(self, point: Point) -> None:
        press, self._press = self._press, None
        points = self.take(point)
        if press is None:
            return
        if len(points) > 1 and math.dist(points[0], points[-1]) >= 0.5:
            self._stroked(points)
        else:
            self._clicked(press)
