"""The student quiz in the window: a Quiz menu, a dock with the question, and the answers
given on the back itself.

While a question waits for its answer, the view's mouse tool is the quiz's (it does not pan,
select or name what is under the cursor, which would give the answer away); the right answer
is then drawn on the back with temporary items that go at the next question. Questions
answered by choosing (how hard, absolute or local, which technique) show a row of buttons; a
technique question plays that technique's step in a loop with the hands, its name hidden.
What the quiz hides and locks lives in its own frame of the window's view state, so nothing
else (presenter mode, a layer key) can show it early, and stopping the quiz puts back what
was there.
"""

from __future__ import annotations

import html
import math
import random

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.quiz.questions import Feedback, Quiz, make_quiz
from ..render.geometry import scene_point
from ..render.i18n import model_words, translate, word
from ..render.items import ArrowItem, ChipItem, MarkerItem, ShapeItem, TextItem
from .modes import ModeHost
from .narrow import DownScroll, FittedList
from .tools import AnswerTool

__all__ = ["QuizController", "parse_seed"]

#: Layers that would give the answer away while a question of each kind waits: vertebra labels
#: (and line numbers beside them), the lines themselves, or the zones' colours and their
#: legend; for a mask question the masks, the lines' dotted stretches and the legend that
#: names them; for a pressure question the lines, whose width is their pressure.
HIDDEN_DURING = {"vertebra": ("spine", "lines"), "line_direction": ("lines",), "zone": ("zones", "lines", "legend"),
                 "technique_order": (), "mask": ("masks", "lines", "legend"), "pressure": ("lines", "legend"),
                 "contraindication": (), "technique_motion": ()}
#: The moving hands would cover the answers: off and locked for the whole quiz, but for the
#: question they are the answer to.
ALWAYS_HIDDEN = ("hands", "dose")
SHOWN_DURING = {"technique_motion": ("hands",)}
#: Kinds answered with a button (the others on the back, or in the order list).
CHOSEN = ("pressure", "contraindication", "technique_motion")
#: The buttons' words for a contraindication's two groups.
GROUP_WORDS = {"absolute": QT_TRANSLATE_NOOP("QuizController", "Absolute: no massage"),
               "local": QT_TRANSLATE_NOOP("QuizController", "Local: keep off that area")}
#: A technique question plays in real time, so its tempo is the one techniques.toml gives.
TECHNIQUE_SPEED = 1.0
#: What to do, shown under the question until it is answered.
HOW_TO = {
    "vertebra": QT_TRANSLATE_NOOP("QuizController",
                                  "Click on the back (the vertebra labels are hidden until you answer)."),
    "zone": QT_TRANSLATE_NOOP("QuizController",
                              "Click on the back (the zones are hidden until you answer; the vertebrae guide you)."),
    "line_direction": QT_TRANSLATE_NOOP(
        "QuizController", "Drag on the back from where the line starts, the way it runs (the lines are hidden)."),
    "technique_order": QT_TRANSLATE_NOOP("QuizController",
                                         "Drag the techniques into order, then press Check (or Enter)."),
    "mask": QT_TRANSLATE_NOOP("QuizController",
                              "Click on the back (the masks, the lines and the legend are hidden until you answer)."),
    "pressure": QT_TRANSLATE_NOOP("QuizController",
                                  "Choose the pressure (the line is drawn plain: the lines' widths are hidden)."),
    "contraindication": QT_TRANSLATE_NOOP("QuizController", "Choose absolute or local."),
    "technique_motion": QT_TRANSLATE_NOOP(
        "QuizController", "Watch the hands, then choose the technique (its name is hidden while they move)."),
}
ASKED = "#6A6A6A"  # the line a pressure question asks about, drawn without its pressure
RIGHT = "#007A55"  # the right answer on the back and in the panel
WRONG = "#C0392B"
PARTLY = "#9A6700"
YOURS = "#0057B8"  # the student's click or stroke
ANSWER_Z = 1000.0  # above every layer of the scene


def parse_seed(text: str) -> int | str | None:
    """What a class types as a seed: empty for none, a whole number, or any word."""
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text


class QuizController(QObject):
    """Runs one quiz at a time on ``window``: asks, captures the answer, grades, shows."""

    def __init__(self, window: ModeHost):
        super().__init__(window.main_window())
        self.window = window
        self.quiz: Quiz | None = None
        self.feedback: Feedback | None = None  # the last graded answer
        self.answer_items: list[QGraphicsItem] = []  # temporary: the right answer, the student's mark
        self.right_items: list[QGraphicsItem] = []  # those of them that draw the right answer (it has words)
        self.tool = AnswerTool(self._clicked, self._stroked)
        self.choice_buttons: dict[str, QPushButton] = {}  # answer → its button, for a question answered by choosing
        self._playing: tuple[bool, float] | None = None  # the player's loop and speed, while a technique plays
        self._build_panel()
        self._build_actions()

    # -- building ----------------------------------------------------------------------------
    def _build_panel(self) -> None:
        """Two pages in one dock: the start page (a seed and Start) and the quiz itself."""
        self.intro_label = QLabel()
        self.seed_edit = QLineEdit()
        self.seed_edit.returnPressed.connect(lambda: self.start(parse_seed(self.seed_edit.text())))
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.start(parse_seed(self.seed_edit.text())))
        idle = QWidget()
        idle_layout = QVBoxLayout(idle)
        for widget in (self.intro_label, self.seed_edit, self.start_button):
            idle_layout.addWidget(widget)
        idle_layout.addStretch(1)

        self.question_label = QLabel()
        self.hint_label = QLabel()
        self.feedback_label = QLabel()
        self.score_label = QLabel()
        for label in (self.intro_label, self.question_label, self.hint_label, self.feedback_label, self.score_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.order_list = FittedList()
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.choice_box = QWidget()
        self.choice_layout = QGridLayout(self.choice_box)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_order)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.advance)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        running = QWidget()
        layout = QVBoxLayout(running)
        layout.addWidget(self.score_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.order_list)
        layout.addWidget(self.choice_box)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback_label)
        layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(idle)
        self.pages.addWidget(running)
        self._apply_fonts()
        self.retranslate()

        dock = QDockWidget("Quiz", self.window.main_window())
        dock.setObjectName("quiz_dock")
        # A long grade (an order's every misplaced technique, a mask's every reason) scrolls
        # rather than being cut off at the bottom of the dock.
        dock.setWidget(DownScroll(self.pages, frame=False))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        guide = self.window.add_panel(dock)  # a tab behind the guidance: the back keeps its width
        self.dock = dock
        self._guide = guide

    def _build_actions(self) -> None:
        commands = self.window.commands
        self.start_action = commands.bind("quiz.start", self.start_dialog)
        self.next_action = commands.bind("quiz.next", self.advance)
        self.stop_action = commands.bind("quiz.stop", self.stop)
        commands.set_context("quiz", False)

    def _apply_fonts(self) -> None:
        """Large type, following the window's label size (a projector wants it larger)."""
        style = self.window.scene.style
        self.intro_label.setFont(style.font(17))
        self.seed_edit.setFont(style.font(16))
        self.start_button.setFont(style.font(17, bold=True))
        self.question_label.setFont(style.font(24, bold=True))
        self.hint_label.setFont(style.font(15))
        self.feedback_label.setFont(style.font(18))
        self.score_label.setFont(style.font(16))
        self.order_list.setFont(style.font(19))
        for button in (self.check_button, self.next_button, self.stop_button):
            button.setFont(style.font(16, bold=True))

    def retranslate(self) -> None:
        """Every word of the panel in the installed language; a quiz under way is asked and
        graded again in it (its questions' zones and techniques in the window's language)."""
        self.intro_label.setText(self.tr(
            "Test yourself on the back: name the vertebrae, find the zones, draw which way the lines "
            "run, put each zone's techniques in order, show where not to press and why, say how hard on "
            "a line, tell absolute from local contraindications and recognise a technique from the hands. "
            "Ten questions, drawn at random."))
        self.seed_edit.setPlaceholderText(self.tr("Seed (optional): same seed, same quiz"))
        self.start_button.setText(self.tr("Start quiz"))
        self.check_button.setText(self.tr("Check"))
        self.next_button.setText(self.tr("Next"))
        self.stop_button.setText(self.tr("Stop quiz"))
        quiz = self.quiz
        if quiz is None or not quiz.speak(self.window.atlas, model_words):
            return
        if quiz.finished:
            self._show_summary()
            return
        question = quiz.current
        self.question_label.setText(question.prompt)
        self._fill_choices(question)  # laid out and named anew: the words' lengths change with the language
        feedback = quiz.feedback[quiz.index]
        if feedback is None:
            self.hint_label.setText(self._how_to(question.kind))
            self.next_button.setText(self.tr("Next"))
            self._update_score()
        else:
            self._show_feedback(feedback, redraw=True)

    def _how_to(self, kind: str) -> str:
        return translate("QuizController", HOW_TO[kind])

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A quiz is on and not yet over."""
        return self.quiz is not None and not self.quiz.finished

    @property
    def waiting(self) -> bool:
        """The question on screen waits for its answer: the back is the student's."""
        return self.running and not self.quiz.answered

    def start_dialog(self) -> None:
        text, ok = QInputDialog.getText(
            self.window, self.tr("Start quiz"),
            self.tr("Seed (optional). The whole class types the same seed to get the same questions;\n"
                    "leave it empty for a random quiz."))
        if ok:
            self.start(parse_seed(text))

    def start(self, seed: int | str | None = None, n: int = 10) -> Quiz:
        """A new quiz of ``n`` questions; without a seed one is drawn and shown, so the
        class can take the same quiz again."""
        w = self.window
        if self.quiz is not None:
            self._clean_up()
        if seed is None:
            seed = random.SystemRandom().randrange(10000, 100000)
        w.playback.stop()  # the moving hands would cover the answers
        # The quiz's frame: the whole back, no hands; what each question hides comes later.
        w.view_state.push("quiz", focus=None, layers=dict.fromkeys(ALWAYS_HIDDEN, False), locked=ALWAYS_HIDDEN)
        self._lock_panels(True)
        self.quiz = make_quiz(w.atlas, n, seed, model_words)
        self._apply_fonts()
        self.pages.setCurrentIndex(1)
        self.dock.show()
        self.dock.raise_()
        self.stop_action.setEnabled(True)
        self._show_question()
        return self.quiz

    def _lock_panels(self, on: bool) -> None:
        """Guidance, the zone list and the session strip name what the questions ask. Disabled
        text can still be read, so the Guidance and Plan tabs (a zone's techniques, the lines'
        pressures, which contraindications stop a massage) and the session strip (every step's
        technique, the one playing marked) are emptied too while the quiz runs."""
        w = self.window
        w.cards.set_locked(on)
        for widget in (w.info, w.zone_list, w.session):
            widget.setEnabled(not on)
        for widget in (w.info, w.plan_scroll, w.session):
            widget.setVisible(not on)

    def stop(self) -> None:
        """End the quiz and give the window back as it was: layers, focus, the mouse, the
        guidance in front."""
        if self.quiz is None:
            return
        self._clean_up()
        self.quiz = None
        self.feedback = None
        self.pages.setCurrentIndex(0)
        if self._guide is not None:
            self._guide.raise_()
        self.stop_action.setEnabled(False)
        self.next_action.setEnabled(False)
        self.window.view_state.pop("quiz")  # layers, focus, hands and dose map as they were
        self._lock_panels(False)
        self.window.show_status("")

    def advance(self) -> None:
        """Enter or Next: check an order question, or go on once the answer is shown."""
        if not self.running:
            return
        if not self.quiz.answered:
            if self.quiz.current.kind == "technique_order":
                self.check_order()
            return
        self.quiz.next()
        self._show_question()

    # -- answers (model coordinates, cm) -----------------------------------------------------
    def answer_point(self, x: float, y: float) -> Feedback | None:
        """A click at (x, y) for a vertebra, zone or mask question."""
        if not self.waiting or self.quiz.current.kind not in ("vertebra", "zone", "mask"):
            return None
        feedback = self._grade((x, y))
        self._show_feedback(feedback)
        self._add(self._cross(x, y, RIGHT if feedback.correct else WRONG))
        return feedback

    def answer_stroke(self, points) -> Feedback | None:
        """A drawn stroke for a line question."""
        if not self.waiting or self.quiz.current.kind != "line_direction":
            return None
        feedback = self._grade(points)
        self._show_feedback(feedback)
        if len(points) > 1:  # under the right answer, which matters more
            self._add(self._polyline(points, YOURS, 4.0, Qt.PenStyle.SolidLine), below=True)
            self._add(self._arrow(points, YOURS, 0.9), below=True)
        return feedback

    def _grade(self, answer) -> Feedback:
        """Grade against the back on screen: the body may have changed since the start."""
        if self.window.atlas is not self.quiz.atlas:
            self.quiz.use_atlas(self.window.atlas)
        return self.quiz.answer(answer)

    def answer_choice(self, choice: str) -> Feedback | None:
        """A button chosen, for a pressure, contraindication or technique question."""
        if not self.waiting or self.quiz.current.kind not in CHOSEN or choice not in self.quiz.current.choices:
            return None
        self._stop_technique()  # the name shows in the feedback: the hands may rest
        feedback = self._grade(choice)
        self._show_feedback(feedback)
        for button in self.choice_buttons.values():
            button.setEnabled(False)
        self._name_choices(self.quiz.current)
        return feedback

    def order_in_list(self) -> list[str]:
        return [self.order_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.order_list.count())]

    def check_order(self) -> Feedback | None:
        """Grade the order the list shows, for an order question."""
        if not self.waiting or self.quiz.current.kind != "technique_order":
            return None
        feedback = self._grade(self.order_in_list())
        self._show_feedback(feedback)
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self._name_choices(self.quiz.current)
        return feedback

    # -- the panel ---------------------------------------------------------------------------
    def _show_question(self) -> None:
        self._clean_up()
        quiz = self.quiz
        question = quiz.current
        self.feedback = None
        if question is None:  # the summary: the back shows everything again but the hands
            self.window.view_state.update_mode("quiz", layers=dict.fromkeys(ALWAYS_HIDDEN, False), locked=ALWAYS_HIDDEN)
            self._show_summary()
            return
        shown = SHOWN_DURING.get(question.kind, ())
        hidden = (*HIDDEN_DURING[question.kind], *(k for k in ALWAYS_HIDDEN if k not in shown))
        layers = {**dict.fromkeys(hidden, False), **dict.fromkeys(shown, True)}
        self.window.view_state.update_mode("quiz", layers=layers, locked=(*hidden, *shown))
        # Every question takes the mouse: with none, hovering would name the hidden lines.
        self.window.view.set_tool(self.tool if question.kind != "technique_order" else None)
        self.question_label.setText(question.prompt)
        self.hint_label.setText(self._how_to(question.kind))
        self.hint_label.show()
        self.feedback_label.clear()
        self._fill_order(question)
        self._fill_choices(question)
        if question.kind == "pressure":
            self._draw_asked_line(question)
        elif question.kind == "technique_motion":
            self._play_technique(question)
        self.check_button.setVisible(question.kind == "technique_order")
        self.check_button.setEnabled(True)
        self.next_button.setEnabled(False)
        self.next_button.setText(self.tr("Next"))
        self.stop_button.setText(self.tr("Stop quiz"))
        self.next_action.setEnabled(question.kind == "technique_order")
        self._update_score()
        self.window.show_status(self.tr("Quiz: {how}").format(how=self._how_to(question.kind)))

    def _fill_order(self, question) -> None:
        self.order_list.clear()
        shown = question.kind == "technique_order"
        self.order_list.setVisible(shown)
        if not shown:
            return
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for technique in question.choices:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, technique)
            self.order_list.addItem(item)
        self._name_choices(question)

    def _fill_choices(self, question) -> None:
        """One button a choice, in the order the question gives them."""
        for button in self.choice_buttons.values():
            self.choice_layout.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = {}
        shown = question.kind in CHOSEN
        self.choice_box.setVisible(shown)
        if not shown:
            return
        # As many to a row as their words allow, so a narrow panel never cuts one off (a
        # technique's name, or a contraindication's group, takes a row of its own).
        longest = max(len(self._choice_text(c)) for c in question.choices) + 2  # and its ✓ or ✗
        columns = min(len(question.choices), 4 if longest <= 12 else 2 if longest <= 18 else 1)
        answered = self.quiz is not None and self.quiz.answered
        for i, choice in enumerate(question.choices):
            button = QPushButton()
            button.setFont(self.window.scene.style.font(17, bold=True))
            button.clicked.connect(lambda _=False, c=choice: self.answer_choice(c))
            button.setEnabled(not answered)
            self.choice_layout.addWidget(button, i // columns, i % columns)
            self.choice_buttons[choice] = button
        self._name_choices(question)

    def _choice_text(self, choice: str) -> str:
        """A choice in the window's language: a technique by its name, a pressure or a group in words."""
        names = {t.id: t.name for t in self.window.atlas.zone_set.techniques}
        if choice in GROUP_WORDS:
            return translate("QuizController", GROUP_WORDS[choice])
        return names.get(choice) or word(choice).capitalize()

    def _name_choices(self, question) -> None:
        """The choices' and the order list's words, marked right or wrong once graded."""
        feedback = self.quiz.feedback[self.quiz.index] if self.quiz is not None and not self.quiz.finished else None
        given = self.quiz.answers[self.quiz.index] if feedback is not None else None
        for value, button in self.choice_buttons.items():
            mark = "" if feedback is None else "✓ " if value == feedback.answer else "✗ " if value == given else ""
            button.setText(mark + self._choice_text(value))
        checks = dict(feedback.checks) if feedback is not None and question.kind == "technique_order" else {}
        for i in range(self.order_list.count()):
            item = self.order_list.item(i)
            technique = item.data(Qt.ItemDataRole.UserRole)
            mark = "" if technique not in checks else "✓ " if checks[technique] else "✗ "
            item.setText(mark + self._choice_text(technique))
            if technique in checks:
                item.setForeground(QColor(RIGHT if checks[technique] else WRONG))
        self.order_list.fit()


    def _draw_asked_line(self, question) -> None:
        """The line asked about, plain grey on both sides: where it runs, not how hard."""
        zone_id, number = question.subject.rsplit(".", 1)
        for line in self.window.atlas.zone(zone_id).lines:
            if line.number == int(number):
                points = list(line.path.coords)
                self._add(self._polyline(points, ASKED, 5, Qt.PenStyle.SolidLine))
                self._add(self._arrow(points, ASKED, 1.0))

    def _play_technique(self, question) -> None:
        """Loop the asked technique's step on its zone with the hands, in real time (the
        session strip, which names it, is hidden for the whole quiz)."""
        w = self.window
        zone_id, technique = question.subject.rsplit(".", 1)
        steps = w.player.timeline.steps
        step = next((s for s in steps if (s.zone, s.technique) == (zone_id, technique)), None) or \
            next((s for s in steps if s.technique == technique), None)
        if step is None:  # the plan's session left it out: the question is answered from memory
            self.hint_label.setText(self.tr("This plan's session has no step of this technique to show: choose from "
                                            "what you know of the zone."))
            return
        self._playing = (w.player.loop, w.player.speed)
        w.player.pause()
        w.player.set_speed(TECHNIQUE_SPEED)
        w.player.seek(step.start_s)
        w.player.set_loop(True)
        w.player.play()

    def _stop_technique(self) -> None:
        """Stop the hands and give the player back its loop and speed."""
        if self._playing is None:
            return
        w = self.window
        loop, speed = self._playing
        self._playing = None
        w.playback.stop()
        w.player.set_loop(loop)
        w.player.set_speed(speed)
        w.view_state.set_focus(None)  # the step moved the focus to its zone; the quiz asks about the whole back

    def _show_feedback(self, feedback: Feedback, redraw: bool = False) -> None:
        """The grade in the panel and the right answer on the back; ``redraw`` when only its
        words change (another language), so the student's own marks stay."""
        self.feedback = feedback
        if feedback.correct:
            head, colour = "✓ " + self.tr("Right"), RIGHT
        elif feedback.score > 0:
            head, colour = "◑ " + self.tr("Partly right: {score} of 1").format(score=f"{feedback.score:.2f}"), PARTLY
        else:
            head, colour = "✗ " + self.tr("Not right"), WRONG
        body = "".join(f"<p style='margin:4px 0'>{html.escape(line)}</p>" for line in feedback.message.split("\n"))
        self.feedback_label.setText(f"<p style='color:{colour}; font-weight:bold; margin:4px 0'>{head}</p>{body}")
        self.hint_label.hide()
        self.window.view.set_tool(None)  # the back is the class's again: the answer is on it
        self.check_button.setEnabled(False)
        last = self.quiz.index == len(self.quiz.questions) - 1
        self.next_button.setText(self.tr("See the score") if last else self.tr("Next"))
        self.next_button.setEnabled(True)
        self.next_action.setEnabled(True)
        self._update_score()
        if redraw:
            self._remove(self.right_items)
        self._draw_answer(feedback)
        self.window.show_status(self.tr("Quiz: the right answer is on the back. Press Enter or Next to go on."))

    def _update_score(self) -> None:
        quiz = self.quiz
        summary = quiz.summary()
        where = self.tr("Question {number} of {count}").format(number=quiz.index + 1, count=len(quiz.questions)) \
            if not quiz.finished else self.tr("Quiz over")
        score = self.tr("score {score}  ·  {right} right").format(score=f"{summary.score:.1f}", right=summary.right)
        self.score_label.setText(f"{where}  ·  {score}  ·  " + self.tr("seed {seed}").format(seed=quiz.seed))

    def _show_summary(self) -> None:
        quiz = self.quiz
        summary = quiz.summary()
        self.question_label.setText(self.tr("Quiz over: {percent}%").format(percent=f"{summary.percent:.0f}"))
        self.hint_label.setText(self.tr("Seed {seed}: start a quiz with this seed to take the same questions "
                                        "again.").format(seed=quiz.seed))
        self.hint_label.show()
        lines = summary.text(model_words).split("\n")
        rows = "".join(f"<p style='margin:4px 0'>{html.escape(line)}</p>" for line in lines[1:])
        self.feedback_label.setText(f"<p style='font-weight:bold; margin:4px 0'>{html.escape(lines[0])}</p>{rows}")
        self.order_list.hide()
        self.choice_box.hide()
        self.check_button.hide()
        self.next_button.setEnabled(False)
        self.next_action.setEnabled(False)
        self.stop_button.setText(self.tr("Close"))
        self._update_score()
        self.window.show_status(self.tr("Quiz over: score {score} of {asked}").format(score=f"{summary.score:.1f}",
                                                                                      asked=summary.asked))

    # -- the back ----------------------------------------------------------------------------
    def _clean_up(self) -> None:
        """Remove every temporary item and stop the hands; the back is no longer the quiz's."""
        self._stop_technique()
        self._remove(list(self.answer_items))
        if self.window.view.tool is self.tool:
            self.window.view.set_tool(None)

    def _remove(self, items: list[QGraphicsItem]) -> None:
        """Take ``items`` off the back (and out of the temporary ones)."""
        for item in items:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.answer_items = [i for i in self.answer_items if i not in items]
        self.right_items = [i for i in self.right_items if i not in items]

    def _add(self, item: QGraphicsItem, below: bool = False) -> QGraphicsItem:
        item.setZValue(ANSWER_Z + len(self.answer_items) - (500 if below else 0))
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.window.scene.addItem(item)
        self.answer_items.append(item)
        return item

    def _pen(self, colour: str, px: float, kind=Qt.PenStyle.SolidLine) -> QPen:
        return self.window.scene.style.pen(colour, self.window.scene.style.px(px), kind)

    def _polyline(self, points, colour: str, px: float, kind) -> QGraphicsPathItem:
        path = QPainterPath(scene_point(*points[0]))
        for x, y in points[1:]:
            path.lineTo(scene_point(x, y))
        item = QGraphicsPathItem(path)
        item.setPen(self._pen(colour, px, kind))
        return item

    def _arrow(self, points, colour: str, size: float) -> ArrowItem:
        (x0, y0), (x1, y1) = points[-2], points[-1]
        angle = math.degrees(math.atan2(-(y1 - y0), x1 - x0))
        style = self.window.scene.style
        return ArrowItem(scene_point(x1, y1), angle, style.arrow_px * size * 1.3, QColor(colour), style)

    def _cross(self, x: float, y: float, colour: str) -> QGraphicsPathItem:
        """The student's click: a cross that keeps its size at any zoom."""
        r = self.window.scene.style.px(9)
        path = QPainterPath(QPointF(-r, -r))
        path.lineTo(r, r)
        path.moveTo(-r, r)
        path.lineTo(r, -r)
        item = QGraphicsPathItem(path)
        item.setPen(self._pen(colour, 4))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        item.setPos(scene_point(x, y))
        return item

    def _ring(self, x: float, y: float, radius_px: float) -> QGraphicsEllipseItem:
        r = self.window.scene.style.px(radius_px)
        item = QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r))
        item.setPen(self._pen(RIGHT, 4))
        item.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        item.setPos(scene_point(x, y))
        return item

    def _label(self, x: float, y: float, text: str, align: str = "left") -> TextItem:
        style = self.window.scene.style
        return TextItem(scene_point(x, y), text, style, style.label_px * 1.35, align, QColor(RIGHT),
                        offset=(14, 0), bold=True)

    def _draw_answer(self, feedback: Feedback) -> None:
        """The right answer on the back, in the answer colour."""
        first = len(self.answer_items)
        self._draw_right(feedback)
        self.right_items += self.answer_items[first:]

    def _draw_right(self, feedback: Feedback) -> None:
        style = self.window.scene.style
        geom = feedback.geometry
        if feedback.kind == "vertebra":
            self._add(self._ring(geom.x, geom.y, 26))
            self._add(ChipItem(scene_point(geom.x, geom.y), feedback.label, style, QColor(RIGHT), QColor("white"),
                               QColor("white"), style.label_px * 1.3))
        elif feedback.kind in ("zone", "technique_order", "mask", "technique_motion"):
            fill = QColor(RIGHT)
            fill.setAlpha(45)
            self._add(ShapeItem(geom, self._pen(RIGHT, 4), fill))
            p = geom.representative_point()
            self._add(self._label(p.x, p.y, feedback.label, "center"))
        elif feedback.kind == "line_direction":
            points = list(geom.coords)
            self._add(self._polyline(points, "white", 10, Qt.PenStyle.SolidLine))
            self._add(self._polyline(points, RIGHT, 6, Qt.PenStyle.SolidLine))
            self._add(self._arrow(points, RIGHT, 1.2))
            self._add(MarkerItem(scene_point(*points[0]), "dot", 14, QColor(RIGHT), QColor("white"), style))
            self._add(self._label(*points[0], self.tr("start of {line}").format(line=feedback.label),
                                  "right" if points[0][0] < 0 else "left"))
            if feedback.target is not None:
                self._add(MarkerItem(scene_point(feedback.target.x, feedback.target.y), "node", 26,
                                     QColor("white"), QColor(RIGHT), style))
        elif feedback.kind == "pressure":
            points = list(geom.coords)
            self._add(self._polyline(points, RIGHT, 6, Qt.PenStyle.SolidLine))
            self._add(self._arrow(points, RIGHT, 1.2))
            mid = geom.interpolate(0.5, normalized=True)
            self._add(self._label(mid.x, mid.y, feedback.label, "right" if mid.x < 0 else "left"))

    # -- capture (the answer tool's callbacks) ------------------------------------------------
    def _clicked(self, point: tuple[float, float]) -> None:
        if not self.waiting:
            return
        kind = self.quiz.current.kind
        if kind in ("vertebra", "zone", "mask"):
            self.answer_point(*point)
        elif kind == "line_direction":
            self.hint_label.setText(self.tr("That was a click: press where the line starts and drag the way it runs."))

    def _stroked(self, points: list[tuple[float, float]]) -> None:
        if not self.waiting:
            return
        if self.quiz.current.kind == "line_direction":
            self.answer_stroke(points)
        elif self.quiz.current.kind in ("vertebra", "zone", "mask"):
            self.answer_point(*points[0])  # a drag on a "where" question answers where it began
