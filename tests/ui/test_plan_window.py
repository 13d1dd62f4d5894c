"""The plan in the window: undo and redo, screening, files, autosave and recovery."""


import pytest

from app.model.plans.format import PLAN_VERSION, load_plan
from app.ui.plan_store import autosave_path, read_autosave, recent_plans


def test_editing_minutes_is_undoable(window, qtbot):
    window.plan_dock.raise_()  # the panel fills its table when first shown
    panel = window.plan_panel
    assert panel.isVisible() and panel.table.rowCount() == len(window.plan.steps)
    spin = panel.table.cellWidget(0, 2)
    spin.setValue(3.0)
    spin.editingFinished.emit()
    assert window.plan.steps[0].minutes == 3.0 and window.is_dirty()
    assert window.player.timeline.steps[0].duration_s == 180.0  # the session follows the plan
    window.undo.undo()
    assert window.plan.steps[0].minutes == 1.0
    window.undo.redo()
    assert window.plan.steps[0].minutes == 3.0


def test_screening_in_the_panel(window, qtbot):
    window.plan_dock.raise_()
    boxes = window.plan_panel.condition_boxes
    boxes["high_blood_pressure"].click()
    assert window.plan.direction == "top-down"
    assert window.session.direction_box.currentText() == "top-down"
    assert list(dict.fromkeys(s.zone for s in window.player.timeline.steps))[1] == "collar"
    boxes["pregnancy"].click()
    assert "not advised" in window.plan_panel.verdict.text()
    window.undo.undo()
    window.undo.undo()
    assert window.plan.conditions == [] and window.plan.direction == "bottom-up"


def test_a_no_go_area_is_part_of_the_plan_and_undoable(window):
    window.add_no_go(8.0, -24.0, 2.5)
    assert [a.id for a in window.plan.no_go] == ["client_area_1"]
    assert any(m.client for m in window.atlas.masks)
    window.undo.undo()
    assert not window.plan.no_go and not any(m.client for m in window.atlas.masks)


def test_save_and_open_round_trip_and_recent(window, tmp_path):
    window.plan_panel.condition_boxes["wound"].click()
    window.add_no_go(8.0, -24.0, 2.5)
    path = tmp_path / "ada.dorsum.json"
    assert window.save_plan_as(path) and not window.is_dirty()
    assert "ada.dorsum.json" in window.windowTitle() and "*" not in window.windowTitle()
    saved = load_plan(path)
    assert saved == window.plan and saved.no_go[0].reason == "wound"
    assert path.resolve() in recent_plans()
    window.new_plan()
    assert window.plan.no_go == [] and window.plan_path is None
    assert window.open_plan(path)
    assert window.plan == saved and window.plan_path == path


@pytest.mark.parametrize("content, fragment", [
    ('{"format": "dorsum-plan", "steps": [', "not valid JSON"),
    (f'{{"format": "dorsum-plan", "version": {PLAN_VERSION + 1}}}', "newer Dorsum"),
])
def test_a_broken_or_newer_plan_is_refused_and_nothing_is_lost(window, tmp_path, content, fragment):
    window.add_no_go(8.0, -24.0, 2.5)
    before = window.plan
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert not window.open_plan(bad)
    assert fragment in window.last_error and window.last_error.startswith(str(bad))
    assert window.plan == before and window.is_dirty()


def test_autosave_and_recovery_after_a_crash(window, qtbot, tmp_path, atlas):
    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    path = tmp_path / "p.json"
    window.save_plan_as(path)
    window.add_no_go(8.0, -24.0, 2.5)
    annotation = __import__("app.model.plans.format", fromlist=["Annotation"]).Annotation
    window.annotations.append(annotation(points=[(0.0, -10.0), (5.0, -12.0)]))
    window.autosave()
    assert autosave_path().exists()
    plan_then = window.current_plan()
    # The process "crashes" here: a new window finds the autosave.
    other = MainWindow(atlas, default_zones_dir())
    other.ask_before_discarding = False
    qtbot.addWidget(other)
    assert other.recover_autosave()
    assert other.current_plan() == plan_then and other.plan_path == path and other.is_dirty()
    assert len(other.scene.annotations) == 1
    assert other.save_plan() and not autosave_path().exists() and read_autosave() is None


def test_handout_from_the_window(window, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "h.pdf"
    assert window.export_handout(out, "letter")
    assert len(PdfReader(out).pages) >= 3
