"""Reading a zones folder: the shipped one loads; every kind of bad input is a DorsumError
that names the file and the line (``PATH:LINE: message``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.model.errors import DorsumError
from app.model.zonefiles.loader import MASKS_FILE, default_zones_dir, load_document, load_zone_set
from app.model.zonefiles.spec import MaskFile, ZoneSpec

SHIPPED = default_zones_dir()
ZONE_IDS = ["whole_back", "collar", "scapular", "lower_thoracic", "lumbar"]
ZONE_FILES = ["whole_back.toml", "collar.toml", "scapular.toml", "lower_thoracic.toml", "lumbar.toml"]


# -- the shipped folder -------------------------------------------------------------------


def test_shipped_folder_loads_five_zones_in_order(zone_set):
    assert [z.id for z in zone_set.zones] == ZONE_IDS
    assert [z.order for z in zone_set.zones] == sorted(z.order for z in zone_set.zones)
    assert zone_set.folder == str(SHIPPED)


def test_shipped_masks_include_the_spine_and_the_kidneys(zone_set):
    rules = {m.id: m.rule for m in zone_set.masks}
    assert rules["spine"] == "no_pressure"
    assert rules["kidney"] == "no_percussion"
    assert rules["above_c6"] == "no_vibration"
    assert rules["scapula_edges"] == "no_deep_pressure"


def test_sources_name_the_file_of_each_zone(zone_set):
    assert set(zone_set.sources) == set(ZONE_IDS) | {"masks", "techniques", "screening", "muscles", "glossary"}
    for zone_id, file_name in zip(ZONE_IDS, ZONE_FILES):
        source = zone_set.sources[zone_id]
        assert Path(source.path) == SHIPPED / file_name
        assert source.text == (SHIPPED / file_name).read_text(encoding="utf-8")
    assert Path(zone_set.sources["masks"].path).name == MASKS_FILE


def test_zone_set_error_names_the_file_and_line(zone_set):
    err = zone_set.error("lumbar", "$.lines[1].pressure", "too hard")
    text = (SHIPPED / "lumbar.toml").read_text(encoding="utf-8").splitlines()
    assert err.path == str(SHIPPED / "lumbar.toml")
    assert text[err.line - 1] == "pressure = 0.35"
    assert str(err) == f"{SHIPPED / 'lumbar.toml'}:{err.line}: too hard"


def test_zone_lookup(zone_set):
    assert zone_set.zone("lumbar").id == "lumbar"
    assert [line.number for line in zone_set.zone("lumbar").lines] == [1, 2, 3, 4, 5, 6]


def test_unknown_zone_lists_the_known_ones(zone_set):
    with pytest.raises(DorsumError) as caught:
        zone_set.zone("nope")
    message = str(caught.value)
    assert message == f"{SHIPPED}: unknown zone 'nope'; known: {', '.join(ZONE_IDS)}"


@pytest.mark.parametrize("file_name", ZONE_FILES + [MASKS_FILE])
def test_each_shipped_document_loads_on_its_own(file_name):
    source, doc = load_document(SHIPPED / file_name)
    assert isinstance(doc, MaskFile if file_name == MASKS_FILE else ZoneSpec)
    assert source.path == str(SHIPPED / file_name)


# -- error plumbing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, line, expected",
    [(None, None, "boom"), ("a/b.toml", None, "a/b.toml: boom"), ("a/b.toml", 7, "a/b.toml:7: boom")],
)
def test_dorsum_error_format(path, line, expected):
    err = DorsumError("boom", path, line)
    assert str(err) == expected
    assert err.message == "boom"


# -- bad input ------------------------------------------------------------------------------


@pytest.fixture
def zones(tmp_path) -> Path:
    """A fresh copy of the shipped zones folder, to break."""
    folder = tmp_path / "zones"
    shutil.copytree(SHIPPED, folder)
    return folder


def _edit(folder: Path, file_name: str, old: str, new: str) -> tuple[Path, str]:
    """Replace the first ``old`` in a file; return the file and its new text."""
    path = folder / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file_name}: the shipped file changed"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path, text


def _line_of(text: str, fragment: str) -> int:
    """1-based line of the first line holding ``fragment`` (which must be unique)."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(hits) == 1, f"{fragment!r} is on lines {hits}"
    return hits[0]


def _load_error(folder: Path) -> DorsumError:
    with pytest.raises(DorsumError) as caught:
        load_zone_set(folder)
    return caught.value


# (file, old, new, fragment on the reported line, message)
EDITS = {
    "unknown key in a table": (
        "lumbar.toml",
        "pressure = 0.3\n",
        "presure = 0.3\n",
        "presure = 0.3",
        "lines[0].presure: unknown key; this table takes number, path, techniques, pressure, why, cite, target, name, "
        "sides, muscle, top_down",
    ),
    "unknown top-level key": (
        "lumbar.toml",
        'name = { en = "Lumbar region',
        'nmae = { en = "Lumbar region',
        "nmae = ",
        "nmae: unknown key; this table takes id, name, summary, span, boundary, minutes, steps, lines, guidance, "
        "order, preliminary, lower_back, finale, finale_name",
    ),
    "unknown key in an inline table": (
        "lumbar.toml",
        '{ at = "L3", out = 2.6 },',
        '{ at = "L3", otu = 2.6 },',
        'otu = 2.6',
        "lines[2].path[0].otu: unknown key; this table takes at, out, up, inset",
    ),
    "wrong type": (
        "lumbar.toml",
        "pressure = 0.35\n",
        'pressure = "high"\n',
        'pressure = "high"',
        "lines[1].pressure: expected a number, got the text 'high'",
    ),
    "pressure above 1": (
        "lumbar.toml",
        "pressure = 0.35\n",
        "pressure = 1.5\n",
        "pressure = 1.5",
        "lines[1].pressure: 1.5 is out of range: it must be at least 0 and at most 1",
    ),
    "pressure below 0": (
        "collar.toml",
        "pressure = 0.25\n",
        "pressure = -0.1\n",
        "pressure = -0.1",
        "lines[1].pressure: -0.1 is out of range: it must be at least 0 and at most 1",
    ),
    "unknown technique": (
        "scapular.toml",
        'techniques = ["stroking", "rubbing"]',
        'techniques = ["stroking", "rolfing"]',
        "rolfing",
        "lines[0].techniques[1]: unknown value 'rolfing'; expected one of stroking, squeezing, rubbing, "
        "kneading, vibration, percussion, shaking",
    ),
    "unknown vertebra in span": (
        "lumbar.toml",
        'top = "L1"',
        'top = "L6"',
        'top = "L6"',
        "unknown vertebral level 'L6' (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)",
    ),
    "unknown landmark in a line path": (
        "lumbar.toml",
        '{ at = "L1.6", out = 8.5 },',
        '{ at = "iliac_crest", out = 8.5 },',
        '"iliac_crest", out = 8.5',
        "unknown landmark 'iliac_crest': expected a vertebral level (e.g. T7 or T7.5), "
        "a landmark (e.g. scapula_inferior_angle) or a node group",
    ),
    "span top below bottom": (
        "collar.toml",
        'top = "C1"\nbottom = "T6"',
        'top = "T6"\nbottom = "C1"',
        'bottom = "C1"',
        "span top T6 is not above its bottom C1",
    ),
    "span top equal to bottom": (
        "lower_thoracic.toml",
        'top = "T7"\nbottom = "T12"',
        'top = "T12"\nbottom = "T12"',
        'bottom = "T12"',
        "span top T12 is not above its bottom T12",
    ),
    "band top below bottom": (
        "lumbar.toml",
        'top = "T12.5"\nbottom = "coccyx"',
        'top = "fold"\nbottom = "coccyx"',
        'bottom = "coccyx"\nwhy =',  # the boundary's bottom, not the span's
        "band top fold is not above its bottom coccyx",
    ),
    "step names a missing line": (
        "lumbar.toml",
        "lines = [3, 4, 5]",
        "lines = [3, 4, 9]",
        "lines = [3, 4, 9]",
        "step percussion names line 9, which this zone does not have",
    ),
    "step technique not on its line": (
        "scapular.toml",
        'technique = "rubbing"\nlines = [1]',
        'technique = "kneading"\nlines = [1]',
        "lines = [1]",
        "step kneading runs on line 1, but line 1 does not list kneading",
    ),
    "step minutes contradict the zone": (
        "lumbar.toml",
        "minutes = { general = 2.5, therapeutic = 10 }",
        "minutes = { general = 9, therapeutic = 10 }",
        "general = [5, 6]",
        "the steps take 12–12 min in a general session, but the zone is given 5–6 min",
    ),
    "step minutes run backwards": (
        "whole_back.toml",
        "minutes = { general = [1, 3], therapeutic = [1, 3] }",
        "minutes = { general = [3, 1], therapeutic = [1, 3] }",
        "general = [3, 1]",
        "general minutes run backwards: 3 > 1",
    ),
    "duplicate line numbers": (
        "lumbar.toml",
        "number = 3\n",
        "number = 2\n",
        "number = 2\n",  # the second one: see _expected_line
        "line number 2 is used twice in this zone",
    ),
    "technique listed twice": (
        "scapular.toml",
        'techniques = ["stroking", "rubbing"]',
        'techniques = ["stroking", "stroking"]',
        '"stroking", "stroking"',
        "a technique is listed twice",
    ),
    "inset and out together": (
        "lumbar.toml",
        '{ at = "L2.6", inset = 1.5 },',
        '{ at = "L2.6", out = 1.0, inset = 1.5 },',
        "out = 1.0, inset",
        "give either inset or out, not both",
    ),
    "seed citation without quote": (
        "lumbar.toml",
        '{ source = "001_6de41be31f0f70fd.txt", quote = "Then kneading." },',
        '{ source = "001_6de41be31f0f70fd.txt" },',
        '{ source = "001_6de41be31f0f70fd.txt" },',
        "a seed citation needs the quote it rests on",
    ),
    "unknown citation source": (
        "lumbar.toml",
        '{ source = "001_6de41be31f0f70fd.txt", quote = "Then kneading." },',
        '{ source = "wikipedia", quote = "Then kneading." },',
        "wikipedia",
        "unknown source 'wikipedia': expected a seed file name (e.g. 001_6de41be31f0f70fd.txt), anatomy.md, "
        "muscles-and-hands.md or dorsum",
    ),
    "project decision without why": (
        "whole_back.toml",
        '{ source = "dorsum", why = { en = "The seed gives no time for the across strokes: half a minute.", uk = '
        '"Джерело не вказує часу для поперечного погладжування: пів хвилини.", ru = "Источник не указывает времени '
        'для поперечного поглаживания: полминуты." } },',
        '{ source = "dorsum" },',
        '{ source = "dorsum" },',
        "a project decision (dorsum) needs its why",
    ),
    "anatomy citation without row or quote": (
        "scapular.toml",
        '{ source = "anatomy.md", row = "superior angle of scapula" },',
        '{ source = "anatomy.md" },',
        '{ source = "anatomy.md" },',
        "an anatomy.md citation needs the row it rests on",
    ),
    "unknown boundary feature": (
        "scapular.toml",
        'feature = "scapula"',
        'feature = "clavicle"',
        'feature = "clavicle"',
        "unknown feature 'clavicle': expected scapula",
    ),
    "duplicate mask ids": (
        MASKS_FILE,
        'id = "kidney"',
        'id = "spine"',
        'id = "spine"\nrule = "no_percussion"',
        "mask id 'spine' is used twice",
    ),
    "a zone caps kneading too late": (
        "lumbar.toml",
        "minutes = { general = 2.5, therapeutic = 10 }",
        "minutes = { general = [2.5, 11], therapeutic = 10 }",
        "minutes = { general = [2.5, 11], therapeutic = 10 }",
        "kneading takes up to 11 min in a general session here, but techniques.toml allows it at most 10 min "
        "in a zone",
    ),
    "a finale outside the preliminary zone": (
        "lumbar.toml",
        "[[steps]]\ntechnique = \"stroking\"",
        "[[finale]]\ntechnique = \"stroking\"",
        "[[finale]]",
        "only a preliminary zone (preliminary = true) closes the session with a finale",
    ),
    "a gentle zone that does not exist": (
        "techniques.toml",
        'gentle = { zones = ["lumbar", "collar"]',
        'gentle = { zones = ["lumbar", "neck"]',
        'gentle = { zones = ["lumbar", "neck"], pressure = 0.12, cite = [',
        "unknown zone 'neck'; known: collar, lower_thoracic, lumbar, scapular, whole_back",
    ),
    "unknown mask level": (
        MASKS_FILE,
        'level = "C6"',
        'level = "C9"',
        'level = "C9"',
        "unknown vertebral level 'C9' (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)",
    ),
}


def _expected_line(text: str, fragment: str, case: str) -> int:
    if case == "duplicate line numbers":
        hits = [i for i, line in enumerate(text.splitlines(), 1) if line == "number = 2"]
        return hits[1]
    if "\n" in fragment:  # the line of its first part, where the next line starts with the rest
        first, _, rest = fragment.partition("\n")
        lines = text.splitlines()
        hits = [i for i, line in enumerate(lines, 1) if line == first and i < len(lines) and lines[i].startswith(rest)]
        assert len(hits) == 1, (fragment, hits)
        return hits[0]
    return _line_of(text, fragment)


@pytest.mark.parametrize("case", list(EDITS))
def test_bad_zone_data_is_reported_with_file_and_line(zones, case):
    file_name, old, new, fragment, message = EDITS[case]
    path, text = _edit(zones, file_name, old, new)
    err = _load_error(zones)
    line = _expected_line(text, fragment, case)
    assert str(err) == f"{path}:{line}: {message}"
    assert (err.path, err.line, err.message) == (str(path), line, message)


@pytest.mark.parametrize(
    "old, new, bad_line",
    [
        ("pressure = 0.3\n", "pressure = = 0.3\n", 0),  # a stray "="
        ("pressure = 0.3\n", 'pressure = "0.3\n', 0),  # an unterminated string
        ("pressure = 0.3\n", "pressure = 0.3\npressure = 0.4\n", 1),  # a key given twice
        ("[[lines]]\nnumber = 2\n", "[[lines]\nnumber = 2\n", 0),  # a broken table header
    ],
    ids=["stray-equals", "unterminated-string", "duplicate-key", "broken-header"],
)
def test_malformed_toml_is_reported_with_its_line(zones, old, new, bad_line):
    """``bad_line``: which line of the edit is the bad one."""
    path, text = _edit(zones, "lumbar.toml", old, new)
    err = _load_error(zones)
    expected = text[: text.index(new)].count("\n") + 1 + bad_line
    assert err.message.startswith("not valid TOML: ")
    assert "(at line" not in err.message  # the position is in the PATH:LINE prefix instead
    assert str(err) == f"{path}:{expected}: {err.message}"


@pytest.mark.parametrize("content", ["", "\n\n   \n", "\t"])
def test_empty_file(zones, content):
    path = zones / "collar.toml"
    path.write_text(content, encoding="utf-8")
    assert str(_load_error(zones)) == f"{path}:1: the file is empty"


def test_missing_required_key_names_its_table(zones):
    path, text = _edit(zones, "lumbar.toml", 'why = { en = "Out from beside L2', '# why = { en = "Out from beside L2')
    err = _load_error(zones)
    header_lines = [i for i, line in enumerate(text.splitlines(), 1) if line == "[[lines]]"]
    assert str(err) == f"{path}:{header_lines[1]}: lines[1]: the key 'why' is missing"


def test_duplicate_zone_id_across_two_files(zones):
    copy = zones / "zz_lumbar_copy.toml"
    shutil.copy(zones / "lumbar.toml", copy)
    text = copy.read_text(encoding="utf-8")
    err = _load_error(zones)
    line = _line_of(text, 'id = "lumbar"')
    assert str(err) == f"{copy}:{line}: zone id 'lumbar' is also used by {zones / 'lumbar.toml'}"


def test_missing_masks_file(zones):
    (zones / MASKS_FILE).unlink()
    assert str(_load_error(zones)) == f"{zones}: has no masks.toml: the spine mask must be defined"


def test_masks_file_without_spine_mask(zones):
    path, _ = _edit(zones, MASKS_FILE, 'id = "spine"', 'id = "spinal"')
    err = _load_error(zones)
    assert str(err) == f"{path}: no mask with id 'spine': pressure on the spinous processes must be masked"


def test_spine_mask_without_width(zones):
    path, text = _edit(zones, MASKS_FILE, "half_width = 1.25\n", "")
    err = _load_error(zones)
    line = _line_of(text, 'shape = "spine_strip"')
    assert str(err) == f"{path}:{line}: a spine_strip mask needs half_width > 0"


def test_deep_pressure_mask_without_its_cap(zones):
    path, text = _edit(zones, MASKS_FILE, "pressure_cap = 0.4\n", "")
    err = _load_error(zones)
    line = text[: text.index('rule = "no_deep_pressure"')].count("\n") + 1  # the scapula edges' mask
    assert str(err) == f"{path}:{line}: a no_deep_pressure mask needs the pressure_cap it allows"


def test_zone_id_masks_is_reserved(zones):
    path, text = _edit(zones, "collar.toml", 'id = "collar"', 'id = "masks"')
    err = _load_error(zones)
    line = _line_of(text, 'id = "masks"')
    assert str(err) == f"{path}:{line}: 'masks' is reserved for masks.toml: choose another zone id"


def test_folder_that_does_not_exist(tmp_path):
    missing = tmp_path / "no" / "such" / "zones"
    assert str(_load_error(missing)) == f"{missing}: no such folder"


def test_a_file_instead_of_a_folder(tmp_path):
    path = tmp_path / "zones.toml"
    path.write_text('id = "x"\n', encoding="utf-8")
    assert str(_load_error(path)) == f"{path}: not a folder of zone files"


def test_folder_without_zone_files(tmp_path):
    (tmp_path / "README.md").write_text("not a zone\n", encoding="utf-8")
    assert str(_load_error(tmp_path)) == f"{tmp_path}: holds no zone files (*.toml)"


def test_folder_with_only_masks(tmp_path):
    shutil.copy(SHIPPED / MASKS_FILE, tmp_path / MASKS_FILE)
    assert str(_load_error(tmp_path)) == f"{tmp_path}: holds no zone files (*.toml)"


def test_file_that_is_not_utf8(zones):
    path = zones / "collar.toml"
    raw = path.read_bytes()
    assert b"Collar zone" in raw
    broken = raw.replace(b"Collar zone", b"Coll\xe4r zone", 1)
    path.write_bytes(broken)
    byte = broken.index(b"\xe4")
    line = broken[:byte].count(b"\n") + 1
    err = _load_error(zones)
    assert str(err) == f"{path}:{line}: not UTF-8 text (invalid continuation byte at byte {byte})"


def test_load_document_of_a_folder_or_missing_file(tmp_path):
    with pytest.raises(DorsumError) as caught:
        load_document(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a TOML file"
    with pytest.raises(DorsumError) as caught:
        load_document(tmp_path / "gone.toml")
    assert str(caught.value) == f"{tmp_path / 'gone.toml'}: no such file"


def test_an_unbroken_copy_still_loads(zones):
    """The copy the error tests break is itself good: their errors come from the edits."""
    assert [z.id for z in load_zone_set(zones).zones] == ZONE_IDS


def test_a_misspelt_technique_lists_the_valid_ones(zones):
    path, text = _edit(zones, "lumbar.toml", 'technique = "kneading"', 'technique = "kneeding"')
    err = _load_error(zones)
    line = _line_of(text, 'technique = "kneeding"')
    assert str(err).startswith(
        f"{path}:{line}: steps[3].technique: unknown value 'kneeding'; expected one of stroking,")


# -- muscles.toml ------------------------------------------------------------------------------

MUSCLE_EDITS = {
    "a muscle under one the file lacks": (
        "muscles.toml", 'under = ["trapezius_ascending"]', 'under = ["trapezius_acending"]',
        "'trapezius_acending' is not another muscle of this file",
    ),
    "an attachment at an unknown landmark": (
        "muscles.toml", 'origin = [{ at = "T4", out = 0.4 }', 'origin = [{ at = "T44", out = 0.4 }',
        "unknown landmark 'T44': expected a vertebral level (e.g. T7 or T7.5), a landmark "
        "(e.g. scapula_inferior_angle) or a node group",
    ),
    "a line along a muscle there is not": (
        "lumbar.toml", 'muscle = "longissimus"', 'muscle = "longisimus"',
        "unknown muscle 'longisimus'; known: ",
    ),
}


@pytest.mark.parametrize("case", list(MUSCLE_EDITS))
def test_bad_muscle_data_is_reported_with_file_and_line(zones, case):
    file_name, old, new, message = MUSCLE_EDITS[case]
    path, text = _edit(zones, file_name, old, new)
    err = _load_error(zones)
    assert (err.path, err.line) == (str(path), _line_of(text, new.split(",")[0]))
    assert err.message.startswith(message)


def test_a_muscle_id_used_twice_is_reported_at_the_second(zones):
    path, text = _edit(zones, "muscles.toml", 'id = "trapezius_transverse"', 'id = "trapezius_descending"')
    err = _load_error(zones)
    second = [i for i, line in enumerate(text.splitlines(), 1) if line == 'id = "trapezius_descending"'][1]
    assert str(err) == f"{path}:{second}: muscle id 'trapezius_descending' is used twice"


def test_a_misspelt_muscle_layer_lists_the_layers(zones):
    path, text = _edit(zones, "muscles.toml", 'layer = "second"', 'layer = "middle"')
    err = _load_error(zones)
    assert (err.path, err.line) == (str(path), _line_of(text, 'layer = "middle"'))
    assert "superficial" in err.message and "deep" in err.message


def test_a_folder_without_muscles_uses_the_shipped_ones(zones):
    (zones / "muscles.toml").unlink()
    zone_set = load_zone_set(zones)
    assert {m.id for m in zone_set.muscles} >= {"latissimus_dorsi", "longissimus"}
    assert zone_set.sources["muscles"].path == str(SHIPPED / "muscles.toml")


SHARED_FALLBACKS = [("techniques.toml", "techniques"), ("screening.toml", "screening"),
                    ("muscles.toml", "muscles"), ("glossary.toml", "glossary")]


@pytest.mark.parametrize(("file_name", "key"), SHARED_FALLBACKS)
def test_a_folder_without_a_shared_document_reads_the_shipped_one_in_its_language(zones, file_name, key):
    (zones / file_name).unlink()
    zone_set, shipped = load_zone_set(zones, "uk"), load_zone_set(SHIPPED, "uk")
    assert zone_set.sources[key].path == str(SHIPPED / file_name)
    assert getattr(zone_set, key) == getattr(shipped, key)
    others = [other for _, other in SHARED_FALLBACKS if other != key]
    assert all(zone_set.sources[other].path == str(zones / f"{other}.toml") for other in others)


def test_a_folder_without_any_shared_document_reads_all_four_shipped_ones_in_turn(zones):
    for file_name, _ in SHARED_FALLBACKS:
        (zones / file_name).unlink()
    zone_set, shipped = load_zone_set(zones), load_zone_set(SHIPPED)
    assert list(zone_set.sources)[-4:] == [key for _, key in SHARED_FALLBACKS]
    assert [zone_set.sources[key].path for _, key in SHARED_FALLBACKS] == [
        str(SHIPPED / file_name) for file_name, _ in SHARED_FALLBACKS]
    for _, key in SHARED_FALLBACKS:
        assert getattr(zone_set, key) == getattr(shipped, key)
    assert zone_set.masks == shipped.masks and zone_set.zones == shipped.zones


def test_the_shipped_folder_reads_its_own_shared_documents():
    zone_set = load_zone_set(SHIPPED)
    for file_name, key in [*SHARED_FALLBACKS, ("masks.toml", "masks")]:
        assert zone_set.sources[key].path == str(SHIPPED / file_name)
