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
