"""The handout PDF, read back by pypdf: pages, paper, and the words a client needs."""

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
