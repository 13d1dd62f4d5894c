"""The action table (:mod:`app.ui.actions`) made into QActions: one per command, in its menu,
with its keys, connected to what does it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..render.i18n import translate
from .actions import ACTIONS, MENUS, ActionSpec

__all__ = ["ActionBinder"]


class ActionBinder:
    """Creates every action of the table for ``window`` up front, so the menus keep the
    table's order whoever binds first; ``bind`` connects an id to its callback."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._checked: dict[str, Callable[[], bool]] = {}
        self._bound: set[str] = set()
        self._specs: dict[QAction, ActionSpec] = {}
        for name in MENUS:
            self.menu(name)
        last: dict[str, str] = {}
        for spec in ACTIONS:
            if spec.id == "plan.recent":
                self.menus["File/Recent"] = self.menu("File").addMenu(spec.title)
                continue
            action = QAction(spec.title, window)
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
            action.setCheckable(spec.checkable)
            action.setEnabled(spec.context == "window")
            self.actions[spec.id] = action
            self._specs[action] = spec
            window.addAction(action)  # its keys work wherever the focus is
            if spec.menu is not None:
                group = spec.id.split(".")[0]
                if spec.menu in last and last[spec.menu] != group:
                    self.menu(spec.menu).addSeparator()
                last[spec.menu] = group
                self.menu(spec.menu).addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, tooltips and menus in the installed language (again after a switch)."""
        for spec in ACTIONS:
            if spec.id == "plan.recent":
                self.menus["File/Recent"].setTitle(translate("actions", spec.title))
                continue
            action = self.actions[spec.id]
            action.setText(translate("actions", spec.title))
            help_text = translate("actions", spec.help)
            keys = f" ({spec.shortcuts[0]})" if spec.shortcuts else ""
            action.setToolTip(help_text[:1].upper() + help_text[1:] + keys)
        for path, menu in self.menus.items():
            if path == "File/Recent":
                continue
            name = path.rpartition("/")[2]
            title = translate("menus", name)
            menu.setTitle("La&yers" if title == "Layers" else title if "/" in path else f"&{title}")

    def menu(self, path: str) -> QMenu:
        """``"View/Layers"``: the menu, made on first use."""
        if path not in self.menus:
            parent, _, name = path.rpartition("/")
            self.menus[path] = (self.menu(parent).addMenu("La&yers" if name == "Layers" else name) if parent
                                else self.window.menuBar().addMenu(f"&{name}"))
        return self.menus[path]

    def bind(self, action_id: str, callback: Callable, checked: Callable[[], bool] | None = None) -> QAction:
        """Connect ``action_id``; a checkable one takes ``checked`` as where its tick comes from."""
        action = self.actions[action_id]
        if action.isCheckable():
            action.triggered.connect(lambda on: callback(on))
        else:
            action.triggered.connect(lambda _=False: callback())
        if checked is not None:
            self._checked[action_id] = checked
            action.setChecked(checked())
        self._bound.add(action_id)
        return action

    def refresh(self) -> None:
        """Ticks follow their owners (the view state, the player)."""
        for action_id, checked in self._checked.items():
            action = self.actions[action_id]
            if action.isChecked() != checked():
                action.blockSignals(True)
                action.setChecked(checked())
                action.blockSignals(False)

    def unbound(self) -> list[str]:
        """Ids no callback was given: each is a command that would do nothing."""
        return [spec.id for spec in ACTIONS if spec.id in self.actions and spec.id not in self._bound]

    def set_context(self, context: str, on: bool) -> None:
        """Turn the actions of a mode (``presenter``, ``quiz``) on or off."""
        for spec in ACTIONS:
            if spec.context == context and spec.id in self.actions:
                self.actions[spec.id].setEnabled(on)

    def spec_of(self, action: QAction) -> ActionSpec | None:
        """The table's entry for ``action``; None for an action the table does not make."""
        return self._specs.get(action)
