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
                        no_go=[NoGoArea(id="client_area_1", reason="wound", x=8.0, y=-24.0, radius=2.5)])


@pytest.mark.parametrize("paper, width_pt", [("a4", 595), ("letter", 612)])
def test_handout_pages_paper_and_text(qapp, zone_set, plan, tmp_path, paper, width_pt):
    atlas = build_atlas(build_body("male"), zone_set, plan_masks(plan, zone_set))
    out = write_handout(plan, atlas, tmp_path / "h.pdf", paper)
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert round(float(reader.pages[0].mediabox.width)) == width_pt
    text = text_of(out)
    for words in ("Ada Lovelace", "Before each session", "Take a warm shower", "Lumbar region and sacrum",
                  "Contraindications checked", "Open wound", "Your open wound (right side, at the level of T10)",
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
