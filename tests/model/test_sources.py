"""Every citation in the shipped zones, masks, techniques and screening traces back to its source.

A seed citation's quote is in that seed, an anatomy.md citation's quote (and row) is in the
reference sheet, a project decision says why; every zone, line and mask cites something.
"""

from __future__ import annotations

import re
from pathlib import Path

import msgspec
import pytest

from app.model.zonefiles.loader import default_zones_dir, load_zone_set
from app.model.zonefiles.spec import Cite

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
ANATOMY = SHARED / "reference" / "anatomy.md"
MUSCLES = SHARED / "reference" / "muscles-and-hands.md"

needs_shared = pytest.mark.skipif(
    not (SEEDS.is_dir() and ANATOMY.is_file() and MUSCLES.is_file()),
    reason=f"the shared reference material is not beside the repository ({SHARED} is missing)",
)

_ZONE_SET = load_zone_set(default_zones_dir())


def _walk(obj, where: str):
    """(key path, Cite) for every citation inside a document struct."""
    if isinstance(obj, Cite):
        yield where, obj
    elif isinstance(obj, msgspec.Struct):
        for name in obj.__struct_fields__:
            yield from _walk(getattr(obj, name), f"{where}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _walk(item, f"{where}[{i}]")


def _all_cites() -> list[tuple[str, Cite]]:
    out = []
    for zone in _ZONE_SET.zones:
        out += [(f"{zone.id}:{where}", cite) for where, cite in _walk(zone, "$")]
    for i, mask in enumerate(_ZONE_SET.masks):
        out += [(f"masks:{where}", cite) for where, cite in _walk(mask, f"$.masks[{i}]")]
    for i, technique in enumerate(_ZONE_SET.techniques):
        out += [(f"techniques:{where}", cite) for where, cite in _walk(technique, f"$.techniques[{i}]")]
    out += [(f"screening:{where}", cite) for where, cite in _walk(_ZONE_SET.screening, "$")]
    for i, muscle in enumerate(_ZONE_SET.muscles):
        out += [(f"muscles:{where}", cite) for where, cite in _walk(muscle, f"$.muscles[{i}]")]
    for i, term in enumerate(_ZONE_SET.glossary):
        out += [(f"glossary:{where}", cite) for where, cite in _walk(term, f"$.terms[{i}]")]
    return out


CITES = _all_cites()
SEED_CITES = [(w, c) for w, c in CITES if c.source not in ("anatomy.md", "muscles-and-hands.md", "dorsum")]
MUSCLE_CITES = [(w, c) for w, c in CITES if c.source == "muscles-and-hands.md"]
ANATOMY_CITES = [(w, c) for w, c in CITES if c.source == "anatomy.md"]
DORSUM_CITES = [(w, c) for w, c in CITES if c.source == "dorsum"]


def normalise(text: str) -> str:
    """Whitespace collapsed, curly quotes straightened, en and em dashes made hyphens."""
    plain_of = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
    for curly, plain in plain_of.items():
        text = text.replace(curly, plain)
    return re.sub(r"\s+", " ", text).strip()


def _seed_text(name: str) -> str:
    return normalise((SEEDS / name).read_text(encoding="utf-8"))


def _anatomy_rows(sheet: Path = ANATOMY) -> set[str]:
    """First cells of the data rows of a reference sheet's tables (not headers, not rules)."""
    lines = sheet.read_text(encoding="utf-8").splitlines()
    rows = set()
    for i, line in enumerate(lines):
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        if i + 1 < len(lines) and set(lines[i + 1]) <= set("|-: ") and lines[i + 1].startswith("|"):
            continue  # a header row
        rows.add(line.split("|")[1].strip())
    return rows


def test_normalise():
    assert normalise("It\u2019s  1\u20132 \u2014\n a\tb") == "It's 1-2 - a b"


def test_the_shipped_data_has_citations_of_every_kind():
    assert len(SEED_CITES) > 50
    assert ANATOMY_CITES and DORSUM_CITES


@needs_shared
@pytest.mark.parametrize("where, cite", SEED_CITES, ids=[w for w, _ in SEED_CITES])
def test_seed_quote_is_verbatim_in_the_seed(where, cite):
    assert (SEEDS / cite.source).is_file(), f"{where}: no seed file {cite.source}"
    assert cite.quote.strip(), f"{where}: a seed citation without a quote"
    assert normalise(cite.quote) in _seed_text(cite.source), f"{where}: quote not found in {cite.source}"


@needs_shared
@pytest.mark.parametrize("where, cite", ANATOMY_CITES, ids=[w for w, _ in ANATOMY_CITES])
def test_anatomy_citation_is_in_the_reference_sheet(where, cite):
    assert cite.quote or cite.row, f"{where}: cites anatomy.md without row or quote"
    if cite.quote:
        assert normalise(cite.quote) in normalise(ANATOMY.read_text(encoding="utf-8")), where
    if cite.row:
        assert cite.row in _anatomy_rows(), f"{where}: anatomy.md has no row {cite.row!r}"


@needs_shared
@pytest.mark.parametrize("where, cite", MUSCLE_CITES, ids=[w for w, _ in MUSCLE_CITES])
def test_muscle_citation_names_a_row_of_the_muscle_sheet(where, cite):
    assert cite.row in _anatomy_rows(MUSCLES), f"{where}: muscles-and-hands.md has no row {cite.row!r}"


def test_every_muscle_rests_on_the_muscle_sheet():
    assert len(MUSCLE_CITES) >= len(_ZONE_SET.muscles) > 0
    for muscle in _ZONE_SET.muscles:
        assert any(c.source == "muscles-and-hands.md" for c in muscle.cite), muscle.id


@pytest.mark.parametrize("where, cite", DORSUM_CITES, ids=[w for w, _ in DORSUM_CITES])
def test_project_decision_says_why(where, cite):
    assert cite.why.strip(), where
    assert not cite.quote and not cite.row, f"{where}: a project decision quotes nothing"


@needs_shared
def test_seed_lookup_rejects_a_quote_the_seed_does_not_have():
    """The verbatim check has teeth: a paraphrase does not pass."""
    text = _seed_text("001_6de41be31f0f70fd.txt")
    assert normalise("Vibration is performed with the fingers, no higher than the 6th cervical vertebra.") in text
    assert normalise("Vibration is done with the fingers, never above the 6th cervical vertebra.") not in text


@needs_shared
def test_anatomy_rows_are_table_rows_only():
    rows = _anatomy_rows()
    assert "kidneys" in rows and "inferior angle of scapula" in rows
    assert "landmark" not in rows and "quantity" not in rows  # headers


@pytest.mark.parametrize("zone", _ZONE_SET.zones, ids=lambda z: z.id)
def test_every_zone_cites_its_span_and_every_line_cites_something(zone):
    assert zone.span.cite, f"{zone.id}: the span cites nothing"
    assert zone.minutes.cite, f"{zone.id}: the minutes cite nothing"
    for line in zone.lines:
        assert line.cite, f"{zone.id} line {line.number} cites nothing"
    for step in zone.steps:
        assert step.cite, f"{zone.id}: step {step.technique} cites nothing"
    for item in zone.guidance:
        assert item.cite, f"{zone.id}: guidance on {item.topic} cites nothing"


@pytest.mark.parametrize("mask", _ZONE_SET.masks, ids=lambda m: m.id)
def test_every_mask_cites_something(mask):
    assert mask.cite, f"mask {mask.id} cites nothing"
    assert mask.why.strip()


@pytest.mark.parametrize("zone", _ZONE_SET.zones, ids=lambda z: z.id)
def test_every_line_rests_on_a_seed_or_the_reference_sheet(zone):
    """A line may add a project decision, but not rest on one alone."""
    for line in zone.lines:
        assert any(c.source != "dorsum" for c in line.cite), f"{zone.id} line {line.number}"
