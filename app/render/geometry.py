"""shapely geometry (cm, y up) → Qt paths in scene units (1 unit = 1 cm, y down)."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QPointF
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

__all__ = ["scene_point", "painter_path"]


def scene_point(x: float, y: float) -> QPointF:
    """A model point in scene coordinates (y flipped: Qt's y grows downward)."""
    return QPointF(float(x), -float(y))


def _polygon(coords: np.ndarray) -> QPolygonF:
    """The points (y flipped) as Qt reads a QPolygonF from a stream, a count and big-endian
    doubles: one call instead of a QPointF per point (the scene's outlines have thousands)."""
    points = np.empty((len(coords), 2), dtype=">f8")
    points[:, 0] = coords[:, 0]
    points[:, 1] = -coords[:, 1]
    data = QByteArray(len(coords).to_bytes(4, "big") + points.tobytes())
    polygon = QPolygonF()
    QDataStream(data) >> polygon
    return polygon


def painter_path(geom: BaseGeometry) -> QPainterPath:
    """Polygons are filled odd-even, so holes show whatever the ring orientation."""
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            for ring in shapely.get_rings(part):
                path.addPolygon(_polygon(shapely.get_coordinates(ring)))
                path.closeSubpath()
        elif part.geom_type in ("LineString", "LinearRing"):
            coords = shapely.get_coordinates(part)
            path.moveTo(float(coords[0, 0]), -float(coords[0, 1]))
            for x, y in coords[1:]:
                path.lineTo(float(x), -float(y))
        elif part.geom_type == "Point":
            path.addEllipse(QPointF(part.x, -part.y), 0.2, 0.2)
        else:  # a collection inside a collection
            path.addPath(painter_path(part))
    return path
