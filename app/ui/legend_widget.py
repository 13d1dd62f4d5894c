"""The legend in the side panel, painted by the same code as the exports' legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..render.legend import legend_size, paint_legend

__all__ = ["LegendWidget"]


class LegendWidget(QWidget):
    """Shows what the scene's visible layers mean; its height follows the text."""

    #: The side panel is narrow: its legend is a little smaller than an export's.
    SCALE = 0.8

    def __init__(self, scene, parent=None):
        super().__init__(parent)
        self.scene = scene
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def refresh(self) -> None:
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(legend_size(self.scene, width, self._style())[1]) + 2

    def _style(self):
        return self.scene.style.scaled(self.scene.style.ui_scale * self.SCALE)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 280)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.setFixedHeight(self.heightForWidth(event.size().width()))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(0.5, 0.5, self.width() - 1.0, self.height() - 1.0), self.scene, self._style())
        painter.end()
