"""Widgets for the narrow side panels, where Ukrainian and Russian words run longer: a scroll
area never narrower than what it holds needs, and a list as tall as its wrapped rows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QListWidget, QScrollArea, QWidget

__all__ = ["DownScroll", "FittedList"]


class DownScroll(QScrollArea):
    """Holds ``inner`` at the panel's width, scrolling up and down; its least width is the
    inner widget's, so a dock cannot squeeze it until its words are cut off at the side (a
    button's label or a box's text, longer in Ukrainian and Russian)."""

    def __init__(self, inner: QWidget, frame: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not frame:
            self.setFrameShape(QFrame.Shape.NoFrame)

    def minimumSizeHint(self) -> QSize:
        hint, inner = super().minimumSizeHint(), self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, hint.height())


class FittedList(QListWidget):
    """A short list shown whole: its rows wrap at its width, and it is as tall as they are, so
    it never scrolls (the panel around it does)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit(self) -> None:
        """Take the height of the rows as they wrap now (after a change of their words)."""
        if not self.count():
            return
        self.doItemsLayout()
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the rows wrap anew
            self.fit()
