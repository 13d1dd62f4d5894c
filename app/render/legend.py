"""The legend and the title, painted in pixels over the picture: the same code for the
window's view and for every export."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..model.atlas.masks import RULE_TEXT
from .i18n import translate, word
from .style import MASK_COLOURS, zone_colour

__all__ = ["LegendRow", "legend_rows", "legend_size", "paint_legend", "paint_title", "scene_title",
           "paint_pressure_scale", "pressure_scale_title", "PRESSURE_SCALE_PX", "mask_title", "mask_label"]

#: Height of the pressure colour scale, in pixels at ui_scale 1.
PRESSURE_SCALE_PX = 96


def mask_title(mask) -> str:
    """A mask's title in the installed language (a client's own name for an area stays theirs)."""
    return mask.name if mask.name else word(mask.title)


def mask_label(mask) -> str:
    """What a mask does, in the installed language."""
    text = word(RULE_TEXT[mask.rule])
    if mask.rule == "no_percussion" and mask.pressure_cap is not None:
        text += word(", reduced pressure")
    return text


def cosmetic_pen(colour, width_px: float, kind: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen in pixels: the legend is painted in page pixels, never zoomed."""
    pen = QPen(QColor(colour), width_px)
    pen.setCosmetic(True)
    pen.setStyle(kind)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@dataclass(frozen=True)
class LegendRow:
    kind: str  # heading, zone, stroke, glide, reduced, planned, arrow, badge, mask, node, landmark, vertebra
    text: str
    colour: str = "#000000"
    client: bool = False


def scene_title(scene) -> str:
    body = scene.atlas.body
    what = scene.atlas.zone(scene.focus).name if scene.focus else translate("legend",
                                                                             "Back massage: zones and stroke lines")
    body_words = translate("legend", "male body") if body.sex == "male" else translate("legend", "female body")
    way = ("  ·  " + translate("legend", "from the neck down (high blood pressure)")
           if scene.atlas.direction == "top-down" else "")
    return f"{what}  ·  {body_words}, {body.stature:.0f} " + translate("legend", "cm") + way


def legend_rows(scene) -> list[LegendRow]:
    """What the picture shows now, in words: only visible layers and zones."""
    rows: list[LegendRow] = []
    visible = scene.layer_visible
    if visible("zones") or visible("lines"):
        rows.append(LegendRow("heading", translate("legend", "Zones")))
        for i, zone in enumerate(scene.atlas.zones):
            if scene.focus in (None, zone.id):
                rows.append(LegendRow("zone", zone.name, zone_colour(zone.id, i).name()))
    if visible("lines"):
        colour = zone_colour(scene.focus or "whole_back").name()
        rows += [
            LegendRow("heading", translate("legend", "Stroke lines")),
            LegendRow("badge", translate("legend", "number: the order of the lines, same on both sides"), colour),
            LegendRow("arrow", translate("legend", "arrow: the way the hands move"), colour),
            LegendRow("stroke", translate("legend", "width: pressure, light → firm"), colour),
            LegendRow("reduced", translate("legend", "dotted: pressure reduced or a technique left out"), colour),
            LegendRow("glide", translate("legend", "grey dashes: no pressure, the hands glide over")),
        ]
        if any(line.rerouted for line in scene.atlas.lines):
            rows.append(LegendRow("planned", translate("legend", "grey dots: the planned path, before going round")))
    if visible("masks"):
        rows.append(LegendRow("heading", translate("legend", "Masks")))
        shown = scene.content_rect()
        for mask in scene.atlas.masks:
            x0, y0, x1, y1 = mask.geometry.bounds
            if x1 < shown.left() or x0 > shown.right() or -y0 < shown.top() or -y1 > shown.bottom():
                continue  # not in the picture
            text = f"{mask_title(mask)} — {mask_label(mask)}"  # the rule has its own colon
            rows.append(LegendRow("mask", text, MASK_COLOURS[mask.rule], mask.client))
    marks = []
    if visible("spine"):
        marks.append(LegendRow("vertebra", translate("legend", "spinous process of a vertebra")))
    if visible("nodes"):
        marks.append(LegendRow("node", translate("legend", "lymph nodes the strokes drain toward"), "#2E7D32"))
    if visible("landmarks"):
        marks.append(LegendRow("landmark", translate("legend", "bony landmark"), "#FFD166"))
    if marks:
        rows.append(LegendRow("heading", translate("legend", "Marks")))
        rows += marks
    return rows


@lru_cache(maxsize=512)
def _row_height(row: LegendRow, style, width: float) -> float:
    """Height of one row wrapped to ``width`` (rows and styles are frozen, so it is cached)."""
    font = style.font(style.legend_px, bold=row.kind == "heading")
    metrics = QFontMetricsF(font)
    text_w = width - (0 if row.kind == "heading" else style.px(46))
    rect = metrics.boundingRect(QRectF(0, 0, text_w, 10_000), int(Qt.TextFlag.TextWordWrap), row.text)
    gap = style.px(10) if row.kind == "heading" else style.px(5)
    return max(rect.height(), style.px(22)) + gap


def legend_size(scene, width: float, style=None) -> tuple[float, float]:
    """Width and height the legend needs in pixels (``style`` defaults to the scene's)."""
    style = style or scene.style
    pad = style.px(12)
    rows = legend_rows(scene)
    return width, sum(_row_height(r, style, width - 2 * pad) for r in rows) + 2 * pad


def _symbol(painter: QPainter, row: LegendRow, box: QRectF, style) -> None:
    c = QColor(row.colour)
    mid = box.center()
    left, right = QPointF(box.left() + 2, mid.y()), QPointF(box.right() - 2, mid.y())
    if row.kind == "zone":
        fill = QColor(c)
        fill.setAlpha(70)
        painter.setPen(cosmetic_pen(c, style.px(2.0)))
        painter.setBrush(fill)
        painter.drawRect(box.adjusted(2, 3, -2, -3))
    elif row.kind == "mask":
        fill = QColor(c)
        fill.setAlpha(150 if row.client else 80)
        painter.setPen(cosmetic_pen(c, style.px(1.6), Qt.PenStyle.SolidLine if row.client else Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRect(box.adjusted(2, 3, -2, -3))
    elif row.kind == "stroke":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c)
        h = box.height() * 0.5
        painter.drawPolygon(QPolygonF([QPointF(box.left(), mid.y() + 1), QPointF(box.right(), mid.y() - h / 2),
                                       QPointF(box.right(), mid.y() + h / 2)]))
    elif row.kind == "reduced":
        painter.setPen(cosmetic_pen(c, style.px(5), Qt.PenStyle.DotLine))
        painter.drawLine(left, right)
    elif row.kind in ("glide", "planned"):
        kind = Qt.PenStyle.DashLine if row.kind == "glide" else Qt.PenStyle.DotLine
        painter.setPen(cosmetic_pen(style.muted, style.px(1.8), kind))
        painter.drawLine(left, right)
    elif row.kind == "arrow":
        painter.setPen(cosmetic_pen(c, style.px(4)))
        painter.drawLine(left, QPointF(right.x() - style.px(8), right.y()))
        s = style.px(12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c)
        painter.drawPolygon(QPolygonF([right, QPointF(right.x() - s, right.y() - s / 2),
                                       QPointF(right.x() - s, right.y() + s / 2)]))
    elif row.kind == "badge":
        r = style.px(10)
        painter.setPen(QPen(QColor("white"), style.px(1.2)))
        painter.setBrush(c)
        painter.drawEllipse(mid, r, r)
        painter.setPen(QColor("white"))
        painter.setFont(style.font(style.badge_px * 0.9, bold=True))
        painter.drawText(QRectF(mid.x() - r, mid.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, "1")
    elif row.kind == "node":
        r = style.px(8)
        painter.setPen(QPen(c, style.px(1.5)))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(mid, r, r)
        painter.setBrush(c)
        painter.drawEllipse(mid, r * 0.35, r * 0.35)
    elif row.kind == "landmark":
        r = style.px(6)
        painter.setPen(QPen(QColor("#5A4300"), style.px(1.3)))
        painter.setBrush(c)
        painter.drawPolygon(QPolygonF([QPointF(mid.x(), mid.y() - r), QPointF(mid.x() + r, mid.y()),
                                       QPointF(mid.x(), mid.y() + r), QPointF(mid.x() - r, mid.y())]))
    elif row.kind == "vertebra":
        painter.setPen(QPen(QColor("#404040"), style.px(1.2)))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(box.adjusted(0, 2, 0, -2), style.px(4), style.px(4))
        painter.setPen(QColor("#202020"))
        painter.setFont(style.font(style.label_px * 0.8, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "T7")


def paint_legend(painter: QPainter, rect: QRectF, scene, style=None) -> None:
    """Draw the legend inside ``rect`` (pixels), on a white card."""
    style = style or scene.style
    pad = style.px(12)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#9A9A9A"), style.px(1.0)))
    painter.setBrush(QColor(255, 255, 255, 236))
    painter.drawRoundedRect(rect, style.px(8), style.px(8))
    y = rect.top() + pad
    width = rect.width() - 2 * pad
    sym_w = style.px(36)
    for row in legend_rows(scene):
        h = _row_height(row, style, width)
        if row.kind == "heading":
            painter.setFont(style.font(style.legend_px, bold=True))
            painter.setPen(QColor(style.ink))
            painter.drawText(QRectF(rect.left() + pad, y + style.px(4), width, h), Qt.TextFlag.TextWordWrap, row.text)
        else:
            text_h = h - style.px(5)
            sym_y = y + (min(text_h, style.px(22)) - style.px(20)) / 2
            _symbol(painter, row, QRectF(rect.left() + pad, sym_y, sym_w, style.px(20)), style)
            painter.setFont(style.font(style.legend_px))
            painter.setPen(QColor(style.ink))
            painter.drawText(QRectF(rect.left() + pad + style.px(46), y, width - style.px(46), text_h),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter), row.text)
        y += h
    painter.restore()


def paint_title(painter: QPainter, rect: QRectF, text: str, style) -> None:
    """The title on one line: smaller type when it is long, cut short only as a last resort."""
    painter.save()
    font = style.font(style.title_px, bold=True)
    width = QFontMetricsF(font).horizontalAdvance(text)
    if width > rect.width():
        font = style.font(style.title_px * max(rect.width() / width, 0.6), bold=True)
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.setPen(QColor(style.ink))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()


def pressure_scale_title(style, room: float) -> tuple[str, QFont]:
    """The colour scale's title and font for ``room`` pixels: in a narrow legend column smaller
    type, then the title without what it covers, cut short only as a last resort."""
    titles = (translate("legend", "Pressure (hands, trail, dose)"), translate("legend", "Pressure"))
    fits = [(title, scale) for title in titles for scale in (1.0, 0.9, 0.8)
            if QFontMetricsF(style.font(style.legend_px * scale, bold=True)).horizontalAdvance(title) <= room]
    title, scale = fits[0] if fits else (titles[1], 0.8)
    font = style.font(style.legend_px * scale, bold=True)
    return QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, room), font


def paint_pressure_scale(painter: QPainter, rect: QRectF, style) -> None:
    """The colour scale of the hands, trails and dose map, with its words."""
    from .colours import PRESSURE_TICKS, pressure_colour

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#9A9A9A"), style.px(1.0)))
    painter.setBrush(QColor(255, 255, 255, 236))
    painter.drawRoundedRect(rect, style.px(8), style.px(8))
    pad = style.px(12)
    line_h = QFontMetricsF(style.font(style.legend_px, bold=True)).height()
    room = rect.width() - 2 * pad
    title, font = pressure_scale_title(style, room)
    painter.setFont(font)
    painter.setPen(QColor(style.ink))
    painter.drawText(QRectF(rect.left() + pad, rect.top() + pad * 0.6, room, line_h),
                     int(Qt.AlignmentFlag.AlignLeft), title)
    bar = QRectF(rect.left() + pad, rect.top() + pad * 0.6 + line_h + style.px(4), rect.width() - 2 * pad, style.px(16))
    steps = 64
    for i in range(steps):
        painter.fillRect(QRectF(bar.left() + bar.width() * i / steps, bar.top(), bar.width() / steps + 1, bar.height()),
                         pressure_colour((i + 0.5) / steps))
    painter.setFont(style.font(style.legend_px * 0.9))
    prev = 0.0
    for bound, name in PRESSURE_TICKS:
        x = bar.left() + bar.width() * (prev + bound) / 2
        painter.drawText(QRectF(x - style.px(60), bar.bottom() + style.px(2), style.px(120), line_h),
                         int(Qt.AlignmentFlag.AlignHCenter), word(name))
        prev = bound
    painter.restore()
