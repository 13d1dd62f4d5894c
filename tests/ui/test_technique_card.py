"""The technique card in the window: opened by a click on the session strip, by a technique's
name in Guidance and by T; shown beside the picture at a technique step in presenter mode;
closed while a quiz runs."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument

from app.model.session.card import technique_card
from app.ui.presenter import CARD_SHARE, Stop


def strip_x(strip, step) -> int:
    return round(strip._x((step.start_s + step.end_s) / 2))


def grabbed_colours(widget) -> int:
    """How many distinct colours the widget shows (a blank one shows one or two)."""
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def test_a_click_on_the_session_strip_opens_that_step_s_card(window, qtbot):
    strip = window.session.strip
    step = next(s for s in window.player.timeline.steps if (s.zone, s.technique) == ("lumbar", "kneading"))
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip_x(strip, step), strip.height() // 2))
    dialog = window.cards.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.player.timeline.step_at(window.player.t) == step  # the click seeks as well
    assert dialog.card == technique_card(window.atlas.zone_set, "kneading", "lumbar")
    assert "Kneading (petrissage)" in dialog.windowTitle() and "Lumbar" in dialog.windowTitle()
    renderer = dialog.view.renderer
    assert (renderer.step.zone, renderer.step.technique) == ("lumbar", "kneading")
    assert "001_6de41be31f0f70fd.txt" in dialog.sources.toPlainText()
    assert grabbed_colours(dialog.view) > 20  # the close-up and its caption are painted
    start = dialog.view.t
    qtbot.waitUntil(lambda: dialog.view.t != start, timeout=2000)  # its loop plays on its own clock

    other = next(s for s in window.player.timeline.steps if s.technique == "vibration")
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip_x(strip, other), strip.height() // 2))
    assert window.cards.dialog is dialog and dialog.card.technique == "vibration"  # one card, shown anew


def test_the_strip_opens_the_card_of_the_very_step_clicked(window, qtbot):
    """The scapular zone's second rubbing (the thumb spread wide at the blade's angle) has its own
    card, and its close-up plays that step."""
    strip = window.session.strip
    rubs = [s for s in window.player.timeline.steps if (s.zone, s.technique) == ("scapular", "rubbing")]
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip_x(strip, rubs[1]), strip.height() // 2))
    dialog = window.cards.dialog
    assert dialog.card == technique_card(window.atlas.zone_set, "rubbing", "scapular", nth=1)
    assert dialog.card.held == "wide_thumb" and dialog.view.renderer.step.pose == "wide_thumb"
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip_x(strip, rubs[0]), strip.height() // 2))
    assert dialog.card.hands == "one_lifts" and dialog.view.renderer.step.hands == "one_lifts"


def test_a_drag_on_the_strip_only_seeks(window, qtbot):
    strip = window.session.strip
    y = strip.height() // 2
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(20, y))
    qtbot.mouseMove(strip, QPoint(200, y))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(200, y))
    assert window.cards.dialog is None


def test_a_technique_named_in_guidance_opens_its_card(window, qtbot):
    window.focus_zone("scapular")
    html = window.info.toHtml()
    card = technique_card(window.atlas.zone_set, "rubbing", "scapular")
    assert "technique:scapular/rubbing" in html
    assert "How each technique is done" in html and card.path in window.info.toPlainText()
    assert "Circular movements under the shoulder blade" not in window.info.toPlainText()  # the how-to, not notes
    document = window.info.document()
    found = document.find("Rubbing (friction)", 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull()
    found.setPosition(found.selectionStart() + 2)
    window.info.setTextCursor(found)
    window.info.ensureCursorVisible()
    rect = window.info.cursorRect(found)
    qtbot.mouseClick(window.info.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(2, 0))
    dialog = window.cards.dialog
    assert dialog is not None and dialog.isVisible() and dialog.card == card
    assert "lifts the shoulder" in dict(dialog.card.fields())["Tempo"]
    assert window.info.toHtml() == html  # Guidance stays where it was


def test_t_opens_the_card_of_the_step_playing(window, qtbot):
    step = window.player.timeline.steps[3]
    window.player.seek(step.start_s + 1)
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    assert window.cards.dialog.card.technique == step.technique and window.cards.dialog.card.zone == step.zone


def test_a_line_s_techniques_open_their_cards(window):
    window._on_click(window.scene.line_items["collar.1.right"].info)
    assert "technique:collar/vibration" in window.info.toHtml()


def test_presenter_shows_the_card_beside_the_picture_at_a_technique_step(window, qtbot):
    presenter = window.presenter
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    step = next(s for s in window.player.timeline.steps if (s.zone, s.technique) == ("lumbar", "rubbing"))
    presenter.go(Stop("zone", "lumbar"))
    assert not presenter.card_panel.isVisible() and window.view.viewportMargins().right() == 0
    presenter.go(Stop("step", "lumbar", step=step.index))
    panel = presenter.card_panel
    assert panel.isVisible() and panel.renderer is not None
    assert (panel.renderer.step.zone, panel.renderer.step.technique) == ("lumbar", "rubbing")
    assert panel.renderer.card.contact == "knuckles"  # the lower back's hand (seed 003)
    assert window.view.viewportMargins().right() == panel.width() == round(CARD_SHARE * window.view.width())
    assert panel.geometry().top() == presenter.caption.height()  # under the band, beside the picture
    card = technique_card(window.atlas.zone_set, "rubbing", "lumbar")
    assert card.how_to() in presenter.caption.toolTip()  # the band's detail: how the hand does it
    window.player.advance(0.5)
    qtbot.waitUntil(lambda: abs(panel.t - window.player.t) < 1e-9, timeout=2000)  # it follows the player
    assert grabbed_colours(panel) > 20
    presenter.go(Stop("line", "lumbar", line=1))
    assert not panel.isVisible() and window.view.viewportMargins().right() == 0
    presenter.go(Stop("step", "lumbar", step=step.index))
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not presenter.active and not panel.isVisible() and window.view.viewportMargins().right() == 0


@pytest.mark.parametrize("opened", [True, False])
def test_a_quiz_closes_the_card_and_keeps_it_closed(window, qtbot, opened):
    if opened:
        window.cards.open("kneading", "lumbar")
    window.quiz.start(seed=1)
    assert window.cards.dialog is None or not window.cards.dialog.isVisible()
    assert window.cards.open("kneading", "lumbar") is None
    assert "quiz" in window.statusBar().currentMessage()
    window.quiz.stop()
    assert window.cards.open("kneading", "lumbar").isVisible()


def test_a_card_the_zones_cannot_give_says_why(window):
    assert window.cards.open("shaking", "lumbar") is None
    assert "has no shaking step" in window.statusBar().currentMessage()


def test_the_card_follows_the_tempo_set_for_the_session(window):
    window.playback.set_tempos({"kneading": (40, 1)})
    dialog = window.cards.open("kneading", "lumbar")
    assert dialog.card.tempo == 40 and "40 cycles a minute" in dict(dialog.card.fields())["Tempo"]


def test_a_view_squeezed_to_nothing_keeps_its_fit(window):
    """Leaving presenter mode at a step, the card's column can squeeze the view to no width
    while the docks come back: fitting then waits for a size instead of dividing by zero."""
    window.view.setViewportMargins(0, 0, window.view.width() + 10, 0)
    window.view.fit()
    window.view.setViewportMargins(0, 0, 0, 0)
    window.view.fit()
    assert window.view.px_per_cm > 0


def test_the_card_s_loop_can_be_saved(window, tmp_path, monkeypatch):
    from PIL import Image
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    dialog = window.cards.open("vibration", "collar")
    out = tmp_path / "vibration.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.save_button.click()
    with Image.open(out) as image:
        assert image.size == (960, 540) and image.n_frames == round((dialog.span[1] - dialog.span[0]) * 15)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[-1]))
    assert dialog.save_loop(str(tmp_path / "x.avi")) is None  # a bad name says why, and nothing is written
    assert not (tmp_path / "x.avi").exists() and "use .gif, .webp or .mp4" in warnings[0]


def test_the_card_closes_with_the_window(window):
    dialog = window.cards.open("stroking", "whole_back")
    window.close()
    assert not dialog.isVisible()  # else it would lie over the next window, and take its mouse
