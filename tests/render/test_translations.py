"""Dorsum's words in Ukrainian and Russian: the ``.ts`` sources hold every word of the code, each
translated, the ``.qm`` are built from them, Qt's own dialogs speak the language too, and every
letter shown is in the shipped DejaVu fonts. Exports in each language are read back: the handout
PDF's text holds the classical terms, a rendered PNG is legible to tesseract (ukr, rus)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from app.model.atlas.masks import RULE_TEXT
from app.model.vocabulary import HANDS_MODES, NODE_GROUPS, PRESSURE_WORDS, TECHNIQUES
from app.model.zonefiles.loader import default_zones_dir, load_zone_set
from app.render.i18n import language, set_language, system_language, translate, word
from app.resources import fonts_dir, i18n_dir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402  (tools/ is not a package)

LANGS = ("uk", "ru")
PLACEHOLDER = re.compile(r"\{\w*\}|</?b>")


@contextlib.contextmanager
def speaking(lang: str):
    """Qt's translations of ``lang`` installed for the block, English again after it."""
    before = language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def messages(lang: str):
    """(context, source, translation element) of every message of the language's .ts."""
    root = ET.parse(i18n_dir() / f"dorsum_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


# -- the sources and the built files -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_is_translated(lang):
    found = list(messages(lang))
    assert len(found) > 150
    for context, source, translation in found:
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        forms = [translation.text] if translation.get("type") is None and not len(translation) else \
            [form.text for form in translation]
        for text in forms:
            assert text and text.strip(), f"{lang}: {context}: {source!r} has no translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"{lang}: {context}: {source!r} → {text!r} loses or adds a placeholder"


def test_the_ts_files_hold_every_word_of_the_code(tmp_path):
    """lupdate over the code changes nothing in the committed .ts: no word is missing from them,
    none is left over."""
    copies = []
    for lang in LANGS:
        copy = tmp_path / f"dorsum_{lang}.ts"
        shutil.copy(i18n_dir() / copy.name, copy)
        copies.append(copy)
    update_translations.update(copies)
    for copy in copies:
        assert copy.read_text(encoding="utf-8") == (i18n_dir() / copy.name).read_text(encoding="utf-8"), \
            f"{copy.name} is out of date: run .venv/bin/python tools/update_translations.py"


def test_the_action_words_are_written_from_the_action_table():
    assert update_translations.ACTION_WORDS.read_text(encoding="utf-8") == update_translations.action_words(), \
        "app/ui/action_words.py is out of date: run .venv/bin/python tools/update_translations.py"


@pytest.mark.parametrize("lang", LANGS)
def test_the_qm_files_are_built_from_the_ts(tmp_path, lang):
    built = tmp_path / f"dorsum_{lang}.qm"
    update_translations.release(i18n_dir() / f"dorsum_{lang}.ts", built)
    assert built.read_bytes() == (i18n_dir() / built.name).read_bytes(), \
        "the .qm is not built from the .ts: run .venv/bin/python tools/update_translations.py"


def test_the_model_words_are_all_listed_for_translation():
    listed = {source for context, source, _ in messages("uk") if context == "words"}
    zone_set = load_zone_set(default_zones_dir())
    wanted = {w for _, w in PRESSURE_WORDS} | set(RULE_TEXT.values()) | set(TECHNIQUES) | set(NODE_GROUPS) \
        | set(HANDS_MODES) | {m.id.replace("_", " ").replace("c6", "C6") for m in zone_set.masks} \
        | {"male", "female", "left", "right", "mid", ", reduced pressure"}
    assert wanted - listed == set()


# -- installing a language -----------------------------------------------------------------------


def test_set_language_installs_dorsums_words_and_qts_own(qapp):
    assert translate("legend", "Zones") == "Zones"
    with speaking("uk"):
        assert translate("legend", "Zones") == "Зони"
        assert word("kneading") == "розминання"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасувати"  # qt_uk, Qt's own dialogs
    with speaking("ru"):
        assert word("kneading") == "разминание"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert word("kneading") == "kneading"
    with pytest.raises(ValueError, match="unknown language 'de'"):
        set_language("de")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANGUAGE": "uk:en", "LANG": "en_US.UTF-8"}, "uk"),
    ({"LANGUAGE": "", "LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "uk_UA.UTF-8"}, "uk"),
    ({"LANGUAGE": "de:fr", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"}, "en"),
])
def test_the_system_language(monkeypatch, env, expected):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert system_language() == expected


# -- fonts ---------------------------------------------------------------------------------------


def _every_letter() -> set[str]:
    letters: set[str] = set()
    for lang in LANGS:
        for _, source, translation in messages(lang):
            letters |= set(source) | set(translation.text or "") | {c for f in translation for c in f.text or ""}
    for path in default_zones_dir().glob("*.toml"):
        letters |= set(path.read_text(encoding="utf-8"))
    return {c for c in letters if c.isprintable() and not c.isspace()}


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_the_shipped_fonts_have_every_letter_shown(qapp, font):
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(fonts_dir() / font), 12)
    assert raw.isValid()
    missing = sorted(c for c in _every_letter() if not raw.supportsCharacter(ord(c)))
    assert missing == [], f"{font} lacks {''.join(missing)!r}"


# -- exports, read back --------------------------------------------------------------------------

CLASSICAL = {
    "uk": ["погладжування", "вижимання", "розтирання", "розминання", "вібрація", "ударні прийоми", "струшування",
           "остисті відростки", "Комірцева зона", "Терміни класичного масажу", "Згода"],
    "ru": ["поглаживание", "выжимание", "растирание", "разминание", "вибрация", "ударные приёмы", "встряхивание",
           "остистые отростки", "Воротниковая зона", "Термины классического массажа", "Согласие"],
}


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


@pytest.mark.parametrize("lang", LANGS)
def test_the_handout_pdf_reads_back_in_the_language(tmp_path, lang):
    out = tmp_path / f"handout_{lang}.pdf"
    result = run("handout", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for term in CLASSICAL[lang]:
        assert term in text, f"{term!r} not in the {lang} handout"
    for english in ("The session", "Contraindications checked", "Before each session", "Consent"):
        assert english not in text


def test_a_plan_records_the_clients_language(tmp_path, zone_set):
    import msgspec

    from app.model.plans.operations import default_plan

    plan = msgspec.structs.replace(default_plan(zone_set), language="ru")
    path = tmp_path / "plan.json"
    path.write_bytes(msgspec.json.encode(plan))
    out = tmp_path / "h.pdf"
    assert run("handout", out, "--plan", path).returncode == 0
    assert "Поглаживание" in PdfReader(out).pages[-1].extract_text() or "поглаживание" in " ".join(
        p.extract_text() for p in PdfReader(out).pages)
    assert run("handout", out, "--plan", path, "--lang", "uk").returncode == 0  # --lang wins
    assert "погладжування" in " ".join(p.extract_text() for p in PdfReader(out).pages)


def test_geometry_names_in_ukrainian(tmp_path):
    import json

    out = tmp_path / "back.geojson"
    assert run("geometry", out, "--lang", "uk").returncode == 0
    names = {f["properties"].get("name") for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert "Комірцева зона (шия і верхня частина спини)" in names
    assert "Трапецієподібний м’яз, низхідна частина" in names


def test_check_speaks_russian(tmp_path):
    ok = run("check", default_zones_dir(), "--lang", "ru")
    assert ok.returncode == 0 and "ошибок нет (зон: 5" in ok.stdout
    bad = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), bad)
    text = (bad / "collar.toml").read_text(encoding="utf-8").replace('top = "C1"', 'top = "C0"', 1)
    (bad / "collar.toml").write_text(text, encoding="utf-8")
    line = text.splitlines().index('top = "C0"') + 1
    result = run("check", bad, "--lang", "ru")
    assert result.returncode == 1
    assert f"{bad / 'collar.toml'}:{line}: неизвестный уровень позвонка 'C0'" in result.stderr


needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (.ci/run installs tesseract-ocr with ukr and rus)",
)


@needs_tesseract
@pytest.mark.parametrize(("lang", "ocr", "words"), [
    ("uk", "ukr", ["Масаж", "спини", "Зони", "Лінії", "рухів", "Маски", "Позначки"]),
    ("ru", "rus", ["Массаж", "спины", "Зоны", "Линии", "движений", "Маски", "Отметки"]),
])
def test_a_rendered_png_is_legible_to_ocr(tmp_path, lang, ocr, words):
    out = tmp_path / f"back_{lang}.png"
    result = run("render", out, "--lang", lang, "--size", "2560x1440")
    assert result.returncode == 0, result.stderr
    read = subprocess.run(["tesseract", str(out), "-", "-l", ocr], capture_output=True, text=True, timeout=180)
    assert read.returncode == 0, read.stderr
    missing = [w for w in words if w not in read.stdout]
    assert missing == [], f"tesseract did not read {missing} in:\n{read.stdout}"


def test_the_model_phrases_are_written_from_the_model():
    """The model's ``tr(...)`` and ``N_(...)`` phrases (the quiz, the card) are listed for lupdate
    by the tool, from the code itself: none can be added without being listed."""
    assert update_translations.MODEL_PHRASES.read_text(encoding="utf-8") == update_translations.model_phrases(), \
        "app/render/model_phrases.py is out of date: run .venv/bin/python tools/update_translations.py"


def test_every_module_with_phrases_has_a_context():
    listed = {module for modules in update_translations.MODEL_CONTEXTS.values() for module in modules}
    assert set(update_translations.modules_with_phrases()) == listed


def test_the_card_s_tables_are_among_the_phrases():
    """Words the card looks up in its tables are marked, so they are listed too."""
    from app.model.session.card import CONTACT_WORDS, HANDS_WORDS, POSE_WORDS, TEMPO_UNITS

    listed = set(update_translations.phrases_in(ROOT / "app" / "model" / "session" / "card.py"))
    assert {*CONTACT_WORDS.values(), *POSE_WORDS.values(), *HANDS_WORDS.values(), *TEMPO_UNITS.values()} <= listed


@pytest.mark.parametrize("lang", LANGS)
def test_the_technique_card_reads_in_the_language(qapp, lang):
    """Its fields and how-to carry no English words of the card's own (the zone files' texts
    come in the language they were read in)."""
    from app.model.session.card import technique_card
    from app.render.i18n import model_words

    zone_set = load_zone_set(default_zones_dir(), lang)
    with speaking(lang):
        for zone, technique in (("lumbar", "rubbing"), ("scapular", "rubbing"), ("lumbar", "kneading"),
                                (None, "percussion")):
            card = technique_card(zone_set, technique, zone)
            how = card.how_to(model_words)
            labels = [label for label, _ in card.fields(model_words)]
            for english in ("With ", " on the skin", " a minute", "both hands", "one hand on the other",
                            "the lower back is worked", "Here the hand", "Contact"):
                assert english not in how and english not in labels, (zone, technique, english)
            assert re.search("[а-яіїєґ]", how, re.IGNORECASE)


def _answers(atlas, question):
    """Two answers to ``question``, so both the right and the wrong feedback are read: a point
    on the spine and one off the back, a stroke and a click, the list reversed and as shuffled,
    the first choice and the last."""
    if question.kind in ("vertebra", "zone", "mask"):
        return [(0.0, atlas.body.level_y["T5"]), (80.0, 80.0)]
    if question.kind == "line_direction":
        line = atlas.line(question.subject)
        return [list(line.path.coords), [line.path.coords[0]]]
    if question.kind == "technique_order":
        return [tuple(reversed(question.choices)), question.choices]
    return [question.choices[0], question.choices[-1]]


@pytest.mark.parametrize("lang", LANGS)
def test_the_quiz_asks_and_grades_in_the_language(qapp, lang):
    """Every kind of question and its feedback, right or wrong, holds none of the quiz's or the
    card's English phrases; every line but the sources' quoted sentences is in Cyrillic."""
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body
    from app.model.quiz.questions import KINDS, grade, make_quiz
    from app.render.i18n import model_words

    english = {source for context, source, _ in messages(lang) if context in ("quiz", "card")}
    fragments = {f.strip() for text in english for f in re.split(r"\{\w*\}", text) if len(f.strip()) >= 8}
    atlas = build_atlas(build_body("female"), load_zone_set(default_zones_dir(), lang))
    with speaking(lang):
        quiz = make_quiz(atlas, 48, seed=7, tr=model_words)
        assert {q.kind for q in quiz.questions} == set(KINDS)
        source = model_words("Source: {sources}").split(":")[0]
        for question in quiz.questions:
            texts = [question.prompt]
            for answer in _answers(atlas, question):
                texts += grade(atlas, question, answer, model_words).message.split("\n")
            texts.append(quiz.summary().text(model_words))
            for text in (t for t in texts if not t.startswith(source)):  # the seeds' sentences stay English
                assert not [f for f in fragments if f in text], (question.kind, text)
                assert re.search("[а-яіїєґ]", text, re.IGNORECASE), (question.kind, text)


def test_check_reads_a_plan_back_in_ukrainian(tmp_path, zone_set):
    import msgspec

    from app.model.plans.operations import default_plan

    plan = default_plan(zone_set)
    long = msgspec.structs.replace(plan, steps=[msgspec.structs.replace(s, minutes=5.0) for s in plan.steps])
    path = tmp_path / "plan.json"
    path.write_bytes(msgspec.json.encode(long))
    result = run("check", path, "--lang", "uk")
    assert result.returncode == 0, result.stderr
    assert f"{path}: помилок немає (план, кроків: {len(plan.steps)}" in result.stdout
    assert "можна проводити" in result.stdout and "більше, ніж 30–60 хв за джерелами" in result.stdout
    path.write_bytes(msgspec.json.encode(msgspec.structs.replace(plan, conditions=["pregnancy", "no_such"])))
    result = run("check", path, "--lang", "uk")
    assert result.returncode == 1 and "conditions[1]: невідомий стан 'no_such'" in result.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_what_hovering_the_back_says_is_in_the_language(qapp, lang):
    """Every item's hover text (vertebrae, bones, landmarks, nodes, zones, lines, masks and
    muscles) reads in the language: each holds Cyrillic, none of the scene's English words."""
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body
    from app.render.scene import BackScene

    english = ("line ", "Pressure", "Techniques", " layer", "Spinous", "Rib ", "Kidney", "Scapula", "vertebra",
               " nodes", "Iliac", "Sacrum", "Mask:", "goes round", "(right)", "(left)")
    with speaking(lang):
        scene = BackScene(build_atlas(build_body("female"), load_zone_set(default_zones_dir(), lang)))
        for view in ("superficial", "deep"):
            scene.set_muscle_view(view)
        infos = {(i.info.kind, i.info.id): i.info for i in scene.items() if getattr(i, "info", None) is not None}
    assert {kind for kind, _ in infos} >= {"vertebra", "bone", "landmark", "node", "zone", "line", "mask", "muscle"}
    for (kind, item), info in infos.items():
        text = f"{info.title} {info.detail}"
        assert re.search("[а-яіїєґ]", text, re.IGNORECASE), (kind, item, text)
        assert not [w for w in english if w in text], (kind, item, text)


def test_a_command_s_error_is_in_its_language(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "dorsum-plan", "version": 3, "steps": [{"zone": "feet", "technique": "stroking", '
                   '"minutes": 1, "pressure": 0.5}]}', encoding="utf-8")
    result = run("handout", tmp_path / "h.pdf", "--plan", bad, "--lang", "ru")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{bad}:1: steps[0].zone: неизвестная зона 'feet'")
    assert "unknown zone 'feet'" in run("handout", tmp_path / "h.pdf", "--plan", bad).stderr
