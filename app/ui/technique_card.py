"""The technique card in the window: a close-up loop of the hands with the card's words, opened
from the session strip, from a technique named in Guidance, or with T for the step playing; and
the same close-up in presenter mode's side column. The pixels come from
:class:`app.render.technique_card.CloseUpRenderer`, the words from the model's card; here Qt
only shows them and ticks the card's own clock."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QMessageBox,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..model.errors import DorsumError
from ..model.session.card import TechniqueCard, card_step, occurrence
from ..model.session.timeline import Step, build_timeline
from ..render.i18n import model_words

if TYPE_CHECKING:
    from ..model.session.motion import Motion
    from ..render.technique_card import CloseUpRenderer
    from .window import MainWindow

__all__ = ["CardView", "TechniqueCardDialog", "TechniqueCards", "card_motion", "sources_html"]

#: The card's loop plays at this many frames a second (real time: the tempo techniques.toml gives).
CARD_FPS = 15
#: The dialog's card, in pixels: a phone's frame, the size ``animate --close-up`` writes.
CARD_SIZE = (960, 540)


def card_motion(window: MainWindow, technique: str, zone: str | None, nth: int = 0,
                finale: bool | None = None) -> tuple[Motion, Step]:
    """A motion of the seeds' steps on the zone (the plan's variant, direction and tempos) and
    the step the card plays (the zone's ``nth`` of that technique, in its finale or not, if
    ``finale`` says); without a zone, the first zone of the plan's session doing it."""
    from ..model.session.motion import Motion  # with the first card, not at start-up

    zone_set, plan = window.atlas.zone_set, window.document.plan
    if zone is None:
        zone = next((s.zone for s in window.player.timeline.steps if s.technique == technique), None)
    if zone is None:
        zone = next((z.id for z in zone_set.zones if any(s.technique == technique for s in z.steps)), None)
    if zone is None:
        raise DorsumError(f"no zone has a {technique} step")
    timeline = build_timeline(zone_set, plan.variant, plan.direction, zone_ids=(zone,))
    motion = Motion.of(window.atlas, timeline, window.playback.tempo_overrides)
    return motion, card_step(timeline, technique, zone, nth, finale)


def sources_html(card: TechniqueCard) -> str:
    """Every sentence the card stands on, each with its file."""
    items = "".join(f"<li>{escape(s.line_in(model_words))}</li>" for s in card.sources)
    return f"<ul style='margin:0; color:#444'>{items}</ul>"


class CardView(QWidget):
    """Paints a close-up renderer's card, scaled to the widget, at time ``t``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.renderer: CloseUpRenderer | None = None
        self.t = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_renderer(self, renderer: CloseUpRenderer | None) -> None:
        self.renderer = renderer
        self.update()

    def show_time(self, t: float) -> None:
        self.t = t
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.renderer is not None:
            image = self.renderer.frame(self.t)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            w, h = image.width(), image.height()
            k = min(self.width() / w, self.height() / h)
            target = QRectF((self.width() - w * k) / 2, (self.height() - h * k) / 2, w * k, h * k)
            painter.drawImage(target, image)
        painter.end()


class TechniqueCardDialog(QDialog):
    """One card at a time, not modal: opening another card shows it in the same dialog. Its
    clock runs only while it is shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Technique card"))
        self.view = CardView()
        self.view.setMinimumSize(CARD_SIZE[0] // 2, CARD_SIZE[1] // 2)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sources = QTextBrowser()  # every sentence the card stands on; it scrolls on a small screen
        self.sources.setMaximumHeight(118)
        self.sources.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.save_button = buttons.addButton(self.tr("Save the loop…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Write this card's loop as a GIF, WebP or MP4 (as animate --close-up)"))
        self.save_button.clicked.connect(lambda: self.save_loop())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.sources)
        layout.addWidget(buttons)
        self.card: TechniqueCard | None = None
        self.span = (0.0, 0.0)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(round(1000 / CARD_FPS))
        self._timer.timeout.connect(self._tick)
        self.resize(CARD_SIZE[0] + 24, CARD_SIZE[1] + 190)

    def show_card(self, motion: Motion, step: Step) -> None:
        from ..render.technique_card import CloseUpRenderer, loop_span

        self.span = loop_span(motion, step)
        renderer = CloseUpRenderer(motion, step, *CARD_SIZE, span=self.span)
        self.card = renderer.card
        where = f" — {self.card.zone_name}" if self.card.zone_name else ""
        self.setWindowTitle(self.tr("Technique card: {name}").format(name=self.card.name) + where)
        heading = self.tr("Sources")
        self.sources.setHtml(f"<b>{escape(heading)}</b>{sources_html(self.card)}")
        self.view.set_renderer(renderer)
        self.view.show_time(self.span[0])
        self._clock.start()
        self._timer.start()

    def save_loop(self, path: str | None = None) -> Path | None:
        """Write the loop the card plays to ``path`` (asked for when None); errors say why."""
        from ..render.animation import frame_times, write_animation

        renderer = self.view.renderer
        if renderer is None or self.card is None:
            return None
        if path is None:
            suggested = f"{self.card.technique}-{self.card.zone or 'card'}.gif"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the card's loop"), suggested,
                                                  self.tr("Animations (*.gif *.webp *.mp4)"))
            if not path:
                return None
        self._timer.stop()
        try:
            times = frame_times(*self.span, CARD_FPS, 1.0, None)
            return write_animation(renderer, times, path, CARD_FPS)
        except DorsumError as exc:
            QMessageBox.warning(self, self.tr("Technique card"), str(exc))
            return None
        finally:
            self._clock.start()
            self._timer.start()

    def _tick(self) -> None:
        a, b = self.span
        loop = max(b - a, 1e-6)
        self.view.show_time(a + (self._clock.elapsed() / 1000.0) % loop)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.view.renderer is not None and not self._timer.isActive():
            self._clock.start()
            self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)


class TechniqueCards(QObject):
    """Opens the window's card: the one dialog, made on first use."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: TechniqueCardDialog | None = None
        self.locked = False  # while a quiz runs: a card would name the technique asked

    def set_locked(self, on: bool) -> None:
        """A quiz started (closes the card, and no card opens until it ends) or ended."""
        self.locked = on
        if on:
            self.close()

    def close(self) -> None:
        """The window closes: so does its card (a window of its own, which would stay)."""
        if self.dialog is not None:
            self.dialog.close()

    def open(self, technique: str, zone: str | None = None, nth: int = 0,
             finale: bool | None = None) -> TechniqueCardDialog | None:
        """Show ``technique``'s card as ``zone`` does it (its ``nth`` step of it); a bad request
        says why in the status bar."""
        if self.locked:
            self.window.show_status(self.tr("The technique card opens again when the quiz is over."), 5000)
            return None
        try:
            motion, step = card_motion(self.window, technique, zone, nth, finale)
        except DorsumError as exc:
            self.window.show_status(str(exc), 5000)
            return None
        if self.dialog is None:
            self.dialog = TechniqueCardDialog(self.window)
        self.dialog.show_card(motion, step)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def open_step(self, index: int) -> TechniqueCardDialog | None:
        """The card of the session's step ``index`` (a click on the session strip): that very
        step's hand, where its zone does a technique twice in two ways."""
        timeline = self.window.player.timeline
        if not 0 <= index < len(timeline.steps):
            return None
        step = timeline.steps[index]
        return self.open(step.technique, step.zone, occurrence(timeline, step), step.finale)

    def open_current(self) -> TechniqueCardDialog | None:
        """The card of the step at the player's time (T)."""
        timeline = self.window.player.timeline
        if not timeline.steps:
            return None
        return self.open_step(timeline.step_at(self.window.player.t).index)

    def open_link(self, url: str) -> bool:
        """A ``technique:ZONE/TECHNIQUE`` link in Guidance; False for another kind of link."""
        if not url.startswith("technique:"):
            return False
        zone, _, technique = url[len("technique:"):].rpartition("/")
        self.open(technique, zone or None)
        return True


class CardPanel(CardView):
    """Presenter mode's card beside the picture: the step's close-up following the player's
    clock (the hands in it are the hands on the back), with the card's words under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key: tuple | None = None
        self._painted = QElapsedTimer()

    def show_step(self, motion: Motion, step: Step) -> None:
        """Build the close-up for ``step`` at this panel's size (again only when either changes)."""
        from ..render.technique_card import CloseUpRenderer

        key = (id(motion), step.index, self.width(), self.height())
        if key != self._key and self.width() > 50 and self.height() > 50:
            self._key = key
            self.set_renderer(CloseUpRenderer(motion, step, self.width(), self.height()))

    def follow(self, t: float) -> None:
        """The player moved: repaint, at most :data:`CARD_FPS` times a second."""
        self.t = t
        if not self._painted.isValid() or self._painted.elapsed() >= 1000 / CARD_FPS:
            self._painted.start()
            self.update()
