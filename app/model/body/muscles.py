"""The back's muscles laid on a body, each as the sheet its fibres make.

A muscle in ``muscles.toml`` names two paths of anchored points, its origin and its
insertion. The fibre that leaves a share t of the way along the origin arrives the same share
along the insertion (and, for a curved muscle, passes the same share along ``via``), so the
fibres never cross and every point of the muscle has one fibre direction. The muscle's
outline is the sheet they sweep: the origin, the last fibre, the insertion backwards and the
first fibre backwards. Anchors tie both paths to landmarks, so muscles scale and mirror with
the body exactly as stroke lines do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Polygon
from shapely.geometry.base import BaseGeometry

from ..zonefiles.spec import Anchor, MuscleSpec
from .anatomy import SIDES, Body
from .anchors import resolve_anchor

__all__ = ["Muscle", "MuscleLayer", "build_muscles", "FIBRE_SPACING"]

#: Distance between hatching fibres at a muscle's wider attachment, cm on the default body.
FIBRE_SPACING = 1.1
_SHEET_STEPS = 24  # fibres traced to find a muscle's outline
_FIBRE_POINTS = 24  # points along each fibre


def _path(body: Body, anchors: Iterable[Anchor], side: str) -> np.ndarray:
    return np.array([resolve_anchor(body, a, side) for a in anchors], dtype=float)


def _at_shares(path: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Points a share ``t`` (0–1) of the way along a polyline, by length; a single point stays put."""
    if len(path) == 1:
        return np.repeat(path, len(t), axis=0)
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    d = t * cum[-1]
    return np.stack([np.interp(d, cum, path[:, 0]), np.interp(d, cum, path[:, 1])], axis=1)


def _shares(path: np.ndarray) -> np.ndarray:
    """How far along a polyline (0–1, by length) each of its points lies."""
    if len(path) == 1:
        return np.zeros(1)
    cum: np.ndarray = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    shares: np.ndarray = cum / cum[-1]
    return shares


def _largest(geom: BaseGeometry) -> Polygon:
    """The largest polygon of ``geom`` (a clip or union may leave slivers beside it)."""
    if isinstance(geom, Polygon):
        return geom
    return max((g for g in shapely.get_parts(geom) if isinstance(g, Polygon)), key=lambda g: g.area)


def _clipped(fibre: LineString, figure: Polygon) -> LineString:
    """The longest part of ``fibre`` on ``figure``, still running from origin to insertion."""
    if figure.contains(fibre):
        return fibre
    parts = [g for g in shapely.get_parts(fibre.intersection(figure)) if isinstance(g, LineString)]
    if not parts:
        return fibre
    part = max(parts, key=lambda g: g.length)
    start = np.array(fibre.coords[0])
    if np.hypot(*(np.array(part.coords[-1]) - start)) < np.hypot(*(np.array(part.coords[0]) - start)):
        part = part.reverse()
    return part


def _length(path: np.ndarray) -> float:
    return float(np.hypot(*np.diff(path, axis=0).T).sum()) if len(path) > 1 else 0.0


@dataclass(frozen=True)
class Muscle:
    """One muscle on one side: its sheet, the part of it not hidden by the muscles over it,
    and its fibres, each running from origin to insertion."""

    spec: MuscleSpec
    side: str
    origin: np.ndarray  # (n, 2) the origin path, cm
    insertion: np.ndarray  # (m, 2)
    via: np.ndarray | None  # (k, 2) or None
    figure: Polygon | None = None  # the body the muscle lies on; None: not clipped

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def layer(self) -> str:
        return self.spec.layer

    @property
    def name(self) -> str:
        return self.spec.name

    def fibre_points(self, t: np.ndarray, samples: int = _FIBRE_POINTS) -> np.ndarray:
        """Fibres at shares ``t``, as an array (len(t), samples, 2) from origin to insertion.

        With a ``via`` path each fibre is the quadratic curve that passes through its via point
        halfway; without, a straight line."""
        start, end = _at_shares(self.origin, t), _at_shares(self.insertion, t)
        s = np.linspace(0.0, 1.0, samples)[None, :, None]
        if self.via is None:
            line: np.ndarray = start[:, None, :] * (1 - s) + end[:, None, :] * s
            return line
        control = 2.0 * _at_shares(self.via, t) - (start + end) / 2.0
        curve: np.ndarray = ((1 - s) ** 2 * start[:, None, :] + 2 * s * (1 - s) * control[:, None, :]
                             + s ** 2 * end[:, None, :])
        return curve

    @cached_property
    def sheet(self) -> Polygon:
        """The whole muscle as if nothing lay over it, on the body: where a straight fibre
        would leave a narrow waist's curve, the muscle follows the skin."""
        if self.figure is None:
            return self.swept
        return _largest(self.swept.intersection(self.figure))

    @cached_property
    def swept(self) -> Polygon:
        """What the fibres sweep: the union of the strips between neighbouring fibres, so it
        holds every fibre even where an attachment runs along the fibres rather than across
        them (the transverse trapezius on the scapular spine)."""
        # Trace the fibres that leave or reach a corner of an attachment, and others between.
        t = np.union1d(np.linspace(0.0, 1.0, _SHEET_STEPS), np.r_[_shares(self.origin), _shares(self.insertion)])
        f = self.fibre_points(t, samples=16)
        strips: np.ndarray = np.asarray(shapely.polygons(np.concatenate([f[:-1], f[1:, ::-1]], axis=1)))
        bad = ~shapely.is_valid(strips)
        strips[bad] = shapely.make_valid(strips[bad])
        try:  # neighbouring strips share their fibre exactly: a coverage union is enough…
            sheet = shapely.coverage_union_all(strips)
        except shapely.errors.GEOSException:  # …unless they overlap where an attachment folds
            sheet = shapely.union_all(strips)
        return _largest(sheet)

    @cached_property
    def fibres(self) -> tuple[LineString, ...]:
        """The hatching: fibres about FIBRE_SPACING apart at the wider attachment, at least 3."""
        scale = max(_length(self.origin), _length(self.insertion), 1e-6)
        n = max(3, int(round(scale / FIBRE_SPACING)))
        t = (np.arange(n) + 0.5) / n
        fibres = [LineString(f) for f in self.fibre_points(t, samples=2 if self.via is None else 20)]
        if self.figure is None:
            return tuple(fibres)
        return tuple(_clipped(f, self.figure) for f in fibres)

    def directions_at(self, xy: np.ndarray) -> np.ndarray:
        """Unit fibre directions (origin → insertion) at points ``xy`` (n, 2): those of the
        nearest point of a dense set of fibres."""
        pts, tangents = self._field
        d2 = ((xy[:, None, :] - pts[None, :, :]) ** 2).sum(axis=2)
        nearest: np.ndarray = tangents[np.argmin(d2, axis=1)]
        return nearest

    @cached_property
    def _field(self) -> tuple[np.ndarray, np.ndarray]:
        f = self.fibre_points(np.linspace(0.0, 1.0, 17), samples=20)
        v = np.gradient(f, axis=1)
        v /= np.maximum(np.linalg.norm(v, axis=2, keepdims=True), 1e-12)
        return f.reshape(-1, 2), v.reshape(-1, 2)


@dataclass(frozen=True)
class MuscleLayer:
    """Every muscle on both sides, with the part of each that shows from behind."""

    muscles: tuple[Muscle, ...]
    shown: Mapping[tuple[str, str], BaseGeometry]  # (muscle id, side) → visible part of the sheet
    shown_fibres: Mapping[tuple[str, str], BaseGeometry]  # the hatching clipped to it

    def get(self, muscle_id: str, side: str) -> Muscle:
        for m in self.muscles:
            if m.id == muscle_id and m.side == side:
                return m
        raise KeyError((muscle_id, side))

    def in_layers(self, layers: Iterable[str]) -> list[Muscle]:
        wanted = set(layers)
        return [m for m in self.muscles if m.layer in wanted]


def build_muscles(body: Body, specs: Iterable[MuscleSpec]) -> MuscleLayer:
    """Lay ``specs`` on both sides of ``body``; each shows where no muscle of its ``under`` lies
    over it, and only inside the figure below the hair."""
    specs = tuple(specs)
    muscles: list[Muscle] = []
    for spec in specs:
        for side in SIDES:
            via = _path(body, spec.via, side) if spec.via else None
            muscles.append(Muscle(spec, side, _path(body, spec.origin, side), _path(body, spec.insertion, side), via,
                                  body.figure))
    sheets = {(m.id, m.side): m.sheet for m in muscles}
    skin = body.figure.difference(body.head)
    shapely.prepare(skin)
    shown: dict[tuple[str, str], BaseGeometry] = {}
    shown_fibres: dict[tuple[str, str], BaseGeometry] = {}
    for m in muscles:
        over = [sheets[(other, m.side)] for other in m.spec.under]
        visible = m.sheet.simplify(0.02).intersection(skin)  # the strips leave vertices no eye can see
        if over:
            visible = visible.difference(shapely.unary_union(over))
        shown[(m.id, m.side)] = visible
        shown_fibres[(m.id, m.side)] = MultiLineString(list(m.fibres)).intersection(visible)
    return MuscleLayer(tuple(muscles), shown, shown_fibres)

