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


def test_crowded_vertebrae_move_to_the_ruler_and_none_is_dropped(qapp, atlas):
    """Zoomed in, every chip sits on its spinous process; zoomed out, the chips that would
    overlap go to a ruler in the right margin with a leader back to their level, and every
    vertebra keeps its label."""
    scene = BackScene(atlas)
    scene.layout_labels(60.0)
    assert all(item.isVisible() and item.pos().x() == 0.0 for item in scene.vertebra_items.values())
    for zoom in (11.0, 5.0):
        extents = scene.layout_labels(zoom)
        assert all(item.isVisible() for item in scene.vertebra_items.values())
        moved = [lb for lb in scene.labels if lb.kind == "vertebra" and lb.item.pos().x() != 0.0]
        assert moved and all(lb.leader.isVisible() for lb in moved)
        assert extents.right > 0  # the ruler stands beside the content
        content = scene.content_rect()  # a full ruler sends its top chips to the left margin
        assert all(not content.left() < lb.item.pos().x() < content.right() for lb in moved)
    assert all(scene.vertebra_items[n].isVisible() for n in COUNT_FROM)


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
