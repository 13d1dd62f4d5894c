"""The client's plan as one document: the plan, its file, the copy last saved and the undo
stack. Every change goes through here, so every change can be undone, and whoever shows the
plan listens to ``changed`` instead of keeping a copy of its own. (Presenter mode's pen draws
class notes, which are not the plan's: see ``app/model/documents/class_notes.py``.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model.errors import DorsumError
from ..model.plans.format import Plan
from ..render.check_messages import check_error
from ..render.i18n import translate

__all__ = ["PlanDocument"]


class _Edit(QUndoCommand):
    """A change of plan, undone by putting the old plan back."""

    def __init__(self, document: PlanDocument, before: Plan, after: Plan, text: str):
        super().__init__(text)
        self._document, self.before, self.after = document, before, after

    def redo(self) -> None:
        self._document._set(self.after)

    def undo(self) -> None:
        self._document._set(self.before)


class PlanDocument(QObject):
    """``changed(old, new)`` after every change (edit, undo, redo, open); ``state_changed``
    when the file or "unsaved" changes; ``refused(message)`` when a check turns an edit down."""

    changed = Signal(object, object)
    state_changed = Signal()
    refused = Signal(str)

    def __init__(self, plan: Plan, parent: QObject | None = None):
        super().__init__(parent)
        self._plan = plan
        self._path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)  # a method: Qt disconnects it with us
        #: Called with a plan before an edit takes it; raising DorsumError refuses the edit.
        self.check: Callable[[Plan], None] | None = None

    def _on_clean_changed(self, _clean: bool) -> None:
        self.state_changed.emit()

    # -- reading ---------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def unsaved(self) -> bool:
        """Unsaved changes: the undo stack is away from where the file was saved or opened."""
        return not self.undo_stack.isClean()

    # -- changing --------------------------------------------------------------------------
    def _set(self, plan: Plan) -> None:
        old, self._plan = self._plan, plan
        if old != plan:
            self.changed.emit(old, plan)

    def edit(self, plan: Plan, why: str) -> bool:
        """Change the plan, undoably; False if it is the same plan or the check refuses it."""
        if plan == self._plan:
            return False
        if self.check is not None:
            try:
                self.check(plan)
            except DorsumError as exc:
                self.refused.emit(check_error(exc))
                return False
        self.undo_stack.push(_Edit(self, self._plan, plan, why))
        return True

    def load(self, plan: Plan, path: Path | None) -> None:
        """A plan opened (or new): nothing to undo, nothing unsaved."""
        self.undo_stack.clear()
        self._path = path
        self._set(plan)
        self.undo_stack.setClean()
        self.state_changed.emit()

    def recover(self, recovered: Plan, original: Plan | None, path: Path | None) -> None:
        """Autosaved changes, reopened as unsaved (and undoable) changes to ``original``."""
        self.load(original if original is not None else recovered, path)
        if original is not None:
            self.undo_stack.push(_Edit(self, original, recovered,
                                                  translate("files", "Recover autosaved changes")))
        else:
            self.undo_stack.resetClean()  # never saved: the recovered plan is all unsaved
            self.state_changed.emit()

    def saved_as(self, path: Path) -> None:
        """The plan on screen was written to ``path``."""
        self._path = path
        self.undo_stack.setClean()
        self.state_changed.emit()
