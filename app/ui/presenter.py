"""Presenter mode (F5): the back full screen in large, high-contrast type for a projector,
stepped from the keyboard zone → line → technique with the hands following, a caption band of
its own above the picture, and a pen (four colours, undo, a pointer) to draw on it. Esc puts
the window back as it was. The pen's strokes are the class's, not the client's: they are kept
per zone in the class notes of the zones folder (saved in the user's data folder), shown again
whenever that zone is, and never written into the plan."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ..model.documents.class_notes import OVERVIEW, ClassNotes, load_class_notes, save_class_notes
from ..model.errors import DorsumError
from ..model.plans.format import Annotation
from ..model.session.card import occurrence, technique_card
from ..model.vocabulary import pressure_word
from ..render.check_messages import check_error
from ..render.i18n import model_words, translate, word
from ..render.motion_scene import step_place_text
from ..render.scene import node_label
from ..render.style import FONT_FAMILY, Style, load_fonts, zone_colour
from .actions import ACTIONS, keys_rows
from .modes import ModeHost
from .plan_store import class_notes_path
from .technique_card import CardPanel
from .tools import PEN_COLOURS, PenTool, PointerTool

__all__ = ["PEN_WIDTH", "Presenter", "Stop", "presenter_stops", "presenter_style", "stop_caption"]

#: Label scale at 1080 lines: text about twice the window's, readable from the back of a room.
PRESENTER_SCALE = 1.8
#: Caption and key-list type as a share of the screen height.
CAPTION_SHARE, KEYS_SHARE = 0.032, 0.026
PEN_WIDTH = 5.0  # pixels on screen
FADED = 0.3  # opacity of the lines not spoken of at a line or a technique
CARD_SHARE = 0.3  # of the view's width: the technique card's column at a technique step

#: Window commands that would fight the pen for the mouse while presenting.
_ALSO_DISABLED = ("client.no_go",)


@dataclass(frozen=True)
class Stop:
    """One place the arrow keys stop: the whole back, a zone, one of its lines (by number),
    or one of its technique steps (by index in the session timeline)."""

    kind: str  # "all", "zone", "line" or "step"
    zone: str | None = None
    line: int | None = None
    step: int | None = None


def presenter_stops(atlas, timeline) -> list[Stop]:
    """The whole back, then each zone in session order with its lines and then its steps, and
    the finale last, so stepping on walks the session the way the client receives it."""
    known = [z.id for z in atlas.zones]
    order = [zid for zid in dict.fromkeys(s.zone for s in timeline.steps) if zid in known]
    order += [zid for zid in known if zid not in order]
    stops = [Stop("all")]
    for zid in order:
        stops.append(Stop("zone", zid))
        stops += [Stop("line", zid, line=n) for n in sorted({line.number for line in atlas.zone(zid).lines})]
        stops += [Stop("step", zid, step=s.index) for s in timeline.zone_steps(zid) if not s.finale]
    return stops + [Stop("step", s.zone, step=s.index) for s in timeline.steps if s.finale and s.zone in known]


def presenter_style(base: Style, screen_height: int) -> Style:
    """``base`` larger, with heavier lines and darker edges: pale fills and thin strokes wash
    out on a projector. A 2160-line screen without display scaling gets twice the 1080 size."""
    scale = max(base.ui_scale, PRESENTER_SCALE, PRESENTER_SCALE * screen_height / 1080.0)
    return replace(base, ui_scale=scale, line_width_px=3.5, line_width_per_pressure=7.0,
                   background="#FFFFFF", skin="#F3DCC8", skin_edge="#3A2216", bone="#E4DAC4",
                   bone_edge="#4A4030", ink="#0A0A0A", muted="#333333")


def _duration(seconds: float) -> str:
    if seconds < 60:
        return translate("presenter", "{n} s").format(n=f"{seconds:.0f}")
    return translate("presenter", "{n} min").format(n=f"{round(seconds / 60.0, 2):g}")


def _line_numbers(numbers) -> str:
    """(1, 2, 3, 4, 5) → "lines 1–5"; (1, 3, 4) → "lines 1, 3, 4"; (4,) → "line 4"."""
    numbers = sorted(numbers)
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    if len(numbers) == 1:
        return translate("presenter", "line {numbers}").format(numbers=", ".join(parts))
    return translate("presenter", "lines {numbers}").format(numbers=", ".join(parts))


def stop_caption(atlas, timeline, stop: Stop) -> tuple[str, str]:
    """What the room reads at ``stop``: a title, and a second line with the detail."""
    if stop.kind == "all":
        return translate("presenter", "All zones"), translate("presenter", "→ to begin, F1 for the keys")
    zone = atlas.zone(stop.zone)
    if stop.kind == "zone":
        steps = [s for s in timeline.zone_steps(zone.id) if not s.finale]
        count = len({line.number for line in zone.lines})
        span = zone.spec.span
        minutes = f", {_duration(sum(s.duration_s for s in steps))}" if steps else ""
        title = translate("presenter", "{zone} — {top} to {bottom}, {count} lines").format(
            zone=zone.name, top=word(span.top), bottom=word(span.bottom), count=count)
        return title + minutes, zone.spec.summary
    if stop.kind == "line":
        line = next(x for x in zone.lines if x.number == stop.line)
        target = f" → {node_label(line.target)}" if line.target else ""
        detail = translate("presenter", "Pressure {word}; {techniques}").format(
            word=word(pressure_word(line.pressure)), techniques=", ".join(word(t) for t in line.techniques))
        title = translate("presenter", "{zone} — line {number}: {name}").format(zone=zone.name, number=line.number,
                                                                               name=line.name)
        return title + target, detail
    step = timeline.steps[stop.step]
    place = step_place_text(atlas.zone_set, step, timeline.direction)
    title = f"{place} — {word(step.technique)} ({_line_numbers(step.lines)}), {_duration(step.duration_s)}"
    try:  # how the hand does it, as the technique card says (the card beside the picture says it whole)
        card = technique_card(atlas.zone_set, step.technique, zone.id, nth=occurrence(timeline, step),
                              finale=step.finale)
    except DorsumError:  # a plan's step the zone's file does not have
        card = technique_card(atlas.zone_set, step.technique)
    return title, card.how_to(model_words)


@dataclass
class _Chrome:
    """The window's frame as it was before presenting (not view state: the view state's own
    frame holds the theme, layers and focus): put back exactly on leaving."""

    state: Qt.WindowState
    geometry: QRect
    layout: bytes  # docks and toolbars: sizes, tabs, the tab in front
    frame: QFrame.Shape
    margins: QMargins
    loop: bool
    tool: object  # the mouse tool that was on (a quiz's answer tool, say), given back on leaving
    hidden: dict[QWidget, bool] = field(default_factory=dict)
    disabled: list[QAction] = field(default_factory=list)


class Presenter(QObject):
    """The mode, its keys, its caption band and key overlay, and the pen, for one window. It
    works through the window's typed parts: the view state, the document, the view, the
    player and the action table."""

    def __init__(self, window: ModeHost):
        super().__init__(window.main_window())
        self.window = window
        self._view = window.view
        self.active = False
        self.stop = Stop("all")
        self._chrome: _Chrome | None = None
        self.pen = PenTool(self._stroke_drawn)
        self.pointer = PointerTool()
        self.notes = ClassNotes()  # the class's strokes, per zone: the one owner of them
        self.notes_path: Path | None = None  # where they are saved; None: not read, or unreadable
        self._notes_folder: str | None = None  # the zones folder they belong to
        actions = window.commands
        self.action = actions.bind("view.presenter", lambda on: self.enter() if on else self.leave(),
                                   lambda: self.active)
        slots = {"next": self.next, "previous": self.previous, "next_zone": self.next_zone,
                 "previous_zone": self.previous_zone, "overview": self.overview, "undo_stroke": self.undo_stroke,
                 "clear": self.clear_notes, "colour": self.next_colour, "dose": self.toggle_dose,
                 "keys": self.toggle_keys, "escape": self.escape}
        for name, slot in slots.items():
            actions.bind(f"presenter.{name}", slot)
        actions.bind("presenter.pointer", self.set_pointer, lambda: self._view.tool is self.pointer)

        self.caption = QLabel(window.view)  # in a band of its own above the picture
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption.hide()
        self.card_panel = CardPanel(window.view)  # a technique step's card, in a column of its own
        self.card_panel.hide()
        window.player.time_changed.connect(self._card_follows)
        self.keys_overlay = QLabel(window.view.viewport())
        self.keys_overlay.setTextFormat(Qt.TextFormat.RichText)
        self.keys_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_overlay.setStyleSheet("background: rgba(10, 10, 10, 238); color: #FFFFFF; border-radius: 12px;")
        self.keys_overlay.hide()

    # -- entering and leaving ----------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        mw = w.main_window()
        chrome = w.chrome()
        self._chrome = _Chrome(mw.windowState(), mw.geometry(), bytes(mw.saveState()), w.view.frameShape(),
                               w.view.viewportMargins(), w.player.loop, w.view.tool,
                               hidden={c: c.isHidden() for c in chrome})
        own = {QKeySequence(k).toString() for spec in ACTIONS if spec.context == "presenter" for k in spec.shortcuts}
        for action in mw.actions():
            spec = w.commands.spec_of(action)
            if spec is not None and spec.context != "presenter" and spec.id != "view.presenter" and \
                    action.isEnabled() and any(s.toString() in own for s in action.shortcuts()):
                action.setEnabled(False)
                self._chrome.disabled.append(action)
        for action_id in _ALSO_DISABLED:
            action = w.commands.actions[action_id]
            if action.isEnabled():
                action.setEnabled(False)
                self._chrome.disabled.append(action)
        self.active = True
        w.commands.set_context("presenter", True)
        # The view state's frame: the projector theme, no dose map unless asked for.
        w.view_state.push("presenter", theme="projector", layers={"dose": False})
        for widget in chrome:
            widget.hide()
        w.view.setFrameShape(QFrame.Shape.NoFrame)
        w.view.set_tool(self.pen)  # the left button draws
        w.view.installEventFilter(self)
        self.keys_overlay.installEventFilter(self)
        self.caption.show()
        mw.showFullScreen()
        w.view.setFocus()
        self._open_notes()
        self._layout()
        focus = w.view_state.focus
        self.go(Stop("zone", focus) if focus else Stop("all"))
        w.commands.refresh()

    def leave(self) -> None:
        if not self.active:
            return
        w, chrome = self.window, self._chrome
        mw = w.main_window()
        self.active = False
        w.commands.set_context("presenter", False)
        for action in chrome.disabled:
            action.setEnabled(True)
        if w.view.tool in (self.pen, self.pointer):
            w.view.set_tool(chrome.tool)
        w.view.removeEventFilter(self)
        self.keys_overlay.removeEventFilter(self)
        self.keys_overlay.hide()
        self.caption.hide()
        self.card_panel.hide()
        self.card_panel.set_renderer(None)
        w.view.setViewportMargins(chrome.margins)  # before the window shrinks: the card's column goes now
        w.scene.set_class_notes(())  # the class's strokes show only while presenting
        w.player.pause()
        w.player.set_loop(chrome.loop)
        w.view_state.pop("presenter")  # theme, layers, focus and hands as they were
        for widget, hidden in chrome.hidden.items():
            widget.setHidden(hidden)
        w.view.setFrameShape(chrome.frame)
        w.view.setViewportMargins(chrome.margins)
        mw.setWindowState(chrome.state)
        if not chrome.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            mw.setGeometry(chrome.geometry)  # not restoreGeometry: that one clamps to the screen
        mw.restoreState(chrome.layout)  # at the old size, so the docks get their old widths
        w.view.fit()
        w.legend.refresh()
        w.commands.refresh()
        self._chrome = None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    # -- stepping --------------------------------------------------------------------------
    def _stops(self) -> list[Stop]:
        return presenter_stops(self.window.atlas, self.window.player.timeline)

    def _index(self, stops: list[Stop]) -> int:
        """Where the current stop is, or its zone when a rebuild took it away."""
        for candidate in (self.stop, Stop("zone", self.stop.zone)):
            if candidate in stops:
                return stops.index(candidate)
        return 0

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        stops = self._stops()
        self.go(stops[min(max(self._index(stops) + by, 0), len(stops) - 1)])

    def next_zone(self) -> None:
        self._zone_step(1)

    def previous_zone(self) -> None:
        self._zone_step(-1)

    def _zone_step(self, by: int) -> None:
        heads = [s for s in self._stops() if s.kind in ("all", "zone")]
        here = Stop("zone", self.stop.zone) if self.stop.zone else Stop("all")
        i = heads.index(here) if here in heads else 0
        self.go(heads[min(max(i + by, 0), len(heads) - 1)])

    def overview(self) -> None:
        self.go(Stop("all"))

    def go(self, stop: Stop) -> None:
        """Show ``stop``: its zone zoomed, its line highlighted or its technique looping."""
        w = self.window
        self.stop = stop
        self._show_caption()
        if stop.kind != "step":
            w.playback.stop()  # pauses; the hands and the dose map would hide the lines
        w.focus_zone(stop.zone)
        self._show_notes()
        w.scene.clearSelection()
        shown = self._numbers_spoken_of(stop)
        for item in w.scene.line_items.values():  # the lines not spoken of fade back
            opacity = 1.0 if shown is None or item.line.number in shown else FADED
            item.setOpacity(opacity)
            item.badge.setOpacity(opacity)
            if stop.kind == "all":  # every zone's numbers at once only crowd the spine
                item.badge.setVisible(False)
        if stop.kind == "line":
            for side in ("right", "left"):
                item = w.scene.line_items.get(f"{stop.zone}.{stop.line}.{side}")
                if item is not None:
                    item.setSelected(True)
        elif stop.kind == "step":
            w.player.pause()
            w.player.seek(w.player.timeline.steps[stop.step].start_s)
            w.player.set_loop(True)
            w.player.play()
        self._show_card()

    def _show_card(self) -> None:
        """At a technique step, its card in a column beside the picture, following the player."""
        w = self.window
        on = self.active and self.stop.kind == "step"
        if on != self.card_panel.isVisible():
            self.card_panel.setVisible(on)
            self._layout()
        if on:
            self.card_panel.follow(w.player.t)

    def _card_follows(self, t: float) -> None:
        if self.card_panel.isVisible():
            self.card_panel.follow(t)

    def _numbers_spoken_of(self, stop: Stop) -> set[int] | None:
        """The line numbers a stop is about; None for all of them."""
        if stop.kind == "line":
            return {stop.line}
        if stop.kind == "step":
            return set(self.window.player.timeline.steps[stop.step].lines)
        return None

    # -- caption and keys ------------------------------------------------------------------
    def _type_px(self, share: float) -> int:
        """Type size from the screen height (the window's, full screen), never tiny."""
        return max(14, round(share * self.window.main_window().height()))

    def band_height(self) -> int:
        """The caption band: room for two lines of title and one of detail, the same for
        every stop, so the picture below never moves when the caption changes."""
        px = self._type_px(CAPTION_SHARE)
        title = QFontMetrics(_font(px, bold=True))
        detail = QFontMetrics(_font(round(px * 0.72)))
        return 2 * title.lineSpacing() + detail.lineSpacing() + round(px * 0.9)

    def _show_caption(self) -> None:
        w = self.window
        title, detail = stop_caption(w.atlas, w.player.timeline, self.stop)
        self.caption.setToolTip(f"{title} — {detail}")  # whole, where the band shortens it
        px = self._type_px(CAPTION_SHARE)
        accent = "#0A0A0A"  # the bar itself: no zone to colour
        if self.stop.zone is not None:
            ids = [z.id for z in w.atlas.zones]
            accent = zone_colour(self.stop.zone, ids.index(self.stop.zone)).name()
        pad = round(px * 0.4)
        self.caption.setStyleSheet(f"background: #0A0A0A; color: #FFFFFF; border-left: {pad}px solid {accent};"
                                   f"padding: {round(pad * 0.6)}px {pad}px;")
        width = max(w.view.width() - 3 * pad, 100)
        # The title wraps onto a second line; only a longer one (or the detail) is shortened.
        title = QFontMetrics(_font(px, bold=True)).elidedText(title, Qt.TextElideMode.ElideRight, int(1.8 * width))
        small = round(px * 0.72)
        detail = QFontMetrics(_font(small)).elidedText(detail, Qt.TextElideMode.ElideRight, width)
        html = f"<b>{_escape(title)}</b><br><span style='color:#E0E0E0; font-size:{small}px'>{_escape(detail)}</span>"
        self.caption.setText(html)
        self._layout()

    def _layout(self) -> None:
        """The caption band at the top, its height fixed by the screen; the picture below."""
        w = self.window
        px = self._type_px(CAPTION_SHARE)
        self.caption.setFont(_font(px))
        height = self.band_height()
        self.caption.setGeometry(0, 0, w.view.width(), height)
        right = round(CARD_SHARE * w.view.width()) if self.card_panel.isVisible() else 0
        self.card_panel.setGeometry(w.view.width() - right, height, right, max(w.view.height() - height, 1))
        margins = w.view.viewportMargins()
        if (margins.top(), margins.right()) != (height, right):
            w.view.setViewportMargins(0, height, right, 0)
            w.view.fit()
        if right and self.stop.kind == "step":  # the close-up drawn for the column's size
            self.card_panel.show_step(w.playback.motion_scene.motion, w.player.timeline.steps[self.stop.step])
        self._layout_keys()

    def toggle_keys(self) -> None:
        self.keys_overlay.setVisible(not self.keys_overlay.isVisible())
        self._layout_keys()
        self.keys_overlay.raise_()

    def _layout_keys(self) -> None:
        """The key list centred on the picture: its lines wrap where they would run past it
        (longer in Ukrainian and Russian), and its type shrinks until the whole list fits."""
        overlay, viewport = self.keys_overlay, self.window.view.viewport().rect()
        keys = keys_rows("presenter", lambda text: translate("actions", text))
        heading = translate("presenter", "Presenter keys")
        widest = max(1, round(viewport.width() * 0.94))
        px = self._type_px(KEYS_SHARE)
        for _ in range(6):
            rows = "".join(f"<tr><td align='right' style='color:#FFD34D; padding-right:{px}px'><b>{_escape(k)}</b>"
                           f"</td><td>{_escape(what)}</td></tr>" for k, what in keys)
            overlay.setText(f"<p style='font-size:{round(px * 1.2)}px'><b>{heading}</b></p>"
                            f"<table cellspacing='{round(px * 0.3)}'>{rows}</table>")
            overlay.setFont(_font(px))
            overlay.setContentsMargins(px, px, px, px)
            overlay.setWordWrap(False)
            overlay.adjustSize()
            width = min(overlay.width(), widest)
            if width < overlay.width():
                overlay.setWordWrap(True)
            height = overlay.heightForWidth(width) if overlay.wordWrap() else overlay.height()
            if height <= viewport.height() or px <= 9:
                break
            px = max(9, round(px * 0.85))
        size = QSize(width, min(height, viewport.height()))
        overlay.setGeometry((viewport.width() - size.width()) // 2, (viewport.height() - size.height()) // 2,
                            size.width(), size.height())

    def escape(self) -> None:
        """Esc closes the key list first, then leaves presenter mode."""
        if self.keys_overlay.isVisible():
            self.keys_overlay.hide()
        else:
            self.leave()

    def eventFilter(self, obj, event) -> bool:
        # The event's type first: while Qt tears the window down, events still arrive here.
        kind = event.type()
        if not self.active or kind not in (QEvent.Type.Resize, QEvent.Type.MouseButtonPress):
            return False
        if kind == QEvent.Type.Resize and obj is self._view:
            # Before the view refits, so it fits below the caption; the text is shortened anew
            # for the width, and the band laid out with it.
            if self.caption.isVisible():
                self._show_caption()
            else:
                self._layout()
        elif kind == QEvent.Type.MouseButtonPress and obj is self.keys_overlay:
            self.keys_overlay.hide()
            return True
        return False

    # -- the pen, the class notes and the pointer -------------------------------------------
    def _open_notes(self) -> None:
        """Read the class notes of the zones folder on screen, once per folder. A file that
        cannot be read is left alone (never written over); the pen then draws for this
        session only, and the status bar says why."""
        folder = str(Path(self.window.atlas.zone_set.folder).resolve())
        if folder == self._notes_folder:
            return
        self._notes_folder = folder
        path = class_notes_path(Path(folder))
        try:
            self.notes, self.notes_path = load_class_notes(path), path
        except DorsumError as exc:
            self.notes, self.notes_path = ClassNotes(), None
            self.window.show_status(translate("presenter", "{error}: the class notes drawn now will not be saved")
                                    .format(error=check_error(exc)), 10_000)

    @property
    def notes_zone(self) -> str:
        """The zone the pen draws on: the stop's, or the whole back."""
        return self.stop.zone or OVERVIEW

    def _show_notes(self) -> None:
        self.window.scene.set_class_notes(self.notes.strokes(self.notes_zone) if self.active else ())

    def _notes_changed(self) -> None:
        """Show the zone's strokes and save them all, atomically, at once."""
        self._show_notes()
        if self.notes_path is None:
            return
        try:
            save_class_notes(self.notes, self.notes_path, self._notes_folder or "")
        except DorsumError as exc:
            self.window.show_status(str(exc), 10_000)

    def _stroke_drawn(self, points, colour: str) -> None:
        rounded = [(round(x, 2), round(y, 2)) for x, y in points]
        self.notes.add(self.notes_zone, Annotation(points=rounded, colour=colour, width=PEN_WIDTH))
        self._notes_changed()

    def undo_stroke(self) -> None:
        """Take back the last stroke (or clear) on the zone on screen, never another zone's."""
        if self.notes.undo(self.notes_zone):
            self._notes_changed()

    def clear_notes(self) -> None:
        """Clear the drawing of the zone on screen (undoable with U)."""
        if self.notes.clear(self.notes_zone):
            self._notes_changed()

    def next_colour(self) -> None:
        i = PEN_COLOURS.index(self.pen.colour) if self.pen.colour in PEN_COLOURS else -1
        self.pen.colour = PEN_COLOURS[(i + 1) % len(PEN_COLOURS)]
        self.set_pointer(False)

    def set_pointer(self, on: bool) -> None:
        self.window.view.set_tool(self.pointer if on else self.pen)

    def toggle_dose(self) -> None:
        self.window.set_layer_visible("dose", not self.window.view_state.layer("dose"))


def _font(px: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
