"""The quiz in the window: real clicks, drags and the list answer it, the right answer shows
on the back, and stopping gives the window back as it was."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog
from shapely.geometry import Point

from app.model.quiz.questions import KIND_NAMES, KINDS, longest_common_order, make_quiz, technique_order
from app.model.vocabulary import pressure_word
from app.render.items import ChipItem, ShapeItem
from app.ui.quiz import CHOSEN, HIDDEN_DURING, parse_seed

SEED = 3  # its ten questions hold every kind; the tests below do not depend on which comes first


@pytest.fixture
def quiz_ui(window):
    """The window's own controller: MainWindow installs it."""
    return window.quiz


def view_pos(window, x_cm: float, y_cm: float) -> QPoint:
    return window.view.mapFromScene(x_cm, -y_cm)


def click(qtbot, window, x_cm: float, y_cm: float) -> None:
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(window, x_cm, y_cm))


def drag(qtbot, window, points) -> None:
    vp = window.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=view_pos(window, *points[0]))
    for p in points[1:]:
        qtbot.mouseMove(vp, view_pos(window, *p))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=view_pos(window, *points[-1]))


def along(line, n: int = 12) -> list[tuple[float, float]]:
    return [tuple(line.path.interpolate(i / (n - 1), normalized=True).coords[0]) for i in range(n)]


def put_in_order(quiz_ui, order) -> None:
    """Move the list's items into ``order``, as a drag in the list does."""
    lst = quiz_ui.order_list
    for row, technique in enumerate(order):
        at = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == technique)
        lst.insertItem(row, lst.takeItem(at))


def answer_right(qtbot, window, quiz_ui) -> None:
    """Answer the question on screen the way a student who knows the atlas does."""
    question = quiz_ui.quiz.current
    atlas = window.atlas
    if question.kind == "vertebra":
        click(qtbot, window, 0.0, atlas.body.level_y[question.subject])
    elif question.kind == "zone":
        p = atlas.zone(question.subject).area.representative_point()
        click(qtbot, window, p.x, p.y)
    elif question.kind == "line_direction":
        drag(qtbot, window, along(atlas.line(question.subject)))
    elif question.kind == "mask":
        p = next(m for m in atlas.masks if m.rule == question.subject).geometry.representative_point()
        click(qtbot, window, p.x, p.y)
    elif question.kind in CHOSEN:
        qtbot.mouseClick(quiz_ui.choice_buttons[right_choice(atlas, question)], Qt.MouseButton.LeftButton)
    else:
        put_in_order(quiz_ui, technique_order(atlas.zone(question.subject).spec))
        qtbot.mouseClick(quiz_ui.check_button, Qt.MouseButton.LeftButton)


def right_choice(atlas, question) -> str:
    """The right button of a question answered by choosing, read from the data."""
    if question.kind == "pressure":
        return pressure_word(next(x for x in atlas.lines if f"{x.zone}.{x.number}" == question.subject).pressure)
    if question.kind == "contraindication":
        return "absolute" if question.subject in {c.id for c in atlas.zone_set.screening.absolute} else "local"
    return question.subject.rsplit(".", 1)[1]


def go_to(qtbot, quiz_ui, test) -> None:
    """Skip (answering through the API) to the first question for which ``test`` holds."""
    while not test(quiz_ui.quiz.current):
        question = quiz_ui.quiz.current
        {"vertebra": lambda: quiz_ui.answer_point(0.0, 0.0), "zone": lambda: quiz_ui.answer_point(0.0, 0.0),
         "line_direction": lambda: quiz_ui.answer_stroke([(0.0, 0.0), (1.0, 1.0)]),
         "technique_order": quiz_ui.check_order, "mask": lambda: quiz_ui.answer_point(0.0, 0.0),
         "pressure": lambda: quiz_ui.answer_choice("deep"), "contraindication": lambda: quiz_ui.answer_choice("local"),
         "technique_motion": lambda: quiz_ui.answer_choice("stroking")}[question.kind]()
        qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)


def items_in_scene(window, quiz_ui) -> list:
    return [item for item in quiz_ui.answer_items if item.scene() is window.scene]


def test_the_quiz_menu_and_dock(window, quiz_ui):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Quiz")
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "Start quiz…" in texts and "Stop quiz" in texts
    assert quiz_ui.start_action.shortcut().toString() == "Ctrl+Shift+Q"
    dock = window.findChild(QDockWidget, "quiz_dock")
    guide = window.findChild(QDockWidget, "guidance_dock")
    assert dock is quiz_ui.dock and window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock in window.tabifiedDockWidgets(guide)  # a tab: the back keeps its width
    assert dock.visibleRegion().isEmpty() and not guide.visibleRegion().isEmpty()  # guidance in front
    assert quiz_ui.pages.currentIndex() == 0 and not quiz_ui.stop_action.isEnabled()
    quiz_ui.start(SEED)
    assert not dock.visibleRegion().isEmpty() and quiz_ui.stop_action.isEnabled()
    assert quiz_ui.pages.currentIndex() == 1
    assert quiz_ui.question_label.text() == quiz_ui.quiz.current.prompt
    assert quiz_ui.question_label.font().pixelSize() >= 24  # large type, legible on a projector


def test_start_asks_for_a_seed_the_class_can_share(window, quiz_ui, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1234", True))
    quiz_ui.start_action.trigger()
    assert quiz_ui.quiz.seed == 1234
    assert quiz_ui.quiz.questions == make_quiz(window.atlas, 10, 1234).questions
    assert "seed 1234" in quiz_ui.score_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    quiz_ui.start_action.trigger()
    seed = quiz_ui.quiz.seed  # empty: random, but drawn with a seed shown for a class to reuse
    assert isinstance(seed, int) and quiz_ui.quiz.questions == make_quiz(window.atlas, 10, seed).questions
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    quiz_ui.start_action.trigger()  # Cancel keeps the quiz that runs
    assert quiz_ui.quiz.seed == seed
    quiz_ui.stop()
    quiz_ui.seed_edit.setText("class 3b")  # or the seed box on the Quiz tab
    qtbot.mouseClick(quiz_ui.start_button, Qt.MouseButton.LeftButton)
    assert quiz_ui.quiz.questions == make_quiz(window.atlas, 10, "class 3b").questions
    assert (parse_seed(" 42 "), parse_seed(""), parse_seed("class 3b")) == (42, None, "class 3b")


def test_a_whole_quiz_answered_right_on_the_back(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    assert {q.kind for q in quiz.questions} == set(KINDS)
    scroll = window.view.verticalScrollBar().value()
    for i, question in enumerate(quiz.questions):
        assert quiz.index == i
        assert window.scene.layer_visible("lines") == ("lines" not in HIDDEN_DURING[question.kind])
        assert window.scene.layer_visible("spine") == (question.kind != "vertebra")
        assert window.scene.layer_visible("zones") == (question.kind != "zone")  # colours would give it away
        answer_right(qtbot, window, quiz_ui)
        feedback = quiz.feedback[i]
        assert feedback is not None and feedback.correct and feedback.score == 1.0, feedback.message
        assert "Right" in quiz_ui.feedback_label.text()
        if question.kind != "contraindication":  # nothing on the back answers it
            assert items_in_scene(window, quiz_ui), "the right answer is drawn on the back"
        assert f"score {i + 1:.1f}" in quiz_ui.score_label.text()
        if i % 2:
            qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(window.view, Qt.Key.Key_Return)  # Enter goes on too
    assert window.view.verticalScrollBar().value() == scroll  # the drags drew, they did not pan
    assert quiz.finished and not quiz_ui.running
    assert quiz_ui.question_label.text() == "Quiz over: 100%"
    assert "Score 10.0 out of 10 (100%): 10 right" in quiz_ui.feedback_label.text()
    assert "Draw the line" in quiz_ui.feedback_label.text()
    assert window.scene.layer_visible("lines") and window.scene.layer_visible("spine")
    assert not items_in_scene(window, quiz_ui)


def test_a_click_on_t8_when_t7_is_asked_is_wrong_and_t7_is_shown(window, quiz_ui, qtbot):
    seed = next(s for s in range(200) if any(q.subject == "T7" for q in make_quiz(window.atlas, 10, s).questions))
    quiz = quiz_ui.start(seed)
    go_to(qtbot, quiz_ui, lambda q: q.subject == "T7")
    assert not window.scene.vertebra_items["T7"].isVisible()  # the labels would give it away
    body = window.atlas.body
    click(qtbot, window, 0.0, body.level_y["T8"])
    feedback = quiz.feedback[quiz.index]
    assert not feedback.correct and feedback.score == 0.0
    assert "that is T8" in quiz_ui.feedback_label.text() and "Not right" in quiz_ui.feedback_label.text()
    chips = [item for item in items_in_scene(window, quiz_ui) if isinstance(item, ChipItem)]
    assert [chip.text for chip in chips] == ["T7"]
    at = window.view.mapFromScene(chips[0].scenePos())
    assert (at - view_pos(window, 0.0, body.level_y["T7"])).manhattanLength() <= 1
    assert window.scene.items(chips[0].scenePos())  # really in the scene, where T7 is
    qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    assert not items_in_scene(window, quiz_ui)  # gone at the next question
    shown = any(window.scene.vertebra_items[n].isVisible() for n in ("T6", "T7", "T8"))  # crowded chips thin out
    assert (window.scene.layer_visible("spine") and shown) or quiz.current.kind == "vertebra"


def test_a_wrong_zone_click_outlines_the_right_zone(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "zone")
    asked = window.atlas.zone(quiz.current.subject)
    other = next(z for z in window.atlas.zones if z.id not in ("whole_back", asked.id)
                 and not z.area.intersects(asked.area))
    p = other.area.representative_point()
    click(qtbot, window, p.x, p.y)
    assert not quiz.feedback[quiz.index].correct
    assert other.name in quiz_ui.feedback_label.text()
    outlines = [item for item in items_in_scene(window, quiz_ui) if isinstance(item, ShapeItem)]
    assert len(outlines) == 1
    centre = asked.area.representative_point()
    assert outlines[0].contains(window.view.mapToScene(view_pos(window, centre.x, centre.y)))


def test_a_line_stroke_is_drawn_live_and_a_backwards_one_fails(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "line_direction")
    assert not window.scene.layer_visible("lines")
    assert not window.layer_boxes["lines"].isChecked()
    points = along(window.atlas.line(quiz.current.subject))[::-1]
    vp = window.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=view_pos(window, *points[0]))
    for p in points[1:6]:
        qtbot.mouseMove(vp, view_pos(window, *p))
    assert window.view.tool is quiz_ui.tool and len(quiz_ui.tool.points) >= 5  # drawn live by the tool
    assert quiz.feedback[quiz.index] is None  # not graded while drawing
    for p in points[6:]:
        qtbot.mouseMove(vp, view_pos(window, *p))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=view_pos(window, *points[-1]))
    feedback = quiz.feedback[quiz.index]
    assert dict(feedback.checks) == {"start": False, "direction": False, "target": False}
    assert "yours moves away" in quiz_ui.feedback_label.text()
    assert len(items_in_scene(window, quiz_ui)) >= 4  # the model's line, its arrow, start, node; the stroke
    assert not window.scene.layer_visible("lines")  # still hidden until the next question
    qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    assert window.scene.layer_visible("lines") or "lines" in HIDDEN_DURING[quiz.current.kind]


def test_a_click_on_a_line_question_asks_for_a_drag(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "line_direction")
    click(qtbot, window, 3.0, -40.0)
    assert quiz.feedback[quiz.index] is None and "drag" in quiz_ui.hint_label.text()


def test_the_order_list_grades_a_shuffled_order_with_partial_credit(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "technique_order")
    question = quiz.current
    assert quiz_ui.order_list.isVisible() and quiz_ui.check_button.isVisible()
    assert quiz_ui.order_in_list() == list(question.choices)
    assert quiz_ui.order_list.dragDropMode() == quiz_ui.order_list.DragDropMode.InternalMove
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # Enter checks an order question
    feedback = quiz.feedback[quiz.index]
    right = technique_order(window.atlas.zone(question.subject).spec)
    share = len(longest_common_order(question.choices, right)) / len(right)
    assert not feedback.correct and feedback.score == pytest.approx(share)
    text = quiz_ui.feedback_label.text()
    assert ("Partly right" if share else "Not right") in text and "The order is: 1 stroking" in text
    assert not quiz_ui.check_button.isEnabled()


def test_clicks_while_a_question_waits_neither_select_nor_name(window, quiz_ui, qtbot):
    quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "zone")
    p = window.atlas.zone("lumbar").area.representative_point()
    with qtbot.assertNotEmitted(window.view.clicked):
        click(qtbot, window, p.x, p.y)
    assert window.scene.selectedItems() == []


def test_stopping_restores_the_window(window, quiz_ui, qtbot):
    window.focus_zone("lumbar")
    quiz = quiz_ui.start(SEED)
    assert window.scene.focus is None  # the quiz asks about the whole back
    go_to(qtbot, quiz_ui, lambda q: q.kind == "line_direction")
    drag(qtbot, window, along(window.atlas.line(quiz.current.subject)))
    assert not window.scene.layer_visible("lines") and items_in_scene(window, quiz_ui)
    answer_items = list(quiz_ui.answer_items)
    quiz_ui.stop_action.trigger()
    assert window.scene.layer_visible("lines") and window.layer_boxes["lines"].isChecked()
    assert window.scene.layer_visible("spine")
    assert not any(item.scene() is window.scene for item in answer_items)
    assert quiz_ui.quiz is None and quiz_ui.pages.currentIndex() == 0 and not quiz_ui.stop_action.isEnabled()
    assert quiz_ui.dock.visibleRegion().isEmpty()  # the guidance is in front again
    assert window.scene.focus == "lumbar"
    with qtbot.waitSignal(window.view.clicked, timeout=1000):  # the view has its mouse back
        line = window.atlas.line("lumbar.4.right")
        mid = line.path.interpolate(0.5, normalized=True)
        click(qtbot, window, mid.x, mid.y)
    assert window.scene.selected_info().id == "lumbar.4.right"


def test_stopping_during_a_vertebra_question_shows_the_vertebrae_again(window, quiz_ui, qtbot):
    quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "vertebra")
    assert not window.scene.layer_visible("spine")
    quiz_ui.stop()
    assert window.scene.layer_visible("spine")
    assert any(window.scene.vertebra_items[n].isVisible() for n in ("T6", "T7", "T8"))


def test_a_zones_reload_during_a_quiz_does_not_break_it(window, quiz_ui, qtbot):
    quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "zone")
    click(qtbot, window, 0.0, 0.0)
    assert quiz_ui.answer_items
    assert window.rebuild()  # the scene is rebuilt: the answer's items went with it
    qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    quiz_ui.stop()
    assert window.scene.layer_visible("lines")


def test_a_body_changed_during_the_quiz_is_graded_where_it_is_drawn(window, quiz_ui, qtbot):
    seed = next(s for s in range(200) if any(q.kind == "vertebra" and q.subject not in ("C7", "T1")
                                             for q in make_quiz(window.atlas, 10, s).questions))
    quiz = quiz_ui.start(seed)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "vertebra" and q.subject not in ("C7", "T1"))
    window.body_box.setCurrentIndex(window.body_box.findData("female"))
    assert window.atlas.body.sex == "female"
    level = quiz.current.subject
    assert window.atlas.body.level_y[level] != quiz.atlas.body.level_y[level]
    click(qtbot, window, 0.0, window.atlas.body.level_y[level])
    assert quiz.feedback[quiz.index].correct and quiz.atlas is window.atlas


def test_presenter_mode_cannot_give_a_zone_question_away(window, quiz_ui, qtbot):
    """Regression: leaving presenter mode during a zone question brought back the zones."""
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "zone")
    window.presenter.enter()
    window.presenter.leave()
    assert quiz.current.kind == "zone" and not quiz.answered
    assert not window.scene.layer_visible("zones") and not window.scene.layer_visible("lines")
    assert not window.layer_boxes["zones"].isEnabled()
    window.commands.actions["layer.zones"].trigger()  # Ctrl+2 is refused while the question waits
    assert not window.scene.layer_visible("zones")
    assert window.view.tool is quiz_ui.tool  # the back still answers the question
    quiz_ui.stop()
    assert window.scene.layer_visible("zones") and window.layer_boxes["zones"].isEnabled()
    assert window.view.tool is None


def test_the_panels_that_name_answers_are_locked_during_a_quiz(window, quiz_ui, qtbot):
    quiz_ui.start(SEED)
    assert not window.info.isEnabled() and not window.zone_list.isEnabled() and not window.session.isEnabled()
    assert not window.view_state.layer("hands") and window.view_state.locked("dose")
    window.plan_dock.raise_()  # a student who clicks the Plan tab reads nothing there
    assert window.info.isHidden() and window.plan_scroll.isHidden() and window.session.isHidden()
    quiz_ui.stop()
    assert window.info.isEnabled() and window.zone_list.isEnabled() and window.session.isEnabled()
    assert not window.info.isHidden() and not window.plan_scroll.isHidden() and not window.session.isHidden()
    assert window.view_state.layer("hands") and window.view_state.layer("dose")


# -- the kinds that ask what the data says ---------------------------------------------------
def test_a_mask_question_hides_the_masks_and_a_click_on_the_kidney_is_right(window, quiz_ui, qtbot):
    seed = next(s for s in range(200) if any(q.kind == "mask" and q.subject == "no_percussion"
                                             for q in make_quiz(window.atlas, 10, s).questions))
    quiz = quiz_ui.start(seed)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "mask" and q.subject == "no_percussion")
    for layer in ("masks", "lines", "legend"):
        assert not window.scene.layer_visible(layer) and window.view_state.locked(layer)
    assert window.view.tool is quiz_ui.tool and not quiz_ui.choice_box.isVisible()
    kidney = window.atlas.mask("kidney").geometry.difference(window.atlas.mask("spine").geometry)
    p = kidney.representative_point()
    click(qtbot, window, p.x, p.y)
    feedback = quiz.feedback[quiz.index]
    assert feedback.correct and window.atlas.mask("kidney").why in quiz_ui.feedback_label.text()
    outlines = [item for item in items_in_scene(window, quiz_ui) if isinstance(item, ShapeItem)]
    assert len(outlines) == 1  # the kidneys and the heart, where there is no percussion
    heart = window.atlas.mask("heart").geometry.representative_point()
    assert outlines[0].contains(window.view.mapToScene(view_pos(window, heart.x, heart.y)))
    qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    assert window.scene.layer_visible("masks") or "masks" in HIDDEN_DURING[quiz.current.kind]


def test_a_click_on_the_spine_for_no_percussion_is_wrong_and_says_why(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "mask")
    rule = quiz.current.subject
    spot = next((0.0, window.atlas.body.level_y[level]) for level in ("T3", "L3")
                if not any(m.rule == rule and m.geometry.covers(Point(0.0, window.atlas.body.level_y[level]))
                           for m in window.atlas.masks))
    click(qtbot, window, *spot)
    text = quiz_ui.feedback_label.text()
    assert not quiz.feedback[quiz.index].correct and "Not right" in text
    assert "“spine”" in text and all(m.why.split(":")[0] in text for m in window.atlas.masks if m.rule == rule)


def test_a_pressure_question_shows_the_line_plain_and_the_buttons_grade(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "pressure")
    question = quiz.current
    assert not window.scene.layer_visible("lines") and window.view_state.locked("lines")
    assert list(quiz_ui.choice_buttons) == ["light", "moderate", "firm", "deep"] and quiz_ui.choice_box.isVisible()
    assert items_in_scene(window, quiz_ui), "the line asked about is drawn, without its width"
    right = right_choice(window.atlas, question)
    wrong = next(w for w in quiz_ui.choice_buttons if w != right)
    with qtbot.assertNotEmitted(window.view.clicked):  # hovering and clicking the back name nothing
        click(qtbot, window, 0.0, -30.0)
    assert quiz.feedback[quiz.index] is None
    qtbot.mouseClick(quiz_ui.choice_buttons[wrong], Qt.MouseButton.LeftButton)
    feedback = quiz.feedback[quiz.index]
    assert not feedback.correct and feedback.answer == right
    assert quiz_ui.choice_buttons[wrong].text().startswith("✗") and quiz_ui.choice_buttons[right].text().startswith("✓")
    assert not any(b.isEnabled() for b in quiz_ui.choice_buttons.values())
    zone_id = question.subject.split(".")[0]
    guidance = [g.text for g in window.atlas.zone(zone_id).spec.guidance if g.topic == "pressure"]
    assert all(html.escape(g) in quiz_ui.feedback_label.text() for g in guidance)
    qtbot.mouseClick(quiz_ui.choice_buttons[right], Qt.MouseButton.LeftButton)  # one answer a question
    assert quiz.feedback[quiz.index] is feedback


def test_a_contraindication_is_classified_with_its_source(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "contraindication")
    assert [b.text() for b in quiz_ui.choice_buttons.values()] == ["Absolute: no massage", "Local: keep off that area"]
    right = right_choice(window.atlas, quiz.current)
    qtbot.mouseClick(quiz_ui.choice_buttons[right], Qt.MouseButton.LeftButton)
    assert quiz.feedback[quiz.index].correct
    assert "Source: seed 00" in quiz_ui.feedback_label.text()


def test_a_technique_plays_with_its_name_hidden_and_the_window_gets_its_player_back(window, quiz_ui, qtbot):
    window.player.set_speed(30.0)
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "technique_motion")
    zone_id, technique = quiz.current.subject.rsplit(".", 1)
    player = window.player
    assert player.playing and player.loop and player.speed == 1.0  # the tempo techniques.toml gives
    step = window.playback.motion_scene.step
    assert (step.zone, step.technique) == (zone_id, technique)
    state = window.view_state
    assert state.layer("hands") and state.locked("hands") and not state.layer("dose")
    name = window.atlas.zone_set.technique(technique).name
    shown = quiz_ui.question_label.text() + quiz_ui.hint_label.text() + window.statusBar().currentMessage()
    assert technique not in shown.lower() and name.lower() not in shown.lower()
    assert window.session.isHidden()  # the strip names every step's technique, the one playing marked
    before = window.playback.motion_scene.now()
    player.advance(0.5)
    assert window.playback.motion_scene.now() != before, "the hands move"
    assert list(quiz_ui.choice_buttons) == list(quiz.current.choices)
    qtbot.mouseClick(quiz_ui.choice_buttons[technique], Qt.MouseButton.LeftButton)
    assert quiz.feedback[quiz.index].correct
    spec = window.atlas.zone_set.technique(technique)
    for how_to in (spec.posture, spec.path):  # how the hand does it, in the feedback
        assert html.escape(how_to, quote=False) in quiz_ui.feedback_label.text()
    assert not player.playing and window.view.motion_scene is None
    assert (player.loop, player.speed) == (False, 30.0)
    qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    assert not state.layer("hands") or quiz.current.kind == "technique_motion"  # off again for the others
    quiz_ui.stop()
    assert window.view_state.layer("hands")


def test_stopping_during_a_technique_stops_the_hands(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "technique_motion")
    assert window.player.playing
    quiz_ui.stop()
    assert quiz.current is not None and not window.player.playing and window.view.motion_scene is None
    assert not window.player.loop and not window.session.isHidden()


def test_the_summary_lists_the_missed_questions_of_the_new_kinds(window, quiz_ui, qtbot):
    quiz = quiz_ui.start(SEED)
    while quiz_ui.running:
        question = quiz.current
        if question.kind in CHOSEN:
            wrong = next(c for c in question.choices if c != right_choice(window.atlas, question))
            qtbot.mouseClick(quiz_ui.choice_buttons[wrong], Qt.MouseButton.LeftButton)
        elif question.kind == "mask":
            click(qtbot, window, 60.0, 60.0)  # off the back
        else:
            answer_right(qtbot, window, quiz_ui)
        qtbot.mouseClick(quiz_ui.next_button, Qt.MouseButton.LeftButton)
    text = html.unescape(quiz_ui.feedback_label.text())
    assert "To review:" in text
    for question in quiz.questions:
        if question.kind in (*CHOSEN, "mask"):
            assert question.prompt in text
            assert f"{KIND_NAMES[question.kind]}: 0 of" in text


def test_a_technique_the_plan_leaves_out_is_asked_without_hands(window, quiz_ui, qtbot):
    """A plan edited down to stroking alone has no step to show for the other techniques: the
    question says so, nothing plays, and the choice is still graded."""
    from msgspec.structs import replace

    plan = window.document.plan
    window.document.edit(replace(plan, steps=[s for s in plan.steps if s.technique == "stroking"]), "Stroking only")
    quiz = quiz_ui.start(SEED)
    go_to(qtbot, quiz_ui, lambda q: q.kind == "technique_motion" and not q.subject.endswith(".stroking"))
    technique = quiz.current.subject.rsplit(".", 1)[1]
    assert not window.player.playing and window.view.motion_scene is None
    assert "no step of this technique" in quiz_ui.hint_label.text()
    qtbot.mouseClick(quiz_ui.choice_buttons[technique], Qt.MouseButton.LeftButton)
    assert quiz.feedback[quiz.index].correct
