"""The side panel's text for lines along a muscle and for the muscles themselves."""

from app.render.items import ItemInfo
from app.ui.guidance import describe


def test_a_line_along_a_muscle_says_rubbing_follows_its_fibres(atlas):
    html = describe(atlas, ItemInfo("line", "lumbar.6.right", "Lumbar line 6 (right)"))
    assert "Along the erector spinae: longissimus" in html and "fibres run up" in html
    assert "Rubbing movements should be performed along the muscle fibers." in html
    assert "Along the" not in describe(atlas, ItemInfo("line", "lumbar.3.right", "Lumbar line 3 (right)"))


def test_a_muscle_names_its_layer_fibres_lines_and_source(atlas):
    html = describe(atlas, ItemInfo("muscle", "longissimus.left", "Erector spinae: longissimus (left)"))
    assert "Deep layer" in html and "fibres run up" in html
    assert "Lower thoracic region" in html and "line 1" in html and "line 6" in html
    assert "muscles-and-hands.md: Longissimus" in html


def test_the_whole_back_lists_its_finale_and_its_lines_the_way_they_run(qapp, zone_set):
    """Guidance gives the finale that closes the session, the stroking that alternates with
    rubbing, and in a top-down session the whole-back lines by their top-down names."""
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body
    from app.render.scene import zone_info

    atlas = build_atlas(build_body("male"), zone_set, direction="top-down")
    html = describe(atlas, zone_info(atlas, "whole_back"))
    assert "Whole back (finale): after the last zone" in html and "vibration, lines 1, 2, 3" in html
    assert "Paravertebral, neck to the sacrum" in html and "sacrum to the neck" not in html
    assert "0.25 min of stroking" in describe(atlas, zone_info(atlas, "lumbar"))
