"""The window under pytest-qt: layers, hover, selection, zoom, zones, bad input, export."""

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from app.model.zonefiles.loader import default_zones_dir


def view_pos(window, x_cm, y_cm) -> QPoint:
    """Where a model point (cm) is on the view's viewport."""
    return window.view.mapFromScene(x_cm, -y_cm)


def test_toggle_a_layer_from_the_panel(window, qtbot):
    box = window.layer_boxes["spine"]
    assert window.scene.vertebra_items["T7"].isVisible()
    box.click()
    assert not box.isChecked()
    assert not window.scene.vertebra_items["T7"].isVisible()
    box.click()
    assert window.scene.vertebra_items["T7"].isVisible()


def test_hovering_a_vertebra_names_it(window, qtbot):
    y = window.atlas.body.level_y["T7"]
    with qtbot.waitSignal(window.view.hovered, timeout=1000) as blocker:
        qtbot.mouseMove(window.view.viewport(), view_pos(window, 0.0, y))
    assert blocker.args[0].kind == "vertebra" and blocker.args[0].id == "T7"
    assert "T7" in window.statusBar().currentMessage()


def test_clicking_a_line_selects_it_and_shows_its_guidance(window, qtbot):
    window.focus_zone("lumbar")
    line = window.atlas.line("lumbar.4.right")
    mid = line.path.interpolate(0.5, normalized=True)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(window, mid.x, mid.y))
    info = window.scene.selected_info()
    assert info is not None and info.id == "lumbar.4.right"
    text = window.info.toPlainText()
    assert "line 4" in text and "Inguinal nodes" in text and "more intense" in text


def test_clicking_a_zone_shows_its_sequence(window, qtbot):
    import shapely

    atlas = window.atlas  # a point of the collar zone away from every line, mark and other zone
    others = [z.area for z in atlas.zones if z.id not in ("collar", "whole_back")]
    busy = shapely.unary_union([*others, *(line.path.buffer(2.5) for line in atlas.lines),
                                *(p.buffer(2.0) for p in (*atlas.body.landmarks.values(), *atlas.body.nodes.values()))])
    free = atlas.zone("collar").area.difference(busy).buffer(-0.8)
    spot = max(getattr(free, "geoms", [free]), key=lambda g: g.area).representative_point()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(window, spot.x, spot.y))
    assert window.scene.selected_info().id == "collar"
    text = window.info.toPlainText()
    assert "kneading" in text and "10–15 min" in text


def test_zoom_keys_wheel_and_fit(window, qtbot):
    start = window.view.px_per_cm
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert window.view.px_per_cm == pytest.approx(start * 1.25)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus)
    assert window.view.px_per_cm == pytest.approx(start / 1.25)
    qtbot.keyClick(window.view, Qt.Key.Key_0)
    assert window.view.px_per_cm == pytest.approx(start)


def test_arrowheads_keep_their_screen_size_when_zooming(window, qtbot):
    from app.render.items import ArrowItem

    arrow = next(c for c in window.scene.line_items["lumbar.3.right"].childItems() if isinstance(c, ArrowItem))
    scale = window.view.px_per_cm
    before = arrow.deviceTransform(window.view.viewportTransform()).mapRect(arrow.boundingRect()).width()
    window.view.zoom_by(3.0)
    after = arrow.deviceTransform(window.view.viewportTransform()).mapRect(arrow.boundingRect()).width()
    assert window.view.px_per_cm == pytest.approx(3 * scale)  # the back grew threefold
    assert after == pytest.approx(before, rel=0.01)  # the arrowhead did not


def test_drag_pans_instead_of_selecting(window, qtbot):
    vp = window.view.viewport()
    h0 = window.view.verticalScrollBar().value()
    start = view_pos(window, -14.0, window.atlas.body.y_of("T4"))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(vp, start + QPoint(0, 30 * step))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 150))
    assert window.view.verticalScrollBar().value() != h0
    assert window.scene.selected_info() is None


def test_zone_keys_step_through_zones(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_BracketRight)
    assert window.scene.focus == window.atlas.zones[0].id
    qtbot.keyClick(window.view, Qt.Key.Key_BracketLeft)
    assert window.scene.focus is None


def test_switching_body_rebuilds(window, qtbot):
    window.body_box.setCurrentIndex(window.body_box.findData("female"))
    assert window.atlas.body.sex == "female"
    assert window.scene.atlas is window.atlas


def test_bad_zones_folder_shows_message_and_keeps_last_atlas(window, qtbot, tmp_path):
    bad = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), bad)
    text = (bad / "lumbar.toml").read_text().replace('at = "L3", out = 2.6', 'at = "L9", out = 2.6')
    (bad / "lumbar.toml").write_text(text)
    before = window.atlas
    assert not window.rebuild(bad)
    assert window.atlas is before and window.scene.atlas is before
    assert window.last_error.startswith(f"{bad / 'lumbar.toml'}:")
    assert "L9" in window.last_error


def test_drawing_a_no_go_area_reroutes_lines(window, qtbot):
    window.focus_zone("whole_back")
    line = window.atlas.line("whole_back.2.right")
    mid = line.path.interpolate(0.5, normalized=True)
    window.commands.actions["client.no_go"].trigger()
    vp = window.view.viewport()
    centre = view_pos(window, mid.x, mid.y)
    edge = view_pos(window, mid.x + 2.5, mid.y)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(vp, edge)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=edge)
    window.no_go_dialog.choose("burn")
    window.no_go_dialog.accept()
    new_line = window.atlas.line("whole_back.2.right")
    assert new_line.rerouted == ("client_area_1",)
    assert not window.commands.actions["client.no_go"].isChecked()
    window.clear_no_go()
    assert not any(m.client for m in window.atlas.masks)


def test_export_from_the_window(window, tmp_path):
    window.focus_zone("collar")
    assert window.exports.picture(tmp_path / "collar.png", (960, 540))
    assert (tmp_path / "collar.png").stat().st_size > 10_000


def test_ctrl_q_closes(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_layer_shortcut_toggles_the_layer_and_its_box(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # stroke lines
    assert not window.scene.layer_visible("lines") and not window.layer_boxes["lines"].isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.layer_visible("lines") and window.layer_boxes["lines"].isChecked()


def test_on_a_laptop_the_back_gets_half_the_width_and_panels_fold_away(qtbot, open_window):
    small = open_window(1366, 768)
    qtbot.waitUntil(lambda: small.view.width() >= small.width() / 2)
    wide = small.view.width()
    small.commands.actions["panel.atlas"].trigger()
    qtbot.waitUntil(lambda: small.atlas_dock.isHidden())
    assert not small.commands.actions["panel.atlas"].isChecked()
    qtbot.waitUntil(lambda: small.view.width() > wide)
    small.commands.actions["panel.atlas"].trigger()
    assert not small.atlas_dock.isHidden()


def test_m_walks_the_muscle_views_and_the_panel_follows(window, qtbot):
    assert window.view_state.muscles == "off"
    assert not any(group.childItems() for group in window.scene._layers["muscles"].childItems())  # none made yet
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert window.view_state.muscles == "superficial" == window.muscle_box.currentData()
    assert window.commands.actions["view.muscles_superficial"].isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert window.scene.muscle_view == "deep" and window.muscle_box.currentData() == "deep"
    window.muscle_box.setCurrentIndex(0)
    assert window.view_state.muscles == "off" == window.scene.muscle_view
    assert all(not group.isVisible() for group in window.scene._layers["muscles"].childItems() if group.childItems())


def test_hovering_a_muscle_names_it(window, qtbot):
    window.view_state.set_muscles("superficial")
    shown = window.atlas.muscles.shown[("latissimus_dorsi", "right")]
    minx, miny, maxx, maxy = shown.bounds
    spots = [(minx + (maxx - minx) * i / 8, miny + (maxy - miny) * j / 8) for i in range(1, 8) for j in range(1, 8)]
    named = [(x, y) for x, y in spots if (info := window.view.info_at(view_pos(window, x, y))) is not None
             and info.kind == "muscle"]
    assert named, "no spot on the latissimus names a muscle"
    x, y = named[len(named) // 2]
    with qtbot.waitSignal(window.view.hovered, timeout=1000) as blocker:
        qtbot.mouseMove(window.view.viewport(), view_pos(window, x, y))
    info = blocker.args[0]
    assert info.kind == "muscle" and info.title.startswith(("Latissimus dorsi", "External oblique", "Teres major"))
    assert "fibres run" in info.detail
    assert info.title.split(" (")[0] in window.statusBar().currentMessage()


def test_the_exported_picture_keeps_the_muscle_view(window, tmp_path):
    window.view_state.set_muscles("deep")
    scene = window.scene.restyled(window.scene.style)
    assert scene.muscle_view == "deep"


def test_presenter_and_quiz_are_built_right_after_the_first_frame_not_inside_its_paint(qtbot, atlas):
    """They are queued at the first paint, so the back reaches the screen before they are built."""
    from app.ui.window import MainWindow

    window = MainWindow(atlas, default_zones_dir())
    window.files.ask_before_discarding = False
    qtbot.addWidget(window)
    at_first_paint = []  # connected after the window's own slot: what that slot left built
    window.view.first_paint.connect(lambda: at_first_paint.append((window._presenter, window._quiz)))
    window.show()
    qtbot.waitUntil(lambda: bool(at_first_paint), timeout=5000)
    assert at_first_paint == [(None, None)]
    qtbot.waitUntil(lambda: window._presenter is not None and window._quiz is not None, timeout=5000)
    assert window.commands.unbound() == []
