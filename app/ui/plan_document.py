"""The plan as a document in the window: every change undoable, and New, Open, Save, Save As,
recent files, autosave with recovery, the handout and its printing."""

from __future__ import annotations

import re
from pathlib import Path

from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..model.errors import DorsumError
from ..model.plans.format import Client, Plan, load_plan, save_plan
from ..model.plans.operations import check_plan, default_plan
from .plan_panel import PlanEdit
from .plan_store import (
    PLAN_FILTER,
    add_recent,
    autosave_time,
    read_autosave,
    recent_plans,
    remove_autosave,
    write_autosave,
)

__all__ = ["PlanDocument"]


class PlanDocument:
    """Mixed into MainWindow (before QMainWindow): it works on the window's ``plan``,
    ``plan_path``, ``saved_plan``, ``undo``, ``annotations`` and panels."""

    def edit_plan(self, plan: Plan, why: str) -> None:
        """Change the plan, undoably."""
        if plan != self.plan:
            self.undo.push(PlanEdit(self._apply_plan, self.plan, plan, why))

    def _apply_plan(self, plan: Plan) -> None:
        """Show ``plan``: body, no-go areas, steps, annotations, panels. Undo and redo come here."""
        old, self.plan = self.plan, plan
        if plan.client != old.client or plan.no_go != old.no_go:
            if not self.rebuild():
                self.plan = old  # the last good plan stays on screen
                return
        else:
            self._rebuild_motion()
        self.body_box.blockSignals(True)
        self.body_box.setCurrentText(plan.client.sex)
        self.body_box.blockSignals(False)
        for box, value in ((self.session.variant_box, plan.variant), (self.session.direction_box, plan.direction)):
            box.blockSignals(True)
            box.setCurrentText(value)
            box.blockSignals(False)
        if plan.annotations != self.annotations:
            self.annotations[:] = plan.annotations
            self.scene.set_annotations(self.annotations)
        self.plan_panel.show_plan(plan)
        self._update_title()

    def current_plan(self) -> Plan:
        """The plan with the pen's annotations, as saved."""
        return replace(self.plan, annotations=list(self.annotations))

    def is_dirty(self) -> bool:
        return self.current_plan() != self.saved_plan

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.is_dirty() or not self.ask_before_discarding:
            return True
        answer = QMessageBox.question(self, "Dorsum", "The plan has unsaved changes. Save them first?",
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                                      | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_plan()
        return answer == QMessageBox.StandardButton.Discard

    def _load_plan(self, plan: Plan, path: Path | None) -> None:
        self.undo.clear()
        self._apply_plan(plan)
        self.plan_path, self.saved_plan = path, plan
        self._update_title()

    def new_plan(self) -> None:
        if self.confirm_discard():
            self._load_plan(default_plan(self.atlas.zone_set, client=Client(sex=self.plan.client.sex)), None)
            remove_autosave()

    def open_plan(self, path: Path | None = None) -> bool:
        """Open a plan; a broken or newer one is refused with its message and nothing changes."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Open a plan", str(self._plan_folder()), PLAN_FILTER)
            if not name:
                return False
            path = Path(name)
        try:
            plan = load_plan(path)
            check_plan(plan, self.atlas.zone_set, path, path.read_bytes())
        except DorsumError as exc:
            self.show_error(str(exc), keep="The plan on screen stays as it was.")
            return False
        if not self.confirm_discard():
            return False
        self._load_plan(plan, path)
        add_recent(path)
        remove_autosave()
        return True

    def save_plan(self) -> bool:
        return self.save_plan_as(self.plan_path) if self.plan_path else self.save_plan_as()

    def save_plan_as(self, path: Path | None = None) -> bool:
        if path is None:
            stem = re.sub(r"[^\w-]+", "-", self.plan.client.name.strip()).strip("-").lower() or "plan"
            name, _ = QFileDialog.getSaveFileName(self, "Save the plan", str(self._plan_folder() / f"{stem}.dorsum.json"), PLAN_FILTER)
            if not name:
                return False
            path = Path(name)
        plan = self.current_plan()
        try:
            save_plan(plan, path)
        except DorsumError as exc:
            self.show_error(str(exc), keep="The plan is still open; nothing was lost.")
            return False
        self.plan, self.plan_path, self.saved_plan = plan, path, plan
        self.undo.setClean()
        add_recent(path)
        remove_autosave()
        self._update_title()
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _plan_folder(self) -> Path:
        return self.plan_path.parent if self.plan_path else Path.home()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_plans()
        if not paths:
            self.recent_menu.addAction("(none yet)").setEnabled(False)
        for path in paths:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_plan(p))

    def autosave(self) -> None:
        """Keep a copy of unsaved changes where a crash cannot take them."""
        if self.is_dirty():
            try:
                write_autosave(self.current_plan(), self.plan_path)
            except DorsumError as exc:
                self.statusBar().showMessage(f"Autosave failed: {exc}", 5000)

    def offer_recovery(self) -> None:
        found = read_autosave()
        if found is None:
            return
        plan, original = found
        who = f" for {plan.client.name}" if plan.client.name else ""
        where = f" (changes to {original.name})" if original else ""
        box = QMessageBox(QMessageBox.Icon.Question, "Dorsum",
                          f"Dorsum closed without saving a plan{who}{where}, autosaved at {autosave_time()}. "
                          "Recover it?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.recover_autosave)
        box.rejected.connect(remove_autosave)
        box.open()
        self._recovery_box = box

    def recover_autosave(self) -> bool:
        """Open the autosaved plan as unsaved changes of the file it belonged to."""
        found = read_autosave()
        if found is None:
            return False
        plan, original = found
        try:
            check_plan(plan, self.atlas.zone_set)
        except DorsumError as exc:
            self.show_error(f"The autosaved plan does not fit these zones: {exc}")
            return False
        self._load_plan(plan, original)
        self.saved_plan = load_plan(original) if original and original.exists() else None
        self._update_title()
        return True

    def export_handout(self, path: Path | None = None, paper: str = "a4") -> bool:
        from ..render.handout import write_handout

        if path is None:
            name, chosen = QFileDialog.getSaveFileName(self, "Export the handout", str(self._plan_folder() / "handout.pdf"),
                                                       "PDF on A4 paper (*.pdf);;PDF on Letter paper (*.pdf)")
            if not name:
                return False
            path, paper = Path(name), "letter" if "Letter" in chosen else "a4"
        return self.write_out(path, lambda: write_handout(self.current_plan(), self.atlas, path, paper))

    def print_handout(self) -> None:
        """The handout through the system's print dialog."""
        from PySide6.QtCore import QSizeF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..render.handout import handout_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        rect = printer.pageLayout().paintRect(QPageLayout.Unit.Inch)
        handout_document(self.current_plan(), self.atlas, QSizeF(rect.width() * 96, rect.height() * 96)).print_(printer)

