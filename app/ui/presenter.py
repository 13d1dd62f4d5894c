"""Presenter mode (F5): the back full screen in large, high-contrast type for a projector,
stepped from the keyboard zone → line → technique with the hands following, and a pen to draw
on the picture. Esc puts the window back as it was; the pen strokes stay with the plan."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPointF, QRect, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QCursor, QFont, QKeySequence, QPainterPath, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QGraphicsPathItem, QLabel, QToolBar, QWidget

from ..model.plans.format import Annotation
from ..model.vocabulary import pressure_word
from ..render.style import FONT_FAMILY, Style, load_fonts, zone_colour

__all__ = [
    "PEN_COLOUR",
    "PEN_WIDTH",
    "PRESENTER_KEYS",
    "Presenter",
    "Stop",
    "install_presenter",
    "presenter_stops",
    "presenter_style",
    "stop_caption",
]

#: Label scale at 1080 lines: text about twice the window's, readable from the back of a room.
PRESENTER_SCALE = 1.8
#: Caption and key-list type as a share of the screen height.
CAPTION_SHARE, KEYS_SHARE = 0.032, 0.026
PEN_COLOUR, PEN_WIDTH = "#E41A1C", 5.0
FADED = 0.3  # opacity of the lines not spoken of at a line or a technique
MAX_POINTS = 20000  # an Annotation's limit

#: Shown by F1 or ? while presenting; the same table drives the shortcuts.
PRESENTER_KEYS = (
    ("→  Space", "next: zone, then each line, then each technique (animated)", "next", ("Right", "Space")),
    ("←  Backspace", "previous", "previous", ("Left", "Backspace")),
    ("↓  PgDn  ]", "next zone", "next_zone", ("Down", "PgDown", "]")),
    ("↑  PgUp  [", "previous zone", "previous_zone", ("Up", "PgUp", "[")),
    ("Home", "the whole back, all zones", "overview", ("Home",)),
    ("+  −  0", "zoom in, out, fit", None, ()),  # the window's own keys, still on
    (">  <", "hands faster, slower", None, ()),
    ("drag", "draw on the picture (kept with the plan)", None, ()),
    ("C", "clear the drawing", "clear_annotations", ("C",)),
    ("F1  ?", "these keys", "toggle_keys", ("F1", "?")),
    ("Esc  F5", "leave presenter mode", "escape", ("Esc",)),
)
_HANDLED = {QEvent.Type.Resize, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease}
#: Window keys that would fight the pen for the mouse while presenting.
_ALSO_DISABLED = ("N",)


@dataclass(frozen=True)
class Stop:
    """One place the arrow keys stop: the whole back, a zone, one of its lines (by number),
    or one of its technique steps (by index in the session timeline)."""

    kind: str  # "all", "zone", "line" or "step"
    zone: str | None = None
    line: int | None = None
    step: int | None = None


def presenter_stops(atlas, timeline) -> list[Stop]:
    """The whole back, then each zone in session order with its lines and then its steps,
    so stepping on walks the session the way the client receives it."""
    known = [z.id for z in atlas.zones]
    order = [zid for zid in dict.fromkeys(s.zone for s in timeline.steps) if zid in known]
    order += [zid for zid in known if zid not in order]
    stops = [Stop("all")]
    for zid in order:
        stops.append(Stop("zone", zid))
        stops += [Stop("line", zid, line=n) for n in sorted({line.number for line in atlas.zone(zid).lines})]
        stops += [Stop("step", zid, step=s.index) for s in timeline.zone_steps(zid)]
    return stops


def presenter_style(base: Style, screen_height: int) -> Style:
    """``base`` larger, with heavier lines and darker edges: pale fills and thin strokes wash
    out on a projector. A 2160-line screen without display scaling gets twice the 1080 size."""
    scale = max(base.ui_scale, PRESENTER_SCALE, PRESENTER_SCALE * screen_height / 1080.0)
    return replace(base, ui_scale=scale, line_width_px=3.5, line_width_per_pressure=7.0,
                   background="#FFFFFF", skin="#F3DCC8", skin_edge="#3A2216", bone="#E4DAC4",
                   bone_edge="#4A4030", ink="#0A0A0A", muted="#333333")


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 60 else f"{round(seconds / 60.0, 2):g} min"


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
    return ("line " if len(numbers) == 1 else "lines ") + ", ".join(parts)


def stop_caption(atlas, timeline, stop: Stop) -> tuple[str, str]:
    """What the room reads at ``stop``: a title, and a second line with the detail."""
    if stop.kind == "all":
        return "All zones", "→ to begin, F1 for the keys"
    zone = atlas.zone(stop.zone)
    if stop.kind == "zone":
        steps = timeline.zone_steps(zone.id)
        count = len({line.number for line in zone.lines})
        span = zone.spec.span
        minutes = f", {_duration(sum(s.duration_s for s in steps))}" if steps else ""
        return f"{zone.name} — {span.top} to {span.bottom}, {count} lines{minutes}", zone.spec.summary
    if stop.kind == "line":
        line = next(x for x in zone.lines if x.number == stop.line)
        target = f" → {line.target} nodes" if line.target else ""
        detail = f"Pressure {pressure_word(line.pressure)}; {', '.join(line.techniques)}"
        return f"{zone.name} — line {line.number}: {line.name}{target}", detail
    step = timeline.steps[stop.step]
    title = f"{zone.name} — {step.technique} ({_line_numbers(step.lines)}), {_duration(step.duration_s)}"
    return title, step.note


@dataclass
class _Saved:
    """The window as it was before presenting, to put back exactly."""

    style: Style
    background: QBrush
    state: Qt.WindowState
    geometry: QRect
    layout: bytes  # docks and toolbars: sizes, tabs, the tab in front
    frame: QFrame.Shape
    margins: QMargins
    loop: bool
    cursor: QCursor
    hidden: dict[QWidget, bool] = field(default_factory=dict)
    layers: dict[str, bool] = field(default_factory=dict)
    disabled: list[QAction] = field(default_factory=list)


class Presenter(QObject):
    """The mode, its keys, its caption and key overlay, and the pen, for one MainWindow."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._view, self._viewport = window.view, window.view.viewport()
        self.active = False
        self.stop = Stop("all")
        self._saved: _Saved | None = None
        self._press: QPointF | None = None  # where a left button went down on the view
        self._stroke: list[QPointF] = []  # scene points of the stroke being drawn
        self._live: QGraphicsPathItem | None = None
        if not hasattr(window, "annotations"):
            window.annotations = []  # pen strokes, saved with the plan

        self.action = QAction("P&resenter mode", window)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setCheckable(True)
        self.action.setToolTip("Full screen, large type, keys step zone → line → technique (F5, Esc leaves)")
        self.action.triggered.connect(lambda on: self.enter() if on else self.leave())
        self._view_menu().addSeparator()
        self._view_menu().addAction(self.action)
        window.addAction(self.action)  # F5 wherever the focus is

        self._shortcuts: list[QShortcut] = []
        for _, _, slot, keys in PRESENTER_KEYS:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setEnabled(False)
                shortcut.activated.connect(getattr(self, slot))
                self._shortcuts.append(shortcut)

        self.caption = QLabel(window.view)  # in a band above the picture, so it hides none of it
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.hide()
        self.keys_overlay = QLabel(window.view.viewport())
        self.keys_overlay.setTextFormat(Qt.TextFormat.RichText)
        self.keys_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_overlay.setStyleSheet("background: rgba(10, 10, 10, 238); color: #FFFFFF; border-radius: 12px;")
        self.keys_overlay.hide()

    def _view_menu(self):
        for action in self.window.menuBar().actions():
            if action.text() == "&View" and action.menu() is not None:
                return action.menu()
        return self.window.menuBar().addMenu("&View")

    # -- entering and leaving ----------------------------------------------------------------
    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        chrome = [w.menuBar(), w.statusBar(), *w.findChildren(QDockWidget), *w.findChildren(QToolBar)]
        self._saved = _Saved(w.scene.style, w.scene.backgroundBrush(), w.windowState(), w.geometry(),
                             bytes(w.saveState()), w.view.frameShape(), w.view.viewportMargins(), w.player.loop,
                             self._viewport.cursor(),
                             hidden={c: c.isHidden() for c in chrome},
                             layers={name: w.scene.layer_visible(name) for name in w.layer_boxes})
        taken = {QKeySequence(k).toString() for *_, keys in PRESENTER_KEYS for k in keys} | set(_ALSO_DISABLED)
        for action in w.actions():
            if action is not self.action and action.isEnabled() and \
                    any(s.toString() in taken for s in action.shortcuts()):
                action.setEnabled(False)
                self._saved.disabled.append(action)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        self.active = True
        self.action.setChecked(True)

        screen = w.screen().geometry().height() if w.screen() is not None else 1080
        self._restyle(presenter_style(self._saved.style, screen))
        for widget in chrome:
            widget.hide()
        w.view.setFrameShape(QFrame.Shape.NoFrame)
        self._viewport.setCursor(Qt.CursorShape.CrossCursor)  # the left button is the pen
        w.view.viewport().installEventFilter(self)
        w.view.installEventFilter(self)
        self.keys_overlay.installEventFilter(self)
        self.caption.show()
        w.showFullScreen()
        w.view.setFocus()
        focus = w.scene.focus
        self.go(Stop("zone", focus) if focus else Stop("all"))

    def leave(self) -> None:
        if not self.active:
            return
        w, saved = self.window, self._saved
        self._end_stroke(commit=False)
        self.active = False
        self.action.setChecked(False)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        for action in saved.disabled:
            action.setEnabled(True)
        w.view.viewport().removeEventFilter(self)
        w.view.removeEventFilter(self)
        self.keys_overlay.removeEventFilter(self)
        self.keys_overlay.hide()
        self.caption.hide()
        w.player.pause()
        w.player.set_loop(saved.loop)
        self._restyle(saved.style, saved.background)
        for name, on in saved.layers.items():
            if w.scene.layer_visible(name) != on:
                w.set_layer_visible(name, on)
        for widget, hidden in saved.hidden.items():
            widget.setHidden(hidden)
        w.view.setFrameShape(saved.frame)
        self._viewport.setCursor(saved.cursor)
        w.view.setViewportMargins(saved.margins)
        w.setWindowState(saved.state)
        if not saved.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            w.setGeometry(saved.geometry)  # not restoreGeometry: that one clamps to the screen
        w.restoreState(saved.layout)  # at the old size, so the docks get their old widths
        w.view.fit()
        w.legend.refresh()
        self._saved = None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def _restyle(self, style: Style, background: QBrush | None = None) -> None:
        w = self.window
        w.scene.style = style
        w.scene.setBackgroundBrush(background if background is not None else QBrush(QColor(style.background)))
        w.scene.set_atlas(w.atlas)  # keeps the focus, the layers and the pen strokes
        w.scene.set_annotations(w.annotations)

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
            w.stop_animation()  # pauses; the hands and the dose map would hide the lines
        w.focus_zone(stop.zone)
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
        return max(14, round(share * self.window.height()))

    def _show_caption(self) -> None:
        w = self.window
        title, detail = stop_caption(w.atlas, w.player.timeline, self.stop)
        px = self._type_px(CAPTION_SHARE)
        accent = "#0A0A0A"  # the bar itself: no zone to colour
        if self.stop.zone is not None:
            ids = [z.id for z in w.atlas.zones]
            accent = zone_colour(self.stop.zone, ids.index(self.stop.zone)).name()
        pad = round(px * 0.4)
        self.caption.setStyleSheet(f"background: #0A0A0A; color: #FFFFFF; border-left: {pad}px solid {accent};"
                                   f"padding: {round(pad * 0.6)}px {pad}px;")
        html = f"<b>{_escape(title)}</b>"
        if detail:
            html += f"<br><span style='color:#E0E0E0; font-size:{round(px * 0.72)}px'>{_escape(detail)}</span>"
        self.caption.setText(html)
        self._layout()

    def _layout(self) -> None:
        """Size the caption band and the key list to the window; the picture refits below."""
        w = self.window
        px = self._type_px(CAPTION_SHARE)
        self.caption.setFont(_font(px, bold=False))
        self.caption.ensurePolished()
        height = self.caption.heightForWidth(w.view.width())
        self.caption.setGeometry(0, 0, w.view.width(), height)
        if w.view.viewportMargins().top() != height:
            w.view.setViewportMargins(0, height, 0, 0)
            w.view.fit()
        self._layout_keys()

    def toggle_keys(self) -> None:
        self.keys_overlay.setVisible(not self.keys_overlay.isVisible())
        self._layout_keys()
        self.keys_overlay.raise_()

    def _layout_keys(self) -> None:
        px = self._type_px(KEYS_SHARE)
        rows = "".join(f"<tr><td align='right' style='color:#FFD34D; padding-right:{px}px'><b>{_escape(k)}</b></td>"
                       f"<td>{_escape(what)}</td></tr>" for k, what, *_ in PRESENTER_KEYS)
        self.keys_overlay.setText(f"<p style='font-size:{round(px * 1.2)}px'><b>Presenter keys</b></p>"
                                  f"<table cellspacing='{round(px * 0.3)}'>{rows}</table>")
        self.keys_overlay.setFont(_font(px))
        self.keys_overlay.setContentsMargins(px, px, px, px)
        self.keys_overlay.adjustSize()
        viewport = self.window.view.viewport().rect()
        size = self.keys_overlay.size().boundedTo(viewport.size())
        self.keys_overlay.setGeometry((viewport.width() - size.width()) // 2, (viewport.height() - size.height()) // 2,
                                      size.width(), size.height())

    def escape(self) -> None:
        """Esc closes the key list first, then leaves presenter mode."""
        if self.keys_overlay.isVisible():
            self.keys_overlay.hide()
        else:
            self.leave()

    # -- the pen ---------------------------------------------------------------------------
    def clear_annotations(self) -> None:
        self.window.annotations.clear()
        self.window.scene.set_annotations([])

    def eventFilter(self, obj, event) -> bool:
        # The event's type first: while Qt tears the window down, events still arrive here
        # and touching the half-destroyed widgets would crash.
        kind = event.type()
        if not self.active or kind not in _HANDLED:
            return False
        if kind == QEvent.Type.Resize:
            if obj is self._view:
                self._layout()  # before the view refits, so it fits below the caption
            return False
        if obj is self.keys_overlay:
            if kind == QEvent.Type.MouseButtonPress:
                self.keys_overlay.hide()
            return True
        if obj is not self._viewport:
            return False
        left = kind != QEvent.Type.MouseMove and event.button() == Qt.MouseButton.LeftButton
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) and left:
            self._press = event.position()
            self._stroke = [self._view.mapToScene(event.position().toPoint())]
            return True
        if kind == QEvent.Type.MouseMove and self._press is not None:
            self._draw_to(event.position())
            return True
        if kind == QEvent.Type.MouseButtonRelease and left and self._press is not None:
            self._draw_to(event.position())
            self._end_stroke(commit=True)
            return True
        return False

    def _draw_to(self, pos: QPointF) -> None:
        """Extend the stroke once the pointer has moved far enough to be a drag, not a click."""
        if self._live is None and (pos - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        if len(self._stroke) >= MAX_POINTS:
            return  # the plan's limit for one stroke
        point = self.window.view.mapToScene(pos.toPoint())
        step = (point - self._stroke[-1]).manhattanLength() * self.window.view.px_per_cm
        if self._live is not None and step < 1.0:
            return  # under a pixel from the last point
        self._stroke.append(point)
        if self._live is None:
            style = self.window.scene.style
            self._live = QGraphicsPathItem()
            self._live.setPen(style.pen(PEN_COLOUR, style.px(PEN_WIDTH)))
            self._live.setZValue(1e6)
            self.window.scene.addItem(self._live)
        path = QPainterPath(self._stroke[0])
        for p in self._stroke[1:]:
            path.lineTo(p)
        self._live.setPath(path)

    def _end_stroke(self, commit: bool) -> None:
        drawn = self._live is not None
        if self._live is not None and shiboken6.isValid(self._live) and self._live.scene() is not None:
            self._live.scene().removeItem(self._live)
        self._live, self._press = None, None
        if commit and drawn and len(self._stroke) > 1:
            points = [(round(p.x(), 2), round(-p.y(), 2)) for p in self._stroke]
            self.window.annotations.append(Annotation(points=points, colour=PEN_COLOUR, width=PEN_WIDTH))
            self.window.scene.set_annotations(self.window.annotations)
        self._stroke = []


def _font(px: int, bold: bool = False) -> QFont:
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def install_presenter(window) -> Presenter:
    """Add presenter mode to ``window``: View ▸ Presenter mode, F5."""
    return Presenter(window)
