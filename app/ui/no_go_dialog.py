"""Asks what a drawn no-go area is (scar, wound, burn…) and takes a note. There is no default:
a healed scar must never become an open wound on the client's handout."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..model.plans.format import NO_GO_KINDS, NO_GO_NAMES
from ..render.i18n import model_words

__all__ = ["NoGoDialog"]


class NoGoDialog(QDialog):
    """``chosen(kind, note)`` once the therapist has said what is there."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What is there?"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Choose…"), None)
        for kind in NO_GO_KINDS:
            self.kind.addItem(model_words(NO_GO_NAMES[kind]).capitalize(), kind)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note (optional): e.g. healed, 2 years old"))
        self.note.setMaxLength(500)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.kind.currentData() is not None)

    def choose(self, kind: str, note: str = "") -> None:
        """Fill the dialog in as a user would (and as tests do)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.note.setText(note)

    def accept(self) -> None:
        if self.kind.currentData() is None:
            return
        super().accept()
        self.chosen.emit(self.kind.currentData(), self.note.text())
