"""The technique card as pixels: a close-up of the hands at 2.5× the whole back's scale, the
camera following the working hand, and the card's caption (contact, posture, path, tempo,
direction, source sentence) beside or under it. The window's card, presenter mode and
``animate --close-up`` all paint it here; the words come from :mod:`app.model.session.card`.

The back under the hands is painted once for everywhere the camera goes, at the close-up's
scale, and each frame blits its part of it, then the hands and their trails over it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ..model.errors import DorsumError
from ..model.session.card import TechniqueCard, occurrence, technique_card
from ..model.session.motion import Motion
from ..model.session.timeline import Step
from .export import layout
from .i18n import model_words, translate
from .motion_scene import MotionScene
from .scene import BackScene
from .style import FONT_FAMILY, Style, load_fonts, zone_colour

__all__ = ["CLOSE_UP", "CloseUpRenderer", "normal_scale", "loop_span"]

#: The close-up's magnification, over the scale of the whole back in a frame of the same size.
CLOSE_UP = 2.5
#: The least the close-up shows across its shorter side (cm): the hand (19 cm) and round it.
MIN_VIEW_CM = 26.0
#: The least length of a loop (s): whole beats of the technique, at least this long.
LOOP_SECONDS = 4.0
#: Camera samples a second (it is smoothed over one beat, so circles and tremors do not shake it).
_CAMERA_HZ = 20.0
#: The working hand's contact stays within this share of the half picture from its centre.
_KEEP_IN = 0.6
#: The largest side (px) of the back painted once under the camera; beyond it, it is drawn coarser.
_MAX_BACKDROP = 4096
_PANEL = "#F7F5F0"
_INK = "#1A1A1A"
_LABEL = "#6B4A2E"


def normal_scale(scene: BackScene, width: int, height: int) -> float:
    """Pixels per cm of the whole back in a ``width``×``height`` frame (what ``animate`` draws)."""
    focus, zoom = scene.focus, scene.zoom_to_focus
    scene.set_focus(None)
    _, picture, _ = layout(scene, width, height)
    source = scene.content_rect_fitting(picture.width(), picture.height())
    scene.set_focus(focus, zoom)
    return min(picture.width() / source.width(), picture.height() / source.height())


def loop_span(motion: Motion, step: Step, seconds: float | None = None) -> tuple[float, float]:
    """(start, end) session seconds of the card's loop: whole beats of the technique from the
    step's start, at least :data:`LOOP_SECONDS` (or ``seconds``), within the step."""
    beat = 60.0 / motion.techniques[step.technique].tempo
    if seconds is None:
        seconds = beat * max(math.ceil(LOOP_SECONDS / beat), 1)
    return step.start_s, step.start_s + min(seconds, step.duration_s)


def _card(motion: Motion, step: Step) -> TechniqueCard:
    """The step's card as its zone does it; as the technique does it where the zone has no such
    step of its own (a plan may add one)."""
    tempo = motion.techniques[step.technique].tempo
    try:
        return technique_card(motion.atlas.zone_set, step.technique, step.zone, tempo=tempo,
                              nth=occurrence(motion.timeline, step), finale=step.finale)
    except DorsumError:
        return technique_card(motion.atlas.zone_set, step.technique, tempo=tempo)


def _font(px: float, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


class CloseUpRenderer:
    """Frames of one step's hands, ``zoom`` × the whole back's scale, ``width``×``height``
    pixels, with the card's caption (``caption``) beside a landscape frame or under a portrait
    one. ``span`` (session seconds) is where the camera may go: the loop, or the whole step."""

    def __init__(self, motion: Motion, step: Step, width: int, height: int, *, zoom: float = CLOSE_UP,
                 caption: bool = True, card: TechniqueCard | None = None, span: tuple[float, float] | None = None,
                 style: Style | None = None):
        self.motion, self.step = motion, step
        self.width, self.height = width, height
        self.card = card or _card(motion, step)
        self.style = style or Style.for_output(width, height)
        self.scene = BackScene(motion.atlas, self.style)
        self.normal = normal_scale(self.scene, width, height)
        self.picture, self.panel = self._layout(caption)
        # ``zoom`` × the whole back, unless that leaves less than a hand and a half in view
        least = min(self.picture.width(), self.picture.height()) / MIN_VIEW_CM
        self.scale = min(zoom * self.normal, max(least, self.normal))
        self.zoom = self.scale / self.normal
        self.span = span or (step.start_s, step.end_s)
        self.motion_scene = MotionScene(motion, self.style)
        self.motion_scene.show_dose = False  # the card is about the hand
        self._camera_t, self._camera = self._camera_path()
        self._backdrop, self._backdrop_rect, self._backdrop_scale = self._paint_backdrop()
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self._caption_font: float | None = None

    # -- layout --------------------------------------------------------------------------------
    def _layout(self, caption: bool) -> tuple[QRectF, QRectF | None]:
        w, h = float(self.width), float(self.height)
        if not caption:
            return QRectF(0, 0, w, h), None
        if w >= 1.2 * h:  # landscape: the caption beside the close-up
            side = round(0.4 * w)
            return QRectF(0, 0, w - side, h), QRectF(w - side, 0, side, h)
        top = round(min(0.5 * h, w))  # portrait: a square-ish close-up over the caption
        return QRectF(0, 0, w, top), QRectF(0, top, w, h - top)

    # -- the camera ----------------------------------------------------------------------------
    def _working_xy(self, times: np.ndarray) -> np.ndarray:
        """The working hand's contact at ``times`` (the right hand's, where both work)."""
        xy = np.full((len(times), 2), np.nan)
        hands = self.motion.hands(times, self.step)
        for hand in sorted(hands, key=lambda h: h.hand == "right"):  # the right hand last: it wins
            idx = np.searchsorted(times, hand.t)
            works = hand.working
            xy[idx[works]] = hand.xy[works]
        if np.isnan(xy).all():
            return np.zeros_like(xy)
        for k in range(2):  # a moment with no working hand keeps the camera where it was
            good = ~np.isnan(xy[:, k])
            xy[:, k] = np.interp(np.arange(len(times)), np.flatnonzero(good), xy[good, k])
        return xy

    def _camera_path(self) -> tuple[np.ndarray, np.ndarray]:
        """Camera centres (model cm) over the span: the working hand averaged over one beat,
        then moved only as far as keeps the hand well inside the picture."""
        a, b = self.span
        times = np.linspace(a, np.nextafter(b, a), max(int((b - a) * _CAMERA_HZ), 2))
        hand = self._working_xy(times)
        beat = 60.0 / self.motion.techniques[self.step.technique].tempo
        n = max(int(round(min(max(beat, 0.4), 3.0) * _CAMERA_HZ)), 1)
        kernel = np.ones(n) / n
        padded = np.pad(hand, ((n // 2, n - 1 - n // 2), (0, 0)), mode="edge")
        centre = np.stack([np.convolve(padded[:, k], kernel, mode="valid") for k in range(2)], axis=1)
        half = np.array([self.picture.width(), self.picture.height()]) / (2 * self.scale) * _KEEP_IN
        centre = np.clip(centre, hand - half, hand + half)
        return times, centre

    def camera(self, t: float) -> tuple[float, float]:
        """Where the camera looks at session time ``t`` (model cm)."""
        return (float(np.interp(t, self._camera_t, self._camera[:, 0])),
                float(np.interp(t, self._camera_t, self._camera[:, 1])))

    def view_rect(self, t: float) -> QRectF:
        """The scene rectangle (cm, y down) the picture shows at ``t``."""
        cx, cy = self.camera(t)
        w, h = self.picture.width() / self.scale, self.picture.height() / self.scale
        return QRectF(cx - w / 2, -cy - h / 2, w, h)

    # -- the back under the hands --------------------------------------------------------------
    def _paint_backdrop(self) -> tuple[QImage, QRectF, float]:
        """The back wherever the camera goes, painted once; only the worked zone's lines show."""
        scene = self.scene
        scene.set_focus(self.step.zone, zoom=False)
        for name in ("legend", "landmarks", "nodes"):  # their labels crowd a close-up's edges
            scene.set_layer_visible(name, False)
        w, h = self.picture.width() / self.scale, self.picture.height() / self.scale
        xs, ys = self._camera[:, 0], -self._camera[:, 1]
        margin = 2.0
        rect = QRectF(xs.min() - w / 2 - margin, ys.min() - h / 2 - margin,
                      xs.max() - xs.min() + w + 2 * margin, ys.max() - ys.min() + h + 2 * margin)
        scale = min(self.scale, _MAX_BACKDROP / max(rect.width(), rect.height()))
        image = QImage(max(int(math.ceil(rect.width() * scale)), 1), max(int(math.ceil(rect.height() * scale)), 1),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.style.background))
        scene.layout_labels(self.scale, self.picture.height(), frame=rect)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        return image, rect, scale

    # -- a frame -------------------------------------------------------------------------------
    def new_image(self) -> QImage:
        """An image to paint frames into: the renderer's size and format (as FrameRenderer's)."""
        return QImage(self.width, self.height, QImage.Format.Format_ARGB32_Premultiplied)

    def frame(self, t: float, progress: bool = True, *, into: QImage | None = None) -> QImage:
        """The card at session time ``t`` (the image is reused by the next call: copy it to keep
        it), painted into ``into`` if given, so a frame can be sent while the next is painted."""
        image = self.image if into is None else into
        painter = QPainter(image)
        try:
            self.paint(painter, t, progress)
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, t: float, progress: bool = True) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(self.style.background))
        view = self.view_rect(t)
        back, s = self._backdrop_rect, self._backdrop_scale
        source = QRectF((view.left() - back.left()) * s, (view.top() - back.top()) * s, view.width() * s,
                        view.height() * s)
        painter.save()
        painter.setClipRect(self.picture)
        painter.drawImage(self.picture, self._backdrop, source)
        ms = self.motion_scene
        ms.set_time(min(max(t, self.step.start_s), np.nextafter(self.step.end_s, self.step.start_s)))
        ms.render(painter, self.picture, view, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.restore()
        self._paint_badges(painter)
        if progress and self.span[1] > self.span[0]:
            bar_h = max(3.0, self.height / 180)
            share = min(max((t - self.span[0]) / (self.span[1] - self.span[0]), 0.0), 1.0)
            painter.fillRect(QRectF(self.picture.left(), self.picture.bottom() - bar_h, self.picture.width() * share,
                                    bar_h), QColor("#0072B2"))
        if self.panel is not None:
            self._paint_caption(painter)

    def _paint_badges(self, painter: QPainter) -> None:
        """The magnification and a 5 cm bar, so the close-up reads at its true size."""
        px = max(11.0, min(self.picture.width(), self.picture.height()) / 34)
        pad = px * 0.6
        painter.save()
        painter.setFont(_font(px, bold=True))
        text = translate("card", "{zoom}× close-up").format(zoom=f"{round(self.zoom, 1):g}")
        metrics = QFontMetricsF(painter.font())
        box = QRectF(self.picture.left() + pad, self.picture.top() + pad,
                     metrics.horizontalAdvance(text) + 1.2 * pad, metrics.height() + 0.6 * pad)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(10, 10, 10, 200))
        painter.drawRoundedRect(box, pad * 0.5, pad * 0.5)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        bar = 5.0 * self.scale
        x0, y0 = self.picture.left() + pad, self.picture.bottom() - pad * 2.2
        label = QRectF(x0, y0 - metrics.height() - pad * 0.3, bar, metrics.height())
        back = QRectF(x0 - pad * 0.4, label.top() - pad * 0.3, bar + pad * 0.8, y0 - label.top() + pad * 0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(back, pad * 0.4, pad * 0.4)
        painter.setPen(QPen(QColor(_INK), max(2.0, px / 7)))
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + bar, y0))
        for x in (x0, x0 + bar):
            painter.drawLine(QPointF(x, y0 - pad * 0.4), QPointF(x, y0 + pad * 0.4))
        painter.setFont(_font(px * 0.8))
        painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                         translate("card", "5 cm"))
        painter.restore()

    def caption_blocks(self) -> list[tuple[str, str]]:
        """The caption's words: the title, what and where, then the card's fields."""
        card = self.card
        lines = ", ".join(map(str, self.step.lines))
        zone = card.zone_name or self.motion.atlas.zone(self.step.zone).name
        where = (translate("card", "{zone} · lines {lines}") if len(self.step.lines) > 1 else
                 translate("card", "{zone} · line {lines}")).format(zone=zone, lines=lines)
        return [("title", card.name), ("where", where), *card.fields(model_words)]

    def _caption_layout(self, body_px: float, rect: QRectF) -> tuple[list[tuple[QRectF, str, QFont, str]], float]:
        """Where each piece of the caption goes at ``body_px``, and the height it takes."""
        pad = body_px * 0.9
        inner = rect.adjusted(pad, pad, -pad, -pad)
        y = inner.top()
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        placed = []
        for label, text in self.caption_blocks():
            if label == "title":
                font, colour = _font(body_px * 1.45, bold=True), _INK
            elif label == "where":
                font, colour = _font(body_px * 0.95), "#444444"
            else:
                head = _font(body_px * 0.78, bold=True)
                h = QFontMetricsF(head).height()
                placed.append((QRectF(inner.left(), y, inner.width(), h), label.upper(), head, _LABEL))
                y += h
                font, colour = _font(body_px), _INK
            box = QFontMetricsF(font).boundingRect(QRectF(inner.left(), y, inner.width(), 1e6), flags, text)
            placed.append((QRectF(inner.left(), y, inner.width(), box.height()), text, font, colour))
            y += box.height() + body_px * (0.55 if label in ("title", "where") else 0.45)
        return placed, y - inner.top() + 2 * pad

    def _text_rect(self) -> QRectF:
        """The caption panel inside its zone-coloured edge (on top, or on the left)."""
        rect, edge = self.panel, max(4.0, self.height / 120)
        return rect.adjusted(0, edge, 0, 0) if rect.top() > 0 else rect.adjusted(edge, 0, 0, 0)

    def caption_px(self) -> float:
        """The caption's body type (px): the largest that fits the panel, worked out once."""
        if self._caption_font is None:
            rect = self._text_rect()
            px = self.height / 30 if rect.height() > 0.9 * self.height else rect.height() / 17
            while px > 9 and self._caption_layout(px, rect)[1] > rect.height():
                px *= 0.94
            self._caption_font = px
        return self._caption_font

    def _paint_caption(self, painter: QPainter) -> None:
        rect, text_rect = self.panel, self._text_rect()
        painter.save()
        painter.fillRect(rect, QColor(_PANEL))
        ids = [z.id for z in self.motion.atlas.zones]
        accent = zone_colour(self.step.zone, ids.index(self.step.zone) if self.step.zone in ids else 0)
        painter.fillRect(rect, accent)
        painter.fillRect(text_rect, QColor(_PANEL))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        for box, text, font, colour in self._caption_layout(self.caption_px(), text_rect)[0]:
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(box, flags, text)
        painter.restore()


