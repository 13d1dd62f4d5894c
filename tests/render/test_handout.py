"""The handout PDF, read back by pypdf: pages, paper, and the words a client needs."""

import re

import msgspec
import pytest
from pypdf import PdfReader

from app.model.atlas.build import build_atlas
from app.model.body.anatomy import build_body
from app.model.errors import DorsumError
from app.model.plans.format import Client, NoGoArea
from app.model.plans.operations import default_plan, plan_masks
from app.render.handout import write_handout


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def plan(zone_set):
    return default_plan(zone_set, client=Client(name="Ada Lovelace"), conditions=["wound"],
                        no_go=[NoGoArea(id="client_area_1", kind="wound", level="T10", out=8.0, up=0.0, radius=2.5)])


@pytest.mark.parametrize("paper, width_pt", [("a4", 595), ("letter", 612)])
def test_handout_pages_paper_and_text(qapp, zone_set, plan, tmp_path, paper, width_pt):
    atlas = build_atlas(build_body("male"), zone_set, plan_masks(plan, build_body("male")))
    out = write_handout(plan, atlas, tmp_path / "h.pdf", paper)
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    text = text_of(out)
    for words in ("Ada Lovelace", "Before each session", "Take a warm shower", "Lumbar region and sacrum",
                  "Contraindications checked", "Open wound", "Your wound (on the right, beside the middle back (T10))",
                  "no pressure", "about 32½ min of a general back massage", "kneading 2½ min",
                  "vibration 30 s, stroking 30 s",
                  "ends with light vibration and a smooth stroking"):
        assert words.lower() in text.lower(), words


def test_a_contraindication_puts_the_doctor_first(qapp, zone_set, plan, tmp_path):
    stop = msgspec.structs.replace(plan, conditions=["pregnancy"])
    out = write_handout(stop, build_atlas(build_body("female"), zone_set), tmp_path / "h.pdf")
    text = text_of(out)
    assert "Massage is not advised now" in text and "Pregnancy" in text
    assert "Where the hands go" not in text


def test_handout_refuses_other_formats(qapp, zone_set, plan, tmp_path):
    atlas = build_atlas(build_body("male"), zone_set)
    with pytest.raises(DorsumError, match="OUT.pdf"):
        write_handout(plan, atlas, tmp_path / "h.png")


def test_a_client_who_must_not_be_massaged_gets_the_reason_and_no_session(zone_set, tmp_path):
    """Regression: the handout printed a full session for a client who must not be massaged."""
    plan = msgspec.structs.replace(default_plan(zone_set), conditions=["pregnancy"])
    atlas = build_atlas(build_body("male"), zone_set, ())
    text = text_of(write_handout(plan, atlas, tmp_path / "h.pdf"))
    assert "No massage for now" in text and "doctor" in text and "Pregnancy" in text
    for absent in ("The session", "The course", "Before each session", "Where the hands go"):
        assert absent not in text
    assert "Consent" in text


def test_a_healed_scar_stays_a_scar_and_the_therapist_signs(zone_set, tmp_path):
    """Regression: a healed scar became "your open wound" on the handout."""
    from app.model.plans.format import Therapist

    scar = NoGoArea(id="client_area_1", kind="scar", level="L2", out=-6.0, up=0.0, radius=1.5, note="healed")
    plan = msgspec.structs.replace(default_plan(zone_set), no_go=[scar],
                                   therapist=Therapist(name="Olena K.", contact="+380 44 000 0000"))
    body = build_body("male")
    atlas = build_atlas(body, zone_set, plan_masks(plan, body))
    text = text_of(write_handout(plan, atlas, tmp_path / "h.pdf"))
    assert "Your scar (on the left, beside the lower back (L2))" in text and "healed" in text
    assert "wound" not in text.lower().replace("open wound", "")  # the contraindication list still names it
    assert "Olena K." in text and "+380 44 000 0000" in text and "Consent" in text


def test_the_diagrams_are_vector_one_zone_a_page(zone_set, plan, tmp_path):
    """No raster images: every diagram is drawn from the scene, its labels real text."""
    body = build_body("male")
    atlas = build_atlas(body, zone_set, plan_masks(plan, body))
    reader = PdfReader(write_handout(plan, atlas, tmp_path / "h.pdf"))
    assert all(len(page.images) == 0 for page in reader.pages)
    zones = list(dict.fromkeys(step.zone for step in plan.steps))
    names = {z.id: z.name for z in atlas.zones}
    diagram_pages = [" ".join(p.extract_text().split()) for p in reader.pages[-len(zones):]]
    for zone_id, text in zip(zones, diagram_pages):
        assert text.startswith(names[zone_id]), text[:80]
        assert re.search(r"\b(C7|T\d+|L\d)\b", text), "the vertebra labels are text, not pixels"


def test_for_high_blood_pressure_text_and_session_agree(zone_set, tmp_path):
    """The text says the order the steps really take (from the neck down, the whole-back
    strokes too, as its diagrams draw them), and the table lists the zones in that order."""
    from app.model.plans.operations import set_conditions

    plan = set_conditions(default_plan(zone_set), zone_set, ["high_blood_pressure"])
    atlas = build_atlas(build_body("male"), zone_set, (), plan.direction)
    line = atlas.line("whole_back.1.left")
    assert line.path.coords[0][1] > line.path.coords[-1][1]  # the diagram's paravertebral stroke runs down
    text = text_of(write_handout(plan, atlas, tmp_path / "h.pdf"))
    assert "from the neck down, because of high blood pressure: the strokes over the whole back too" in text
    names = [z.name for z in atlas.zones]
    order = list(dict.fromkeys(s.zone for s in plan.steps))
    positions = [text.index(names[[z.id for z in atlas.zones].index(zone_id)].split(" (")[0]) for zone_id in order]
    assert positions == sorted(positions)


# -- tables are never split across pages (issue 11 §4) ---------------------------------------

HEADER = "Order Zone Time Techniques, in order Pressure"


def long_plan(zone_set, rows: int):
    """A session of ``rows`` steps, lumbar and collar in turn, so each step is a row of its own
    whose minutes (1, 1¼, 1½…) name it."""
    from app.model.plans.format import PlanStep

    steps = [PlanStep(zone="collar" if i % 2 else "lumbar", technique="stroking", minutes=1 + i / 4, pressure=0.25,
                      lines=[1]) for i in range(rows)]
    return msgspec.structs.replace(default_plan(zone_set), steps=steps)


def text_pages(path, zones: int) -> list[str]:
    """The text pages, each as one line (the diagrams, one zone a page, come after them)."""
    pages = [" ".join(page.extract_text().replace("ﬂ", "fl").replace("ﬁ", "fi").split())  # the font's ligatures
             for page in PdfReader(path).pages]
    return pages[:len(pages) - zones]


def pages_with(pages: list[str], words: str) -> list[int]:
    return [i for i, text in enumerate(pages) if words in text]


def session_rows(page: str) -> list[str]:
    """The session rows on a page, by their minutes (the last row's has no next number)."""
    return re.findall(r"stroking (\d+[¼½¾]?) min", page[page.find(HEADER):]) if HEADER in page else []


def assert_whole_under_heading(pages: list[str], zone_set) -> None:
    """The contraindications, the consent and the glossary: each table on one page, with the
    heading that introduces it."""
    screening = zone_set.screening
    labels = [c.label for c in (*screening.absolute, *screening.local, screening.high_blood_pressure)]
    where = {label: pages_with(pages, label) for label in labels}
    assert all(len(p) == 1 for p in where.values()), where
    assert len({p[0] for p in where.values()}) == 1  # the whole table on one page
    assert "Contraindications checked" in pages[where[labels[0]][0]]
    glossary = ("Words on the diagrams", "PSIS the two dimples", "Iliac crest the top edge", "Acromion the bony point",
                "Above C6 the upper neck")
    assert len({i for words in glossary for i in pages_with(pages, words)}) == 1
    assert len({i for words in ("Consent", "Client: ___", "Therapist:") for i in pages_with(pages, words)}) == 1


@pytest.mark.parametrize("rows", [10, 16, 19])
def test_no_table_is_split_across_pages(qapp, zone_set, tmp_path, rows):
    """Sessions of these lengths push, laid out naturally, a table across a page break or away
    from its heading (the contraindications at 10 and 16, the glossary at 16, the
    contraindications' heading at 19); each must be whole on one page, its heading with it."""
    plan = long_plan(zone_set, rows)
    atlas = build_atlas(build_body("male"), zone_set)
    pages = text_pages(write_handout(plan, atlas, tmp_path / "h.pdf"), 2)
    assert len(pages) >= 2
    header = pages_with(pages, HEADER)
    assert len(header) == 1 and "The session" in pages[header[0]]
    assert len(session_rows(pages[header[0]])) == rows  # every row with its header
    assert_whole_under_heading(pages, zone_set)


@pytest.mark.parametrize("rows", [31, 43, 45])
def test_a_session_too_long_for_a_page_repeats_its_header(qapp, zone_set, tmp_path, rows):
    """31 rows do not fit on a page under their heading, 45 on no page at all: the session stays
    under its heading and runs on, its header row on top of every page it reaches; the tables
    after it stay whole (at 43 the contraindications would straddle a page break)."""
    atlas = build_atlas(build_body("male"), zone_set)
    pages = text_pages(write_handout(long_plan(zone_set, rows), atlas, tmp_path / "h.pdf"), 2)
    header = pages_with(pages, HEADER)
    assert len(header) >= 2 and "The session" in pages[header[0]]
    assert all(pages[i].startswith(HEADER) for i in header[1:])
    found = [row for i in header for row in session_rows(pages[i])]
    assert len(found) == rows and len(set(found)) == rows  # every row once, whole, under a header
    assert_whole_under_heading(pages, zone_set)


def test_every_table_fits_a_page_or_repeats_its_header(qapp, zone_set):
    """The layout itself, for sessions of every length from 2 to 60 rows, on both papers."""
    from PySide6.QtCore import QSizeF

    from app.render.handout import handout_document, page_span, tables_of

    atlas = build_atlas(build_body("male"), zone_set)
    for size in (QSizeF(718, 1009), QSizeF(756, 943)):  # A4 and Letter less 15 mm margins, in 96ths of an inch
        for rows in range(2, 61, 2):
            doc = handout_document(long_plan(zone_set, rows), atlas, size)
            for table in tables_of(doc):
                first, last = page_span(doc, table)
                split = first != last
                assert not split or (table == tables_of(doc)[0] and table.format().headerRowCount() == 1), (
                    rows, first, last)
