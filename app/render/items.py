"""Scene items: shapes in centimetres, and labels, markers and arrows that keep their
on-screen size at any zoom (``ItemIgnoresTransformations``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

from ..model.atlas.lines import StrokeLine
from .geometry import painter_path, scene_point
from .style import Style

__all__ = [
    "ItemInfo",
    "LayerItem",
    "ShapeItem",
    "ChipItem",
    "TextItem",
    "MarkerItem",
    "ArrowItem",
    "StrokeLineItem",
    "LeaderItem",
]


@dataclass(frozen=True)
class ItemInfo:
    """What an item is, for tooltips, hover and the side panel."""

    kind: str  # vertebra, landmark, node, zone, line, mask, bone
    id: str
    title: str
    detail: str = ""

    @property
    def tooltip(self) -> str:
        return f"<b>{self.title}</b>" + (f"<br>{self.detail}" if self.detail else "")


def _tag(item: QGraphicsItem, info: ItemInfo | None) -> None:
    item.info = info
    if info is not None:
        item.setToolTip(info.tooltip)


class LayerItem(QGraphicsItem):
    """An invisible parent: hiding it hides a whole layer, children keep their own events."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


class ShapeItem(QGraphicsPathItem):
    """A polygon or line of the model, in centimetres."""

    def __init__(self, geometry, pen: QPen, brush: QBrush | QColor | None = None, info: ItemInfo | None = None,
                 parent=None):
        super().__init__(painter_path(geometry), parent)
        self.setPen(pen)
        self.setBrush(QBrush(brush) if brush is not None else QBrush(Qt.BrushStyle.NoBrush))
        _tag(self, info)


class _PixelItem(QGraphicsItem):
    """Base for items drawn in pixels at a scene point; subclasses call ``setPos`` last,
    once their geometry exists (``setPos`` asks for the bounding rectangle)."""

    def __init__(self, info: ItemInfo | None = None, parent=None):
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        _tag(self, info)


class ChipItem(_PixelItem):
    """Text on a rounded plate centred on a point: vertebra labels and line numbers."""

    def __init__(self, pos, text: str, style: Style, fill: QColor, ink: QColor, edge: QColor,
                 px: float, round_: bool = False, info: ItemInfo | None = None, parent=None):
        super().__init__(info, parent)
        self._text = text
        self._font = style.font(px, bold=True)
        self._fill, self._ink, self._edge = fill, ink, edge
        metrics = QFontMetricsF(self._font)
        h = metrics.height() + style.px(2)
        w = max(metrics.horizontalAdvance(text) + style.px(8), h) if not round_ else h
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self._radius = h / 2 if round_ else style.px(4)
        self._edge_px = style.px(1.2)
        self.setPos(pos)

    @property
    def text(self) -> str:
        return self._text

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._edge, self._edge_px))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(self._rect, self._radius, self._radius)
        painter.setFont(self._font)
        painter.setPen(self._ink)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class TextItem(_PixelItem):
    """A label beside a point, with a white halo so it reads over lines and fills."""

    def __init__(self, pos, text: str, style: Style, px: float, align: str = "left",
                 colour: QColor | None = None, offset=(8.0, 0.0), bold: bool = False,
                 info: ItemInfo | None = None, parent=None):
        super().__init__(info, parent)
        self._text = text
        self._font = style.font(px, bold=bold)
        self._colour = colour or style.colour("ink")
        metrics = QFontMetricsF(self._font)
        w, h = metrics.horizontalAdvance(text), metrics.height()
        dx, dy = style.px(offset[0]), style.px(offset[1])
        x = {"left": dx, "right": -dx - w, "center": -w / 2}[align]
        self._rect = QRectF(x, dy - h / 2, w, h)
        self._halo = style.px(3)
        # The text's outline, shaped once: the halo is a stroke of it, the glyphs a fill.
        self._path = QPainterPath()
        self._path.addText(QPointF(self._rect.left(), self._rect.top() + metrics.ascent()), self._font, text)
        self._halo_pen = QPen(QColor(255, 255, 255, 230), self._halo * 2)
        self._halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPos(pos)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-self._halo, -self._halo, self._halo, self._halo)

    def recentre(self) -> QPointF:
        """Centre the text on the item's origin; returns where its centre was (pixels from the
        point). A label the layout moves keeps its origin inside its text: ``QGraphicsScene.
        render`` picks items by their pixel rectangle read as scene units about their origin,
        and would skip a text drawn far from it."""
        shift = self._rect.center()
        self.prepareGeometryChange()
        self._rect.translate(-shift)
        self._path.translate(-shift)
        return shift

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(self._path, self._halo_pen)
        painter.fillPath(self._path, self._colour)


class MarkerItem(_PixelItem):
    """A symbol at a point: ``diamond`` for landmarks, ``node`` for lymph-node groups."""

    def __init__(self, pos, shape: str, size_px: float, fill: QColor, edge: QColor, style: Style,
                 info: ItemInfo | None = None, parent=None):
        super().__init__(info, parent)
        self._shape, self._fill, self._edge = shape, fill, edge
        self._r = style.px(size_px) / 2
        self._edge_px = style.px(1.5)
        self.setPos(pos)

    def boundingRect(self) -> QRectF:
        r = self._r + self._edge_px + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._edge, self._edge_px))
        painter.setBrush(self._fill)
        r = self._r
        if self._shape == "diamond":
            painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        elif self._shape == "node":
            painter.drawEllipse(QPointF(0, 0), r, r)
            painter.setBrush(self._edge)
            painter.drawEllipse(QPointF(0, 0), r * 0.35, r * 0.35)
        else:
            painter.drawEllipse(QPointF(0, 0), r, r)


class ArrowItem(_PixelItem):
    """An arrowhead pointing along ``angle_deg`` (scene coordinates) at a point."""

    def __init__(self, pos, angle_deg: float, size_px: float, colour: QColor, style: Style, parent=None):
        super().__init__(None, parent)
        s = style.px(size_px)
        self._poly = QPolygonF([QPointF(0, 0), QPointF(-s, -0.5 * s), QPointF(-0.72 * s, 0), QPointF(-s, 0.5 * s)])
        self._colour = colour
        self._edge_px = style.px(1.0)
        self.setRotation(angle_deg)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(pos)

    def boundingRect(self) -> QRectF:
        return self._poly.boundingRect().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), self._edge_px))
        painter.setBrush(self._colour)
        painter.drawPolygon(self._poly)


def _angle_at(line: StrokeLine, distance: float, back: float = 0.6) -> float:
    """Direction of travel at ``distance`` along the path, in scene degrees (y down)."""
    a = line.path.interpolate(max(distance - back, 0.0))
    b = line.path.interpolate(min(distance, line.path.length))
    return math.degrees(math.atan2(-(b.y - a.y), b.x - a.x))


class StrokeLineItem(QGraphicsPathItem):
    """A numbered stroke line: each stretch drawn by its pressure, an arrow showing which way
    it runs, a badge with its number at its start. Selectable as one item."""

    HIT_WIDTH_CM = 1.4

    def __init__(self, line: StrokeLine, colour: QColor, style: Style, info: ItemInfo, parent=None):
        super().__init__(parent)
        self.line = line
        self._colour = colour
        self._style = style
        path = painter_path(line.path)
        stroker = QPainterPathStroker()
        stroker.setWidth(self.HIT_WIDTH_CM)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._shape = stroker.createStroke(path)
        self._stretches = [(painter_path(s.geometry), s) for s in line.stretches]
        self._planned = painter_path(line.planned) if line.rerouted else None
        self.setPath(path)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        _tag(self, info)
        length = line.path.length
        ArrowItem(scene_point(*line.path.coords[-1]), _angle_at(line, length), style.arrow_px, colour, style, self)
        if length > 12.0:
            mid = length * 0.55
            p = line.path.interpolate(mid)
            ArrowItem(scene_point(p.x, p.y), _angle_at(line, mid), style.arrow_px * 0.8, colour, style, self)
        # The number is not a child: the scene puts it above every line so none hides it.
        badge = ChipItem(scene_point(*line.path.coords[0]), str(line.number), style, colour,
                         QColor("white"), QColor("white"), style.badge_px, round_=True)
        badge.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.badge = badge

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._shape.boundingRect().adjusted(-1, -1, 1, 1)

    def pen_for(self, pressure: float, limited: bool) -> QPen:
        """Width grows with pressure; a glide (no pressure) is a thin grey dash."""
        st = self._style
        if pressure <= 0.0:
            return st.pen(st.muted, st.px(1.6), Qt.PenStyle.DashLine)
        width = st.px(st.line_width_px + st.line_width_per_pressure * pressure)
        return st.pen(self._colour, width, Qt.PenStyle.DotLine if limited else Qt.PenStyle.SolidLine)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        st = self._style
        if option.state & QStyle.StateFlag.State_Selected:
            halo = QColor(self._colour)
            halo.setAlpha(130)
            painter.strokePath(self.path(), st.pen(halo, st.px(24)))
        if self._planned is not None:
            painter.strokePath(self._planned, st.pen(st.muted, st.px(1.4), Qt.PenStyle.DotLine))
        for path, stretch in self._stretches:
            if stretch.pressure > 0.0:  # a white casing keeps the line readable over fills
                casing = st.line_width_px + st.line_width_per_pressure * stretch.pressure + 3
                painter.strokePath(path, st.pen("white", st.px(casing)))
            painter.strokePath(path, self.pen_for(stretch.pressure, stretch.limited))


class LeaderItem(QGraphicsPathItem):
    """A thin, muted line from a label in a margin back to the point it names, as on an
    atlas plate: level with the point until just short of the column, then angled to the label,
    so the leaders of one column never cross. Hidden while its label sits on its point."""

    def __init__(self, style: Style, info: ItemInfo | None = None, parent=None):
        super().__init__(parent)
        self._line = self._dot = self._shape = QPainterPath()
        self.points: list[QPointF] = []
        _tag(self, info)  # hovering the leader or its dot names what it points at
        colour = QColor(style.muted)
        colour.setAlpha(200)
        self.setPen(style.pen(colour, style.px(1.1)))
        self.setBrush(colour)
        self.setZValue(-1)  # under its layer's markers and labels
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def set_points(self, points, dot: float) -> None:
        """Scene points (cm), from the point named to the label; a dot ``dot`` cm across marks
        the point (a spinous tip has no marker of its own)."""
        self.prepareGeometryChange()
        self.points = list(points)
        self._line = QPainterPath(points[0])
        for p in points[1:]:
            self._line.lineTo(p)
        self._dot = QPainterPath()
        self._dot.addEllipse(points[0], dot / 2, dot / 2)
        stroker = QPainterPathStroker()
        stroker.setWidth(dot)
        self._shape = stroker.createStroke(self._line).united(self._dot)
        self.setPath(self._line)

    def shape(self) -> QPainterPath:
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._shape.boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(self._line, self.pen())
        painter.fillPath(self._dot, self.brush())
