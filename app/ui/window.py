"""The main window: the back in the middle, zones and layers on the left, guidance on the right."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from msgspec.structs import replace

from ..model.body.anatomy import build_body
from ..model.atlas.build import Atlas, build_atlas
from ..model.errors import DorsumError
from ..model.zonefiles.loader import load_zone_set
from ..model.atlas.masks import Mask
from ..model.plans.format import Annotation, Client, NoGoArea
from ..model.plans.operations import check_plan, default_plan, plan_masks, plan_timeline, protocol_steps
from ..render.items import ItemInfo
from ..render.scene import LAYERS, BackScene, zone_info
from ..render.style import Style
from .guidance import describe
from .legend_widget import LegendWidget
from .plan_document import PlanDocument
from .plan_panel import PlanPanel
from .plan_store import (
    AUTOSAVE_MS,
    remove_autosave,
)
from .player import SPEEDS, Player
from .session_panel import SessionPanel, TempoDialog
from .view import BackView

__all__ = ["MainWindow", "KEYS"]


def _area_of(mask: Mask) -> NoGoArea:
    """A --avoid circle given on the command line, as a plan's no-go area."""
    c = mask.geometry.centroid
    x0, _, x1, _ = mask.geometry.bounds
    return NoGoArea(id=mask.id, reason="no-go area", x=round(c.x, 2), y=round(c.y, 2), radius=round((x1 - x0) / 2, 2))

#: Keys shown by Help ▸ Keys (F1).
KEYS = (
    ("+  /  −  /  wheel", "zoom in / out"),
    ("0", "fit the back (or the zone) to the window"),
    ("drag", "pan"),
    ("click", "select a zone or a line: its guidance shows on the right"),
    ("]  /  [  (PgDown / PgUp)", "next / previous zone"),
    ("Home", "show all zones"),
    ("Space", "play / pause the session"),
    ("→  /  ←", "next / previous step"),
    (">  /  <", "faster / slower (1× to 60×)"),
    ("L", "loop the current step"),
    ("Ctrl+Shift+A", "export the animation (MP4, WebP, GIF)"),
    ("Ctrl+.", "hide the hands and the dose map"),
    ("Ctrl+Shift+=  /  Ctrl+Shift+−", "larger / smaller labels (for a projector)"),
    ("Ctrl+1 … Ctrl+9", "show or hide a layer (outline, zones, bones, masks, nodes, landmarks, lines, vertebrae, legend)"),
    ("N", "draw a client's no-go area (drag a circle)"),
    ("Backspace", "remove the last no-go area"),
    ("Ctrl+E  /  Ctrl+Shift+E", "export the picture (PNG, SVG, PDF) / the geometry (GeoJSON)"),
    ("Ctrl+N  /  Ctrl+O  /  Ctrl+S  /  Ctrl+Shift+S", "new / open / save / save as: the client's plan"),
    ("Ctrl+Z  /  Ctrl+Shift+Z", "undo / redo a change of plan"),
    ("Ctrl+Shift+H  /  Ctrl+P", "export / print the client's handout"),
    ("Ctrl+Shift+O  /  Ctrl+R", "open / reload a zones folder"),
    ("F5", "presenter mode for a class (F1 or ? there lists its keys; Esc leaves)"),
    ("Ctrl+Shift+Q  /  Enter", "start a quiz (an optional seed gives the whole class the same one) / next question"),
    ("F1", "these keys"),
    ("Ctrl+Q", "quit"),
)
#: Label sizes the window offers (a projector at 3840×2160 without display scaling wants 2).
LABEL_SCALES = (1.0, 1.25, 1.5, 2.0, 2.5)


class MainWindow(PlanDocument, QMainWindow):
    """One atlas on screen; changing the body, the zones or the client's no-go areas
    rebuilds it, and a failure leaves the last good atlas on screen with a message."""

    def __init__(self, atlas: Atlas, zones_dir: Path, stature: float | None = None, focus: str | None = None):
        super().__init__()
        self.setWindowTitle("Dorsum: back-massage atlas")
        self.atlas = atlas
        self.zones_dir = Path(zones_dir)
        self.last_error: str | None = None
        # The plan is the document: body, screening, steps, no-go areas, annotations.
        self.plan = default_plan(atlas.zone_set, client=Client(sex=atlas.body.sex, stature=stature),
                                 no_go=[_area_of(m) for m in atlas.masks if m.client])
        self.plan_path: Path | None = None
        self.saved_plan = self.plan
        self.annotations: list[Annotation] = []  # the presenter's pen adds to this list
        self.undo = QUndoStack(self)
        self.undo.cleanChanged.connect(self._on_clean_changed)  # a method: Qt disconnects it with the window
        self.ask_before_discarding = True

        self.scene = BackScene(atlas, Style())
        self.view = BackView(self.scene)
        self.setCentralWidget(self.view)
        self.info = QTextBrowser()
        self.info.setOpenExternalLinks(False)
        self.zone_list = QListWidget()
        self.zone_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.layer_boxes: dict[str, QCheckBox] = {}
        self.body_box = QComboBox()
        self.body_box.addItems(["male", "female"])
        self.body_box.setCurrentText(atlas.body.sex)
        self.legend = LegendWidget(self.scene)

        # The session: one player drives the hands, the trail and the dose map.
        self.tempo_overrides: dict = {}  # technique id → TechniqueSpec with another tempo
        self._motion_scene = None  # MotionScene, built when the session is first used
        self.player = Player(self._timeline(), self)
        self.session = SessionPanel(self.player, [z.id for z in atlas.zones])
        self.player.time_changed.connect(self._on_time)
        self.player.state_changed.connect(self._on_player_state)
        self.session.variant_changed.connect(lambda v: self._set_session(variant=v))
        self.session.direction_changed.connect(lambda d: self._set_session(direction=d))
        self.plan_panel = PlanPanel(atlas.zone_set)
        self.plan_panel.edit_requested.connect(self.edit_plan)
        self.plan_panel.protocol_requested.connect(lambda: self._set_session())
        self.motion_boxes = {"hands": QCheckBox("Hands and trail"), "dose": QCheckBox("Dose map (pressure × time)")}
        for name, box in self.motion_boxes.items():
            box.setChecked(True)
            box.toggled.connect(lambda on, n=name: self.set_motion_layer(n, on))

        self._build_docks()
        self._build_actions()
        self._fill_zone_list()
        self.view.hovered.connect(self._on_hover)
        self.view.clicked.connect(self._on_click)
        self.view.no_go_drawn.connect(self.add_no_go)
        self.body_box.currentTextChanged.connect(
            lambda sex: self.edit_plan(replace(self.plan, client=replace(self.plan.client, sex=sex)), "Change the body"))
        self.zone_list.currentRowChanged.connect(self._on_zone_row)
        self.statusBar().showMessage("Hover to name a vertebra, landmark, zone or line; click to read its guidance.")
        self.info.setHtml(describe(self.atlas, None))
        self.plan_panel.show_plan(self.plan)
        self._update_title()
        self.resize(1600, 1000)
        if focus:
            self.focus_zone(focus)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        # Presenter and quiz modes, and the recovery question, come right after the first
        # paint: nobody needs them before the back is on screen.
        self._presenter = self._quiz = None
        self.view.first_paint.connect(self._finish_setup)

    def _finish_setup(self) -> None:
        if self._presenter is not None:
            return
        from .presenter import install_presenter
        from .quiz import install_quiz

        self._presenter = install_presenter(self)  # F5: full screen for a class
        self._quiz = install_quiz(self)  # Ctrl+Shift+Q: questions for students
        QTimer.singleShot(0, self.offer_recovery)

    @property
    def presenter(self):
        self._finish_setup()
        return self._presenter

    @property
    def quiz(self):
        self._finish_setup()
        return self._quiz

    # -- building ----------------------------------------------------------------------------
    def _build_docks(self) -> None:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(QLabel("<b>Zones</b>"))
        layout.addWidget(self.zone_list)
        layout.addWidget(QLabel("<b>Layers</b>"))
        for name, label in LAYERS.items():
            box = QCheckBox(label)
            box.setChecked(self.scene.layer_visible(name))
            box.toggled.connect(lambda on, n=name: self.set_layer_visible(n, on))
            layout.addWidget(box)
            self.layer_boxes[name] = box
        for box in self.motion_boxes.values():
            layout.addWidget(box)
        layout.addWidget(QLabel("<b>Body</b>"))
        layout.addWidget(self.body_box)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        dock = QDockWidget("Atlas", self)
        dock.setObjectName("atlas_dock")
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        guide = QDockWidget("Guidance", self)
        guide.setObjectName("guidance_dock")
        guide.setWidget(self.info)
        guide.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, guide)
        plan_scroll = QScrollArea()
        plan_scroll.setWidget(self.plan_panel)
        plan_scroll.setWidgetResizable(True)
        self.plan_dock = QDockWidget("Plan", self)
        self.plan_dock.setObjectName("plan_dock")
        self.plan_dock.setWidget(plan_scroll)
        self.plan_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.plan_dock)
        self.tabifyDockWidget(guide, self.plan_dock)
        guide.raise_()
        self.resizeDocks([dock, guide], [260, 420], Qt.Orientation.Horizontal)

        session = QDockWidget("Session", self)
        session.setObjectName("session_dock")
        session.setWidget(self.session)
        session.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, session)

    def _action(self, menu, text: str, slot, shortcuts=(), checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New plan", self.new_plan, [QKeySequence.StandardKey.New])
        self._action(file_menu, "&Open plan…", lambda: self.open_plan(), [QKeySequence.StandardKey.Open])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, "&Save plan", lambda: self.save_plan(), [QKeySequence.StandardKey.Save])
        self._action(file_menu, "Save plan &as…", lambda: self.save_plan_as(), [QKeySequence.StandardKey.SaveAs])
        file_menu.addSeparator()
        self._action(file_menu, "Open &zones folder…", self.open_zones, ["Ctrl+Shift+O"])
        self._action(file_menu, "&Reload zones", lambda: self.rebuild(), ["Ctrl+R"])
        file_menu.addSeparator()
        self._action(file_menu, "&Export picture…", self.export_picture, ["Ctrl+E"])
        self._action(file_menu, "Export &geometry (GeoJSON)…", self.export_geometry, ["Ctrl+Shift+E"])
        self._action(file_menu, "Export &handout…", lambda: self.export_handout(), ["Ctrl+Shift+H"])
        self._action(file_menu, "&Print handout…", self.print_handout, [QKeySequence.StandardKey.Print])
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, ["Ctrl+Q"])

        edit_menu = bar.addMenu("&Edit")
        undo = self.undo.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, "&Redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            edit_menu.addAction(action)
            self.addAction(action)

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "Zoom &in", self.view.zoom_in, ["+", "=", QKeySequence.StandardKey.ZoomIn])
        self._action(view_menu, "Zoom &out", self.view.zoom_out, ["-", QKeySequence.StandardKey.ZoomOut])
        self._action(view_menu, "&Fit", self.view.fit, ["0"])
        self._action(view_menu, "&Larger labels", lambda: self.step_label_scale(1), ["Ctrl+Shift+=", "Ctrl++"])
        self._action(view_menu, "&Smaller labels", lambda: self.step_label_scale(-1), ["Ctrl+Shift+-", "Ctrl+-"])
        layers = view_menu.addMenu("La&yers")
        self.layer_actions = {}
        for i, (name, label) in enumerate(LAYERS.items(), 1):
            action = self._action(layers, label, lambda on, n=name: self.set_layer_visible(n, on), [f"Ctrl+{i}"], checkable=True)
            action.setChecked(self.scene.layer_visible(name))
            self.layer_actions[name] = action
        view_menu.addSeparator()
        self._action(view_menu, "&Next zone", lambda: self.step_zone(1), ["]", "PgDown"])
        self._action(view_menu, "&Previous zone", lambda: self.step_zone(-1), ["[", "PgUp"])
        self._action(view_menu, "&All zones", lambda: self.focus_zone(None), ["Home"])

        session_menu = bar.addMenu("&Session")
        self._action(session_menu, "&Play / pause", self.player.toggle, ["Space"])
        self._action(session_menu, "&Next step", self.player.next_step, ["Right"])
        self._action(session_menu, "P&revious step", self.player.previous_step, ["Left"])
        self._action(session_menu, "&Loop this step", lambda: self.player.set_loop(not self.player.loop), ["L"])
        self._action(session_menu, "&Faster", lambda: self._step_speed(1), [">", "."])
        self._action(session_menu, "&Slower", lambda: self._step_speed(-1), ["<", ","])
        self._action(session_menu, "&Tempo and repetitions…", self.edit_tempo)
        self._action(session_menu, "Export &animation…", self.export_animation_dialog, ["Ctrl+Shift+A"])
        self._action(session_menu, "&Hide the hands", self.stop_animation, ["Ctrl+."])

        client = bar.addMenu("&Client")
        self.no_go_action = self._action(client, "Draw a &no-go area…", self.view.set_no_go_tool, ["N"], checkable=True)
        self.no_go_action.setToolTip("Drag a circle over a wound, burn or skin condition: the lines go round it (N)")
        self._action(client, "&Remove the last no-go area", self.remove_last_no_go, ["Backspace"])
        self._action(client, "&Clear no-go areas", self.clear_no_go)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keys", self.show_keys, ["F1"])

        tools = QToolBar("Tools", self)
        tools.setObjectName("tools")
        tools.setMovable(False)
        for action in (self.no_go_action,):
            tools.addAction(action)
        self.addToolBar(tools)

    def _fill_zone_list(self) -> None:
        self.zone_list.blockSignals(True)
        self.zone_list.clear()
        self.zone_list.addItem(QListWidgetItem("All zones"))
        for zone in self.atlas.zones:
            item = QListWidgetItem(zone.name)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            self.zone_list.addItem(item)
        ids = [None] + [z.id for z in self.atlas.zones]
        self.zone_list.setCurrentRow(ids.index(self.scene.focus) if self.scene.focus in ids else 0)
        self.zone_list.blockSignals(False)
        rows = sum(self.zone_list.sizeHintForRow(i) for i in range(self.zone_list.count()))
        self.zone_list.setFixedHeight(rows + 2 * self.zone_list.frameWidth() + 4)

    # -- state -------------------------------------------------------------------------------
    def set_layer_visible(self, name: str, on: bool) -> None:
        self.scene.set_layer_visible(name, on)
        if self.layer_boxes[name].isChecked() != on:
            self.layer_boxes[name].setChecked(on)
        if name in getattr(self, "layer_actions", {}) and self.layer_actions[name].isChecked() != on:
            self.layer_actions[name].setChecked(on)
        self.legend.setVisible(self.scene.layer_visible("legend"))
        self.legend.refresh()

    def step_label_scale(self, step: int) -> None:
        """Labels, numbers, arrows and line widths one size larger or smaller."""
        scales = LABEL_SCALES
        now = min(range(len(scales)), key=lambda i: abs(scales[i] - self.scene.style.ui_scale))
        new = scales[min(max(now + step, 0), len(scales) - 1)]
        if new != self.scene.style.ui_scale:
            self.scene.style = self.scene.style.scaled(new)
            self.scene.set_atlas(self.atlas)
            self.view.scene().fit_labels(self.view.px_per_cm)
            self.legend.refresh()
            self.statusBar().showMessage(f"Labels at {new:g}×", 3000)

    def focus_zone(self, zone_id: str | None) -> None:
        """Show one zone's lines (None: all), fit it and show its guidance."""
        self.scene.set_focus(zone_id)
        ids = [None] + [z.id for z in self.atlas.zones]
        self.zone_list.blockSignals(True)
        self.zone_list.setCurrentRow(ids.index(zone_id))
        self.zone_list.blockSignals(False)
        self.view.fit()
        self.legend.refresh()
        self.info.setHtml(describe(self.atlas, zone_info(self.atlas, zone_id) if zone_id else None))

    def step_zone(self, step: int) -> None:
        ids = [None] + [z.id for z in self.atlas.zones]
        self.focus_zone(ids[(ids.index(self.scene.focus) + step) % len(ids)])

    def _on_zone_row(self, row: int) -> None:
        if row >= 0:
            self.focus_zone(self.zone_list.item(row).data(Qt.ItemDataRole.UserRole))

    def _on_hover(self, info: ItemInfo | None) -> None:
        if info is None:
            self.statusBar().clearMessage()
        else:
            detail = info.detail.split("<br>")[0]
            self.statusBar().showMessage(f"{info.title}: {detail}" if detail else info.title)

    def _on_click(self, info: ItemInfo | None) -> None:
        self.info.setHtml(describe(self.atlas, info or (zone_info(self.atlas, self.scene.focus) if self.scene.focus else None)))

    def rebuild(self, zones_dir: Path | None = None) -> bool:
        """Build the atlas again from the zones folder, body and no-go areas. On bad input,
        show the message and keep the last good atlas; returns whether it succeeded."""
        folder = Path(zones_dir) if zones_dir is not None else self.zones_dir
        self.zones_dir = folder  # Reload retries the folder asked for, even after a failure
        try:
            zone_set = load_zone_set(folder)
            check_plan(self.plan, zone_set)
            atlas = build_atlas(build_body(self.plan.client.sex, self.plan.client.stature), zone_set, plan_masks(self.plan, zone_set))
        except DorsumError as exc:
            self.show_error(str(exc))
            return False
        self.atlas = atlas
        self._update_title()
        focus = self.scene.focus
        self.scene.set_atlas(atlas)
        self._rebuild_motion()
        self._fill_zone_list()
        if focus not in {z.id for z in atlas.zones}:
            self.scene.set_focus(None)
        self.view.fit()
        self.legend.refresh()
        self._on_click(None)
        return True

    def _on_clean_changed(self, clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.plan_path.name if getattr(self, "plan_path", None) else "new plan"
        star = "*" if hasattr(self, "saved_plan") and self.is_dirty() else ""
        self.setWindowTitle(f"Dorsum: {name}{star}  ·  zones from {self.atlas.zone_set.folder}")

    def show_error(self, message: str, keep: str | None = None) -> None:
        """A window-modal message that does not block (tests read ``last_error``)."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, "Dorsum", message, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(keep or f"The zones on screen stay as they were (from {self.atlas.zone_set.folder}). "
                               "Fix the file and press Ctrl+R to load it again.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- session -----------------------------------------------------------------------------
    def _timeline(self):
        return plan_timeline(self.plan, self.atlas.zone_set)

    @property
    def motion_scene(self):
        """Hands, trail and dose for the session, built on first use (not at start-up)."""
        if self._motion_scene is None:
            from ..model.session.motion import Motion
            from ..render.motion_scene import MotionScene

            motion = Motion.of(self.atlas, self.player.timeline, self.tempo_overrides)
            self._motion_scene = MotionScene(motion, self.scene.style)
            self._motion_scene.show_dose = self.motion_boxes["dose"].isChecked()
            self._motion_scene.show_hands = self.motion_boxes["hands"].isChecked()
        return self._motion_scene

    def _rebuild_motion(self) -> None:
        """A new motion for the atlas, variant, direction or tempos; the player keeps its place."""
        was_shown = self.view.motion_scene is not None
        self._motion_scene = None
        self.player.set_timeline(self._timeline())
        self.session.strip.set_timeline(self.player.timeline, [z.id for z in self.atlas.zones])
        self.view.set_motion_scene(self.motion_scene if was_shown else None)
        if was_shown:
            self._on_time(self.player.t)

    def _set_session(self, variant: str | None = None, direction: str | None = None) -> None:
        """Start the plan's steps again from the seeds' protocol for this variant and direction."""
        variant, direction = variant or self.plan.variant, direction or self.plan.direction
        steps = protocol_steps(self.atlas.zone_set, variant, direction)
        self.edit_plan(replace(self.plan, variant=variant, direction=direction, steps=steps),
                       f"Use the seeds' {variant} protocol, {direction}")

    def set_motion_layer(self, name: str, on: bool) -> None:
        if self.motion_boxes[name].isChecked() != on:
            self.motion_boxes[name].setChecked(on)
        if self._motion_scene is None:
            return  # applied when the motion is built
        if name == "dose":
            self._motion_scene.show_dose = on
        else:
            self._motion_scene.show_hands = on
        self._motion_scene.set_time(self.player.t)
        self.view.viewport().update()

    def _on_player_state(self) -> None:
        if self.player.playing and self.view.motion_scene is None:
            self.view.set_motion_scene(self.motion_scene)
            self.legend.set_show_pressure(True)
            self._on_time(self.player.t)

    def _on_time(self, t: float) -> None:
        """Move everything to ``t``: the hands, the dose map, the lines shown, the captions."""
        if self.view.motion_scene is None:
            self.view.set_motion_scene(self.motion_scene)  # a seek or a step shows the hands too
            self.legend.set_show_pressure(True)
        self.motion_scene.set_time(t)
        step = self.motion_scene.step
        if self.scene.focus != step.zone:  # show the lines and the guidance of the zone being worked
            was_zoomed = self.scene.focus is not None and self.scene.zoom_to_focus
            self.scene.set_focus(step.zone, zoom=False)
            if was_zoomed:
                self.view.fit()
            self.legend.refresh()
            self._select_zone_row(step.zone)
            self.info.setHtml(describe(self.atlas, zone_info(self.atlas, step.zone)))
        now = self.motion_scene.now()
        self.session.show_time(t, self.atlas.zone(step.zone).name, step.technique, now["lines"], now["pressure"], step.note)
        self.view.viewport().update()

    def stop_animation(self) -> None:
        """Hide the hands and the dose map and go back to the plain atlas."""
        self.player.pause()
        self.view.set_motion_scene(None)
        self.legend.set_show_pressure(False)
        self.view.viewport().update()

    def _step_speed(self, step: int) -> None:
        i = SPEEDS.index(self.player.speed) if self.player.speed in SPEEDS else 0
        self.player.set_speed(SPEEDS[min(max(i + step, 0), len(SPEEDS) - 1)])
        self.statusBar().showMessage(f"Speed {self.player.speed:g}×", 2000)

    def edit_tempo(self) -> None:
        specs = {spec.id: spec for spec in self.atlas.zone_set.techniques}
        specs.update(self.tempo_overrides)
        dialog = TempoDialog(specs, self)
        if dialog.exec():
            self.set_tempos(dialog.values())

    def set_tempos(self, values: dict[str, tuple[float, int]]) -> None:
        """New tempo (per minute) and repetitions per technique."""
        from ..model.session.motion import with_tempo

        base = {spec.id: spec for spec in self.atlas.zone_set.techniques}
        self.tempo_overrides = {name: with_tempo(base[name], tempo, reps) for name, (tempo, reps) in values.items()}
        self._rebuild_motion()

    def export_animation_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export animation", "dorsum.mp4",
                                              "MP4 video (*.mp4);;Animated WebP (*.webp);;GIF (*.gif)")
        if path:
            self.export_animation(Path(path))

    def export_animation(self, path: Path, size: tuple[int, int] = (960, 540), fps: float = 15.0,
                         max_seconds: float = 60.0) -> bool:
        """Write the focused zone's steps (or the whole session) at the player's speed, with a
        progress dialog whose Cancel stops it and leaves nothing behind."""
        from ..render.animation import Cancelled, frame_times, write_animation
        from ..render.frames import FrameRenderer
        from ..render.motion_scene import MotionScene

        timeline = self.motion_scene.motion.timeline
        steps = [s for s in timeline.steps if self.view.motion_scene is None or s.zone == self.motion_scene.step.zone] \
            if self.scene.focus and self.scene.zoom_to_focus else list(timeline.steps)
        start, end = steps[0].start_s, steps[-1].end_s
        times = frame_times(start, end, fps, self.player.speed, min((end - start) / self.player.speed, max_seconds))
        style = Style.for_output(*size)
        renderer = FrameRenderer(self.scene.restyled(style), MotionScene(self.motion_scene.motion, style),
                                 *size, follow=not (self.scene.focus and self.scene.zoom_to_focus))
        dialog = QProgressDialog(f"Writing {path.name}…", "Cancel", 0, len(times), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(i: int) -> bool:
            dialog.setValue(i)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            write_animation(renderer, times, path, fps, progress)
        except Cancelled:
            self.statusBar().showMessage("Export cancelled: nothing was written", 5000)
            return False
        except DorsumError as exc:
            self.show_error(str(exc))
            return False
        finally:
            dialog.reset()
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _select_zone_row(self, zone_id: str | None) -> None:
        ids = [None] + [z.id for z in self.atlas.zones]
        self.zone_list.blockSignals(True)
        self.zone_list.setCurrentRow(ids.index(zone_id) if zone_id in ids else 0)
        self.zone_list.blockSignals(False)

    # -- client ------------------------------------------------------------------------------
    def add_no_go(self, x: float, y: float, radius: float, reason: str | None = None) -> None:
        """Add a circular no-go area (cm) for this client; the lines go round it."""
        if reason is None:
            local = [c for c in self.atlas.zone_set.screening.local if c.id in self.plan.conditions]
            reason = local[0].id if len(local) == 1 else "wound"
            if len(local) > 1:
                labels = [c.label for c in local]
                label, ok = QInputDialog.getItem(self, "No-go area", "What is there?", labels, 0, False)
                if not ok:
                    return
                reason = local[labels.index(label)].id
        taken = {area.id for area in self.plan.no_go}
        n = next(i for i in range(1, 1000) if f"client_area_{i}" not in taken)
        area = NoGoArea(id=f"client_area_{n}", reason=reason, x=round(x, 2), y=round(y, 2), radius=round(radius, 2))
        self.edit_plan(replace(self.plan, no_go=[*self.plan.no_go, area]), "Add a no-go area")
        self.no_go_action.setChecked(False)
        self.view.set_no_go_tool(False)

    def clear_no_go(self) -> None:
        if self.plan.no_go:
            self.edit_plan(replace(self.plan, no_go=[]), "Clear the no-go areas")

    def remove_last_no_go(self) -> None:
        if self.plan.no_go:
            self.edit_plan(replace(self.plan, no_go=self.plan.no_go[:-1]), "Remove a no-go area")

    def closeEvent(self, event) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self._autosave_timer.stop()
        if not self.is_dirty():
            remove_autosave()
        super().closeEvent(event)

    # -- files -------------------------------------------------------------------------------
    def open_zones(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a zones folder", str(self.zones_dir))
        if folder:
            self.rebuild(Path(folder))

    def export_picture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export picture", "dorsum.png",
                                              "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, size: tuple[int, int] = (1920, 1080)) -> bool:
        """Export what the window shows (zone, layers, no-go areas) at ``size``."""
        from ..render.export import export  # QtSvg and the PDF writer load on the first export

        scene = self.scene.restyled(Style.for_output(*size))
        return self.write_out(path, lambda: export(scene, path, *size))

    def write_out(self, path: Path, write) -> bool:
        """Run ``write``: a bad path shows its message, success says where the file went."""
        try:
            write()
        except DorsumError as exc:
            self.show_error(str(exc))
            return False
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def export_geometry(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export geometry", "dorsum.geojson", "GeoJSON (*.geojson)")
        if path:
            from ..model.atlas.geojson import write_geojson

            self.write_out(Path(path), lambda: write_geojson(self.atlas, path))

    def show_keys(self) -> None:
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in KEYS)
        box = QMessageBox(QMessageBox.Icon.Information, "Keys", f"<table cellpadding='4'>{rows}</table>",
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
