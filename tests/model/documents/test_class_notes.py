"""Class notes: strokes kept per zone with an undo of their own, saved and read back."""

from __future__ import annotations

import json

import pytest

from app.model.documents.class_notes import HISTORY, OVERVIEW, ClassNotes, load_class_notes, save_class_notes
from app.model.errors import DorsumError
from app.model.plans.format import Annotation


def stroke(i: float, colour: str = "#E41A1C") -> Annotation:
    return Annotation(points=[(i, -i), (i + 1.0, -i - 1.0)], colour=colour, width=5.0)


def test_strokes_stay_with_their_zone_and_undo_takes_back_only_that_zone_s():
    notes = ClassNotes()
    notes.add("collar", stroke(1))
    notes.add("lumbar", stroke(2))
    notes.add("collar", stroke(3))
    assert notes.strokes("collar") == (stroke(1), stroke(3)) and notes.strokes("lumbar") == (stroke(2),)
    assert notes.undo("lumbar") and notes.strokes("lumbar") == ()
    assert notes.strokes("collar") == (stroke(1), stroke(3))  # untouched by the lumbar undo
    assert not notes.undo("lumbar") and notes.undo("collar") and notes.strokes("collar") == (stroke(1),)


def test_a_clear_is_undone_like_a_stroke():
    notes = ClassNotes()
    for i in range(3):
        notes.add(OVERVIEW, stroke(i))
    assert notes.clear(OVERVIEW) and notes.strokes(OVERVIEW) == ()
    assert not notes.clear(OVERVIEW)  # nothing left: no change to undo
    assert notes.undo(OVERVIEW) and len(notes.strokes(OVERVIEW)) == 3


def test_the_undo_history_is_bounded():
    notes = ClassNotes()
    for i in range(HISTORY + 20):
        notes.add("collar", stroke(i))
    undone = 0
    while notes.undo("collar"):
        undone += 1
    assert undone == HISTORY and len(notes.strokes("collar")) == 20


def test_saved_notes_read_back_and_the_write_is_atomic(tmp_path):
    notes = ClassNotes()
    notes.add("collar", stroke(1, "#0057B8"))
    notes.add(OVERVIEW, stroke(2))
    path = save_class_notes(notes, tmp_path / "notes" / "zones.json", "/zones")
    assert [p.name for p in path.parent.iterdir()] == ["zones.json"]  # no temporary file left
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "dorsum-class-notes" and data["version"] == 1 and data["zones_folder"] == "/zones"
    again = load_class_notes(path)
    assert again.zones == notes.zones


def test_no_file_yet_is_no_notes_and_a_broken_one_is_refused(tmp_path):
    assert load_class_notes(tmp_path / "none.json").zones == {}
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dorsum-plan", "version": 1, "zones": {}}', encoding="utf-8")
    with pytest.raises(DorsumError, match="not Dorsum class notes") as info:
        load_class_notes(bad)
    assert str(bad) in str(info.value)
    bad.write_text('{"format": "dorsum-class-notes", "version": 1, "zones": {"Collar!": []}}', encoding="utf-8")
    with pytest.raises(DorsumError):
        load_class_notes(bad)
