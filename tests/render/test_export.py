"""Exports read back by independent readers: PNG header, SVG as XML, PDF with pypdf."""

import struct
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from app.model.errors import DorsumError
from app.render.export import export, render_image
from app.render.scene import BackScene
from app.render.style import Style


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [(1920, 1080), (800, 1200)])
def test_png_has_the_asked_size(qapp, atlas, tmp_path, size):
    out = export(BackScene(atlas, Style.for_output(*size)), tmp_path / "back.png", *size)
    assert png_size(out) == size


def test_svg_parses_as_xml_with_the_viewbox(qapp, atlas, tmp_path):
    out = export(BackScene(atlas), tmp_path / "back.svg", 1920, 1080)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox").split() == ["0", "0", "1920", "1080"]
    assert len(list(root.iter())) > 200  # the back, its lines and labels, not an empty page


def test_pdf_has_one_page_with_the_title(qapp, atlas, tmp_path):
    scene = BackScene(atlas)
    scene.set_focus("lumbar")
    out = export(scene, tmp_path / "back.pdf", 1920, 1080)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf spaces words with tabs
    assert "Lumbar region and sacrum" in text
    assert "L3" in text


def test_render_differs_by_zone(qapp, atlas):
    scene = BackScene(atlas)
    whole = render_image(scene, 960, 540)
    scene.set_focus("collar")
    collar = render_image(scene, 960, 540)
    assert whole != collar


def test_vertebra_label_is_drawn_where_the_model_puts_it(qapp, atlas):
    """Sample pixels: a thoracic chip's dark text is drawn where the scene laid it out (on the
    spine or in the ruler), and a chip off the spine has a leader from its level on the midline."""
    from app.render.export import picture_mapping

    scene = BackScene(atlas)
    scene.set_layer_visible("legend", False)
    image = render_image(scene, 1920, 1080)
    source, target = picture_mapping(scene, 1920, 1080)
    s = target.width() / source.width()
    chip = scene.vertebra_items["T7"]
    centre = chip.pos()  # a chip is centred on its position
    px = target.left() + (centre.x() - source.left()) * s
    py = target.top() + (centre.y() - source.top()) * s
    dark = 0
    for dx in range(-12, 13):
        for dy in range(-5, 6):
            c = image.pixelColor(int(px + dx), int(py + dy))
            dark += c.lightness() < 80
    assert dark > 10
    label = next(lb for lb in scene.labels if lb.item is chip)
    on_spine = abs(centre.x()) < 1e-6 and abs(centre.y() + atlas.body.level_y["T7"]) < 1e-6
    assert on_spine != label.leader.isVisible()
    if label.leader.isVisible():
        start = label.leader.points[0]
        assert (start.x(), start.y()) == pytest.approx((0.0, -atlas.body.level_y["T7"]), abs=0.05)


def test_export_refuses_unknown_format_and_missing_folder(qapp, atlas, tmp_path):
    scene = BackScene(atlas)
    with pytest.raises(DorsumError, match="use .png, .svg or .pdf"):
        export(scene, tmp_path / "back.txt")
    with pytest.raises(DorsumError, match="does not exist"):
        export(scene, tmp_path / "missing" / "back.png")


def test_failed_export_leaves_the_old_file(qapp, atlas, tmp_path, monkeypatch):
    out = tmp_path / "back.png"
    out.write_bytes(b"old")
    import app.render.export as ex

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ex, "render_image", broken)
    with pytest.raises(RuntimeError):
        export(BackScene(atlas), out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["back.png"]


def test_labels_stay_on_the_page(qapp, atlas):
    """The picture widens until every label of what it shows fits (node names on the left)."""
    from app.render.export import picture_mapping

    for size in ((960, 540), (1920, 1080)):
        scene = BackScene(atlas, Style.for_output(*size))
        source, target = picture_mapping(scene, *size)
        assert max(scene.label_overflow(source, target.width() / source.width())) < 1.0
        assert source.contains(scene.content_rect()) or source.width() >= scene.content_rect().width()


@pytest.mark.parametrize("room", [400, 200, 150, 60])
def test_the_pressure_scale_title_fits_its_box(qapp, room):
    """In a narrow legend column (a zone's frame at 1200×900) the colour scale's title shrinks,
    then drops its parenthesis, rather than running out of its box."""
    from PySide6.QtGui import QFontMetricsF

    from app.render.legend import pressure_scale_title

    style = Style.for_output(1200, 900)
    title, font = pressure_scale_title(style, room)
    assert QFontMetricsF(font).horizontalAdvance(title) <= room
    if room >= 200:
        assert title == "Pressure (hands, trail, dose)"
    elif room >= 120:
        assert title.startswith("Pressure") and "…" not in title
