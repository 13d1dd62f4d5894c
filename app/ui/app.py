"""Start the window, or paint it once into a file for ``--screenshot``."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..model.atlas.build import Atlas
from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from ..model.zonefiles.loader import default_zones_dir
from ..render.i18n import set_language
from ..render.style import FONT_FAMILY, load_fonts
from ..services import WindowOptions
from .window import MainWindow

__all__ = ["make_app", "run_window", "screenshot"]


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Dorsum")
    app.setDesktopFileName("dorsum")
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.5))
    app.setFont(font)
    return app


def screenshot(window: MainWindow, path, size: tuple[int, int]) -> None:
    """Show ``window`` at ``size``, let it paint once and save what it shows."""
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()
    image = window.grab().toImage()
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise DorsumError("could not write the PNG", path)


def run_window(atlas: Atlas, options: WindowOptions) -> int:
    app = make_app()
    set_language(atlas.zone_set.lang)  # the zones were read in it: Dorsum's and Qt's own words follow
    window = MainWindow(atlas, options.atlas.zones or default_zones_dir(), options.atlas.stature, options.focus)
    if options.at is not None:
        window.player.seek(options.at)
    if options.first_paint:  # for the benchmark: the time to a painted window, not the tear-down
        window.view.first_paint.connect(lambda: os._exit(0))
        window.show()
        return app.exec()
    if options.screenshot is not None:
        screenshot(window, options.screenshot, options.size or (1600, 1000))
        print(options.screenshot)
        return 0
    window.show()
    return app.exec()
