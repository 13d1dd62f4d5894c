"""The legend in the side panel, painted by the same code as the exports' legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..render.legend import PRESSURE_SCALE_PX, legend_size, paint_legend, paint_pressure_scale

__all__ = ["LegendWidget"]


class LegendWidget(QWidget):
    """Shows what the scene's visible layers mean; its height follows the text."""

    #: The side panel is narrow: its legend is a little smaller than an export's.
    SCALE = 0.8

    def __init__(self, scene, parent=None):
        super().__init__(parent)
        self.scene = scene
        self.show_pressure = False  # the colour scale of hands and dose, while they show
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def refresh(self) -> None:
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        extra = self._style().px(PRESSURE_SCALE_PX) + 6 if self.show_pressure else 0
        return int(legend_size(self.scene, width, self._style())[1] + extra) + 2

    def _style(self):
        return self.scene.style.scaled(self.scene.style.ui_scale * self.SCALE)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 280)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow as the panel is: the rows wrap (its width must not push the panel wider than
        its scroll area shows, which cut the rows off at the right)."""
        return QSize(160, self.heightForWidth(160))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.setFixedHeight(self.heightForWidth(event.size().width()))

    def set_show_pressure(self, on: bool) -> None:
        if on != self.show_pressure:
            self.show_pressure = on
            self.refresh()
            self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        style = self._style()
        scale_h = style.px(PRESSURE_SCALE_PX) if self.show_pressure else 0.0
        legend_h = self.height() - 1.0 - (scale_h + 6 if scale_h else 0.0)
        paint_legend(painter, QRectF(0.5, 0.5, self.width() - 1.0, legend_h), self.scene, style)
        if scale_h:
            paint_pressure_scale(painter, QRectF(0.5, legend_h + 6, self.width() - 1.0, scale_h), style)
        painter.end()
