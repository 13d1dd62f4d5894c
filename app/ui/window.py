"""The main window: the back in the middle, zones and layers on the left, guidance and the
plan on the right, the session below. It assembles the parts and keeps none of their state:
the plan is the :class:`PlanDocument`'s, what shows is the :class:`ViewState`'s, the clock is
the player's, and the files, exports and session have controllers of their own."""

from __future__ import annotations

from html import escape
from pathlib import Path

from msgspec.structs import replace
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..model.atlas.build import Atlas, build_atlas
from ..model.atlas.masks import Mask
from ..model.body.anatomy import Body, build_body
from ..model.errors import DorsumError
from ..model.plans.anchoring import anchor_area
from ..model.plans.format import Client, NoGoArea, Plan
from ..model.plans.operations import check_plan, default_plan, plan_masks, protocol_steps
from ..model.zonefiles.loader import load_zone_set
from ..render.check_messages import check_error
from ..render.i18n import model_words, set_language, translate
from ..render.items import ItemInfo
from ..render.layers import LAYERS, MOTION_LAYERS, MUSCLE_VIEWS
from ..render.scene import BackScene, zone_info
from ..render.style import Style
from .action_binder import ActionBinder
from .actions import keys_rows
from .document import PlanDocument
from .exports import Exports
from .files import PlanFiles
from .guidance import describe
from .language import LanguageMenu, remember_language
from .legend_widget import LegendWidget
from .narrow import DownScroll, FittedList
from .no_go_dialog import NoGoDialog
from .plan_panel import PlanPanel
from .plan_store import remember_therapist, remembered_therapist
from .playback import Playback
from .session_panel import SessionPanel
from .technique_card import TechniqueCards
from .tools import NoGoTool
from .view import BackView
from .view_state import ViewState

__all__ = ["MainWindow", "LABEL_SCALES"]

#: Label sizes the window offers (a projector at 3840×2160 without display scaling wants 2).
LABEL_SCALES = (1.0, 1.25, 1.5, 2.0, 2.5)


def _area_of(mask: Mask, body: Body) -> NoGoArea:
    """A --avoid circle given on the command line, as a plan's no-go area (its kind unknown)."""
    c = mask.geometry.centroid
    x0, _, x1, _ = mask.geometry.bounds
    level, out, up, radius = anchor_area(body, c.x, c.y, (x1 - x0) / 2)
    return NoGoArea(id=mask.id, kind="other", level=level, out=out, up=up, radius=radius, note=mask.title)


class MainWindow(QMainWindow):
    """One atlas on screen; changing the body, the zones or the client's no-go areas rebuilds
    it, and a failure leaves the last good atlas on screen with a message."""

    def __init__(self, atlas: Atlas, zones_dir: Path, stature: float | None = None, focus: str | None = None):
        super().__init__()
        self.atlas = atlas
        self.zones_dir = Path(zones_dir)
        self.last_error: str | None = None
        self._pending: tuple[tuple, Atlas] | None = None  # an atlas built to check an edit, and what from

        plan = default_plan(atlas.zone_set, client=Client(sex=atlas.body.sex, stature=stature),
                            no_go=[_area_of(m, atlas.body) for m in atlas.masks if m.client])
        plan = replace(plan, therapist=remembered_therapist())
        self.document = PlanDocument(plan, self)
        self.document.check = self._check_plan
        self.view_state = ViewState()

        self.scene = BackScene(atlas, Style())
        self.scene.set_muscle_view(self.view_state.muscles)
        self.view = BackView(self.scene)
        self.setCentralWidget(self.view)
        self.info = QTextBrowser()
        self.info.setOpenExternalLinks(False)
        self.info.setOpenLinks(False)  # a technique's name opens its card; Guidance stays where it is
        self.zone_list = FittedList()  # a long zone name wraps in the narrow panel, not cut off
        self.zone_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.layer_boxes: dict[str, QCheckBox] = {}
        self.body_box = QComboBox()
        self.body_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body_box.setMinimumContentsLength(12)  # narrow panel: the box elides, its list shows all
        for sex in ("male", "female"):
            self.body_box.addItem(sex, sex)
        self.body_box.setCurrentIndex(self.body_box.findData(atlas.body.sex))
        self.legend = LegendWidget(self.scene)

        self.playback = Playback(self)
        self.player = self.playback.player
        self.session = SessionPanel(self.player, [z.id for z in atlas.zones])
        self.session.variant_changed.connect(lambda v: self.set_session(variant=v))
        self.session.direction_changed.connect(lambda d: self.set_session(direction=d))
        self.plan_panel = PlanPanel(atlas.zone_set)
        self.files = PlanFiles(self)
        self.exports = Exports(self)
        self.no_go_tool = NoGoTool(self.ask_no_go)
        self.cards = TechniqueCards(self)  # the technique card: strip, Guidance's links, T

        self._build_docks()
        self.commands = ActionBinder(self)
        self.language_menu = LanguageMenu(self, self.commands.menu("View"), self.language, self.set_language)
        self._bind_actions()
        self._fill_zone_list()
        self.document.changed.connect(self._on_plan_changed)
        self.document.state_changed.connect(self._update_title)
        self.document.refused.connect(lambda message: self.show_error(message))
        self.view_state.subscribe(self._on_view_changed)
        self.info.anchorClicked.connect(lambda url: self.cards.open_link(url.toString()))
        self.session.strip.step_clicked.connect(self.cards.open_step)
        self.view.hovered.connect(self._on_hover)
        self.view.clicked.connect(self._on_click)
        self.view.tool_changed.connect(lambda _tool: self.commands.refresh())
        self.body_box.currentIndexChanged.connect(lambda i: self._body_chosen(self.body_box.itemData(i)))
        self.zone_list.currentRowChanged.connect(self._on_zone_row)
        self.retranslate()
        self.info.setHtml(describe(self.atlas, None))
        self.plan_panel.show_plan(self.document.plan)
        self._update_title()
        self.resize(1600, 1000)
        if focus:
            self.focus_zone(focus)
        # Presenter and quiz modes, and the recovery question, come right after the first
        # paint: nobody needs them before the back is on screen. Queued, not called from the
        # paint event, so the first frame reaches the screen before they are built (~50 ms).
        self._presenter = self._quiz = None
        self.view.first_paint.connect(lambda: QTimer.singleShot(0, self, self._finish_setup))

    # -- the parts that come after the first paint --------------------------------------------
    def _finish_setup(self) -> None:
        if self._presenter is not None:
            return
        from .presenter import Presenter
        from .quiz import QuizController

        self._presenter = Presenter(self)  # F5: full screen for a class
        self._quiz = QuizController(self)  # Ctrl+Shift+Q: questions for students
        self._quiz.dock.setWindowTitle(self.tr("Quiz"))
        QTimer.singleShot(0, self.files.offer_recovery)

    @property
    def presenter(self):
        self._finish_setup()
        return self._presenter

    @property
    def quiz(self):
        self._finish_setup()
        return self._quiz

    # -- the language ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language of the window, and of the zones' texts on screen."""
        return self.atlas.zone_set.lang

    def set_language(self, lang: str) -> bool:
        """Switch the window to ``lang`` live (and remember it): Qt's translations, then the
        zones read again in that language; the window retranslates on LanguageChange."""
        previous = self.language
        set_language(lang)
        remember_language(lang)
        if lang != previous and not self.rebuild(lang=lang):
            set_language(previous)
            return False
        self.retranslate()
        return True

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_menu"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word of the window in the installed language."""
        self.commands.retranslate()
        self.language_menu.retranslate(self.language)
        self.zones_heading.setText("<b>" + self.tr("Zones") + "</b>")
        self.layers_heading.setText("<b>" + self.tr("Layers") + "</b>")
        self.muscles_heading.setText(self.tr("Muscles (M)"))
        self.body_heading.setText("<b>" + self.tr("Body") + "</b>")
        for name, box in self.layer_boxes.items():
            box.setText(translate("layers", {**LAYERS, **MOTION_LAYERS}[name]))
        for i, label in enumerate(MUSCLE_VIEWS.values()):
            self.muscle_box.setItemText(i, translate("layers", label))
        self.body_box.blockSignals(True)
        self.body_box.setItemText(0, self.tr("male"))
        self.body_box.setItemText(1, self.tr("female"))
        self.body_box.blockSignals(False)
        self.atlas_dock.setWindowTitle(self.tr("Atlas"))
        self.guidance_dock.setWindowTitle(self.tr("Guidance"))
        self.plan_dock.setWindowTitle(self.tr("Plan"))
        self.session_dock.setWindowTitle(self.tr("Session"))
        if getattr(self, "_quiz", None) is not None:  # the quiz's dock is made after the first paint
            self._quiz.dock.setWindowTitle(self.tr("Quiz"))
            self._quiz.retranslate()
        self.session.strip.update()
        self.tools_bar.setWindowTitle(self.tr("Tools"))
        self.statusBar().showMessage(self.tr("Hover to name a vertebra, landmark, zone or line; click to read its "
                                             "guidance."))
        if self.zone_list.count():
            self.zone_list.item(0).setText(self.tr("All zones"))
        self.legend.update()
        self._update_title()

    # -- building ----------------------------------------------------------------------------
    def _build_docks(self) -> None:
        left = QWidget()
        layout = QVBoxLayout(left)
        self.zones_heading, self.layers_heading = QLabel(), QLabel()
        self.muscles_heading, self.body_heading = QLabel(), QLabel()
        layout.addWidget(self.zones_heading)
        layout.addWidget(self.zone_list)
        layout.addWidget(self.layers_heading)
        for name, label in (*LAYERS.items(), *MOTION_LAYERS.items()):
            box = QCheckBox(label)
            box.setChecked(self.view_state.layer(name))
            box.toggled.connect(lambda on, n=name: self.set_layer_visible(n, on))
            layout.addWidget(box)
            self.layer_boxes[name] = box
        layout.addWidget(self.muscles_heading)
        self.muscle_box = QComboBox()
        self.muscle_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.muscle_box.setMinimumContentsLength(12)  # narrow panel: the box elides, its list shows all
        for view, label in MUSCLE_VIEWS.items():
            self.muscle_box.addItem(label, view)
        self.muscle_box.setCurrentIndex(list(MUSCLE_VIEWS).index(self.view_state.muscles))
        self.muscle_box.currentIndexChanged.connect(lambda i: self.view_state.set_muscles(self.muscle_box.itemData(i)))
        layout.addWidget(self.muscle_box)
        layout.addWidget(self.body_heading)
        layout.addWidget(self.body_box)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        scroll = DownScroll(left)  # as wide as its boxes need: the legend and the list wrap
        movable = QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        self.atlas_dock = QDockWidget(self.tr("Atlas"), self)
        self.atlas_dock.setObjectName("atlas_dock")
        self.atlas_dock.setWidget(scroll)
        self.atlas_dock.setFeatures(movable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.atlas_dock)

        guide = QDockWidget(self.tr("Guidance"), self)
        guide.setObjectName("guidance_dock")
        guide.setWidget(self.info)
        guide.setFeatures(movable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, guide)
        self.plan_scroll = QScrollArea()
        self.plan_scroll.setWidget(self.plan_panel)
        self.plan_scroll.setWidgetResizable(True)
        self._connect_plan_panel()
        self.plan_dock = QDockWidget(self.tr("Plan"), self)
        self.plan_dock.setObjectName("plan_dock")
        self.plan_dock.setWidget(self.plan_scroll)
        self.plan_dock.setFeatures(movable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.plan_dock)
        self.tabifyDockWidget(guide, self.plan_dock)
        guide.raise_()
        # The Plan tab fills its table when it comes to the front, not at start-up behind Guidance.
        self._plan_in_front = False
        self.plan_panel.set_in_front(False)
        self.plan_dock.visibilityChanged.connect(self._on_plan_dock_shown)
        self.guidance_dock = guide
        self.resizeDocks([self.atlas_dock, guide], [260, 420], Qt.Orientation.Horizontal)

        session = QDockWidget(self.tr("Session"), self)
        session.setObjectName("session_dock")
        session.setWidget(self.session)
        session.setFeatures(movable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, session)
        self.session_dock = session
        for dock in (self.atlas_dock, guide, self.plan_dock, session):
            dock.visibilityChanged.connect(self._on_dock_shown)

    def _on_plan_dock_shown(self, visible: bool) -> None:
        self._plan_in_front = visible
        self.plan_panel.set_in_front(visible)

    def _on_dock_shown(self, _visible: bool) -> None:
        if hasattr(self, "commands"):
            self.commands.refresh()

    def _show_panel(self, dock: QDockWidget, on: bool) -> None:
        dock.setVisible(on)
        if dock is self.guidance_dock:
            self.plan_dock.setVisible(on)
            dock.raise_()

    def showEvent(self, event) -> None:
        """On a laptop screen the back gets at least half the width: narrower panels."""
        super().showEvent(event)
        if not getattr(self, "_docks_sized", False):
            self._docks_sized = True
            QTimer.singleShot(0, self._fit_docks)

    def _fit_docks(self) -> None:
        if self.width() < 1500:
            self.resizeDocks([self.atlas_dock, self.guidance_dock], [250, 290], Qt.Orientation.Horizontal)

    def _connect_plan_panel(self) -> None:
        self.plan_panel.edit_requested.connect(self.document.edit)
        self.plan_panel.protocol_requested.connect(lambda: self.set_session())

    def _bind_actions(self) -> None:
        a, files, exports, playback, player = self.commands, self.files, self.exports, self.playback, self.player
        state = self.view_state
        a.bind("plan.new", files.new)
        a.bind("plan.open", lambda: files.open())
        a.menus["File/Recent"].aboutToShow.connect(lambda: files.fill_recent(a.menus["File/Recent"]))
        a.bind("plan.save", files.save)
        a.bind("plan.save_as", lambda: files.save_as())
        a.bind("zones.open", self.open_zones)
        a.bind("zones.reload", lambda: self.rebuild())
        a.bind("export.picture", exports.picture_dialog)
        a.bind("export.geometry", exports.geometry_dialog)
        a.bind("export.handout", lambda: exports.handout())
        a.bind("export.print", exports.print_handout)
        a.bind("app.quit", self.close)
        stack = self.document.undo_stack
        a.bind("edit.undo", stack.undo).setEnabled(stack.canUndo())
        a.bind("edit.redo", stack.redo).setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(a.actions["edit.undo"].setEnabled)
        stack.canRedoChanged.connect(a.actions["edit.redo"].setEnabled)
        a.bind("view.zoom_in", self.view.zoom_in)
        a.bind("view.zoom_out", self.view.zoom_out)
        a.bind("view.fit", self.view.fit)
        a.bind("view.larger_labels", lambda: self.step_label_scale(1))
        a.bind("view.smaller_labels", lambda: self.step_label_scale(-1))
        for name in LAYERS:
            a.bind(f"layer.{name}", lambda on, n=name: self.set_layer_visible(n, on), lambda n=name: state.layer(n))
        panels = {"atlas": self.atlas_dock, "guidance": self.guidance_dock, "session": self.session_dock}
        for name, dock in panels.items():
            a.bind(f"panel.{name}", lambda on, d=dock: self._show_panel(d, on), lambda d=dock: not d.isHidden())
        a.bind("view.muscles", self.next_muscle_view)
        for view in MUSCLE_VIEWS:
            a.bind(f"view.muscles_{view}", lambda _on, v=view: state.set_muscles(v), lambda v=view: state.muscles == v)
        a.bind("view.next_zone", lambda: self.step_zone(1))
        a.bind("view.previous_zone", lambda: self.step_zone(-1))
        a.bind("view.all_zones", lambda: self.focus_zone(None))
        a.bind("session.play", player.toggle)
        a.bind("session.next_step", player.next_step)
        a.bind("session.previous_step", player.previous_step)
        a.bind("session.loop", player.set_loop, lambda: player.loop)
        a.bind("session.faster", lambda: playback.step_speed(1))
        a.bind("session.slower", lambda: playback.step_speed(-1))
        a.bind("session.tempo", playback.edit_tempo)
        a.bind("session.export", exports.animation_dialog)
        a.bind("session.card", lambda: self.cards.open_current())
        a.bind("view.hands", lambda on: self.set_layer_visible("hands", on), lambda: state.layer("hands"))
        a.bind("view.dose", lambda on: self.set_layer_visible("dose", on), lambda: state.layer("dose"))
        a.bind("client.no_go", self.set_no_go_tool, lambda: self.view.tool is self.no_go_tool)
        a.bind("client.remove_no_go", self.remove_last_no_go)
        a.bind("client.clear_no_go", self.clear_no_go)
        a.bind("help.keys", self.show_keys)
        tools = self.tools_bar = QToolBar(self.tr("Tools"), self)
        tools.setObjectName("tools")
        tools.setMovable(False)
        tools.addAction(a.actions["client.no_go"])
        self.addToolBar(tools)

    def _fill_zone_list(self) -> None:
        self.zone_list.blockSignals(True)
        self.zone_list.clear()
        self.zone_list.addItem(QListWidgetItem(self.tr("All zones")))
        for zone in self.atlas.zones:
            item = QListWidgetItem(zone.name)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            self.zone_list.addItem(item)
        self.zone_list.blockSignals(False)
        self._select_zone_row(self.view_state.focus)
        self.zone_list.fit()

    # -- what shows (the view state's listeners and its writers) ------------------------------
    def set_layer_visible(self, name: str, on: bool) -> bool:
        """Ask the view state; a layer a mode has locked stays as it is."""
        done = self.view_state.set_layer(name, on)
        if not done:
            self.statusBar().showMessage(self.tr("That layer stays hidden until the question is answered."), 3000)
        return done

    def focus_zone(self, zone_id: str | None) -> None:
        """Show one zone's lines (None: all), fit it and show its guidance."""
        if zone_id is not None:
            self.atlas.zone(zone_id)  # an unknown zone is an error here, not in a listener
        self.view_state.set_focus(zone_id)

    def follow_zone(self, zone_id: str) -> None:
        """The session works ``zone_id``: show its lines and guidance, keeping the whole back."""
        if self.view_state.focus != zone_id:
            self.view_state.set_focus(zone_id, zoom=False)

    def step_zone(self, step: int) -> None:
        ids = [None] + [z.id for z in self.atlas.zones]
        here = self.view_state.focus if self.view_state.focus in ids else None
        self.focus_zone(ids[(ids.index(here) + step) % len(ids)])

    def step_label_scale(self, step: int) -> None:
        """Labels, numbers, arrows and line widths one size larger or smaller."""
        now = min(range(len(LABEL_SCALES)), key=lambda i: abs(LABEL_SCALES[i] - self.view_state.label_scale))
        new = LABEL_SCALES[min(max(now + step, 0), len(LABEL_SCALES) - 1)]
        if new != self.view_state.label_scale:
            self.view_state.set_label_scale(new)
            self.statusBar().showMessage(self.tr("Labels at {scale}×").format(scale=f"{new:g}"), 3000)

    def next_muscle_view(self) -> None:
        view = self.view_state.next_muscles()
        self.statusBar().showMessage(translate("layers", MUSCLE_VIEWS[view]), 3000)

    def style_for_view(self) -> Style:
        """The scene's style from the view state: the label size, and the projector theme."""
        state = self.view_state
        style = Style().scaled(state.label_scale)
        if state.theme == "projector":
            from .presenter import presenter_style

            screen = self.screen().geometry().height() if self.screen() is not None else 1080
            style = presenter_style(style, screen)
        return style

    def _on_view_changed(self, keys: set[str]) -> None:
        state = self.view_state
        if keys & {"label_scale", "theme"}:
            self.scene.style = self.style_for_view()
            self.scene.setBackgroundBrush(QBrush(QColor(self.scene.style.background)))
            self.scene.set_atlas(self.atlas)  # keeps the focus, the layers and the pen strokes
            self.view.relayout()
            self.playback.restyle()
        if "muscles" in keys:
            self.scene.set_muscle_view(state.muscles)
            index = list(MUSCLE_VIEWS).index(state.muscles)
            if self.muscle_box.currentIndex() != index:
                self.muscle_box.blockSignals(True)
                self.muscle_box.setCurrentIndex(index)
                self.muscle_box.blockSignals(False)
        for key in keys:
            if key.startswith("layer:"):
                name = key[6:]
                if name in MOTION_LAYERS:
                    self.playback.motion_layers_changed()
                else:
                    self.scene.set_layer_visible(name, state.layer(name))
        for name, box in self.layer_boxes.items():
            if box.isChecked() != state.layer(name):
                box.blockSignals(True)
                box.setChecked(state.layer(name))
                box.blockSignals(False)
            box.setEnabled(not state.locked(name))
        if keys & {"focus", "zoom"}:
            focus = state.focus if state.focus in {z.id for z in self.atlas.zones} else None
            self.scene.set_focus(focus, zoom=state.zoom)
            self._select_zone_row(focus)
            self.view.fit()
            self.info.setHtml(describe(self.atlas, zone_info(self.atlas, focus) if focus else None))
        self.legend.setVisible(state.layer("legend"))
        self.legend.refresh()
        self.commands.refresh()

    def _select_zone_row(self, zone_id: str | None) -> None:
        ids = [None] + [z.id for z in self.atlas.zones]
        self.zone_list.blockSignals(True)
        self.zone_list.setCurrentRow(ids.index(zone_id) if zone_id in ids else 0)
        self.zone_list.blockSignals(False)

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
        focus = self.view_state.focus
        self.info.setHtml(describe(self.atlas, info or (zone_info(self.atlas, focus) if focus else None)))

    # -- the plan (the document's listeners) --------------------------------------------------
    def _atlas_for(self, plan: Plan, zone_set=None) -> Atlas:
        zone_set = zone_set or self.atlas.zone_set
        body = build_body(plan.client.sex, plan.client.stature)
        return build_atlas(body, zone_set, plan_masks(plan, body, model_words), plan.direction)

    @staticmethod
    def _atlas_key(plan: Plan) -> tuple:
        """What the atlas is built from: the body, the no-go areas and the way the lines run."""
        return plan.client, list(plan.no_go), plan.direction

    def _check_plan(self, plan: Plan) -> None:
        """An edit that changes the body or the no-go areas must give a valid atlas."""
        if self._atlas_key(plan) != self._atlas_key(self.document.plan):
            self._pending = (self._atlas_key(plan), self._atlas_for(plan))

    def _on_plan_changed(self, old: Plan, new: Plan) -> None:
        if self._atlas_key(new) != self._atlas_key(old):
            pending, self._pending = self._pending, None
            if pending is not None and pending[0] == self._atlas_key(new):
                self.set_atlas(pending[1])
            else:
                try:
                    self.set_atlas(self._atlas_for(new))
                except DorsumError as exc:
                    self.show_error(exc)
        elif (new.steps, new.variant, new.direction) != (old.steps, old.variant, old.direction):
            self.playback.rebuild()
        if new.annotations != old.annotations:
            self.scene.set_annotations(new.annotations)
        if new.therapist != old.therapist:
            remember_therapist(new.therapist)
        self.body_box.blockSignals(True)
        self.body_box.setCurrentIndex(self.body_box.findData(new.client.sex))
        self.body_box.blockSignals(False)
        for box, value in ((self.session.variant_box, new.variant), (self.session.direction_box, new.direction)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.plan_panel.show_plan(new)
        self._update_title()

    def _body_chosen(self, sex: str) -> None:
        plan = self.document.plan
        self.document.edit(replace(plan, client=replace(plan.client, sex=sex)), self.tr("Change the body"))

    def set_session(self, variant: str | None = None, direction: str | None = None) -> None:
        """Start the plan's steps again from the seeds' protocol for this variant and direction."""
        plan = self.document.plan
        variant, direction = variant or plan.variant, direction or plan.direction
        steps = protocol_steps(self.atlas.zone_set, variant, direction)
        self.document.edit(replace(plan, variant=variant, direction=direction, steps=steps),
                           self.tr("Use the seeds' {variant} protocol, {direction}").format(
                               variant=_label(self.session.variant_box, variant),
                               direction=_label(self.session.direction_box, direction)))

    def set_atlas(self, atlas: Atlas) -> None:
        """Show ``atlas``: the scene, the session, the lists and the panels follow."""
        zones_changed = atlas.zone_set is not self.atlas.zone_set
        self.atlas = atlas
        self.scene.set_atlas(atlas)
        self.scene.set_annotations(self.document.plan.annotations)
        self.playback.rebuild()
        if zones_changed:
            self._fill_zone_list()
            self._replace_plan_panel()
        if self.view_state.focus is not None and self.view_state.focus not in {z.id for z in atlas.zones}:
            self.view_state.set_focus(None)
        self.view.fit()
        self.legend.refresh()
        self._on_click(None)
        self._update_title()

    def _replace_plan_panel(self) -> None:
        """A new zones folder: the Plan tab names its zones and screening, not the old ones."""
        self.plan_panel = PlanPanel(self.atlas.zone_set)
        self.plan_panel.set_in_front(self._plan_in_front)
        self.plan_scroll.setWidget(self.plan_panel)  # the old panel is deleted with it
        self._connect_plan_panel()
        self.plan_panel.show_plan(self.document.plan)

    def rebuild(self, zones_dir: Path | None = None, lang: str | None = None) -> bool:
        """Read the zones folder again (in ``lang``, else the window's language) and rebuild the
        atlas for the plan. On bad input, show the message and keep the last good atlas;
        returns whether it succeeded."""
        folder = Path(zones_dir) if zones_dir is not None else self.zones_dir
        self.zones_dir = folder  # Reload retries the folder asked for, even after a failure
        try:
            zone_set = load_zone_set(folder, lang or self.language)
            check_plan(self.document.plan, zone_set)
            atlas = self._atlas_for(self.document.plan, zone_set)
        except DorsumError as exc:
            self.show_error(exc)
            return False
        self.set_atlas(atlas)
        return True

    # -- the client's no-go areas -------------------------------------------------------------
    def set_no_go_tool(self, on: bool) -> None:
        self.view.set_tool(self.no_go_tool if on else None)

    def ask_no_go(self, x: float, y: float, radius: float) -> None:
        """A circle was drawn: ask what is there (never assumed) and add it once answered."""
        self.set_no_go_tool(False)
        self.no_go_dialog = NoGoDialog(self)
        self.no_go_dialog.chosen.connect(lambda kind, note: self.add_no_go(x, y, radius, kind, note))
        self.no_go_dialog.open()

    def add_no_go(self, x: float, y: float, radius: float, kind: str, note: str = "") -> None:
        """Add a circular no-go area (cm on this body) for this client; the lines go round it.
        It is anchored to the nearest level, so it keeps its place if the body changes."""
        plan = self.document.plan
        taken = {area.id for area in plan.no_go}
        n = next(i for i in range(1, 1000) if f"client_area_{i}" not in taken)
        level, out, up, r = anchor_area(self.atlas.body, x, y, radius)
        area = NoGoArea(id=f"client_area_{n}", kind=kind, level=level, out=out, up=up, radius=r, note=note.strip())
        self.document.edit(replace(plan, no_go=[*plan.no_go, area]), self.tr("Add a no-go area"))
        self.set_no_go_tool(False)

    def clear_no_go(self) -> None:
        if self.document.plan.no_go:
            self.document.edit(replace(self.document.plan, no_go=[]), self.tr("Clear the no-go areas"))

    def remove_last_no_go(self) -> None:
        if self.document.plan.no_go:
            self.document.edit(replace(self.document.plan, no_go=self.document.plan.no_go[:-1]),
                               self.tr("Remove a no-go area"))

    # -- the window ----------------------------------------------------------------------------
    def open_zones(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a zones folder"), str(self.zones_dir))
        if folder:
            self.rebuild(Path(folder))

    def _update_title(self) -> None:
        path = self.document.path
        star = "*" if self.document.unsaved else ""
        name = path.name if path else self.tr("new plan")
        self.setWindowTitle(f"Dorsum: {name}{star}  ·  " + self.tr("zones from {folder}").format(
            folder=self.atlas.zone_set.folder))

    def show_error(self, error: DorsumError | str, keep: str | None = None) -> None:
        """A window-modal message that does not block (tests read ``last_error``): a file's
        error with its path and line, in the window's language where ``check`` words it so;
        ``keep`` says what stays as it was (by default, the zones on screen)."""
        message = check_error(error) if isinstance(error, DorsumError) else error
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, "Dorsum", message, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(keep or self.tr("The zones on screen stay as they were (from {folder}). Fix the file "
                                               "and press Ctrl+R to load it again.").format(
                                                   folder=self.atlas.zone_set.folder))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def main_window(self) -> QMainWindow:
        return self

    def show_status(self, text: str, ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def add_panel(self, dock: QDockWidget) -> QDockWidget:
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.guidance_dock, dock)
        self.guidance_dock.raise_()
        return self.guidance_dock

    def chrome(self) -> list[QWidget]:
        """Menus, status bar, docks and toolbars: what presenter mode hides."""
        return [self.menuBar(), self.statusBar(), *self.findChildren(QDockWidget), *self.findChildren(QToolBar)]

    def show_keys(self) -> None:
        """Every key, from the action table, in a dialog that scrolls on a small screen."""
        rows = keys_rows("window", lambda text: translate("actions", text))
        self.keys_dialog = keys_dialog(self, self.tr("Keys"), rows)
        self.keys_dialog.open()

    def closeEvent(self, event) -> None:
        if not self.files.closing():
            event.ignore()
            return
        self.playback.player.pause()
        self.cards.close()
        super().closeEvent(event)


def keys_dialog(parent: QWidget, title: str, rows: list[tuple[str, str]]) -> QDialog:
    """A list of keys that fits the screen: it scrolls rather than growing past it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = QLabel("<table cellpadding='4'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setWordWrap(True)
    scroll = QScrollArea()
    scroll.setWidget(text)
    scroll.setWidgetResizable(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll)
    layout.addWidget(buttons)
    screen = parent.screen().availableGeometry() if parent.screen() is not None else None
    height = min(760, int(screen.height() * 0.85)) if screen is not None else 640
    dialog.resize(min(720, screen.width() - 40) if screen is not None else 720, height)
    return dialog


def _label(box, data: str) -> str:
    """The words a combo box shows for one of its items (the session panel translates them)."""
    return box.itemText(box.findData(data))
