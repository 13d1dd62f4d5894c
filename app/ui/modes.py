"""What presenter mode and the quiz may use of the window: a typed interface, so that neither
reaches into the window's insides and the window can change behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QListWidget, QMainWindow, QScrollArea, QTextBrowser, QWidget

    from ..model.atlas.build import Atlas
    from ..render.scene import BackScene
    from .action_binder import ActionBinder
    from .document import PlanDocument
    from .legend_widget import LegendWidget
    from .playback import Playback
    from .player import Player
    from .session_panel import SessionPanel
    from .technique_card import TechniqueCards
    from .view import BackView
    from .view_state import ViewState

__all__ = ["ModeHost"]


class ModeHost(Protocol):
    """A main window as the modes see it. The view state is where a mode changes what shows
    (push a frame, pop it); the document is the client's plan; the view takes the mode's
    mouse tool; the action table turns the mode's keys on and off."""

    atlas: Atlas
    scene: BackScene
    view: BackView
    view_state: ViewState
    document: PlanDocument
    playback: Playback
    player: Player
    commands: ActionBinder
    legend: LegendWidget
    info: QTextBrowser
    plan_scroll: QScrollArea  # the Plan tab
    zone_list: QListWidget
    session: SessionPanel
    cards: TechniqueCards  # the technique card (it names a technique: a quiz closes it)

    def focus_zone(self, zone_id: str | None) -> None: ...

    def set_layer_visible(self, name: str, on: bool) -> bool: ...

    def show_status(self, text: str, ms: int = 0) -> None:
        """A line in the status bar ("" clears it)."""
        ...

    def add_panel(self, dock: QDockWidget) -> QDockWidget:
        """Add a panel as a tab behind the guidance, which stays in front; returns the guidance."""
        ...

    def chrome(self) -> list[QWidget]:
        """Menus, status bar, docks and toolbars: what presenter mode hides."""
        ...

    def main_window(self) -> QMainWindow:
        """The window itself, for full screen, its geometry and its dock layout."""
        ...
