"""The window's session: keys drive the player, the hands and the captions follow."""

import pytest
from PySide6.QtCore import QPoint, Qt


def test_space_plays_and_pauses(window, qtbot):
    assert window.view.motion_scene is None  # the plain atlas until the session is used
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.player.playing and window.view.motion_scene is window.playback.motion_scene
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert not window.player.playing


def test_arrows_step_and_the_caption_follows(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    step = window.player.timeline.steps[1]
    assert window.player.t == step.start_s
    assert step.technique in window.session.now_label.text()
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    step = window.player.timeline.step_at(window.player.t)
    assert step.zone == "lumbar"
    assert window.scene.focus == "lumbar" and not window.scene.zoom_to_focus  # its lines are shown
    assert "Lumbar region" in window.session.now_label.text()


def test_clicking_the_timeline_seeks(window, qtbot):
    strip = window.session.strip
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, strip.height() // 2))
    assert window.player.t == pytest.approx(window.player.timeline.total_s / 2, rel=0.02)


def test_hands_move_between_two_times(window, qtbot):
    window.player.seek(500.0)
    first = [tuple(h.xy[-1]) for h in window.playback.motion_scene.hands]
    window.player.seek(503.0)
    second = [tuple(h.xy[-1]) for h in window.playback.motion_scene.hands]
    assert first and first != second


def test_top_down_for_high_blood_pressure(window, qtbot):
    window.session.direction_box.setCurrentText("top-down")
    zones = list(dict.fromkeys(s.zone for s in window.player.timeline.steps))
    assert zones[1] == "collar"
    window.session.variant_box.setCurrentText("therapeutic")
    assert window.player.timeline.variant == "therapeutic"


def test_top_down_turns_the_whole_back_strokes_round_everywhere(window, qtbot):
    """Seed 003: from the neck down for high blood pressure, the preliminary strokes too: the
    lines the window draws, the hands and the status line agree, and turning back restores them."""
    def runs_down() -> bool:
        line = window.atlas.line("whole_back.1.right")
        return line.path.coords[0][1] > line.path.coords[-1][1]

    assert not runs_down()
    window.session.direction_box.setCurrentText("top-down")
    assert runs_down() and window.atlas.direction == "top-down"
    assert window.playback.motion_scene.motion.atlas is window.atlas
    window.player.seek(10.0)
    assert "from the neck down" in window.session.now_label.text()
    window.document.undo_stack.undo()
    assert not runs_down() and window.session.direction_box.currentText() == "bottom-up"


def test_a_first_session_from_the_variant_box(window):
    """Seed 001: "The first session should take no more than 15 minutes"."""
    window.session.variant_box.setCurrentIndex(window.session.variant_box.findData("first"))
    assert window.document.plan.variant == "first"
    assert window.player.timeline.total_s <= 15 * 60 + 1e-6
    assert window.player.timeline.steps[-1].finale


def test_tempo_changes_the_motion(window):
    window.playback.set_tempos({"stroking": (48, 2)})
    assert window.playback.motion_scene.motion.techniques["stroking"].tempo == 48
    assert window.playback.motion_scene.motion.techniques["stroking"].repetitions == 2


def test_dose_layer_toggles(window, qtbot):
    window.player.seek(600.0)
    window.layer_boxes["dose"].click()
    assert not window.playback.motion_scene.dose_item.isVisible()
    window.layer_boxes["dose"].click()
    assert window.playback.motion_scene.dose_item.isVisible()


def test_export_animation_and_cancel(window, tmp_path, monkeypatch):
    from PIL import Image

    window.player.set_speed(60.0)
    out = tmp_path / "session.gif"
    assert window.exports.animation(out, size=(320, 200), fps=5, max_seconds=2)
    with Image.open(out) as gif:
        assert gif.n_frames == 10
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    cancelled = tmp_path / "cancelled.mp4"
    assert not window.exports.animation(cancelled, size=(320, 200), fps=5, max_seconds=2)
    assert not cancelled.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["session.gif"]


def test_the_legend_shows_the_pressure_scale_while_the_session_plays(window, qtbot):
    assert not window.legend.show_pressure
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert window.legend.show_pressure
    window.playback.stop()
    assert not window.legend.show_pressure
