"""shapely geometry to Qt paths: the polygons read from a stream in one call are the points one
QPointF at a time would give, y flipped, bit for bit."""

import math

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from app.render.geometry import painter_path


def _one_by_one(coords) -> QPolygonF:
    return QPolygonF([QPointF(float(x), -float(y)) for x, y in coords])


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    return [(int(path.elementAt(i).type.value), path.elementAt(i).x, path.elementAt(i).y)
            for i in range(path.elementCount())]


def _path_one_by_one(polygon: shapely.Polygon) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    for ring in shapely.get_rings(polygon):
        path.addPolygon(_one_by_one(shapely.get_coordinates(ring)))
        path.closeSubpath()
    return path


@pytest.mark.parametrize("polygon", [
    shapely.Point(1.25, -3.5).buffer(2.0, quad_segs=64),  # many points
    shapely.Polygon([(0, 0), (4, 0), (4, 3), (0, 3)], [[(1, 1), (2, 1), (2, 2), (1, 2)]]),  # a hole
    shapely.Polygon([(-0.0, 0.0), (1e-300, 7.0), (1e300, -2.5), (math.pi, math.e)]),  # zeros and extremes
])
def test_a_polygon_is_the_same_path_as_point_by_point(polygon):
    path = painter_path(polygon)
    assert _elements(path) == _elements(_path_one_by_one(polygon))
    assert path.fillRule() == path.fillRule().OddEvenFill


def test_the_body_outline_is_the_same_path_as_point_by_point(atlas):
    outline = atlas.body.outline
    assert len(shapely.get_coordinates(outline)) > 100
    polygons = [outline] if outline.geom_type == "Polygon" else list(outline.geoms)
    expected = QPainterPath()
    for polygon in polygons:
        expected.addPath(_path_one_by_one(polygon))
    got = _elements(painter_path(outline))
    assert got == _elements(expected)
    assert np.signbit([y for _, _, y in got]).any() and not np.isnan([x for _, x, _ in got]).any()
