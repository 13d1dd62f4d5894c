"""The plan in the window: undo and redo, screening, files, autosave and recovery."""

import shutil

import msgspec
import pytest

from app.model.plans.format import PLAN_VERSION, load_plan
from app.model.session.timeline import clock
from app.model.zonefiles.loader import default_zones_dir
from app.ui.plan_store import autosave_path, read_autosave, recent_plans


def test_editing_minutes_is_undoable(window, qtbot):
    window.plan_dock.raise_()  # the panel fills its table when first shown
    panel = window.plan_panel
    assert panel.isVisible() and panel.table.rowCount() == len(window.document.plan.steps)
    spin = panel.table.cellWidget(0, 2)
    spin.setValue(3.0)
    spin.editingFinished.emit()
    assert window.document.plan.steps[0].minutes == 3.0 and window.document.unsaved
    assert window.player.timeline.steps[0].duration_s == 180.0  # the session follows the plan
    assert window.session.time_label.text().endswith(f"/ {clock(window.player.timeline.total_s)}")  # and its clock
    assert window.player.timeline.total_s == 60 * window.document.plan.total_minutes
    window.document.undo_stack.undo()
    assert window.document.plan.steps[0].minutes == 1.0
    window.document.undo_stack.redo()
    assert window.document.plan.steps[0].minutes == 3.0


def test_screening_in_the_panel(window, qtbot):
    window.plan_dock.raise_()
    boxes = window.plan_panel.condition_boxes
    boxes["high_blood_pressure"].click()
    assert window.document.plan.direction == "top-down"
    assert window.session.direction_box.currentText() == "top-down"
    assert list(dict.fromkeys(s.zone for s in window.player.timeline.steps))[1] == "collar"
    boxes["pregnancy"].click()
    assert "not advised" in window.plan_panel.verdict.text()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.plan.conditions == [] and window.document.plan.direction == "bottom-up"


def test_a_no_go_area_is_part_of_the_plan_and_undoable(window):
    window.add_no_go(8.0, -24.0, 2.5, "wound")
    assert [a.id for a in window.document.plan.no_go] == ["client_area_1"]
    assert any(m.client for m in window.atlas.masks)
    window.document.undo_stack.undo()
    assert not window.document.plan.no_go and not any(m.client for m in window.atlas.masks)


def test_save_and_open_round_trip_and_recent(window, tmp_path):
    window.plan_panel.condition_boxes["wound"].click()
    window.add_no_go(8.0, -24.0, 2.5, "wound")
    path = tmp_path / "ada.dorsum.json"
    assert window.files.save_as(path) and not window.document.unsaved
    assert "ada.dorsum.json" in window.windowTitle() and "*" not in window.windowTitle()
    saved = load_plan(path)
    assert saved == window.document.plan and saved.no_go[0].kind == "wound"
    assert path.resolve() in recent_plans()
    window.files.new()
    assert window.document.plan.no_go == [] and window.document.path is None
    assert window.files.open(path)
    assert window.document.plan == saved and window.document.path == path


@pytest.mark.parametrize("content, fragment", [
    ('{"format": "dorsum-plan", "steps": [', "not valid JSON"),
    (f'{{"format": "dorsum-plan", "version": {PLAN_VERSION + 1}}}', "newer Dorsum"),
])
def test_a_broken_or_newer_plan_is_refused_and_nothing_is_lost(window, tmp_path, content, fragment):
    window.add_no_go(8.0, -24.0, 2.5, "wound")
    before = window.document.plan
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert not window.files.open(bad)
    assert fragment in window.last_error and window.last_error.startswith(str(bad))
    assert window.document.plan == before and window.document.unsaved


def test_autosave_and_recovery_after_a_crash(window, qtbot, tmp_path, atlas):
    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    path = tmp_path / "p.json"
    window.files.save_as(path)
    window.add_no_go(8.0, -24.0, 2.5, "wound")
    from app.model.plans.format import Annotation

    stroke = Annotation(points=[(0.0, -10.0), (5.0, -12.0)])  # as a plan saved with a drawing holds
    window.document.edit(msgspec.structs.replace(window.document.plan, annotations=[stroke]), "Draw")
    window.files.autosave()
    assert autosave_path().exists()
    plan_then = window.document.plan
    # The process "crashes" here: a new window finds the autosave.
    other = MainWindow(atlas, default_zones_dir())
    other.files.ask_before_discarding = False
    qtbot.addWidget(other)
    assert other.files.recover()
    assert other.document.plan == plan_then and other.document.path == path and other.document.unsaved
    assert len(other.scene.annotations) == 1
    assert other.files.save() and not autosave_path().exists() and read_autosave() is None


def test_handout_from_the_window(window, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "h.pdf"
    assert window.exports.handout(out, "letter")
    assert len(PdfReader(out).pages) >= 3


def test_a_no_go_area_keeps_its_place_when_the_body_changes(window):
    window.add_no_go(5.0, window.atlas.body.level_y["L3"], 1.5, "scar")
    window.plan_dock.raise_()
    window.plan_panel.sex.setCurrentText("female")  # the body is set on the Plan tab
    assert window.document.plan.client.sex == "female" and window.atlas.body.sex == "female"
    (mask,) = [m for m in window.atlas.masks if m.client]
    body = window.atlas.body
    assert min(body.level_y, key=lambda n: abs(body.level_y[n] - mask.geometry.centroid.y)) == "L3"
    window.document.undo_stack.undo()
    assert window.atlas.body.sex == "male" and window.body_box.currentData() == "male"


def test_the_therapist_is_kept_in_the_plan_and_remembered(window, atlas):
    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    window.plan_dock.raise_()
    panel = window.plan_panel
    panel.therapist_name.setText("Olena K.")
    panel.therapist_name.editingFinished.emit()
    assert window.document.plan.therapist.name == "Olena K."
    other = MainWindow(atlas, default_zones_dir())
    other.files.ask_before_discarding = False
    assert other.document.plan.therapist.name == "Olena K."  # the next plan starts with it
    other.deleteLater()


def test_the_plan_tab_fills_its_table_when_it_comes_to_the_front(window, qtbot, tmp_path):
    """Behind Guidance, as the window opens, the Plan tab only remembers the plan (Qt calls a tab
    behind another visible); it fills its table when it comes to the front, keeps up while there,
    and a new zones folder's panel fills at once when the tab is in front."""
    panel, plan = window.plan_panel, window.document.plan
    assert panel.isVisible() and panel.table.rowCount() == 0
    window.plan_dock.raise_()
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(plan.steps))
    window.document.edit(msgspec.structs.replace(plan, steps=plan.steps[1:]), "drop a step")
    assert panel.table.rowCount() == len(plan.steps) - 1
    shutil.copytree(default_zones_dir(), tmp_path / "zones")
    assert window.rebuild(tmp_path / "zones")
    assert window.plan_panel is not panel and window.plan_panel.table.rowCount() == len(plan.steps) - 1
    window.guidance_dock.raise_()
    qtbot.waitUntil(lambda: not window.plan_panel._in_front)
    window.document.undo_stack.undo()
    assert window.plan_panel.table.rowCount() == len(plan.steps) - 1  # behind: only remembered
    window.plan_dock.raise_()
    qtbot.waitUntil(lambda: window.plan_panel.table.rowCount() == len(plan.steps))
