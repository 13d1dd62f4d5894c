"""The therapist's plan panel: client, screening, steps, total and course, every change undoable."""

from __future__ import annotations

from html import escape

import msgspec
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.plans.format import CONDITION_KINDS, Plan, Therapist
from ..model.plans.operations import plan_screening, set_conditions, total_warning
from ..model.vocabulary import pressure_word
from ..render.i18n import LANGUAGE_NAMES, model_words, word
from .guidance import cite_text

__all__ = ["PlanPanel"]


class _WheelNeedsFocus:
    """A spin box that ignores the wheel unless it has the focus: scrolling the panel must
    not change a value the mouse happens to pass over."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _QuietSpinBox(_WheelNeedsFocus, QSpinBox):
    pass


class _QuietDoubleSpinBox(_WheelNeedsFocus, QDoubleSpinBox):
    pass


class PlanPanel(QWidget):
    """Shows a plan and asks for changes through ``edit_requested(new_plan, description)``."""

    edit_requested = Signal(object, str)
    protocol_requested = Signal()

    def __init__(self, zone_set, parent=None):
        super().__init__(parent)
        self.zone_set = zone_set
        self.plan: Plan | None = None
        self._updating = False
        self._stale = False  # a plan shown while the panel was off screen, not yet in its widgets
        self._in_front = True  # its tab is the one shown (or it has none)
        screening = zone_set.screening

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Client's name (stays on this computer)"))
        self.name.editingFinished.connect(self._name_changed)
        self.sex = QComboBox()
        for sex in ("male", "female"):
            self.sex.addItem(word(sex), sex)
        self.sex.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sex.currentIndexChanged.connect(
            lambda _: self._edit(client=msgspec.structs.replace(self.plan.client, sex=self.sex.currentData()),
                                 why=self.tr("Change the body")))
        self.language = QComboBox()
        self.language.addItem(self.tr("as the window"), None)
        for lang, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, lang)
        self.language.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.language.setToolTip(self.tr("The language of the client's handout"))
        self.language.currentIndexChanged.connect(
            lambda _: self._edit(language=self.language.currentData(), why=self.tr("Change the client's language")))
        self.therapist_name = QLineEdit()
        self.therapist_name.setPlaceholderText(self.tr("Your name, for the handout"))
        self.therapist_contact = QLineEdit()
        self.therapist_contact.setPlaceholderText(self.tr("Phone or e-mail, for the handout"))
        for box in (self.therapist_name, self.therapist_contact):
            box.editingFinished.connect(self._therapist_changed)
        self.stature = _QuietSpinBox()
        self.stature.setRange(0, 230)
        self.stature.setSpecialValueText(self.tr("mean of the sex"))
        self.stature.setSuffix(self.tr(" cm"))
        self.stature.editingFinished.connect(self._stature_changed)

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.condition_boxes: dict[str, QCheckBox] = {}
        groups = QVBoxLayout()
        for title, conditions in ((self.tr("Stop the massage (see a doctor)"), screening.absolute),
                                  (self.tr("Avoid one area (draw it on the back with N)"), screening.local),
                                  (self.tr("Changes the session"), [screening.high_blood_pressure])):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            for condition in conditions:
                check = QCheckBox(condition.label)
                quotes = "<br>".join(cite_text(c) for c in condition.cite if c.quote)
                check.setToolTip(escape(condition.effect) if condition.effect else f"<p>{quotes}</p>")
                check.toggled.connect(lambda on, cid=condition.id: self._condition_toggled(cid, on))
                lay.addWidget(check)
                self.condition_boxes[condition.id] = check
            groups.addWidget(box)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Zone"), self.tr("Technique"), self.tr("Minutes"),
                                              self.tr("Pressure")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(320)
        self.total = QLabel()
        self.total.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Up"), lambda: self._move(-1)), (self.tr("Down"), lambda: self._move(1)),
                           (self.tr("Remove"), self._remove),
                           (self.tr("Seeds' protocol"), self.protocol_requested.emit)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)

        self.sessions, self.per_week, self.maintenance = _QuietSpinBox(), _QuietSpinBox(), _QuietSpinBox()
        course = screening.course
        for box, key, (lo, hi), suffix in (
                (self.sessions, "sessions", course.sessions, self.tr(" sessions")),
                (self.per_week, "per_week", course.per_week, self.tr(" a week")),
                (self.maintenance, "maintenance_weeks", course.maintenance_weeks, self.tr(" weeks"))):
            box.setRange(1, 60)
            box.setSuffix(suffix)
            box.setToolTip(self.tr("The seeds recommend {range}").format(range=f"{lo}–{hi}"))
            box.valueChanged.connect(lambda v, k=key: self._course_changed(k, v))
        self.preparation = QLabel("<br>".join(f"• {fact.text}" for fact in screening.preparation))
        self.preparation.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Client"), self.name)
        form.addRow(self.tr("Body"), self.sex)
        form.addRow(self.tr("Stature"), self.stature)
        form.addRow(self.tr("Handout in"), self.language)
        form.addRow(self.tr("Therapist"), self.therapist_name)
        form.addRow(self.tr("Contact"), self.therapist_contact)
        course_form = QFormLayout()
        course_form.addRow(self.tr("Course"), self.sessions)
        course_form.addRow(self.tr("Frequency"), self.per_week)
        course_form.addRow(self.tr("Maintenance every"), self.maintenance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addLayout(groups)
        layout.addWidget(QLabel(self.tr("<b>Steps</b> (edit minutes and pressure in place)")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addLayout(course_form)
        layout.addWidget(QLabel("<b>" + self.tr("Before each session") + "</b>"))
        layout.addWidget(self.preparation)

    # -- showing ---------------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        """Show ``plan``; while the panel is hidden or behind another tab only remember it, so
        start-up does not build a table nobody sees."""
        self.plan = plan
        if self.isVisible() and self._in_front:
            self._refresh()
        else:
            self._stale = True

    def set_in_front(self, on: bool) -> None:
        """Whether the panel's tab is the one shown (the window follows its dock's visibilityChanged:
        a dock behind another tab stays "visible" to Qt, only covered)."""
        self._in_front = on
        self._catch_up()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        if self._stale and self._in_front and self.isVisible() and self.plan is not None:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        plan = self.plan
        self._updating = True
        try:
            self.name.setText(plan.client.name)
            self.sex.setCurrentIndex(self.sex.findData(plan.client.sex))
            self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
            self.therapist_name.setText(plan.therapist.name)
            self.therapist_contact.setText(plan.therapist.contact)
            self.stature.setValue(int(round(plan.client.stature or 0)))
            for cid, box in self.condition_boxes.items():
                box.setChecked(cid in plan.conditions)
            self._fill_table(plan)
            self.sessions.setValue(plan.course.sessions)
            self.per_week.setValue(plan.course.per_week)
            self.maintenance.setValue(plan.course.maintenance_weeks)
            result = plan_screening(plan, self.zone_set)
            if result.stop:
                reasons = ", ".join(c.label.lower() for c in result.stop)
                self.verdict.setText(f"<p style='color:#B00; font-size:14pt'><b>{result.advice}</b><br>({reasons})</p>")
            else:
                extra = []
                if result.local:
                    drawn = {a.kind for a in plan.no_go}
                    missing = [c.label.lower() for c in result.local if CONDITION_KINDS.get(c.id, "other") not in drawn]
                    avoid = ", ".join(c.label.lower() for c in result.local)
                    if not missing:
                        extra.append(self.tr("areas to avoid: {areas}").format(areas=avoid))
                    elif len(missing) == len(result.local):
                        extra.append(self.tr("areas to avoid: {areas} — draw them on the back (N)").format(areas=avoid))
                    else:
                        extra.append(self.tr("areas to avoid: {areas} — draw {missing} on the back (N)").format(
                            areas=avoid, missing=", ".join(missing)))
                if result.top_down:
                    extra.append(self.tr("top-down for high blood pressure"))
                more = "; ".join(extra)
                self.verdict.setText("<p style='color:#1B7837'><b>" + self.tr("Massage can go ahead.") + "</b> "
                                     + more[:1].upper() + more[1:] + "</p>")
            warning = total_warning(plan, self.zone_set, model_words)
            colour = "#B00" if warning else "#1B7837"
            low, high = self.zone_set.screening.session.minutes
            within = self.tr("Within the seeds’ {low}–{high} minutes.").format(low=f"{low:g}", high=f"{high:g}")
            total = self.tr("Total {minutes} min.").format(minutes=f"{plan.total_minutes:g}")
            self.total.setText(f"<span style='color:{colour}'><b>{total}</b> {warning or within}</span>")
        finally:
            self._updating = False

    def _fill_table(self, plan: Plan) -> None:
        names = {z.id: z.name for z in self.zone_set.zones}
        self.table.clearContents()  # drops the old rows' spin boxes too
        self.table.setRowCount(len(plan.steps))
        for row, step in enumerate(plan.steps):
            for col, text in ((0, names.get(step.zone, step.zone)), (1, word(step.technique))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            minutes = _QuietDoubleSpinBox()
            minutes.setRange(0.25, 120)
            minutes.setSingleStep(0.25)
            minutes.setValue(step.minutes)
            minutes.editingFinished.connect(lambda r=row, w=minutes: self._step_changed(r, minutes=w.value()))
            pressure = _QuietDoubleSpinBox()
            pressure.setRange(0.0, 1.0)
            pressure.setSingleStep(0.05)
            pressure.setValue(step.pressure)
            pressure.setSuffix(f"  {word(pressure_word(step.pressure))}")
            pressure.valueChanged.connect(lambda v, w=pressure: w.setSuffix(f"  {word(pressure_word(v))}"))
            pressure.editingFinished.connect(lambda r=row, w=pressure: self._step_changed(r, pressure=w.value()))
            self.table.setCellWidget(row, 2, minutes)
            self.table.setCellWidget(row, 3, pressure)

    # -- asking for changes -------------------------------------------------------------------
    def _edit(self, why: str, **changes) -> None:
        if self._updating or self.plan is None:
            return
        new = msgspec.structs.replace(self.plan, **changes)
        if new != self.plan:
            self.edit_requested.emit(new, why)

    def _therapist_changed(self) -> None:
        therapist = Therapist(name=self.therapist_name.text().strip(), contact=self.therapist_contact.text().strip())
        self._edit(therapist=therapist, why=self.tr("Change the therapist's details"))

    def _name_changed(self) -> None:
        self._edit(client=msgspec.structs.replace(self.plan.client, name=self.name.text()),
                   why=self.tr("Rename the client"))

    def _stature_changed(self) -> None:
        value = self.stature.value()
        stature = float(value) if value >= 100 else None
        self._edit(client=msgspec.structs.replace(self.plan.client, stature=stature), why=self.tr("Change the stature"))

    def _conditions(self) -> list:
        """Every condition the screening list names: the absolute, the local and the one that
        changes the session."""
        screening = self.zone_set.screening
        return [*screening.absolute, *screening.local, screening.high_blood_pressure]

    def _condition_toggled(self, cid: str, on: bool) -> None:
        if self._updating:
            return
        conditions = [c for c in self.plan.conditions if c != cid] + ([cid] if on else [])
        new = set_conditions(self.plan, self.zone_set, conditions)
        if new != self.plan:
            label = next((c.label for c in self._conditions() if c.id == cid), cid.replace("_", " ")).lower()
            self.edit_requested.emit(new, (self.tr("Add {condition}") if on else self.tr("Remove {condition}")).format(
                condition=label))

    def _step_changed(self, row: int, **changes) -> None:
        if self.plan is None or row >= len(self.plan.steps):
            return
        steps = list(self.plan.steps)
        steps[row] = msgspec.structs.replace(steps[row], **changes)
        why = (self.tr("Change the minutes of step {n}") if "minutes" in changes
               else self.tr("Change the pressure of step {n}"))
        self._edit(steps=steps, why=why.format(n=row + 1))

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _move(self, delta: int) -> None:
        row = self.selected_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.plan.steps):
            return
        steps = list(self.plan.steps)
        steps[row], steps[target] = steps[target], steps[row]
        self._edit(steps=steps, why=self.tr("Move step {n}").format(n=row + 1))
        self.table.selectRow(target)

    def _remove(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self._edit(steps=[s for i, s in enumerate(self.plan.steps) if i != row],
                       why=self.tr("Remove step {n}").format(n=row + 1))

    def _course_changed(self, key: str, value: int) -> None:
        if self.plan is not None:
            self._edit(course=msgspec.structs.replace(self.plan.course, **{key: value}),
                       why=self.tr("Change the course"))
