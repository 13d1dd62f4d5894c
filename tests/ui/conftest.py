"""The main window, shown at a size where everything fits."""

import pytest

from app.model.zonefiles.loader import default_zones_dir
from app.ui.window import MainWindow


@pytest.fixture
def window(qtbot, atlas):
    w = MainWindow(atlas, default_zones_dir())
    w.files.ask_before_discarding = False  # no blocking Save/Discard question when a test closes it
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    w.view.fit()
    return w


@pytest.fixture(autouse=True)
def own_data_folder(monkeypatch, tmp_path):
    """Each test its own data folder: class notes and autosaves drawn in one never reach another."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
