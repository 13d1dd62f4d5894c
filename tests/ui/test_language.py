"""The window's language: the system's under a Ukrainian locale, switched live from View ▸
Language (menus, panels, zones, keys) and remembered in the settings."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from app.model.atlas.build import build_atlas
from app.model.body.anatomy import build_body
from app.model.zonefiles.loader import default_zones_dir, load_zone_set
from app.render.i18n import language, set_language
from app.ui.language import remember_language, remembered_language, window_language
from app.ui.plan_store import _settings
from app.ui.window import MainWindow


@pytest.fixture
def clean_language(qapp):
    """English again, and nothing remembered, after the test."""
    _settings().remove("language")
    yield
    set_language("en")
    _settings().remove("language")


def _open(qtbot, lang: str) -> MainWindow:
    """The window as ``dorsum`` opens it in ``lang``: the zones read in it, Qt's words installed."""
    set_language(lang)
    window = MainWindow(build_atlas(build_body("male"), load_zone_set(default_zones_dir(), lang)), default_zones_dir())
    window.files.ask_before_discarding = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_under_a_ukrainian_locale_the_menus_are_ukrainian(qtbot, monkeypatch, clean_language):
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert window_language() == "uk"
    assert window_language("ru") == "ru"  # --lang wins
    window = _open(qtbot, window_language())
    assert _menus(window) == ["&Файл", "&Правка", "&Вигляд", "&Сеанс", "&Клієнт", "&Тест", "&Довідка"]
    assert window.commands.actions["plan.open"].text() == "&Відкрити план…"
    assert window.commands.actions["view.next_zone"].toolTip().startswith("Наступна зона")
    assert window.atlas_dock.windowTitle() == "Атлас"
    assert window.zone_list.item(1).text() == "Уся спина (попередній масаж)"
    assert window.layer_boxes["lines"].text() == "Лінії рухів"
    assert window.body_box.currentText() == "чоловіче" and window.body_box.currentData() == "male"
    assert window.session.loop_box.text() == "Повторювати крок"
    assert window.session.direction_box.currentText() == "знизу вгору"
    assert window.session.direction_box.currentData() == "bottom-up"
    assert window.plan_panel.table.horizontalHeaderItem(1).text() == "Прийом"
    window.plan_dock.raise_()  # the Plan tab fills its table when it comes to the front
    qtbot.waitUntil(lambda: window.plan_panel.table.rowCount() > 0)
    assert window.plan_panel.table.item(0, 1).text() == "погладжування"
    assert "Послідовність" in window.info.toHtml() or window.focus_zone("lumbar") is None
    window.focus_zone("lumbar")
    assert "Послідовність" in window.info.toHtml() and "розминання" in window.info.toHtml()
    assert "Як виконують кожен прийом" in window.info.toHtml() and "На шкірі —" in window.info.toHtml()
    assert window.quiz.dock.windowTitle() == "Тест"
    assert window.session.variant_box.itemText(window.session.variant_box.findData("first")) == "перший сеанс"


def test_the_language_menu_switches_live_and_is_remembered(qtbot, clean_language):
    window = _open(qtbot, "en")
    assert _menus(window)[0] == "&File"
    window.language_menu.actions["ru"].trigger()
    QApplication.processEvents()
    assert language() == "ru" == window.language == remembered_language()
    assert _menus(window)[:3] == ["&Файл", "&Правка", "&Вид"]
    assert window.zone_list.item(1).text() == "Вся спина (предварительный массаж)"
    assert window.atlas.zone("collar").name.startswith("Воротниковая зона")
    assert window.language_menu.menu.title() == "Язык"
    assert window.language_menu.actions["ru"].isChecked()
    assert window.session.variant_box.currentText() == "общий"
    window.set_language("en")
    assert _menus(window)[0] == "&File" and window.zone_list.item(1).text() == "Whole back (preliminary massage)"
    assert window_language() == "en"  # remembered over the system's


def test_the_keys_list_is_in_the_language(qtbot, clean_language):
    window = _open(qtbot, "uk")
    window.show_keys()
    text = window.keys_dialog.findChild(type(window.zones_heading)).text()
    assert "наступна зона" in text and "показати чи сховати шар (контур тіла" in text
    assert window.keys_dialog.windowTitle() == "Клавіші"
    window.keys_dialog.close()


def test_remember_language_keeps_only_known_ones(clean_language):
    remember_language("uk")
    assert remembered_language() == "uk"
    _settings().setValue("language", "de")
    assert remembered_language() is None


def test_guidance_on_a_line_a_mask_and_a_muscle_reads_in_ukrainian(qapp, clean_language):
    """The side panel's own words (not only the zone files') are in the window's language."""
    from app.render.items import ItemInfo
    from app.ui.guidance import describe

    set_language("uk")
    atlas = build_atlas(build_body("male"), load_zone_set(default_zones_dir(), "uk"))
    line = describe(atlas, ItemInfo("line", "lumbar.6.right", ""))
    assert "лінія 6" in line and "Тиск:" in line and "Чому тут:" in line and "волокна йдуть вгору" in line
    mask = describe(atlas, ItemInfo("mask", "kidney", ""))
    assert mask.startswith("<h2>Маска:") and "Тиск не більше" in mask
    muscle = describe(atlas, ItemInfo("muscle", "longissimus.left", ""))
    assert "Глибокий шар." in muscle and "Лінії вздовж нього" in muscle
    for html in (line, mask, muscle, describe(atlas, None)):
        for english in ("Pressure", "Why here", "Mask:", "layer", "Lines along", "Click a zone", "Keys:"):
            assert english not in html, english


def test_presenter_captions_read_in_ukrainian(qapp, clean_language):
    """What the room reads at each stop: its own words in the language, the zones' in theirs."""
    from app.model.session.timeline import build_timeline
    from app.ui.presenter import Stop, stop_caption

    set_language("uk")
    zone_set = load_zone_set(default_zones_dir(), "uk")
    atlas = build_atlas(build_body("male"), zone_set)
    timeline = build_timeline(zone_set)
    captions = [stop_caption(atlas, timeline, stop) for stop in (
        Stop("all"), Stop("zone", "lumbar"), Stop("line", "lumbar", line=4), Stop("step", "lumbar", step=9))]
    text = " ".join(" ".join(pair) for pair in captions)
    assert captions[0][0] == "Усі зони" and "ліній: 6" in captions[1][0] and "лінія 4:" in captions[2][0]
    assert "Тиск" in captions[2][1] and "розминання" in captions[3][0]
    for english in ("All zones", " lines", "line ", "Pressure", " min", "kneading", "With "):
        assert english not in text, english


def test_the_undo_list_names_edits_in_the_language(qtbot, clean_language):
    window = _open(qtbot, "uk")
    window._body_chosen("female")
    assert window.document.undo_stack.undoText() == "Змінити тіло"
    window.set_session(variant="first")
    assert window.document.undo_stack.undoText() == "Узяти протокол джерел: перший сеанс, знизу вгору"


def test_the_quiz_asks_and_grades_in_ukrainian_and_switches_live(qtbot, clean_language):
    """The quiz panel, its question and its feedback in Ukrainian; View ▸ Language asks the
    same question again in English and grades the answer given again, nothing left in Ukrainian."""
    window = _open(qtbot, "uk")
    quiz_ui = window.quiz
    assert quiz_ui.start_button.text() == "Почати тест"
    quiz = quiz_ui.start(seed=3)
    while quiz.current.kind != "vertebra":
        quiz.index += 1
    quiz_ui._show_question()
    asked = quiz.current.subject
    assert quiz_ui.question_label.text().startswith("Клацніть на остистий відросток " + asked)
    quiz_ui.answer_point(0.0, window.atlas.body.level_y[asked])
    assert "Правильно: це " + asked in quiz_ui.feedback_label.text()
    assert quiz_ui.next_button.text() == "Далі"
    window.set_language("en")
    assert quiz_ui.question_label.text().startswith("Click the spinous process of " + asked)
    assert "Right: that is " + asked in quiz_ui.feedback_label.text()
    assert not re.search("[а-яіїєґ]", quiz_ui.feedback_label.text() + quiz_ui.score_label.text(), re.IGNORECASE)
    assert quiz_ui.right_items and all(item.scene() is window.scene for item in quiz_ui.right_items)
    quiz_ui.stop()


def test_the_plan_panel_and_its_edits_read_in_ukrainian(qtbot, clean_language):
    window = _open(qtbot, "uk")
    panel = window.plan_panel
    panel._refresh()
    assert "Масаж можна проводити." in panel.verdict.text() and "Разом 32.5 хв." in panel.total.text()
    assert panel.sex.currentText() == "чоловіче" and panel.language.currentText() == "мовою інтерфейсу"
    assert re.search("[а-яії]", panel.table.cellWidget(0, 3).suffix())  # the pressure in words
    label = window.atlas.zone_set.screening.absolute[0].label
    panel.condition_boxes[window.atlas.zone_set.screening.absolute[0].id].setChecked(True)
    assert window.document.undo_stack.undoText() == f"Додати: {label.lower()}"
    panel.sex.setCurrentIndex(panel.sex.findData("female"))
    assert window.document.plan.client.sex == "female"


def test_an_error_box_speaks_ukrainian_and_keeps_the_path(qtbot, clean_language, tmp_path):
    window = _open(qtbot, "uk")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dorsum-plan", "version": 3, "steps": [{"zone": "feet", "technique": "stroking", '
                   '"minutes": 1, "pressure": 0.5}]}', encoding="utf-8")
    assert not window.files.open(bad)
    assert window.last_error.startswith(f"{bad}:") and "невідома зона 'feet'" in window.last_error


def test_the_handout_is_written_in_the_clients_language(qtbot, clean_language, tmp_path):
    """An English window writes a Ukrainian client's handout in Ukrainian, her scar named so, and
    keeps its own words."""
    from pypdf import PdfReader

    window = _open(qtbot, "en")
    window.add_no_go(8.0, -24.0, 2.5, "scar")
    window.plan_panel._refresh()
    window.plan_panel.language.setCurrentIndex(window.plan_panel.language.findData("uk"))
    assert window.document.plan.language == "uk"
    out = tmp_path / "handout.pdf"
    assert window.exports.handout(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "рубець" in text and "погладжування" in text and "Contraindications checked" not in text
    assert _menus(window)[0] == "&File" and window.language == "en"


def _shown_texts(window):
    """Every text the window's widgets show: labels, buttons, boxes' items, titles, placeholders,
    tables, lists, tooltips and the actions' words."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QTableWidget,
        QWidget,
    )

    for widget in window.findChildren(QWidget):  # its docks and dialogs too (not other tests' windows)
        yield widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QDockWidget):
            yield widget.windowTitle()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):
            yield widget.specialValueText() + " " + getattr(widget, "suffix", str)()
        elif isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            yield from (item.text() for item in (widget.horizontalHeaderItem(c) for c in range(widget.columnCount()))
                        if item)
    for action in window.findChildren(QAction):
        yield action.text()
        yield action.toolTip()


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_no_english_phrase_is_left_in_the_window(qtbot, clean_language, lang):
    """Two English words running together anywhere in the window (but inside the seeds' quotes,
    which stay verbatim) is a string left untranslated."""
    window = _open(qtbot, lang)
    window.quiz.start(seed=3)
    window.show_keys()
    english = re.compile(r"[A-Za-z]{3,}[ ,:;'-]+[A-Za-z]{3,}")
    found = set()
    for text in _shown_texts(window):
        plain = re.sub(r"“[^”]*”|(?:джерело|источник) \d+: «[^»]*»|<[^>]+>|\((?:PNG|MP4)[^)]*\)", " ", text or "")
        found |= set(english.findall(plain))
    window.keys_dialog.close()
    window.quiz.stop()
    assert found == set()


def test_the_presenter_s_key_list_fits_a_narrow_window_in_ukrainian(qtbot, clean_language):
    window = _open(qtbot, "uk")
    window.resize(900, 700)
    window.presenter.enter()
    qtbot.waitUntil(lambda: window.view.viewport().width() > 700)  # the docks hidden, the picture widened
    window.presenter.toggle_keys()
    qtbot.wait(50)
    overlay, viewport = window.presenter.keys_overlay, window.view.viewport().rect()
    assert viewport.contains(overlay.geometry())
    assert not overlay.wordWrap() or overlay.heightForWidth(overlay.width()) <= overlay.height()  # nothing cut
    assert overlay.wordWrap()  # the long Ukrainian lines wrap at this width
    assert "перетягування" in overlay.text()
    window.presenter.leave()


def test_the_atlas_panel_shows_every_word_in_russian(qtbot, clean_language):
    """Russian runs longest: the panel is as wide as its boxes need (nothing cut at the right),
    and the zone list shows every zone, its long names wrapped, without scrolling."""
    window = _open(qtbot, "ru")
    window.resize(1366, 768)
    qtbot.wait(50)
    scroll = window.atlas_dock.widget()
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
    zones = window.zone_list
    rows = [zones.visualItemRect(zones.item(i)) for i in range(zones.count())]
    assert all(zones.viewport().rect().contains(r) for r in rows)
    assert max(r.height() for r in rows) > min(r.height() for r in rows)  # a long name wrapped
