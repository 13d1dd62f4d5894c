"""One clock for everything that moves: play, pause, seek, speed, step, loop a step."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from ..model.session.timeline import Timeline

__all__ = ["Player", "SPEEDS"]

#: Speeds offered: real time to 60× (a 40-minute session previewed in 40 s).
SPEEDS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)


class Player(QObject):
    """Session time ``t`` (s), advanced by a timer while playing. Tests call ``advance``."""

    time_changed = Signal(float)
    state_changed = Signal()

    def __init__(self, timeline: Timeline, parent=None, interval_ms: int = 16):
        super().__init__(parent)
        self.timeline = timeline
        self.t = 0.0
        self.speed = 10.0
        self.loop = False  # repeat the current step
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_timeline(self, timeline: Timeline) -> None:
        """A new timeline keeps the same place in the session, as far as it goes."""
        self.timeline = timeline
        self.seek(min(self.t, timeline.total_s))

    def play(self) -> None:
        if self.t >= self.timeline.total_s and not self.loop:
            self.seek(0.0)
        self._clock.start()
        self._timer.start()
        self.state_changed.emit()

    def pause(self) -> None:
        self._timer.stop()
        self.state_changed.emit()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self.state_changed.emit()

    def set_loop(self, on: bool) -> None:
        self.loop = on
        self.state_changed.emit()

    def seek(self, t: float) -> None:
        self.t = min(max(t, 0.0), self.timeline.total_s)
        self.time_changed.emit(self.t)

    def next_step(self) -> None:
        step = self.timeline.step_at(self.t)
        steps = self.timeline.steps
        self.seek(steps[min(step.index + 1, len(steps) - 1)].start_s)

    def previous_step(self) -> None:
        """To the start of this step, or of the one before when already at its start."""
        step = self.timeline.step_at(self.t)
        if self.t - step.start_s > 1.0 or step.index == 0:
            self.seek(step.start_s)
        else:
            self.seek(self.timeline.steps[step.index - 1].start_s)

    def advance(self, wall_seconds: float) -> None:
        """Move on by ``wall_seconds`` of real time at the current speed."""
        step = self.timeline.step_at(self.t)
        t = self.t + wall_seconds * self.speed
        if self.loop and t >= step.end_s:
            t = step.start_s + (t - step.start_s) % step.duration_s
        if t >= self.timeline.total_s:
            t = self.timeline.total_s
            self._timer.stop()
            self.state_changed.emit()
        self.seek(t)

    def _tick(self) -> None:
        self.advance(self._clock.restart() / 1000.0)
