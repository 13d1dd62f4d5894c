"""The plan document: one owner for the plan, its file, its saved copy and its undo stack."""

import shutil

from msgspec.structs import replace
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.model.errors import DorsumError
from app.model.plans.format import Plan, PlanStep
from app.model.zonefiles.loader import default_zones_dir
from app.ui.document import PlanDocument


def _plan() -> Plan:
    return Plan(steps=[PlanStep(zone="lumbar", technique="stroking", minutes=2.0, pressure=0.3)])


def test_every_change_is_undoable_and_unsaved_comes_from_the_undo_stack(qtbot):
    document = PlanDocument(_plan())
    heard = []
    document.changed.connect(lambda old, new: heard.append((old, new)))
    assert not document.unsaved
    longer = replace(document.plan, steps=[replace(document.plan.steps[0], minutes=3.0)])
    assert document.edit(longer, "Longer") and document.unsaved and heard[-1][1] == longer
    assert not document.edit(longer, "Again")  # the same plan is no change
    document.undo_stack.undo()
    assert document.plan == _plan() and not document.unsaved
    document.undo_stack.redo()
    document.saved_as(__import__("pathlib").Path("p.json"))
    assert not document.unsaved and document.path.name == "p.json"


def test_a_check_can_refuse_an_edit(qtbot):
    document = PlanDocument(_plan())
    refused = []
    document.refused.connect(refused.append)

    def check(plan):
        if plan.client.stature == 120:
            raise DorsumError("too short for this body")

    document.check = check
    assert not document.edit(replace(document.plan, client=replace(document.plan.client, stature=120.0)), "Shorter")
    assert refused == ["too short for this body"] and document.plan == _plan() and not document.undo_stack.canUndo()


def test_recovered_changes_are_unsaved_and_undoable(qtbot, tmp_path):
    document = PlanDocument(Plan())
    saved, recovered = _plan(), replace(_plan(), title="recovered")
    document.recover(recovered, saved, tmp_path / "p.json")
    assert document.plan == recovered and document.unsaved and document.path == tmp_path / "p.json"
    document.undo_stack.undo()
    assert document.plan == saved and not document.unsaved
    never_saved = PlanDocument(Plan())
    never_saved.recover(recovered, None, None)
    assert never_saved.plan == recovered and never_saved.unsaved


def test_pen_strokes_survive_an_unrelated_edit(window, qtbot):
    """Regression: strokes drawn in presenter mode were wiped by the next plan edit. They are
    the class's now: a plan edit, its undo and a new body leave them on screen."""
    window.presenter.enter()
    vp = window.view.viewport()
    centre = vp.rect().center()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(vp, centre + QPoint(70, 30))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=centre + QPoint(70, 30))
    assert len(window.scene.class_notes) == 1 and window.document.plan.annotations == []
    plan = window.document.plan
    window.document.edit(replace(plan, steps=[replace(plan.steps[0], minutes=plan.steps[0].minutes + 1)]), "Longer")
    window.document.edit(replace(window.document.plan, client=replace(plan.client, sex="female")), "Female")
    assert window.atlas.body.sex == "female" and len(window.scene.class_notes) == 1
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert not window.document.undo_stack.canUndo()  # the stroke was never the plan's to undo
    assert len(window.scene.class_notes) == 1 and window.document.plan.annotations == []
    window.presenter.leave()


def test_the_plan_tab_follows_a_new_zones_folder(window, tmp_path):
    """Regression: after a zones folder was reloaded, the Plan tab still named the old zones."""
    folder = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    lumbar = folder / "lumbar.toml"
    text = lumbar.read_text(encoding="utf-8")
    text = text.replace('name = { en = "Lumbar region and sacrum"', 'name = { en = "Low back (renamed)"')
    lumbar.write_text(text, encoding="utf-8")
    window.plan_dock.raise_()
    assert window.rebuild(folder)
    QApplication.processEvents()
    panel = window.plan_panel
    assert panel.zone_set is window.atlas.zone_set
    names = {panel.table.item(row, 0).text() for row in range(panel.table.rowCount())}
    assert "Low back (renamed)" in names and "Lumbar region and sacrum" not in names


def test_the_wheel_over_the_plan_panel_changes_no_minutes(window, qtbot):
    """Regression: scrolling the Plan panel with the wheel silently changed minutes."""
    window.plan_dock.raise_()
    QApplication.processEvents()
    box = window.plan_panel.table.cellWidget(0, 2)
    before = window.document.plan
    at = QPointF(box.rect().center())
    event = QWheelEvent(at, box.mapToGlobal(at), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(box, event)
    box.editingFinished.emit()
    assert box.value() == before.steps[0].minutes and window.document.plan == before
    box.setFocus()
    QApplication.sendEvent(box, event)  # with the focus, the wheel is the user's choice
    assert box.value() > before.steps[0].minutes
