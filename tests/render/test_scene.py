"""The scene holds what the atlas says, in layers that can be hidden."""

import pytest

from app.model.body.anatomy import VERTEBRAE
from app.render.scene import COUNT_FROM, LAYERS, BackScene


def test_every_vertebra_line_zone_and_mask_has_an_item(qapp, atlas):
    scene = BackScene(atlas)
    assert set(scene.vertebra_items) == set(VERTEBRAE) - {"C1"}  # C1 has no spinous process to label
    assert set(scene.line_items) == {line.id for line in atlas.lines}
    assert set(scene.zone_items) == {z.id for z in atlas.zones}
    assert set(scene.mask_items) == {m.id for m in atlas.masks}


def test_focus_shows_only_that_zones_lines(qapp, atlas):
    scene = BackScene(atlas)
    scene.set_focus("lumbar")
    shown = {lid for lid, item in scene.line_items.items() if item.isVisible()}
    assert shown == {line.id for line in atlas.zone("lumbar").lines}
    scene.set_focus(None)
    assert all(item.isVisible() for item in scene.line_items.values())


def test_hiding_a_layer_hides_its_items(qapp, atlas):
    scene = BackScene(atlas)
    scene.set_layer_visible("spine", False)
    assert not scene.vertebra_items["T7"].isVisible()
    assert scene.line_items["lumbar.1.left"].isVisible()
    scene.set_layer_visible("spine", True)
    assert scene.vertebra_items["T7"].isVisible()
    assert set(LAYERS) >= {"lines", "masks", "zones", "spine", "legend"}


def test_crowded_labels_thin_out_when_zoomed_out(qapp, atlas):
    scene = BackScene(atlas)
    scene.fit_labels(40.0)
    assert all(item.isVisible() for item in scene.vertebra_items.values())
    scene.fit_labels(11.0)  # cervical steps (~1.9 cm) are now closer than a label is tall
    hidden = [n for n, item in scene.vertebra_items.items() if not item.isVisible()]
    assert hidden and all(n.startswith("C") for n in hidden)
    scene.fit_labels(5.0)
    hidden = [n for n, item in scene.vertebra_items.items() if not item.isVisible()]
    assert any(n.startswith("T") for n in hidden)
    # the levels students count from stay labelled, and no two shown labels overlap
    assert all(scene.vertebra_items[n].isVisible() for n in COUNT_FROM)
    shown = sorted(atlas.body.level_y[n] * 5.0 for n, item in scene.vertebra_items.items() if item.isVisible())
    chip = scene.style.px(scene.style.label_px) * 1.45
    assert all(b - a >= chip - 1e-9 for a, b in zip(shown, shown[1:]))


def test_arrow_points_the_way_the_line_runs(qapp, atlas):
    """The end arrowhead's rotation matches the path's last direction (scene y is down)."""
    import math

    from app.render.items import ArrowItem

    scene = BackScene(atlas)
    item = scene.line_items["lumbar.3.right"]
    arrows = [c for c in item.childItems() if isinstance(c, ArrowItem)]
    (x0, y0), (x1, y1) = item.line.path.coords[-2], item.line.path.coords[-1]
    expected = math.degrees(math.atan2(-(y1 - y0), x1 - x0))
    end_arrow = min(arrows, key=lambda a: (a.pos().x() - x1) ** 2 + (a.pos().y() + y1) ** 2)
    assert abs(((end_arrow.rotation() - expected) + 180) % 360 - 180) < 20
    # lumbar lines run out (to the patient's right here) and down: x grows, scene y grows
    assert x1 > x0 and -y1 > -y0


def test_labels_keep_their_share_of_the_picture_at_4k(qapp, atlas):
    """A projector shows 1080p and 4K at the same physical size: labels must double in pixels
    at 4K, and be at least 15 px tall at 1080p (legible from the back of a classroom)."""
    from PySide6.QtGui import QFontMetricsF

    from app.render.style import Style

    heights = {}
    for size in ((1920, 1080), (3840, 2160)):
        style = Style.for_output(*size)
        heights[size] = QFontMetricsF(style.font(style.label_px)).height()
        chip = BackScene(atlas, style).vertebra_items["T7"]
        assert chip.boundingRect().height() >= heights[size]
    assert heights[(1920, 1080)] >= 15
    assert heights[(3840, 2160)] == pytest.approx(2 * heights[(1920, 1080)], rel=0.1)
