"""The view state: one owner for focus, layers, label size and theme; modes push and pop frames.

These tests need no Qt: the view state is plain Python that the window listens to.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.view_state import ViewState

ROOT = Path(__file__).resolve().parents[2]


def test_it_imports_no_qt():
    code = "import json, sys, app.ui.view_state, app.ui.actions; print(json.dumps(sorted(m for m in sys.modules " \
           "if m.split('.')[0] in ('PySide6', 'shiboken6'))))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_listeners_hear_what_changed():
    state, heard = ViewState(), []
    state.subscribe(heard.append)
    state.set_layer("bones", False)
    state.set_focus("lumbar")
    state.set_label_scale(2.0)
    state.set_layer("bones", False)  # no change, nothing heard
    assert heard == [{"layer:bones"}, {"focus"}, {"label_scale"}]
    assert (state.layer("bones"), state.focus, state.zoom, state.label_scale) == (False, "lumbar", True, 2.0)


def test_a_mode_takes_its_changes_with_it():
    state = ViewState(focus="collar")
    state.push("presenter", theme="projector", layers={"dose": False})
    state.set_layer("bones", False)  # pressed during the mode
    state.set_focus("lumbar")
    now = (state.theme, state.layer("dose"), state.layer("bones"), state.focus)
    assert now == ("projector", False, False, "lumbar")
    state.pop("presenter")
    assert (state.theme, state.layer("dose"), state.layer("bones"), state.focus) == ("screen", True, True, "collar")


def test_a_locked_layer_cannot_be_shown():
    state = ViewState()
    state.push("quiz", layers={"zones": False}, locked={"zones"})
    assert state.set_layer("zones", True) is False and not state.layer("zones") and state.locked("zones")
    state.update_mode("quiz", layers={"spine": False}, locked={"spine"})
    assert state.layer("zones") and not state.layer("spine") and not state.locked("zones")


def test_leaving_presenter_mode_during_a_quiz_keeps_the_answer_hidden():
    """Regression: leaving presenter mode during a zone question brought back the zones."""
    state = ViewState()
    state.push("quiz", layers={"zones": False, "lines": False}, locked={"zones", "lines"})
    state.push("presenter", theme="projector")
    state.pop("presenter")
    assert not state.layer("zones") and not state.layer("lines") and state.theme == "screen"
    state.pop("quiz")
    assert state.layer("zones") and state.layer("lines")


def test_the_quiz_ending_inside_presenter_mode_leaves_presenter_mode_on():
    state = ViewState()
    state.push("presenter", theme="projector", layers={"dose": False})
    state.push("quiz", layers={"spine": False}, locked={"spine"})
    state.pop("quiz")
    assert state.modes == ("presenter",) and state.theme == "projector" and state.layer("spine")
    assert not state.layer("dose")


def test_unknown_names_are_errors():
    state = ViewState()
    with pytest.raises(KeyError):
        state.set_layer("muscles", True)
    with pytest.raises(ValueError):
        state.set_theme("dark")


def test_the_muscle_view_walks_off_superficial_deep_and_tells_its_listeners():
    state = ViewState()
    heard: list[set[str]] = []
    state.subscribe(heard.append)
    assert state.muscles == "off"
    assert [state.next_muscles() for _ in range(3)] == ["superficial", "deep", "off"]
    assert heard == [{"muscles"}] * 3
    with pytest.raises(ValueError):
        state.set_muscles("bones")
