"""Mouse tools: one at a time on the view, each taking the left button in centimetres."""

from PySide6.QtCore import QPoint, Qt

from app.model.plans.anchoring import area_centre
from app.ui.tools import AnswerTool, NoGoTool, PenTool


def test_one_tool_at_a_time(window):
    pen, no_go = PenTool(lambda points, colour: None), NoGoTool(lambda x, y, r: None)
    window.view.set_tool(pen)
    window.view.set_tool(no_go)
    assert window.view.tool is no_go
    assert window.commands.actions["client.no_go"].isChecked() is False  # that tool is the window's own
    window.set_no_go_tool(True)
    assert window.view.tool is window.no_go_tool and window.commands.actions["client.no_go"].isChecked()
    window.set_no_go_tool(False)
    assert window.view.tool is None and not window.commands.actions["client.no_go"].isChecked()


def test_the_no_go_tool_draws_an_area_the_lines_avoid(window, qtbot, drag):
    window.set_no_go_tool(True)
    centre = window.view.mapFromScene(6.0, 30.0)
    drag(window, centre, centre + QPoint(40, 0))
    assert window.document.plan.no_go == []  # not before the therapist says what is there
    dialog = window.no_go_dialog
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no kind by default
    dialog.choose("scar", "healed")
    dialog.accept()
    (area,) = window.document.plan.no_go
    x, y = area_centre(window.atlas.body, area.level, area.out, area.up)
    assert abs(x - 6.0) < 0.5 and abs(y + 30.0) < 0.5 and area.radius > 1.0
    assert (area.kind, area.note) == ("scar", "healed")
    assert window.view.tool is None  # one area per N
    window.document.undo_stack.undo()
    assert window.document.plan.no_go == []


def test_a_click_with_the_no_go_tool_draws_nothing(window, qtbot):
    window.set_no_go_tool(True)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(6.0, 30.0))
    assert window.document.plan.no_go == [] and window.view.tool is window.no_go_tool


def test_the_answer_tool_tells_a_click_from_a_drag(window, qtbot, drag):
    clicks, strokes = [], []
    window.view.set_tool(AnswerTool(clicks.append, strokes.append))
    start = window.view.mapFromScene(0.0, 30.0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    drag(window, start, start + QPoint(0, 120))
    assert len(clicks) == 1 and abs(clicks[0][1] + 30.0) < 0.5
    assert len(strokes) == 1 and strokes[0][-1][1] < strokes[0][0][1]  # dragged down the back
    selected = window.scene.selected_info()
    assert selected is None  # a quiz click selects nothing


def test_a_drag_with_no_tool_pans(window, qtbot, drag):
    bar = window.view.verticalScrollBar()
    window.view.zoom_by(3.0)
    before = bar.value()
    centre = window.view.viewport().rect().center()
    drag(window, centre, centre + QPoint(0, 80))
    assert bar.value() != before and window.document.plan.annotations == []
