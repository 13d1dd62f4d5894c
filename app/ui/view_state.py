"""What the window shows, owned in one place: the focused zone, the layers, the label size and
the theme. No Qt here: the checkboxes, the menu actions and the scene listen to it.

Modes (presenter, quiz) push a frame of their own over the user's settings and pop it when
they end, instead of each keeping a snapshot to put back: whatever a mode changes lives in its
frame and goes with it, and a mode can lock a layer so nothing shows it while the mode lasts.

>>> state = ViewState()
>>> state.push("quiz", layers={"spine": False}, locked={"spine"})
>>> state.set_layer("spine", True), state.layer("spine")
(False, False)
>>> state.pop("quiz"); state.layer("spine")
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ..render.layers import LAYERS, MOTION_LAYERS, MUSCLE_VIEWS

__all__ = ["LAYERS", "MOTION_LAYERS", "MUSCLE_VIEWS", "THEMES", "ViewState"]

#: ``screen`` for a desk, ``projector`` for a class: larger type, heavier lines, more contrast.
THEMES = ("screen", "projector")
_UNSET = object()


@dataclass
class _Frame:
    owner: str
    values: dict[str, object] = field(default_factory=dict)  # focus, zoom, label_scale, theme, muscles, layer:NAME
    locked: set[str] = field(default_factory=set)  # layer names nobody may change while the frame is on


class ViewState:
    """The effective value of each setting is the one of the newest frame that sets it."""

    def __init__(self, layers: Mapping[str, bool] | None = None, focus: str | None = None,
                 label_scale: float = 1.0, theme: str = "screen", muscles: str = "off"):
        on = dict.fromkeys((*LAYERS, *MOTION_LAYERS), True)
        on.update(layers or {})
        base = {f"layer:{name}": bool(v) for name, v in on.items()}
        base.update(focus=focus, zoom=True, label_scale=float(label_scale), theme=theme, muscles=muscles)
        self._frames = [_Frame("user", base)]
        self._listeners: list[Callable[[set[str]], None]] = []

    # -- reading ---------------------------------------------------------------------------
    def _get(self, key: str) -> object:
        for frame in reversed(self._frames):
            if key in frame.values:
                return frame.values[key]
        raise KeyError(key)

    @property
    def focus(self) -> str | None:
        return self._get("focus")  # type: ignore[return-value]

    @property
    def zoom(self) -> bool:
        """Whether the picture closes in on the focused zone (False: the focus only picks the
        lines shown, as while the session plays)."""
        return self._get("zoom")  # type: ignore[return-value]

    @property
    def label_scale(self) -> float:
        return self._get("label_scale")  # type: ignore[return-value]

    @property
    def theme(self) -> str:
        return self._get("theme")  # type: ignore[return-value]

    @property
    def muscles(self) -> str:
        """Which muscles show under the lines: one of MUSCLE_VIEWS (off, superficial, deep)."""
        return self._get("muscles")  # type: ignore[return-value]

    def layer(self, name: str) -> bool:
        return self._get(f"layer:{name}")  # type: ignore[return-value]

    def layers(self) -> dict[str, bool]:
        return {key[6:]: bool(self._get(key)) for key in self._frames[0].values if key.startswith("layer:")}

    def locked(self, name: str) -> bool:
        """Whether a mode keeps this layer as it set it (the quiz hides what gives answers away)."""
        return any(name in frame.locked for frame in self._frames)

    @property
    def modes(self) -> tuple[str, ...]:
        """The frames pushed over the user's, oldest first."""
        return tuple(frame.owner for frame in self._frames[1:])

    # -- writing ---------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[set[str]], None]) -> None:
        """``listener(keys)`` after every change: ``{"focus"}``, ``{"layer:spine"}``…"""
        self._listeners.append(listener)

    def _snapshot(self) -> dict[str, object]:
        return {key: self._get(key) for key in self._frames[0].values}

    def _notify(self, before: Mapping[str, object]) -> set[str]:
        changed = {key for key, value in self._snapshot().items() if before[key] != value}
        if changed:
            for listener in list(self._listeners):
                listener(changed)
        return changed

    def _set(self, key: str, value: object) -> bool:
        before = self._snapshot()
        self._frames[-1].values[key] = value
        self._notify(before)
        return True

    def set_focus(self, zone_id: str | None, zoom: bool = True) -> bool:
        before = self._snapshot()
        self._frames[-1].values.update(focus=zone_id, zoom=zoom)
        self._notify(before)
        return True

    def set_label_scale(self, scale: float) -> bool:
        return self._set("label_scale", float(scale))

    def set_theme(self, theme: str) -> bool:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        return self._set("theme", theme)

    def set_muscles(self, view: str) -> bool:
        if view not in MUSCLE_VIEWS:
            raise ValueError(f"unknown muscle view {view!r}")
        return self._set("muscles", view)

    def next_muscles(self) -> str:
        """Off → superficial → deep → off: one key walks through them."""
        views = list(MUSCLE_VIEWS)
        self.set_muscles(views[(views.index(self.muscles) + 1) % len(views)])
        return self.muscles

    def set_layer(self, name: str, on: bool) -> bool:
        """Show or hide a layer; False (and nothing changes) while a mode locks it."""
        if f"layer:{name}" not in self._frames[0].values:
            raise KeyError(name)
        if self.locked(name):
            self._notify(self._snapshot())
            return False
        return self._set(f"layer:{name}", bool(on))

    def push(self, owner: str, *, layers: Mapping[str, bool] | None = None, locked: Iterable[str] = (),
             focus: object = _UNSET, label_scale: float | None = None, theme: str | None = None) -> None:
        """Start a mode's frame: what it sets now, and what it changes later, ends with it."""
        if owner in self.modes:
            self.pop(owner)
        before = self._snapshot()
        values: dict[str, object] = {f"layer:{name}": bool(on) for name, on in (layers or {}).items()}
        if focus is not _UNSET:
            values.update(focus=focus, zoom=True)
        if label_scale is not None:
            values["label_scale"] = float(label_scale)
        if theme is not None:
            values["theme"] = theme
        self._frames.append(_Frame(owner, values, set(locked)))
        self._notify(before)

    def update_mode(self, owner: str, *, layers: Mapping[str, bool] | None = None,
                    locked: Iterable[str] | None = None) -> None:
        """Change what a running mode hides and locks (the quiz, from one question to the next);
        layers it no longer sets fall back to what is under its frame."""
        frame = next(f for f in self._frames if f.owner == owner)
        before = self._snapshot()
        if layers is not None:
            for key in [k for k in frame.values if k.startswith("layer:")]:
                del frame.values[key]
            frame.values.update({f"layer:{name}": bool(on) for name, on in layers.items()})
        if locked is not None:
            frame.locked = set(locked)
        self._notify(before)

    def pop(self, owner: str) -> None:
        """End a mode, wherever its frame is: a mode that ends first takes only its own."""
        before = self._snapshot()
        self._frames = [f for f in self._frames if f.owner != owner or f is self._frames[0]]
        self._notify(before)
