"""Animation frames: the back painted once, then per frame only what moves, with a caption."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ..model.session.motion import Motion
from .export import layout, paint_page, picture_mapping
from .layers import LAYERS
from .legend import PRESSURE_SCALE_PX, paint_pressure_scale, paint_title
from .motion_scene import MotionScene, step_caption
from .scene import BackScene
from .style import Style

__all__ = ["FrameRenderer", "FrameJob"]


@dataclass(frozen=True)
class FrameJob:
    """What a renderer was built from, as plain data, so that another process can build the
    same renderer (:mod:`.frame_workers`): the motion (its atlas with it), the style, what the
    back scene showed (as :meth:`BackScene.restyled` copies it) and the frame size."""

    motion: Motion
    style: Style
    annotations: tuple
    muscle_view: str
    layers: tuple[tuple[str, bool], ...]
    focus: str | None
    zoom: bool
    show_dose: bool
    show_hands: bool
    width: int
    height: int
    follow: bool

    @classmethod
    def of(cls, scene: BackScene, motion_scene: MotionScene, width: int, height: int, follow: bool) -> FrameJob:
        layers = tuple((name, scene.layer_visible(name)) for name in (*LAYERS, "annotations"))
        return cls(motion_scene.motion, scene.style, tuple(scene.annotations), scene.muscle_view, layers,
                   scene.focus, scene.zoom_to_focus, motion_scene.show_dose, motion_scene.show_hands,
                   width, height, follow)

    def renderer(self) -> FrameRenderer:
        scene = BackScene(self.motion.atlas, self.style)
        scene.set_annotations(list(self.annotations))
        scene.set_muscle_view(self.muscle_view)
        for name, visible in self.layers:
            scene.set_layer_visible(name, visible)
        scene.set_focus(self.focus, self.zoom)
        motion_scene = MotionScene(self.motion, self.style)
        motion_scene.show_dose, motion_scene.show_hands = self.show_dose, self.show_hands
        return FrameRenderer(scene, motion_scene, self.width, self.height, self.follow)


class FrameRenderer:
    """Frames of ``motion_scene`` over ``scene`` at ``width``×``height``. The static page
    (back, lines, legend, colour scale) is painted once per zone and blitted under each frame.
    With ``follow``, the lines shown are those of the zone being worked (the picture keeps
    the scene's own framing)."""

    def __init__(self, scene: BackScene, motion_scene: MotionScene, width: int, height: int, follow: bool = False):
        self.scene, self.motion_scene = scene, motion_scene
        self.width, self.height = width, height
        # Taken before following moves the scene's focus from zone to zone.
        self.job = FrameJob.of(scene, motion_scene, width, height, follow)
        self.follow = follow and scene.focus is None
        self._pages: dict[str | None, QImage] = {}
        # per image painted into: the page under it, its cacheKey once painted (which changes if
        # anyone paints on it since) and the rectangles the frame painted over the page
        self._painted: dict[int, tuple[QImage, int, list[QRect]]] = {}
        self.image = self.new_image()
        self.static = self._page(None)
        if self.follow:  # paint every zone's page now, so no frame waits for one
            for zone in dict.fromkeys(step.zone for step in motion_scene.motion.timeline.steps):
                self._page(zone)

    def _page(self, zone: str | None) -> QImage:
        """The static page, with only ``zone``'s lines when following."""
        if zone in self._pages:
            return self._pages[zone]
        scene, width, height = self.scene, self.width, self.height
        if self.follow:
            scene.set_focus(zone, zoom=False)
        title, picture, legend = layout(scene, width, height)
        self._title = title
        self._source, self._target = picture_mapping(scene, width, height)
        static = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(static)
        try:
            paint_page(scene, painter, width, height)
            painter.fillRect(title, scene.backgroundBrush())  # the caption goes here per frame
            st = scene.style
            scale_h = st.px(PRESSURE_SCALE_PX)
            if legend is not None:
                box = QRectF(legend.left(), height - st.px(18) - scale_h, legend.width(), scale_h)
                if box.top() < legend.bottom() + st.px(8):  # no room under the legend: over the picture
                    box.moveTop(picture.bottom() - scale_h)
            else:
                box = QRectF(picture.right() - st.px(360), picture.bottom() - scale_h, st.px(360), scale_h)
            paint_pressure_scale(painter, box, st)
        finally:
            painter.end()
        self._pages[zone] = static
        return static

    def frame(self, t: float, progress: bool = True, *, into: QImage | None = None) -> QImage:
        """The frame at ``t`` seconds into the motion's timeline (the returned image is reused
        by the next call: copy it to keep it), painted into ``into`` if given (an image made by
        :meth:`new_image`), so that a frame can be sent while the next one is painted."""
        ms = self.motion_scene
        ms.set_time(t)
        static = self._page(ms.step.zone) if self.follow else self.static
        image = self.image if into is None else into
        before = self._painted.pop(id(image), None)
        # (asked before a painter opens the image, which changes its cacheKey)
        over_last = before is not None and before[0] is static and before[1] == image.cacheKey()
        painter = QPainter(image)
        try:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            if over_last and before is not None:
                # the image holds this page and the previous frame: put back only what that
                # frame painted over (the static page is 8 MB at 1080p; this is about a third)
                for rect in before[2]:
                    painter.drawImage(rect, static, rect)
            else:
                painter.drawImage(0, 0, static)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ms.render(painter, self._target, self._source, Qt.AspectRatioMode.KeepAspectRatio)
            timeline = ms.motion.timeline
            caption = step_caption(self.scene.atlas, ms.step, ms.t, timeline.total_s)
            paint_title(painter, self._title, caption, self.scene.style)
            bar = QRectF()
            if progress and timeline.total_s > 0:
                bar_h = self.scene.style.px(6)
                bar = QRectF(0, self.height - bar_h, self.width * ms.t / timeline.total_s, bar_h)
                painter.fillRect(bar, QColor("#0072B2"))
        finally:
            painter.end()
        if len(self._painted) > 3:  # images painted into once and dropped
            self._painted.clear()
        self._painted[id(image)] = (static, image.cacheKey(), self._painted_over(bar))
        return image

    def _painted_over(self, bar: QRectF) -> list[QRect]:
        """Device rectangles holding everything the frame just painted over its page: the
        moving items (where QGraphicsScene.render put them, within the picture), the caption
        (a line of text, kept within a line's height of its box) and the progress bar."""
        ms, source, target = self.motion_scene, self._source, self._target
        moved = QRectF()
        for item in ms.items():
            if item.isVisible():
                moved = moved.united(item.sceneBoundingRect())
        # QGraphicsScene.render's mapping for KeepAspectRatio: scaled from the source's
        # top-left corner to the target's, and clipped to the target
        ratio = min(target.width() / source.width(), target.height() / source.height())
        on_page = QRectF(target.left() + (moved.left() - source.left()) * ratio,
                         target.top() + (moved.top() - source.top()) * ratio,
                         moved.width() * ratio, moved.height() * ratio)
        rects = [on_page.adjusted(-3, -3, 3, 3).intersected(target.adjusted(-1, -1, 1, 1)),
                 self._title.adjusted(-3, -self._title.height(), 3, self._title.height()), bar.adjusted(-1, -1, 1, 1)]
        page = QRect(0, 0, self.width, self.height)
        return [r.toAlignedRect().intersected(page) for r in rects if not r.isEmpty()]

    def new_image(self) -> QImage:
        """An image to paint frames into: the renderer's size and format."""
        return QImage(self.width, self.height, QImage.Format.Format_ARGB32_Premultiplied)
