"""The back's view: wheel and keys zoom, a drag pans, a click selects, hovering names things;
or, with a mouse tool on (no-go area, pen, pointer, quiz answer), the tool takes the left button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

from ..render.items import ItemInfo
from ..render.scene import BackScene
from .tools import MouseTool

__all__ = ["BackView"]

MIN_PX_PER_CM, MAX_PX_PER_CM = 2.0, 120.0
ZOOM_STEP = 1.25


class BackView(QGraphicsView):
    """Shows a :class:`BackScene`. Signals carry the ItemInfo under the cursor or clicked."""

    first_paint = Signal()
    hovered = Signal(object)  # ItemInfo or None
    clicked = Signal(object)  # ItemInfo or None
    tool_changed = Signal(object)  # the MouseTool now on, or None

    def __init__(self, scene: BackScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setMouseTracking(True)
        # Panning is by drag; scroll bars would only take room from the picture.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: QPoint | None = None
        self._panning = False
        self.tool: MouseTool | None = None
        self._tool_pressed = False
        self._hover: ItemInfo | None = None
        self.motion_scene = None  # what moves, drawn over the back
        self._painted = False
        self._auto_fit = True  # refit on resize until the user zooms or pans

    # -- zoom ------------------------------------------------------------------------------
    @property
    def px_per_cm(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.px_per_cm * factor, MIN_PX_PER_CM), MAX_PX_PER_CM)
        factor = target / self.px_per_cm
        if abs(factor - 1.0) > 1e-6:
            self._auto_fit = False
            self.scale(factor, factor)
            self.lay_out_labels()

    def zoom_in(self) -> None:
        self._zoom_about_centre(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_about_centre(1.0 / ZOOM_STEP)

    def _zoom_about_centre(self, factor: float) -> None:
        """Keys zoom about the middle of the view; only the wheel follows the pointer."""
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        try:
            self.zoom_by(factor)
        finally:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def fit(self) -> None:
        """Show the whole back (or the focused zone) as large as the view allows, labels included."""
        viewport = self.viewport().rect()
        if viewport.width() < 1 or viewport.height() < 1:  # squeezed to nothing while a layout settles
            return
        rect = self.scene().content_rect_fitting(viewport.width(), viewport.height())
        s = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        s = min(max(s, MIN_PX_PER_CM), MAX_PX_PER_CM)
        self.resetTransform()
        self.scale(s, s)
        # A scene rectangle much larger than the back, so centring is never clamped.
        self.setSceneRect(rect.adjusted(-3 * rect.width(), -3 * rect.height(), 3 * rect.width(), 3 * rect.height()))
        # level with the content: the label columns were given the view's height about it
        self.centerOn(rect.center().x(), self.scene().content_rect().center().y())
        self.scene().layout_labels(s, viewport.height())
        self._auto_fit = True

    def relayout(self) -> None:
        """The labels changed size: fit again if the view fits the back, else lay them out at
        this zoom."""
        if self._auto_fit:
            self.fit()
        else:
            self.lay_out_labels()

    def lay_out_labels(self) -> None:
        """Labels for what the view shows, zoomed or panned: those whose points are in view
        keep a label in view (in columns inside its edges when the spine is crowded)."""
        frame = self.mapToScene(self.viewport().rect()).boundingRect()
        self.scene().layout_labels(self.px_per_cm, self.viewport().height(), frame)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()
        else:
            self.lay_out_labels()

    # -- mouse ---------------------------------------------------------------------------
    def set_tool(self, tool: MouseTool | None) -> None:
        """Put ``tool`` on (None: pan and select); the one before it is put away."""
        if tool is self.tool:
            return
        if self.tool is not None:
            self.tool.cancel()
        self.tool, self._tool_pressed = tool, False
        self.viewport().setCursor(tool.cursor if tool is not None else Qt.CursorShape.ArrowCursor)
        if tool is not None and not tool.names_on_hover and self._hover is not None:
            self._hover = None
            self.hovered.emit(None)
        self.viewport().update()
        self.tool_changed.emit(tool)

    def _model(self, event) -> tuple[float, float]:
        p = self.mapToScene(event.position().toPoint())
        return (p.x(), -p.y())

    def selectable_at(self, pos: QPoint) -> QGraphicsItem | None:
        for item in self.items(pos):
            while item is not None:
                if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable and item.isVisible():
                    return item
                item = item.parentItem()
        return None

    def info_at(self, pos: QPoint) -> ItemInfo | None:
        return self.scene().info_at(self.items(pos))

    def mousePressEvent(self, event) -> None:
        if self.tool is not None and event.button() == Qt.MouseButton.LeftButton:
            self._tool_pressed = True
            self.tool.press(self._model(event))
            self.viewport().update()
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._panning = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self.tool is not None:
            self.tool.move(self._model(event), self._tool_pressed and bool(event.buttons() & Qt.MouseButton.LeftButton))
            self.viewport().update()
            if not self.tool.names_on_hover:
                event.accept()
                return
        elif self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._panning or (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
                if not self._panning:
                    self._panning = True
                    self._auto_fit = False
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                delta = pos - self._press
                self._press = pos
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        info = self.info_at(pos)
        if info != self._hover:
            self._hover = info
            self.hovered.emit(info)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.tool is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._tool_pressed:
                self._tool_pressed = False
                self.tool.release(self._model(event))
                self.viewport().update()
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        if self._panning:
            self.lay_out_labels()  # the labels follow what is now in view
        else:
            item = self.selectable_at(pos)
            self.scene().clearSelection()
            if item is not None:
                item.setSelected(True)
            self.clicked.emit(self.scene().info_at([item]) if item is not None else None)
        self._press = None
        self._panning = False
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        event.accept()

    def leaveEvent(self, event) -> None:
        if self._hover is not None:
            self._hover = None
            self.hovered.emit(None)
        super().leaveEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    # -- overlay ---------------------------------------------------------------------------
    def set_motion_scene(self, motion_scene) -> None:
        """Draw ``motion_scene`` (hands, trail, dose) over the back; None hides it. While it
        shows, the back is redrawn every frame, so its items keep pixmap caches (a cost at the
        first paint that only pays off once the hands move)."""
        self.motion_scene = motion_scene
        if motion_scene is not None and not self.scene().cached:
            self.scene().set_item_caching(True)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.motion_scene is not None:  # same scene coordinates: the painter maps them
            self.motion_scene.render(painter, rect, rect, Qt.AspectRatioMode.IgnoreAspectRatio)
        if self.tool is not None:
            self.tool.paint(painter, 1.0 / max(self.px_per_cm, 1e-6))
