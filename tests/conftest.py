"""Test set-up: Qt renders offscreen (no display needed) before any QApplication exists."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, recent files and autosaves go to a scratch home, never the user's.
_SCRATCH = tempfile.mkdtemp(prefix="dorsum-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SCRATCH, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SCRATCH, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_SCRATCH, "cache")  # the zone sets' cache (app.services)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402  (after the environment above, as the docstring says)


@pytest.fixture(scope="session")
def zone_set():
    from app.model.zonefiles.loader import default_zones_dir, load_zone_set

    return load_zone_set(default_zones_dir())


@pytest.fixture(scope="session")
def atlas(zone_set):
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body

    return build_atlas(build_body("male"), zone_set)


@pytest.fixture
def open_window(qtbot, atlas):
    """``open_window(width, height)``: the main window on the shipped zones, shown at that size,
    with no Save/Discard question to block a test that closes it."""
    from app.model.zonefiles.loader import default_zones_dir
    from app.ui.window import MainWindow

    def opened(width: int, height: int):
        window = MainWindow(atlas, default_zones_dir())
        window.files.ask_before_discarding = False
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return opened
