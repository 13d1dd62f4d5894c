"""The session on screen: one player drives the hands, the trail and the dose map over the
back, and the lines, the guidance and the captions follow the step being played."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..model.plans.operations import plan_timeline
from ..model.session.timeline import Timeline
from ..render.i18n import translate
from .player import SPEEDS, Player

if TYPE_CHECKING:
    from .window import MainWindow

__all__ = ["Playback"]


class Playback(QObject):
    """Owns the player and the motion scene (built on first use, not at start-up)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.tempo_overrides: dict = {}  # technique id → TechniqueSpec with another tempo
        self._motion_scene = None
        self.player = Player(self.timeline(), window)
        self.player.time_changed.connect(self._on_time)
        self.player.state_changed.connect(self._on_state)

    def timeline(self) -> Timeline:
        w = self.window
        return plan_timeline(w.document.plan, w.atlas.zone_set)

    @property
    def motion_scene(self):
        """Hands, trail and dose for the session, built on first use."""
        if self._motion_scene is None:
            from ..model.session.motion import Motion
            from ..render.motion_scene import MotionScene

            w = self.window
            motion = Motion.of(w.atlas, self.player.timeline, self.tempo_overrides)
            self._motion_scene = MotionScene(motion, w.scene.style)
            self._apply_layers()
        return self._motion_scene

    @property
    def showing(self) -> bool:
        """The hands are over the back (playing, paused on a moment, or stepped to)."""
        return self.window.view.motion_scene is not None

    def _apply_layers(self) -> None:
        state = self.window.view_state
        self._motion_scene.show_dose = state.layer("dose")
        self._motion_scene.show_hands = state.layer("hands")

    def motion_layers_changed(self) -> None:
        """The view state turned the hands or the dose map on or off."""
        if self._motion_scene is None:
            return
        self._apply_layers()
        self._motion_scene.set_time(self.player.t)
        self.window.view.viewport().update()

    def rebuild(self) -> None:
        """A new motion for the atlas, plan or tempos; the player keeps its place."""
        w = self.window
        was_shown = self.showing
        self._motion_scene = None
        blocked = self.player.blockSignals(True)  # a new timeline is not a moment to show
        try:
            self.player.set_timeline(self.timeline())
        finally:
            self.player.blockSignals(blocked)
        w.session.strip.set_timeline(self.player.timeline, [z.id for z in w.atlas.zones])
        w.view.set_motion_scene(self.motion_scene if was_shown else None)
        if was_shown:
            self._on_time(self.player.t)
        else:  # the session's length changes with the plan, shown or not
            w.session.show_clock(self.player.t)

    def restyle(self) -> None:
        """The scene's style changed (labels, theme): the hands follow it."""
        if self._motion_scene is not None:
            self.rebuild()

    def _show(self) -> None:
        if self.window.view.motion_scene is None:
            self.window.view.set_motion_scene(self.motion_scene)
            self.window.legend.set_show_pressure(True)

    def _on_state(self) -> None:
        if self.player.playing:
            self._show()
            self._on_time(self.player.t)
        self.window.commands.refresh()

    def _on_time(self, t: float) -> None:
        """Move everything to ``t``: the hands, the dose map, the lines shown, the captions."""
        from ..render.motion_scene import step_place_text  # loaded with the motion scene, not at start-up

        w = self.window
        self._show()  # a seek or a step shows the hands too
        self.motion_scene.set_time(t)
        step = self.motion_scene.step
        w.follow_zone(step.zone)
        now = self.motion_scene.now()
        place = step_place_text(w.atlas.zone_set, step, self.motion_scene.motion.timeline.direction)
        w.session.show_time(t, place, step.technique, now["lines"], now["pressure"], step.note)
        w.view.viewport().update()

    def stop(self) -> None:
        """Hide the hands and the dose map and go back to the plain atlas."""
        self.player.pause()
        self.window.view.set_motion_scene(None)
        self.window.legend.set_show_pressure(False)
        self.window.view.viewport().update()

    def step_speed(self, step: int) -> None:
        i = SPEEDS.index(self.player.speed) if self.player.speed in SPEEDS else 0
        self.player.set_speed(SPEEDS[min(max(i + step, 0), len(SPEEDS) - 1)])
        self.window.statusBar().showMessage(translate("Playback", "Speed {speed}×").format(
            speed=f"{self.player.speed:g}"), 2000)

    def edit_tempo(self) -> None:
        from .session_panel import TempoDialog

        specs = {spec.id: spec for spec in self.window.atlas.zone_set.techniques}
        specs.update(self.tempo_overrides)
        dialog = TempoDialog(specs, self.window)
        if dialog.exec():
            self.set_tempos(dialog.values())

    def set_tempos(self, values: dict[str, tuple[float, int]]) -> None:
        """New tempo (per minute) and repetitions per technique."""
        from ..model.session.motion import with_tempo

        base = {spec.id: spec for spec in self.window.atlas.zone_set.techniques}
        self.tempo_overrides = {name: with_tempo(base[name], tempo, reps) for name, (tempo, reps) in values.items()}
        self.rebuild()
