"""The window's language: the system's (``LANGUAGE``, ``LC_ALL``, ``LANG``) until one is chosen in
View ▸ Language, which switches it live (Qt sends every widget a LanguageChange event, and the
window reads its zones again in that language) and is remembered in the settings."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from ..render.i18n import LANGUAGE_NAMES, LANGUAGES, system_language, translate
from .plan_store import _settings

__all__ = ["window_language", "remembered_language", "remember_language", "LanguageMenu"]

_KEY = "language"


def remembered_language() -> str | None:
    value = str(_settings().value(_KEY, "") or "")
    return value if value in LANGUAGES else None


def remember_language(lang: str) -> None:
    _settings().setValue(_KEY, lang)


def window_language(explicit: str | None = None) -> str:
    """``--lang`` when given, else the one chosen last in View ▸ Language, else the system's."""
    return explicit or remembered_language() or system_language()


class LanguageMenu:
    """View ▸ Language: one checkable entry per language, each in its own words."""

    def __init__(self, window: QMainWindow, menu, current: str, switch):
        self.menu = menu.addMenu(translate("menus", "Language"))
        self.group = QActionGroup(window)
        self.actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], window)
            action.setCheckable(True)
            action.setChecked(lang == current)
            action.triggered.connect(lambda _=False, code=lang: switch(code))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[lang] = action

    def retranslate(self, current: str) -> None:
        self.menu.setTitle(translate("menus", "Language"))
        self.actions[current].setChecked(True)
