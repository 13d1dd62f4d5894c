"""Zone texts in English, Ukrainian and Russian: every shipped text has all three, the loader
reads one language (English where a text lacks it), and a missing translation is reported with
its file and line. Quotations of the seeds stay verbatim English in every language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import msgspec
import pytest

from app.model.errors import DorsumError
from app.model.zonefiles.loader import default_zones_dir, load_document, load_zone_set
from app.model.zonefiles.spec import Cite
from app.model.zonefiles.texts import LANGUAGES, localize

SHIPPED = default_zones_dir()
SETS = {lang: load_zone_set(SHIPPED, lang) for lang in LANGUAGES}
UKRAINIAN_ONLY = re.compile("[іїєґІЇЄҐ]")
RUSSIAN_ONLY = re.compile("[ыэъёЫЭЪЁ]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def _strings(obj, where="$"):
    """(key path, field name, value) of every string field in a document struct."""
    if isinstance(obj, msgspec.Struct):
        for name in obj.__struct_fields__:
            value = getattr(obj, name)
            if isinstance(value, str):
                yield f"{where}.{name}", name, type(obj).__name__, value
            else:
                yield from _strings(value, f"{where}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _strings(item, f"{where}[{i}]")


def _documents(zone_set):
    return [zone_set.zones, zone_set.masks, zone_set.techniques, zone_set.screening, zone_set.muscles,
            zone_set.glossary]


def _texts(lang):
    """Every text (not ids, levels, sources or quotes) of the shipped zones in ``lang``."""
    out = {}
    for i, doc in enumerate(_documents(SETS[lang])):
        for where, name, _, value in _strings(doc, f"{i}"):
            if name in ("quote", "source", "row", "id", "at", "top", "bottom", "kind", "feature", "level",
                        "level_to", "rule", "shape", "topic", "technique", "motion", "contact", "pose", "hands",
                        "layer", "fibres", "sides", "target", "muscle", "en", "uk", "ru", "international",
                        "base") or not value:
                continue
            out[where] = value
    return out


def test_every_shipped_text_has_all_three_languages():
    errors = SETS["en"].translation_errors()
    assert errors == [], "\n".join(map(str, errors))


def test_english_is_the_english_and_the_others_are_cyrillic():
    en, uk, ru = _texts("en"), _texts("uk"), _texts("ru")
    assert en.keys() == uk.keys() == ru.keys() and len(en) > 190
    for where, text in en.items():
        assert not CYRILLIC.search(text), where
        assert CYRILLIC.search(uk[where]) and CYRILLIC.search(ru[where]), where
        assert not RUSSIAN_ONLY.search(uk[where]), f"{where}: Russian letters in the Ukrainian {uk[where]!r}"
        assert not UKRAINIAN_ONLY.search(ru[where]), f"{where}: Ukrainian letters in the Russian {ru[where]!r}"


def test_quotes_stay_verbatim_english_in_every_language():
    def quotes(lang):
        return [(w, v) for i, doc in enumerate(_documents(SETS[lang]))
                for w, name, _, v in _strings(doc, f"{i}") if name == "quote"]
    assert quotes("uk") == quotes("en") == quotes("ru")
    assert all(not CYRILLIC.search(q) for _, q in quotes("uk"))


@pytest.mark.parametrize(("lang", "names"), [
    ("uk", ["Погладжування", "Вижимання", "Розтирання", "Розминання", "Вібрація", "Ударні прийоми (поколочування)",
            "Струшування"]),
    ("ru", ["Поглаживание", "Выжимание", "Растирание", "Разминание", "Вибрация", "Ударные приёмы (поколачивание)",
            "Встряхивание"]),
])
def test_techniques_take_the_classical_names(lang, names):
    assert [t.name for t in SETS[lang].techniques] == names


def test_the_language_is_recorded_and_checked():
    assert SETS["uk"].lang == "uk"
    assert SETS["uk"].zone("collar").name.startswith("Комірцева зона")
    assert SETS["ru"].zone("collar").name.startswith("Воротниковая зона")
    with pytest.raises(ValueError, match="unknown language 'de'"):
        load_zone_set(SHIPPED, "de")


def test_cites_keep_their_structure_in_every_language():
    def cites(lang):
        return [c for i, doc in enumerate(_documents(SETS[lang])) for _, c in _walk_cites(doc)]
    assert [(c.source, c.quote, c.row) for c in cites("uk")] == [(c.source, c.quote, c.row) for c in cites("en")]


def _walk_cites(obj):
    if isinstance(obj, Cite):
        yield "", obj
    elif isinstance(obj, msgspec.Struct):
        for name in obj.__struct_fields__:
            yield from _walk_cites(getattr(obj, name))
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _walk_cites(item)


# -- the form of a text ----------------------------------------------------------------------


def test_localize_picks_a_language_and_falls_back_to_english():
    data = {"name": {"en": "Back", "uk": "Спина"}, "lines": [{"why": "Plain", "path": [{"at": "T7"}]}],
            "cite": [{"source": "x", "quote": "verbatim"}]}
    out, missing = localize(data, "ru")
    assert out == {"name": "Back", "lines": [{"why": "Plain", "path": [{"at": "T7"}]}],
                   "cite": [{"source": "x", "quote": "verbatim"}]}
    assert [(m.path, m.missing) for m in missing] == [(("name",), ("ru",)), (("lines", 0, "why"), ("uk", "ru"))]
    assert localize(data, "uk")[0]["name"] == "Спина"


@pytest.fixture
def zones(tmp_path) -> Path:
    folder = tmp_path / "zones"
    shutil.copytree(SHIPPED, folder, ignore=shutil.ignore_patterns("__*"))
    return folder


def _replace(path: Path, old: str, new: str) -> tuple[str, int]:
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text, text[: text.index(new)].count("\n") + 1


def test_a_missing_translation_is_reported_with_its_file_and_line(zones):
    path = zones / "lumbar.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    name = next(i for i, text in enumerate(lines) if text.startswith("name = "))
    summary = next(i for i, text in enumerate(lines) if text.startswith("summary = "))
    lines[name] = lines[name].replace(', ru = "Поясничный отдел и крестец"', "")
    lines[summary] = 'summary = "L1 to L5 and the sacrum."'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    zone_set = load_zone_set(zones, "ru")
    assert zone_set.zone("lumbar").name == "Lumbar region and sacrum"  # English where Russian is missing
    assert zone_set.zone("lumbar").summary == "L1 to L5 and the sacrum."
    assert list(map(str, zone_set.translation_errors())) == [
        f"{path}:{name + 1}: no ru translation of this text",
        f"{path}:{summary + 1}: no uk or ru translation of this text",
    ]


@pytest.mark.parametrize(("old", "new", "message"), [
    ('name = { en = "Lumbar region and sacrum", ', 'name = { ', "name: a text needs its English (en)"),
    (', uk = "Поперековий відділ і крижі"', ', ua = "Поперековий відділ і крижі"', "unknown language 'ua'"),
])
def test_a_bad_language_table_is_an_error_with_its_line(zones, old, new, message):
    path = zones / "lumbar.toml"
    _, line = _replace(path, old, new)
    with pytest.raises(DorsumError) as caught:
        load_document(path)
    assert caught.value.line == line and caught.value.path == str(path)
    assert message.split(": ")[-1] in caught.value.message


# -- the glossary ----------------------------------------------------------------------------


def test_the_glossary_gives_each_technique_its_classical_terms():
    terms = {t.technique: t for t in SETS["uk"].glossary if t.technique}
    assert set(terms) == {t.id for t in SETS["uk"].techniques}
    assert (terms["stroking"].words.uk, terms["stroking"].words.ru, terms["stroking"].words.en,
            terms["stroking"].international) == ("погладжування", "поглаживание", "stroking", "effleurage")
    assert (terms["kneading"].words.uk, terms["kneading"].words.ru) == ("розминання", "разминание")
    for technique in SETS["uk"].techniques:  # the technique's own name begins with its classical term
        assert technique.name.lower().startswith(terms[technique.id].words.uk), technique.id
    for technique in SETS["ru"].techniques:
        assert technique.name.lower().startswith(terms[technique.id].words.ru), technique.id


def test_the_glossary_words_are_never_read_in_one_language():
    en, uk = SETS["en"].glossary, SETS["uk"].glossary
    assert [t.words for t in en] == [t.words for t in uk]
    assert [t.meaning for t in en] != [t.meaning for t in uk]
