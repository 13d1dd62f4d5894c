"""The main window, shown at a size where everything fits."""

import pytest
from PySide6.QtCore import QPoint, Qt


@pytest.fixture
def window(open_window):
    w = open_window(1600, 1000)
    w.view.fit()
    return w


@pytest.fixture
def drag(qtbot):
    """``drag(window, start, end, steps)``: the left button pressed at ``start``, moved to ``end``
    in ``steps`` moves, released there (a pen stroke, a no-go circle, a pan)."""

    def dragged(window, start: QPoint, end: QPoint, steps: int = 6) -> None:
        vp = window.view.viewport()
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, steps + 1):
            qtbot.mouseMove(vp, start + (end - start) * (i / steps))
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)

    return dragged


@pytest.fixture(autouse=True)
def own_data_folder(monkeypatch, tmp_path):
    """Each test its own data folder: class notes and autosaves drawn in one never reach another."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
