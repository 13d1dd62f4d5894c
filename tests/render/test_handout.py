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
                  "no pressure", "30.5 minutes", "kneading 2½ min"):
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
    """The text says the order the steps really take (zone by zone from the neck down), and
    the table lists the zones in that order."""
    from app.model.plans.operations import set_conditions

    plan = set_conditions(default_plan(zone_set), zone_set, ["high_blood_pressure"])
    atlas = build_atlas(build_body("male"), zone_set, ())
    text = text_of(write_handout(plan, atlas, tmp_path / "h.pdf"))
    assert "zone by zone from the neck down" in text
    names = [z.name for z in atlas.zones]
    order = list(dict.fromkeys(s.zone for s in plan.steps))
    positions = [text.index(names[[z.id for z in atlas.zones].index(zone_id)].split(" (")[0]) for zone_id in order]
    assert positions == sorted(positions)
