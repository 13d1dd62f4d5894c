"""Every command of the window, declared once: its id, title, menu, keys and help. The menus,
the shortcuts, the F1 list, presenter mode's keys and the README's key table all come from
this table, so none of them can disagree with another.

No Qt here; :class:`app.ui.action_binder.ActionBinder` turns the table into QActions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..render.layers import LAYERS, MUSCLE_VIEWS

__all__ = ["ActionSpec", "ACTIONS", "GESTURES", "PRESENTER_GESTURES", "MENUS", "LAYER_ROW", "key_text", "keys_rows",
           "keys_markdown"]

#: Menus in the order of the menu bar.
MENUS = ("File", "Edit", "View", "Session", "Client", "Quiz", "Help")


@dataclass(frozen=True)
class ActionSpec:
    """One command. ``context`` is ``window`` (always on), ``presenter`` (on only in presenter
    mode) or ``quiz``; ``menu`` None keeps it out of the menus (a key only)."""

    id: str
    title: str
    help: str
    shortcuts: tuple[str, ...] = ()
    menu: str | None = None
    checkable: bool = False
    context: str = "window"
    keys: str = ""  # how the F1 list and the README write the keys, when not the shortcuts


def _layers() -> tuple[ActionSpec, ...]:
    return tuple(ActionSpec(f"layer.{name}", label, f"show or hide: {label.lower()}", (f"Ctrl+{i}",), "View/Layers",
                            checkable=True) for i, (name, label) in enumerate(LAYERS.items(), 1))


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("plan.new", "&New plan", "a new plan for a client", ("Ctrl+N",), "File"),
    ActionSpec("plan.open", "&Open plan…", "open a plan", ("Ctrl+O",), "File"),
    ActionSpec("plan.recent", "Open &recent", "the plans opened last", (), "File"),
    ActionSpec("plan.save", "&Save plan", "save the plan", ("Ctrl+S",), "File"),
    ActionSpec("plan.save_as", "Save plan &as…", "save the plan under another name", ("Ctrl+Shift+S",), "File"),
    ActionSpec("zones.open", "Open &zones folder…", "open another zones folder", ("Ctrl+Shift+O",), "File"),
    ActionSpec("zones.reload", "&Reload zones", "read the zones folder again (a bad file shows its message; "
               "the last good zones stay)", ("Ctrl+R",), "File"),
    ActionSpec("export.picture", "&Export picture…", "export the picture (PNG, SVG, PDF)", ("Ctrl+E",), "File"),
    ActionSpec("export.geometry", "Export &geometry (GeoJSON)…", "export the geometry (GeoJSON)",
               ("Ctrl+Shift+E",), "File"),
    ActionSpec("export.handout", "Export &handout…", "export the client's handout (PDF)", ("Ctrl+Shift+H",), "File"),
    ActionSpec("export.print", "&Print handout…", "print the client's handout", ("Ctrl+P",), "File"),
    ActionSpec("app.quit", "&Quit", "quit", ("Ctrl+Q",), "File"),
    # Edit
    ActionSpec("edit.undo", "&Undo", "undo a change of plan", ("Ctrl+Z",), "Edit"),
    ActionSpec("edit.redo", "&Redo", "redo it", ("Ctrl+Shift+Z", "Ctrl+Y"), "Edit"),
    # View
    ActionSpec("view.zoom_in", "Zoom &in", "zoom in", ("+", "="), "View"),
    ActionSpec("view.zoom_out", "Zoom &out", "zoom out", ("-",), "View"),
    ActionSpec("view.fit", "&Fit", "fit the back (or the zone) to the window", ("0",), "View"),
    ActionSpec("view.larger_labels", "&Larger labels", "larger labels, numbers and lines (a projector wants 2×)",
               ("Ctrl+=", "Ctrl++"), "View"),
    ActionSpec("view.smaller_labels", "&Smaller labels", "smaller labels", ("Ctrl+-",), "View"),
    *_layers(),
    ActionSpec("view.muscles", "Next &muscle view", "muscles under the lines: none, superficial, deep (press again "
               "for the next)", ("M",), "View/Muscles"),
    *(ActionSpec(f"view.muscles_{view}", label, f"show {label.lower()}", (), "View/Muscles", checkable=True)
      for view, label in MUSCLE_VIEWS.items()),
    ActionSpec("panel.atlas", "&Atlas panel", "show or hide the zones and layers panel", ("Ctrl+Shift+1",),
               "View/Panels", checkable=True),
    ActionSpec("panel.guidance", "&Guidance and plan", "show or hide the guidance and plan panel",
               ("Ctrl+Shift+2",), "View/Panels", checkable=True),
    ActionSpec("panel.session", "&Session strip", "show or hide the session strip", ("Ctrl+Shift+3",), "View/Panels",
               checkable=True),
    ActionSpec("view.next_zone", "&Next zone", "next zone", ("]", "PgDown"), "View"),
    ActionSpec("view.previous_zone", "&Previous zone", "previous zone", ("[", "PgUp"), "View"),
    ActionSpec("view.all_zones", "&All zones", "show all zones", ("Home",), "View"),
    ActionSpec("view.presenter", "P&resenter mode", "presenter mode for a class (F1 or ? there lists its keys; "
               "Esc leaves)", ("F5",), "View", checkable=True),
    # Session
    ActionSpec("session.play", "&Play / pause", "play / pause the session", ("Space",), "Session"),
    ActionSpec("session.next_step", "&Next step", "next step", ("Right",), "Session"),
    ActionSpec("session.previous_step", "P&revious step", "previous step", ("Left",), "Session"),
    ActionSpec("session.loop", "&Loop this step", "loop the current step", ("L",), "Session", checkable=True),
    ActionSpec("session.faster", "&Faster", "faster (1× to 60×)", (">", "."), "Session"),
    ActionSpec("session.slower", "&Slower", "slower", ("<", ","), "Session"),
    ActionSpec("session.tempo", "&Tempo and repetitions…", "how fast each technique goes", (), "Session"),
    ActionSpec("session.card", "Technique &card", "the technique card of the step playing: its hands close up (2.5×) "
               "with the contact, posture, path, tempo, direction and source", ("T",), "Session"),
    ActionSpec("session.export", "Export &animation…", "export the animation (MP4, WebP, GIF)", ("Ctrl+Shift+A",),
               "Session"),
    ActionSpec("view.hands", "Show the &hands", "show or hide the hands and their trail", ("Ctrl+.",), "Session",
               checkable=True),
    ActionSpec("view.dose", "Show the &dose map", "show or hide the dose map (pressure × time)", ("Ctrl+Shift+.",),
               "Session", checkable=True),
    # Client
    ActionSpec("client.no_go", "Draw a &no-go area…", "draw a client's no-go area (drag a circle)", ("N",), "Client",
               checkable=True),
    ActionSpec("client.remove_no_go", "&Remove the last no-go area", "remove the last no-go area", ("Backspace",),
               "Client"),
    ActionSpec("client.clear_no_go", "&Clear no-go areas", "remove every no-go area", (), "Client"),
    # Quiz
    ActionSpec("quiz.start", "&Start quiz…", "start a quiz (an optional seed gives the whole class the same one)",
               ("Ctrl+Shift+Q",), "Quiz"),
    ActionSpec("quiz.next", "&Next question", "next question", ("Return", "Enter"), "Quiz", context="quiz",
               keys="Enter"),
    ActionSpec("quiz.stop", "S&top quiz", "stop the quiz", (), "Quiz", context="quiz"),
    # Help
    ActionSpec("help.keys", "&Keys", "these keys", ("F1",), "Help"),
    # Presenter mode: keys only, on while it lasts
    ActionSpec("presenter.next", "Next", "next: zone, then each line, then each technique (animated)",
               ("Right", "Space"), context="presenter"),
    ActionSpec("presenter.previous", "Previous", "previous", ("Left", "Backspace"), context="presenter"),
    ActionSpec("presenter.next_zone", "Next zone", "next zone", ("Down", "PgDown", "]"), context="presenter"),
    ActionSpec("presenter.previous_zone", "Previous zone", "previous zone", ("Up", "PgUp", "["), context="presenter"),
    ActionSpec("presenter.overview", "All zones", "the whole back, all zones", ("Home",), context="presenter"),
    ActionSpec("presenter.undo_stroke", "Undo the last stroke", "undo the last pen stroke on this zone (or a clear)",
               ("Ctrl+Z", "U"),
               context="presenter"),
    ActionSpec("presenter.clear", "Clear the drawing", "clear this zone's drawing", ("C",), context="presenter"),
    ActionSpec("presenter.colour", "Next pen colour", "next pen colour (red, blue, green, black)", ("P",),
               context="presenter"),
    ActionSpec("presenter.pointer", "Pointer", "a pointer instead of the pen (a spot that follows the mouse)",
               ("O",), context="presenter", checkable=True),
    ActionSpec("presenter.dose", "Dose map", "show or hide the dose map", ("D",), context="presenter"),
    ActionSpec("presenter.keys", "Keys", "these keys", ("F1", "?"), context="presenter"),
    ActionSpec("presenter.escape", "Leave", "leave presenter mode", ("Esc",), context="presenter", keys="Esc  F5"),
)

#: What the mouse does, for the F1 list (no action: the view handles it).
GESTURES = (
    ("wheel", "zoom"),
    ("drag", "pan"),
    ("click", "select a zone or a line: its guidance shows on the right"),
    ("hover", "name a vertebra, landmark, zone or line in the status bar"),
)
PRESENTER_GESTURES = (
    ("+  −  0", "zoom in, out, fit"),
    (">  <", "hands faster, slower"),
    ("drag", "draw on the picture (class notes: kept with the zone, never in the client's plan)"),
)

#: The F1 list's one row for the layer toggles.
LAYER_ROW = "show or hide a layer ({names})"

_SYMBOLS = {"Right": "→", "Left": "←", "Up": "↑", "Down": "↓", "PgDown": "PgDn", "-": "−", "Return": "Enter"}


def key_text(spec: ActionSpec) -> str:
    """How people read the keys: ``"]  /  PgDn"``."""
    if spec.keys:
        return spec.keys
    return "  /  ".join(_SYMBOLS.get(k, k).replace("Ctrl+-", "Ctrl+−") for k in spec.shortcuts)


def _same(text: str) -> str:
    return text


def _grouped(specs: Iterable[ActionSpec], tr: Callable[[str], str] = _same) -> list[tuple[str, str]]:
    """Layer toggles take one row (Ctrl+1 … Ctrl+9), not nine."""
    rows: list[tuple[str, str]] = []
    layers = [s for s in specs if s.id.startswith("layer.")]
    for spec in specs:
        if spec.id.startswith("layer."):
            if spec is layers[0]:
                names = ", ".join(tr(s.title).lower() for s in layers)
                rows.append((f"Ctrl+1 … Ctrl+{len(layers)}", tr(LAYER_ROW).format(names=names)))
            continue
        if spec.shortcuts or spec.keys:
            rows.append((key_text(spec), tr(spec.help)))
    return rows


def keys_rows(context: str = "window", tr: Callable[[str], str] = _same) -> list[tuple[str, str]]:
    """(keys, what they do) for the F1 list of ``context``, mouse gestures included; ``tr``
    translates the table's words, English by default."""
    if context == "presenter":
        specs = [s for s in ACTIONS if s.context == "presenter"]
        return _grouped(specs, tr) + [(tr(k) if k.isalpha() else k, tr(what)) for k, what in PRESENTER_GESTURES]
    specs = [s for s in ACTIONS if s.context in ("window", "quiz")]
    return _grouped(specs, tr) + [(tr(k), tr(what)) for k, what in GESTURES]


def keys_markdown() -> str:
    """The README's key tables, written from this one."""
    out = ["| key | action |", "|---|---|"]
    out += [f"| `{k}` | {what} |" for k, what in keys_rows("window")]
    out += ["", "In presenter mode (`F5`):", "", "| key | action |", "|---|---|"]
    out += [f"| `{k}` | {what} |" for k, what in keys_rows("presenter")]
    return "\n".join(out) + "\n"
