"""What moves: the dose map, the hands' trails and the hands, in a small scene of their own
drawn over the (cached) back, in the window and in every exported frame alike."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..model.session.dose import DoseMap
from ..model.session.hands import hand_shape
from ..model.session.motion import HandSamples, Motion
from ..model.session.placement import shown_hand
from ..model.session.timeline import Step, clock, step_place
from .colours import dose_image, lut, pressure_colour
from .style import Style

__all__ = ["MotionScene", "DoseItem", "TrailItem", "HandItem", "step_caption"]

TRAIL_SECONDS = 1.2
TRAIL_SAMPLES = 24
HAND_SKIN = (214, 176, 150)  # the therapist's hands: warmer and darker than the client's back
HAND_SKIN_TOP = (226, 194, 170)  # a hand lying on the other one, a shade lighter
HAND_EDGE = "#4A3226"
HAND_LINES = "#8A6450"  # the fingers' outlines inside the silhouette


def step_caption(atlas, step: Step, t: float, total: float) -> str:
    from .i18n import translate, word

    zone = step_place_text(atlas.zone_set, step, atlas.direction)
    lines = translate("legend", "lines {numbers}").format(numbers=", ".join(str(n) for n in step.lines))
    return f"{zone} · {word(step.technique)} · {lines}   {clock(t)} / {clock(total)}"


def step_place_text(zone_set, step: Step, direction: str) -> str:
    """Where a step works, in the language installed: the zone (or its finale) and, on lines that
    run the session's way, which way (:func:`app.model.session.timeline.step_place`)."""
    from .i18n import word

    name, way = step_place(zone_set, step, direction)
    return f"{name}, {word(way)}" if way else name


class DoseItem(QGraphicsItem):
    """The dose image laid over the body's grid (cells in cm)."""

    def __init__(self, extent: tuple[float, float, float, float]):
        super().__init__()
        x0, y0, x1, y1 = extent
        self._rect = QRectF(x0, -y1, x1 - x0, y1 - y0)
        self._image: QImage | None = None
        self._given: QRectF | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_image(self, image: QImage | None, given: np.ndarray | None = None) -> None:
        """``given``: which cells (the image's pixels, rows × cols) hold any dose, if known, so
        that painting can leave out the empty rows and columns around them."""
        self._image = image
        self._given = None
        if image is not None and given is not None:
            rows, cols = np.flatnonzero(given.any(axis=1)), np.flatnonzero(given.any(axis=0))
            if len(rows):
                # a cell's pixels blend it with its neighbours: one cell more on every side
                r0, r1 = max(int(rows[0]) - 1, 0), min(int(rows[-1]) + 2, image.height())
                # not from the left, though: Qt steps through a row of the image from where the
                # row's painted pixels start, so starting elsewhere would round some differently
                c0, c1 = 0, min(int(cols[-1]) + 2, image.width())
                cw, ch = self._rect.width() / image.width(), self._rect.height() / image.height()
                self._given = QRectF(self._rect.left() + c0 * cw, self._rect.top() + r0 * ch,
                                     (c1 - c0) * cw, (r1 - r0) * ch)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._image is None:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._given is None:
            painter.drawImage(self._rect, self._image)
            return
        # Only the device pixels over the cells near a given one: any other pixel samples empty
        # cells alone, so the picture is the same (a 1080p frame paints ~40% fewer pixels here).
        to_device = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setClipRect(to_device.mapRect(self._given).toAlignedRect(), Qt.ClipOperation.IntersectClip)
        painter.setWorldTransform(to_device)
        painter.drawImage(self._rect, self._image)
        painter.restore()


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
        # Each piece's ends and colour, worked out once per frame rather than per paint, in numpy
        # and then as plain Python numbers (a numpy scalar costs each QPointF and QColor a lookup).
        idx = (np.clip(pressure, 0.0, 1.0) * 255).astype(int)
        i = np.arange(n)
        alpha = (60 + 195 * i / n).astype(int)
        pressed = pressure > 0
        rgb = np.where(pressed[:, None], lut()[idx, :3].astype(int), 120)
        alpha = np.where(pressed, alpha, ((60 + 195 * i / n) / 3).astype(int))
        argb = (alpha << 24) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
        points = [QPointF(x, -y) for x, y in xy.tolist()]
        self._pieces = [(points[k - 1], points[k], QColor.fromRgba(c), p)
                        for k, c, p in zip(range(1, n), argb[1:].tolist(), pressed[1:].tolist(), strict=True)]
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


def _path(geom, anchor: tuple[float, float]) -> QPainterPath:
    """A model-frame hand polygon as a path in the item's frame (y down), the contact's centre
    at the origin."""
    ax, ay = anchor
    path = QPainterPath()
    for part in shapely.get_parts(geom):
        for ring in shapely.get_rings(part):
            pts = shapely.get_coordinates(ring)
            path.addPolygon(QPolygonF([QPointF(x - ax, -(y - ay)) for x, y in pts]))
            path.closeSubpath()
    return path


@lru_cache(maxsize=64)
def _hand_paths(pose: str, hand: str, contact: str) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """(the silhouette, the fingers' outlines, the contact part) of one hand, made once."""
    shape = hand_shape(pose, shown_hand(hand, contact))
    part = shape.contact_part(contact)
    anchor = shape.contact_centre(contact)
    # simplified to what a screen shows: every vertex costs each frame that draws the hand
    fingers = QPainterPath()
    for finger in shape.fingers.values():
        fingers.addPath(_path(finger.exterior.simplify(0.08), anchor))
    return _path(shape.outline.simplify(0.08), anchor), fingers, _path(part.simplify(0.08), anchor)


class HandItem(QGraphicsItem):
    """One of the therapist's hands, as it is held for the technique: the part in contact
    filled by its pressure (cividis), the rest a plain hand; lifted off the skin it is drawn
    light, raised over a soft shadow; a hand weighting the other lies on top of it."""

    def __init__(self, style: Style):
        super().__init__()
        self._style = style
        self._key = ("flat", "right", "palm")
        self._pressure = 0.0
        self._lifted = False
        self._role = "works"
        self._rect = _hand_paths(*self._key)[0].boundingRect().adjusted(-1.5, -1.5, 1.5, 1.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(2)

    def set_state(self, x: float, y: float, heading: float, pressure: float, lifted: bool, *, pose: str = "flat",
                  hand: str = "right", contact: str = "palm", role: str = "works") -> None:
        key = (pose, hand, contact)
        if key != self._key:
            self.prepareGeometryChange()
            self._key = key
            self._rect = _hand_paths(*key)[0].boundingRect().adjusted(-1.5, -1.5, 1.5, 1.5)
        self._pressure, self._lifted, self._role = pressure, lifted, role
        self.setZValue(3 if role == "weights" else 2)
        self.setPos(x, -y)
        self.setRotation(-math.degrees(heading))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline, fingers, part = _hand_paths(*self._key)
        st = self._style
        if self._lifted:
            # raised: a soft shadow on the skin below, the hand pale above it
            shadow = QColor(40, 30, 20, 45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shadow)
            painter.drawPath(outline.translated(0.9, 0.9))
            painter.setBrush(QColor(255, 250, 244, 150))
            painter.setPen(st.pen(HAND_EDGE, st.px(1.4), Qt.PenStyle.DashLine))
            painter.drawPath(outline)
            return
        # opaque: a translucent fill of a hand-sized shape costs a 1080p frame a few milliseconds
        painter.setPen(st.pen(HAND_EDGE, st.px(1.6)))
        painter.setBrush(QColor(*(HAND_SKIN_TOP if self._role == "weights" else HAND_SKIN)))
        painter.drawPath(outline)
        painter.setPen(st.pen(HAND_LINES, 1.0))  # one pixel: wider pens are stroked as shapes, slowly
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(fingers)
        if self._role == "works":
            painter.setPen(st.pen(HAND_EDGE, st.px(1.2)))
            painter.setBrush(pressure_colour(self._pressure, 220))
            painter.drawPath(part)


def _drawn_lifted(hand: HandSamples) -> bool:
    """Drawn off the skin: a working hand between strokes, or the hand holding the shoulder up;
    a hand lying on the working one is drawn lying there."""
    role = str(hand.role[-1])
    return role == "lifts" or (role == "works" and not bool(hand.contact[-1]))


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
        self._trails = {hand: TrailItem(self.style) for hand in ("left", "right")}
        self._hands = {hand: HandItem(self.style) for hand in ("left", "right")}
        for item in (*self._trails.values(), *self._hands.values()):
            self.addItem(item)

    @property
    def session_dose_p95(self) -> float:
        """95th percentile of the whole session's dose (computed once)."""
        if self._session_p95 is None:
            # a statistic of the whole session, for the colour scale: sampled every half second,
            # five times coarser than the map itself, so pressing Play does not wait for it
            final = DoseMap(self.motion, self.dose.grid, sample_dt=0.5).at(self.motion.timeline.total_s)
            given = final[final > 0]
            self._session_p95 = float(np.percentile(given, 95)) if given.size else 1.0
        return self._session_p95

    @property
    def step(self) -> Step:
        return self.motion.timeline.step_at(self.t)

    def set_time(self, t: float) -> None:
        self.t = min(max(t, 0.0), self.motion.timeline.total_s)
        step, times = self.motion.trail_times(self.t, TRAIL_SECONDS, TRAIL_SAMPLES)
        dose = None
        if self.show_dose:  # the trail sampled with the dose since the last frame, in one go
            dose, self.hands = self.dose.at_with(self.t, times)
        else:
            self.hands = self.motion.hands(times, step)
        # a hand that changes side within the trail (one side, then the other) comes in pieces:
        # show the piece it is in now
        present: dict[str, HandSamples] = {}
        for h in self.hands:
            if h.hand not in present or h.t[-1] >= present[h.hand].t[-1]:
                present[h.hand] = h
        for name in ("left", "right"):
            hand = present.get(name)
            on = hand is not None and self.show_hands
            self._trails[name].setVisible(on and bool(hand is not None and hand.working[-1]))
            self._hands[name].setVisible(on)
            if on and hand is not None:
                self._trails[name].set_samples(hand.xy, hand.pressure)
                self._hands[name].set_state(hand.xy[-1, 0], hand.xy[-1, 1], float(hand.heading[-1]),
                                            float(hand.pressure[-1]), _drawn_lifted(hand), pose=hand.pose,
                                            hand=hand.hand, contact=hand.contact_part, role=str(hand.role[-1]))
        self.dose_item.setVisible(self.show_dose)
        if dose is not None:
            given = dose[dose > 0]
            # The top of the colour map: the 95th percentile of what has been given so far, so
            # one crowded spot does not wash the rest out; but never below a quarter of what the
            # whole session gives, so the first strokes show faint, as they are.
            if given.size:
                now = float(np.percentile(given, 95))
                self.dose_item.set_image(dose_image(dose, max(now, 0.25 * self.session_dose_p95)), dose > 0)
            else:  # nothing given yet (the window opening at 0:00): nothing to scale, nothing to draw
                self.dose_item.set_image(None)

    def now(self) -> dict:
        """What is happening at ``t``: for captions and the side panel."""
        step = self.step
        pressures = [float(h.pressure[-1]) for h in self.hands]
        lines = sorted({int(h.line_number[-1]) for h in self.hands})
        return {"step": step, "lines": lines, "pressure": max(pressures, default=0.0)}
