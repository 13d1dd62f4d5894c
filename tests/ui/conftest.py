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
