"""Presenter mode: F5 in and Esc out leaving the window as it was, the keys stepping zone →
line → technique with the hands following, the pen, and the key list."""

from pathlib import Path

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar

from app.model.plans.format import Annotation
from app.render.style import Style
from app.ui.presenter import presenter_style
from app.ui.tools import PEN_COLOURS


@pytest.fixture
def presenter(window):
    return window.presenter  # MainWindow installs it


def key(qtbot, window, k, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.view, k)


def chrome(window) -> list:
    return [window.menuBar(), window.statusBar(), *window.findChildren(QDockWidget), *window.findChildren(QToolBar)]


def session_zones(window) -> list[str]:
    """Zones in the order the session works them (bottom-up by default)."""
    return list(dict.fromkeys(s.zone for s in window.player.timeline.steps))


def own_action(window, shortcut: str):
    return next(a for a in window.actions() if QKeySequence(shortcut) in a.shortcuts())


def selected_lines(window) -> set[str]:
    return {item.line.id for item in window.scene.selectedItems() if hasattr(item, "line")}


def dock_layout(window) -> dict:
    """Where the central view and each dock in front sit (a dock behind a tab is off-screen)."""
    docks = {d.objectName(): d.geometry() for d in window.findChildren(QDockWidget) if d.geometry().x() >= 0}
    return {"view": window.view.geometry(), **docks}


def view_pos(window, x_cm: float, y_cm: float) -> QPoint:
    return window.view.mapFromScene(x_cm, -y_cm)


def full_screen(window) -> bool:
    return window.isFullScreen() or bool(window.windowState() & Qt.WindowState.WindowFullScreen)


def test_f5_is_in_the_view_menu(window, presenter):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert presenter.action in view_menu.actions()
    assert presenter.action.shortcut() == QKeySequence("F5")


def test_f5_enters_and_esc_restores_the_window(window, presenter, qtbot):
    style, size = window.scene.style, window.size()
    layout = dock_layout(window)
    assert not full_screen(window) and all(not c.isHidden() for c in chrome(window))
    key(qtbot, window, Qt.Key.Key_F5)
    assert presenter.active and full_screen(window)
    assert all(c.isHidden() for c in chrome(window))
    assert window.scene.style.ui_scale >= 1.8 > style.ui_scale
    assert window.scene.line_items["lumbar.3.right"]._style is window.scene.style  # rebuilt in the new style
    assert presenter.caption.isVisible() and "All zones" in presenter.caption.text()
    assert window.view.viewportMargins().top() == presenter.caption.height()  # the caption hides no picture
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not presenter.active and not full_screen(window)
    assert all(not c.isHidden() for c in chrome(window))
    assert window.scene.style == style and window.size() == size
    assert dock_layout(window) == layout  # same widths, same tab in front
    assert window.view.viewportMargins().top() == 0 and not presenter.caption.isVisible()
    assert not window.player.playing and not window.player.loop


def test_f5_again_leaves(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_F5)
    assert not presenter.active and not window.menuBar().isHidden()


def test_right_steps_zone_then_lines_then_techniques(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    first, second = session_zones(window)[:2]
    zone = window.atlas.zone(first)
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.scene.focus == first and window.scene.zoom_to_focus
    assert zone.name in presenter.caption.text() and not selected_lines(window)
    for n in sorted({line.number for line in zone.lines}):
        key(qtbot, window, Qt.Key.Key_Right)
        assert selected_lines(window) == {f"{first}.{n}.right", f"{first}.{n}.left"}
        assert f"line {n}:" in presenter.caption.text()
        assert not window.player.playing
    steps = [s for s in window.player.timeline.zone_steps(first) if not s.finale]  # the finale comes last
    for step in steps:
        key(qtbot, window, Qt.Key.Key_Right)
        assert window.player.playing and window.player.loop
        assert window.player.timeline.step_at(window.player.t).index == step.index
        assert step.technique in presenter.caption.text()
        assert window.view.motion_scene is window.playback.motion_scene
        assert window.playback.motion_scene.step.zone == first
    window.player.advance(3 * steps[-1].duration_s / window.player.speed)  # the loop keeps to the step
    assert window.player.timeline.step_at(window.player.t).index == steps[-1].index
    key(qtbot, window, Qt.Key.Key_Space)  # on to the next zone: the hands stop and go
    assert window.scene.focus == second and not window.player.playing
    assert window.view.motion_scene is None
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.player.playing and window.player.timeline.step_at(window.player.t).index == steps[-1].index
    key(qtbot, window, Qt.Key.Key_Backspace)
    assert window.player.timeline.step_at(window.player.t).index == steps[-2].index


def test_captions_name_the_line_and_the_technique(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down, session_zones(window).index("lumbar") + 1)
    assert window.scene.focus == "lumbar"
    key(qtbot, window, Qt.Key.Key_Right, 3)
    assert "Lumbar region and sacrum — line 3: From L3 out and down → Inguinal nodes" in presenter.caption.text()
    steps = window.player.timeline.zone_steps("lumbar")
    kneading = next(s for s in steps if s.technique == "kneading")
    n_lines = len({line.number for line in window.atlas.zone("lumbar").lines})
    key(qtbot, window, Qt.Key.Key_Right, n_lines - 3 + 1 + steps.index(kneading))  # the other lines, then the steps
    assert window.player.timeline.step_at(window.player.t) == kneading
    assert "Lumbar region and sacrum — kneading (lines 1–5), 2.5 min" in presenter.caption.text()


def test_zone_keys_jump_between_zones(window, presenter, qtbot):
    zones = session_zones(window)
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    assert window.scene.focus == zones[0]
    key(qtbot, window, Qt.Key.Key_Right, 2)  # into the zone's lines
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.scene.focus == zones[1] and not selected_lines(window)
    key(qtbot, window, Qt.Key.Key_Up)
    assert window.scene.focus == zones[0]
    key(qtbot, window, Qt.Key.Key_Home)
    assert window.scene.focus is None and "All zones" in presenter.caption.text()


def test_the_windows_own_keys_are_off_while_presenting(window, presenter, qtbot):
    right, left, space = own_action(window, "Right"), own_action(window, "Left"), own_action(window, "Space")
    clashing = [right, left, space, own_action(window, "]"), own_action(window, "Home"), own_action(window, "F1")]
    key(qtbot, window, Qt.Key.Key_F5)
    assert not any(a.isEnabled() for a in clashing)
    t = window.player.t
    key(qtbot, window, Qt.Key.Key_Right)  # the presenter's step, not the session's next step
    assert window.player.t == t and window.scene.focus == session_zones(window)[0]
    key(qtbot, window, Qt.Key.Key_Escape)
    assert all(a.isEnabled() for a in clashing)
    key(qtbot, window, Qt.Key.Key_Right)  # the window's own again
    assert window.player.t == window.player.timeline.steps[1].start_s


def test_esc_restores_layers_and_stops_the_player(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    qtbot.keyClick(window.view, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # stroke lines off
    assert not window.scene.layer_visible("lines")
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Right, 1 + len({ln.number for ln in window.atlas.zone(window.scene.focus).lines}) + 1)
    assert window.player.playing and window.player.loop
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.player.playing and not window.player.loop
    assert window.scene.layer_visible("lines") and window.layer_boxes["lines"].isChecked()


def scribble(drag, window, dx: int = 60, dy: int = 20) -> None:
    centre = window.view.viewport().rect().center()
    drag(window, centre, centre + QPoint(dx, dy), 1)


def test_a_drag_draws_a_stroke_in_cm(window, presenter, qtbot, drag):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    zone = presenter.stop.zone
    y = window.atlas.body.y_of("T9")
    drag(window, view_pos(window, -10.0, y), view_pos(window, 6.0, y - 4.0), 8)
    strokes = presenter.notes.strokes(zone)
    assert len(strokes) == 1
    stroke = strokes[0]
    assert isinstance(stroke, Annotation) and len(stroke.points) >= 3
    tolerance = 2.0 / window.view.px_per_cm  # two pixels
    assert stroke.points[0] == pytest.approx((-10.0, y), abs=tolerance)
    assert stroke.points[-1] == pytest.approx((6.0, y - 4.0), abs=tolerance)
    assert all(-10.0 - tolerance <= x <= 6.0 + tolerance for x, _ in stroke.points)
    assert window.scene.class_notes == [stroke]
    assert window.scene.selected_info() is None  # drawing is not selecting


def test_a_plain_click_draws_nothing_and_c_clears(window, presenter, qtbot, drag):
    key(qtbot, window, Qt.Key.Key_F5)
    vp = window.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=vp.rect().center())
    assert presenter.notes.zones == {} and window.scene.selected_info() is None
    scribble(drag, window)
    assert len(presenter.notes.strokes("all")) == 1 and len(window.scene.class_notes) == 1
    key(qtbot, window, Qt.Key.Key_C)
    assert presenter.notes.strokes("all") == () and window.scene.class_notes == []
    key(qtbot, window, Qt.Key.Key_U)  # a clear is undone like a stroke
    assert len(window.scene.class_notes) == 1


def test_strokes_stay_with_their_zone_and_out_of_the_plan(window, presenter, qtbot, drag):
    """Drawn on one zone, a stroke is not on the next zone; back on the first it is again;
    the client's plan never gets it, and nothing is left unsaved."""
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    first = presenter.stop.zone
    scribble(drag, window)
    assert len(window.scene.class_notes) == 1
    key(qtbot, window, Qt.Key.Key_Down)
    second = presenter.stop.zone
    assert second != first and window.scene.class_notes == []  # not shown on zone B
    scribble(drag, window, -40, 30)
    scribble(drag, window, 30, -30)
    assert len(window.scene.class_notes) == 2
    key(qtbot, window, Qt.Key.Key_Up)
    assert presenter.stop.zone == first and window.scene.class_notes == list(presenter.notes.strokes(first))
    assert len(window.scene.class_notes) == 1
    key(qtbot, window, Qt.Key.Key_Right)  # a line of the same zone keeps the zone's strokes
    assert presenter.stop.kind == "line" and len(window.scene.class_notes) == 1
    assert window.document.plan.annotations == [] and window.scene.annotations == []
    assert not window.document.unsaved and not window.document.undo_stack.canUndo()


def test_undo_takes_back_the_last_stroke_of_the_zone_on_screen(window, presenter, qtbot, drag):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    first = presenter.stop.zone
    scribble(drag, window)
    key(qtbot, window, Qt.Key.Key_Down)
    scribble(drag, window, -40, 30)
    scribble(drag, window, 30, -30)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.scene.class_notes) == 1
    key(qtbot, window, Qt.Key.Key_U)
    key(qtbot, window, Qt.Key.Key_U)  # nothing left here: the other zone's stroke stays
    assert window.scene.class_notes == [] and len(presenter.notes.strokes(first)) == 1


def test_pen_colours_reach_the_class_notes(window, presenter, qtbot, drag):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_P)
    scribble(drag, window)
    assert presenter.notes.strokes("all")[0].colour == PEN_COLOURS[1]
    key(qtbot, window, Qt.Key.Key_O)  # the pointer draws nothing
    scribble(drag, window, 20, 40)
    assert len(presenter.notes.strokes("all")) == 1


def test_class_notes_survive_leaving_presenter_mode_and_a_new_window(window, presenter, qtbot, atlas, drag):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    zone = presenter.stop.zone
    scribble(drag, window)
    drawn = presenter.notes.strokes(zone)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not presenter.active and window.scene.class_notes == []  # shown only while presenting
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down)
    assert presenter.stop.zone == zone and window.scene.class_notes == list(drawn)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert presenter.notes_path is not None and presenter.notes_path.exists()

    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    other = MainWindow(atlas, default_zones_dir())  # the next lesson: the notes are read back
    other.files.ask_before_discarding = False
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.presenter.enter()
    other.presenter.next_zone()
    assert other.presenter.stop.zone == zone and other.scene.class_notes == list(drawn)
    other.presenter.leave()


def test_unreadable_class_notes_are_never_written_over(window, presenter, qtbot, drag):
    from app.ui.plan_store import class_notes_path

    path = class_notes_path(Path(window.atlas.zone_set.folder))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("not json", encoding="utf-8")
    key(qtbot, window, Qt.Key.Key_F5)
    scribble(drag, window)
    assert len(window.scene.class_notes) == 1 and presenter.notes_path is None
    assert path.read_text(encoding="utf-8") == "not json"


def test_a_plan_s_own_strokes_still_show_and_reach_exports(window, qtbot, drag):
    """Strokes a plan already holds (drawn before the class notes) stay the plan's."""
    kept = [Annotation(points=[(0.0, -10.0), (1.0, -11.0)])]
    window.document.load(replace(window.document.plan, annotations=kept), None)  # as when a plan was opened
    presenter = window.presenter
    key(qtbot, window, Qt.Key.Key_F5)
    scribble(drag, window, -80, 40)
    assert window.scene.annotations == kept and len(window.scene.class_notes) == 1
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not presenter.active
    assert window.document.plan.annotations == kept and window.scene.annotations == kept
    assert window.scene.restyled(Style.for_output(1920, 1080)).annotations == kept


def test_pen_strokes_are_not_saved_with_the_plan(window, qtbot, tmp_path, drag):
    from app.model.plans.format import load_plan

    key(qtbot, window, Qt.Key.Key_F5)
    scribble(drag, window)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.document.unsaved
    path = tmp_path / "p.dorsum.json"
    assert window.files.save_as(path)
    assert load_plan(path).annotations == []


def test_f1_and_question_mark_toggle_the_keys_and_esc_closes_them_first(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_F1)
    assert presenter.keys_overlay.isVisible() and "Esc" in presenter.keys_overlay.text()
    key(qtbot, window, Qt.Key.Key_F1)
    assert not presenter.keys_overlay.isVisible()
    qtbot.keyClick(window.view, "?")
    assert presenter.keys_overlay.isVisible()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not presenter.keys_overlay.isVisible() and presenter.active
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not presenter.active


@pytest.mark.parametrize("width, height", [(1920, 1080), (3840, 2160)])
def test_type_grows_with_the_screen(window, presenter, qtbot, width, height):
    key(qtbot, window, Qt.Key.Key_F5)
    window.resize(width, height)  # offscreen "full screen" is the small virtual screen
    qtbot.waitUntil(lambda: window.height() == height)
    assert presenter.caption.font().pixelSize() == round(0.032 * height)
    assert presenter.caption.width() == width
    assert window.view.viewportMargins().top() == presenter.caption.height()
    key(qtbot, window, Qt.Key.Key_F1)
    assert presenter.keys_overlay.font().pixelSize() >= 0.025 * height
    assert window.view.viewport().rect().contains(presenter.keys_overlay.geometry())


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [v / 255 for v in (c.red(), c.green(), c.blue())]
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_presenter_style_is_larger_and_higher_contrast():
    base = Style()
    style = presenter_style(base, 1080)
    assert style.ui_scale == pytest.approx(1.8)
    assert presenter_style(base, 2160).ui_scale == pytest.approx(3.6)  # a 4K screen without scaling
    assert style.line_width_px > base.line_width_px
    assert contrast(style.ink, style.background) >= 15
    assert contrast(style.skin_edge, style.skin) > contrast(base.skin_edge, base.skin) >= 1
    assert contrast(style.skin_edge, style.skin) >= 10


def test_the_lines_not_spoken_of_fade(window, presenter, qtbot):
    key(qtbot, window, Qt.Key.Key_F5)
    key(qtbot, window, Qt.Key.Key_Down, session_zones(window).index("lumbar") + 1)
    items = window.scene.line_items
    key(qtbot, window, Qt.Key.Key_Right)  # line 1
    assert items["lumbar.1.left"].opacity() == 1.0 and items["lumbar.2.left"].opacity() < 0.5
    steps = window.player.timeline.zone_steps("lumbar")
    percussion = next(s for s in steps if s.technique == "percussion")
    assert percussion.lines == (3, 4, 5)
    n_lines = len({line.number for line in window.atlas.zone("lumbar").lines})
    key(qtbot, window, Qt.Key.Key_Right, n_lines - 1 + 1 + steps.index(percussion))
    assert "percussion (lines 3–5), 15 s" in presenter.caption.text()
    assert items["lumbar.1.right"].opacity() < 0.5 and items["lumbar.3.right"].opacity() == 1.0
    key(qtbot, window, Qt.Key.Key_Home)  # every zone's numbers at once would crowd the spine
    assert all(not item.badge.isVisible() for item in items.values())
    key(qtbot, window, Qt.Key.Key_Escape)
    items = window.scene.line_items
    assert all(item.opacity() == 1.0 and item.badge.isVisible() for item in items.values())
