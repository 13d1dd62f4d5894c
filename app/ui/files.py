"""The plan's files: New, Open, Open recent, Save, Save As, autosave and recovery. The dialogs
live here; the plan itself lives in the :class:`PlanDocument`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec.structs import replace
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..model.errors import DorsumError
from ..model.plans.format import Client, load_plan, save_plan
from ..model.plans.operations import check_plan, default_plan
from ..render.i18n import translate
from .plan_store import (
    AUTOSAVE_MS,
    add_recent,
    autosave_time,
    plan_filter,
    read_autosave,
    recent_plans,
    remembered_therapist,
    remove_autosave,
    write_autosave,
)

if TYPE_CHECKING:
    from .window import MainWindow

__all__ = ["PlanFiles"]


class PlanFiles(QObject):
    """Files for one window's document; asks before unsaved changes are lost."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.ask_before_discarding = True
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        self._recovery_box: QMessageBox | None = None

    def stop(self) -> None:
        self._timer.stop()

    def folder(self) -> Path:
        return self.document.path.parent if self.document.path else Path.home()

    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes; True when it is fine to go on."""
        if not self.document.unsaved or not self.ask_before_discarding:
            return True
        question = translate("files", "The plan has unsaved changes. Save them first?")
        answer = QMessageBox.question(self.window, "Dorsum", question,
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                                      | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if self.confirm_discard():
            plan = self.document.plan
            client = Client(sex=plan.client.sex, stature=plan.client.stature)
            fresh = default_plan(self.window.atlas.zone_set, client=client)
            self.document.load(replace(fresh, therapist=remembered_therapist()), None)
            remove_autosave()

    def open(self, path: Path | None = None) -> bool:
        """Open a plan; a broken or newer one is refused with its message and nothing changes."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, translate("files", "Open a plan"), str(self.folder()),
                                                  plan_filter())
            if not name:
                return False
            path = Path(name)
        try:
            plan = load_plan(path)
            check_plan(plan, self.window.atlas.zone_set, path, path.read_bytes())
        except DorsumError as exc:
            self.window.show_error(exc, keep=translate("files", "The plan on screen stays as it was."))
            return False
        if not self.confirm_discard():
            return False
        self.document.load(plan, path)
        add_recent(path)
        remove_autosave()
        return True

    def save(self) -> bool:
        return self.save_as(self.document.path) if self.document.path else self.save_as()

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            stem = re.sub(r"[^\w-]+", "-", self.document.plan.client.name.strip()).strip("-").lower() or "plan"
            suggested = str(self.folder() / f"{stem}.dorsum.json")
            title = translate("files", "Save the plan")
            name, _ = QFileDialog.getSaveFileName(self.window, title, suggested, plan_filter())
            if not name:
                return False
            path = Path(name)
        try:
            save_plan(self.document.plan, path)
        except DorsumError as exc:
            self.window.show_error(exc, keep=translate("files", "The plan is still open; nothing was lost."))
            return False
        self.document.saved_as(path)
        add_recent(path)
        remove_autosave()
        self.window.statusBar().showMessage(translate("files", "Saved {path}").format(path=path), 5000)
        return True

    def fill_recent(self, menu) -> None:
        menu.clear()
        paths = recent_plans()
        if not paths:
            menu.addAction(translate("files", "(none yet)")).setEnabled(False)
        for path in paths:
            menu.addAction(str(path), lambda p=path: self.open(p))

    def autosave(self) -> None:
        """Keep a copy of unsaved changes where a crash cannot take them."""
        if self.document.unsaved:
            try:
                write_autosave(self.document.plan, self.document.path)
            except DorsumError as exc:
                failed = translate("files", "Autosave failed: {error}").format(error=exc)
                self.window.statusBar().showMessage(failed, 5000)

    def closing(self) -> bool:
        """The window is closing: False keeps it open (the user cancelled)."""
        if not self.confirm_discard():
            return False
        self.stop()
        if not self.document.unsaved:
            remove_autosave()
        return True

    def offer_recovery(self) -> None:
        found = read_autosave()
        if found is None:
            return
        plan, original = found
        who = translate("files", " for {client}").format(client=plan.client.name) if plan.client.name else ""
        where = translate("files", " (changes to {file})").format(file=original.name) if original else ""
        text = translate("files", "Dorsum closed without saving a plan{who}{where}, autosaved at {time}. Recover it?")
        box = QMessageBox(QMessageBox.Icon.Question, "Dorsum", text.format(who=who, where=where, time=autosave_time()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.recover)
        box.rejected.connect(remove_autosave)
        box.open()
        self._recovery_box = box

    def recover(self) -> bool:
        """Open the autosaved plan as unsaved changes of the file it belonged to."""
        found = read_autosave()
        if found is None:
            return False
        plan, original = found
        try:
            check_plan(plan, self.window.atlas.zone_set)
        except DorsumError as exc:
            self.window.show_error(translate("files", "The autosaved plan does not fit these zones: {error}")
                                   .format(error=exc))
            return False
        saved = None
        if original is not None and original.exists():
            try:
                saved = load_plan(original)
            except DorsumError:
                saved = None
        self.document.recover(plan, saved, original)
        return True
