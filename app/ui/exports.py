"""What the window writes out: the picture, the geometry, the handout (and its printing) and
the animation. Each renders the scene the window shows, restyled for its size."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from ..model.errors import DorsumError
from ..render.i18n import set_language, translate
from ..render.style import Style

if TYPE_CHECKING:
    from .window import MainWindow

__all__ = ["Exports", "handout_file_name"]


def _nothing_written() -> str:
    """What an export that failed leaves as it was, for the error box."""
    return translate("Exports", "Nothing was written; what is on screen stays as it was.")


def handout_file_name(client_name: str, today: dt.date | None = None) -> str:
    """``"Anna Kovalenko"`` → ``"anna-kovalenko-handout-2026-12-01.pdf"``."""
    stem = re.sub(r"[^\w-]+", "-", client_name.strip()).strip("-").lower()
    day = (today or dt.date.today()).isoformat()
    return f"{stem}-handout-{day}.pdf" if stem else f"handout-{day}.pdf"


class Exports(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def write_out(self, path: Path, write: Callable[[], object]) -> bool:
        """Run ``write``: a bad path shows its message, success says where the file went."""
        try:
            write()
        except DorsumError as exc:
            self.window.show_error(exc, keep=_nothing_written())
            return False
        self.window.statusBar().showMessage(translate("Exports", "Saved {path}").format(path=path), 5000)
        return True

    def picture_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Exports", "Export picture"), "dorsum.png",
                                              translate("Exports", "PNG image (*.png);;SVG drawing (*.svg);;"
                                                                   "PDF document (*.pdf)"))
        if path:
            self.picture(Path(path))

    def picture(self, path: Path, size: tuple[int, int] = (1920, 1080)) -> bool:
        """Export what the window shows (zone, layers, no-go areas, pen strokes) at ``size``."""
        from ..render.export import export  # QtSvg and the PDF writer load on the first export

        scene = self.window.scene.restyled(Style.for_output(*size))
        return self.write_out(path, lambda: export(scene, path, *size))

    def geometry_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Exports", "Export geometry"), "dorsum.geojson",
                                              "GeoJSON (*.geojson)")
        if path:
            from ..model.atlas.geojson import write_geojson

            self.write_out(Path(path), lambda: write_geojson(self.window.atlas, path))

    def handout(self, path: Path | None = None, paper: str = "a4") -> bool:
        from ..render.handout import write_handout

        w = self.window
        if path is None:
            suggested = w.files.folder() / handout_file_name(w.document.plan.client.name)
            letter = translate("Exports", "PDF on Letter paper (*.pdf)")
            name, chosen = QFileDialog.getSaveFileName(w, translate("Exports", "Export the handout"), str(suggested),
                                                       translate("Exports", "PDF on A4 paper (*.pdf)") + ";;" + letter)
            if not name:
                return False
            path, paper = Path(name), "letter" if chosen == letter else "a4"
        return self.write_out(path, lambda: self._in_client_language(lambda atlas: write_handout(
            w.document.plan, atlas, path, paper)))

    def _in_client_language(self, write):
        """``write(atlas)`` in the language the plan records for its client (the handout is the
        client's), the window's own words put back after; the window's language if none."""
        w = self.window
        lang = w.document.plan.language or w.language
        if lang == w.language:
            return write(w.atlas)
        from ..model.zonefiles.loader import load_zone_set

        set_language(lang)  # first: the client's areas are named as the atlas is built
        try:
            return write(w._atlas_for(w.document.plan, load_zone_set(w.atlas.zone_set.folder, lang)))
        finally:
            set_language(w.language)

    def print_handout(self) -> None:
        """The handout through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..render.handout import paint_handout

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # 96 dpi, as the labels are sized
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._in_client_language(lambda atlas: paint_handout(self.window.document.plan, atlas, printer))

    def animation_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Exports", "Export animation"), "dorsum.mp4",
                                              translate("Exports", "MP4 video (*.mp4);;Animated WebP (*.webp);;"
                                                                   "GIF (*.gif)"))
        if path:
            self.animation(Path(path))

    def animation(self, path: Path, size: tuple[int, int] = (960, 540), fps: float = 15.0,
                  max_seconds: float = 60.0) -> bool:
        """Write the focused zone's steps (or the whole session) at the player's speed, with a
        progress dialog whose Cancel stops it and leaves nothing behind."""
        from ..render.animation import Cancelled, frame_times, write_animation
        from ..render.frames import FrameRenderer
        from ..render.motion_scene import MotionScene

        w = self.window
        playback, player = w.playback, w.playback.player
        motion_scene = playback.motion_scene
        timeline = motion_scene.motion.timeline
        zoomed = bool(w.scene.focus and w.scene.zoom_to_focus)
        if zoomed:
            steps = [s for s in timeline.steps if not playback.showing or s.zone == motion_scene.step.zone]
        else:
            steps = list(timeline.steps)
        start, end = steps[0].start_s, steps[-1].end_s
        times = frame_times(start, end, fps, player.speed, min((end - start) / player.speed, max_seconds))
        style = Style.for_output(*size)
        renderer = FrameRenderer(w.scene.restyled(style), MotionScene(motion_scene.motion, style), *size,
                                 follow=not zoomed)
        dialog = QProgressDialog(translate("Exports", "Writing {name}…").format(name=path.name),
                                 translate("Exports", "Cancel"), 0, len(times), w)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(i: int) -> bool:
            dialog.setValue(i)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            write_animation(renderer, times, path, fps, progress)
        except Cancelled:
            w.statusBar().showMessage(translate("Exports", "Export cancelled: nothing was written"), 5000)
            return False
        except DorsumError as exc:
            w.show_error(exc, keep=_nothing_written())
            return False
        finally:
            dialog.reset()
        w.statusBar().showMessage(translate("Exports", "Saved {path}").format(path=path), 5000)
        return True
