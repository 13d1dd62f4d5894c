"""The session controls under the back: play, steps, timeline, speed, variant, direction."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.session.timeline import clock
from ..model.vocabulary import SESSION_DIRECTIONS, SESSION_VARIANTS, pressure_word
from ..model.zonefiles.spec import TECHNIQUES, TechniqueSpec
from ..render.i18n import word
from .player import SPEEDS, Player
from .timeline_strip import TimelineStrip

__all__ = ["SessionPanel", "TempoDialog"]


class SessionPanel(QWidget):
    """Controls for one :class:`Player`; the window owns the player and the motion."""

    variant_changed = Signal(str)
    direction_changed = Signal(str)

    def __init__(self, player: Player, zone_ids: list[str], parent=None):
        super().__init__(parent)
        self.player = player
        self.play_button = QToolButton()
        self.play_button.clicked.connect(player.toggle)
        icons = self.style()
        self.prev_button = QToolButton()
        self.prev_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward))
        self.prev_button.clicked.connect(player.previous_step)
        self.next_button = QToolButton()
        self.next_button.setIcon(icons.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward))
        self.next_button.clicked.connect(player.next_step)
        self.strip = TimelineStrip(player.timeline, zone_ids)
        self.strip.seek_requested.connect(player.seek)
        self.time_label = QLabel()
        self.time_label.setMinimumWidth(110)
        self.speed_box = QComboBox()
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(player.speed))
        self.speed_box.currentIndexChanged.connect(lambda i: player.set_speed(self.speed_box.itemData(i)))
        self.variant_box = QComboBox()
        for variant in SESSION_VARIANTS:
            self.variant_box.addItem(variant, variant)
        self.variant_box.currentIndexChanged.connect(lambda i: self.variant_changed.emit(self.variant_box.itemData(i)))
        self.direction_box = QComboBox()
        for direction in SESSION_DIRECTIONS:
            self.direction_box.addItem(direction, direction)
        self.direction_box.currentIndexChanged.connect(
            lambda i: self.direction_changed.emit(self.direction_box.itemData(i)))
        self.loop_box = QCheckBox()
        self.loop_box.toggled.connect(player.set_loop)
        self.now_label = QLabel()
        self.now_label.setTextFormat(Qt.TextFormat.RichText)
        self.now_label.setWordWrap(True)

        row = QHBoxLayout()
        for w in (self.prev_button, self.play_button, self.next_button):
            row.addWidget(w)
        row.addWidget(self.strip, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.speed_box)
        row.addWidget(self.variant_box)
        row.addWidget(self.direction_box)
        row.addWidget(self.loop_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.now_label)
        player.state_changed.connect(self.refresh)
        self.time_label.setText(f"{clock(player.t)} / {clock(player.timeline.total_s)}")
        self.retranslate()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word of the panel in the installed language (the strip's own are its own)."""
        self.play_button.setToolTip(self.tr("Play / pause (Space)"))
        self.prev_button.setToolTip(self.tr("Previous step (←)"))
        self.next_button.setToolTip(self.tr("Next step (→)"))
        self.speed_box.setToolTip(self.tr("Playback speed: 1× is real time, 60× shows a 30-minute session in 30 s"))
        for box, texts in ((self.variant_box, (self.tr("general"), self.tr("therapeutic"), self.tr("first session"))),
                           (self.direction_box, (self.tr("bottom-up"), self.tr("top-down")))):
            box.blockSignals(True)
            for i, text in enumerate(texts):
                box.setItemText(i, text)
            box.blockSignals(False)
        self.variant_box.setToolTip(self.tr("Session durations from the seeds: general, therapeutic, or a first "
                                            "session of at most 15 minutes"))
        self.direction_box.setToolTip(self.tr("Bottom-up by default; top-down for a client with high blood pressure "
                                              "(seed 003)"))
        self.loop_box.setText(self.tr("Loop this step"))
        self.loop_box.setToolTip(self.tr("Repeat the current technique on the current zone (L)"))
        if not self.player.playing:
            self.now_label.setText(self.tr("Press <b>Space</b> to play the session; click the strip to jump to a "
                                           "step."))

    def refresh(self) -> None:
        pixmap = QStyle.StandardPixmap.SP_MediaPause if self.player.playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        self.loop_box.blockSignals(True)
        self.loop_box.setChecked(self.player.loop)
        self.loop_box.blockSignals(False)
        i = self.speed_box.findData(self.player.speed)
        if i >= 0 and i != self.speed_box.currentIndex():
            self.speed_box.setCurrentIndex(i)

    def show_clock(self, t: float) -> None:
        """The strip's cursor and the clock, ``t`` of the session's whole length."""
        self.strip.set_time(t)
        self.time_label.setText(f"{clock(t)} / {clock(self.player.timeline.total_s)}")

    def show_time(self, t: float, zone_name: str, technique: str, lines: list[int], pressure: float, note: str) -> None:
        self.show_clock(t)
        if not lines:
            line_text = self.tr("hands lifted")
        else:
            line_text = (self.tr("line {number}").format(number=lines[0]) if len(lines) == 1
                         else self.tr("lines {numbers}").format(numbers=", ".join(map(str, lines))))
        extra = f" — {note}" if note else ""
        now = self.tr("pressure now: {word}").format(word=word(pressure_word(pressure)))
        self.now_label.setText(f"<b>{zone_name}</b> · <b>{word(technique)}</b> · {line_text} · {now}{extra}")


class TempoDialog(QDialog):
    """Tempo (per minute) and repetitions per line of each technique."""

    def __init__(self, specs: dict[str, TechniqueSpec], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tempo and repetitions"))
        form = QFormLayout(self)
        heads = QHBoxLayout()
        for text in (self.tr("Tempo (a minute)"), self.tr("Repetitions of each line")):
            heads.addWidget(QLabel("<b>" + text + "</b>"))
        form.addRow("", heads)
        self.boxes: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        for name in TECHNIQUES:
            spec = specs[name]
            tempo, reps = QSpinBox(), QSpinBox()
            tempo.setRange(1, 1200)
            tempo.setValue(round(spec.tempo))
            tempo.setSuffix(self.tr(" /min"))
            reps.setRange(1, 50)
            reps.setValue(spec.repetitions)
            reps.setSuffix(self.tr(" times a line"))
            row = QHBoxLayout()
            row.addWidget(tempo)
            row.addWidget(reps)
            form.addRow(spec.name, row)
            self.boxes[name] = (tempo, reps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, tuple[int, int]]:
        return {name: (t.value(), r.value()) for name, (t, r) in self.boxes.items()}
