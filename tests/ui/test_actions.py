"""One table of actions: menus, keys, the F1 list, presenter keys and the README agree."""

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QScrollArea

from app.ui.actions import ACTIONS, keys_markdown, keys_rows

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_key_tables_are_the_action_table():
    """``python tools/write_keys_table.py`` rewrites them after a change."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- keys -->\n", 1)[1].split("<!-- /keys -->", 1)[0]
    assert block == keys_markdown()


def _portable(key: str) -> str:
    return QKeySequence(key).toString()


def test_no_key_is_bound_twice_in_the_same_place():
    """Regression: Ctrl+Shift+= was bound to two actions, so Qt ran neither."""
    for contexts in (("window", "quiz"), ("presenter",)):
        keys = Counter(_portable(k) for spec in ACTIONS if spec.context in contexts for k in spec.shortcuts)
        assert [k for k, n in keys.items() if n > 1] == [], contexts


def test_every_action_is_bound_to_something(window):
    assert window.presenter is not None and window.quiz is not None  # installed after the first paint
    assert window.commands.unbound() == []


def test_menus_come_from_the_table(window):
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Session", "Client", "Quiz", "Help"]
    view = window.commands.menu("View")
    titles = [a.text() for a in view.actions() if not a.isSeparator()]
    assert "Zoom &in" in titles and "P&resenter mode" in titles


def test_larger_labels_by_key(window, qtbot):
    """Regression: Ctrl++ was bound to both Zoom in and Larger labels, so it did nothing (the
    real keyboard's Ctrl+Shift+= is checked on X11 in tests/e2e)."""
    window.activateWindow()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view_state.label_scale == 1.25 and window.scene.style.ui_scale == 1.25
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view_state.label_scale == 1.5
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view_state.label_scale == 1.25


def test_the_keys_dialog_lists_every_key_and_fits_the_screen(window, qtbot):
    """Regression: the F1 list was taller than a 1080p screen."""
    window.activateWindow()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.keys_dialog
    qtbot.waitExposed(dialog)
    screen = window.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.height() <= 768
    assert dialog.findChild(QScrollArea) is not None
    text = dialog.findChild(QScrollArea).widget().text()
    for _keys, what in keys_rows("window"):
        assert escape(what) in text
    dialog.close()


def test_layer_ticks_follow_the_view_state(window):
    action = window.commands.actions["layer.bones"]
    window.view_state.set_layer("bones", False)
    assert not action.isChecked() and not window.layer_boxes["bones"].isChecked()
    action.trigger()
    assert window.view_state.layer("bones") and window.scene.layer_visible("bones")
    window.layer_boxes["bones"].setChecked(False)
    assert not window.view_state.layer("bones") and not action.isChecked()
