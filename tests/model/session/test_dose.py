"""The dose map: grows as the session plays, stays zero off the body and on the spine."""

import numpy as np
import pytest
import shapely

from app.model.session.dose import DoseMap
from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline


@pytest.fixture(scope="module")
def dose_map(zone_set, atlas):
    return DoseMap.of(Motion.of(atlas, build_timeline(zone_set)))


def test_dose_grows_with_time_and_is_zero_at_the_start(dose_map):
    assert dose_map.at(0.0).sum() == 0
    a, b = dose_map.at(100.0), dose_map.at(400.0)
    assert 0 < a.sum() < b.sum()
    assert (b >= a - 1e-12).all()


def test_seeking_gives_the_same_dose_as_playing(dose_map):
    played = None
    for t in np.arange(590.0, 620.0, 1.0):
        played = dose_map.at(t)
    fresh = DoseMap.of(dose_map.motion).at(619.0)
    np.testing.assert_allclose(played, fresh, rtol=1e-6, atol=1e-9)


def test_spine_and_outside_stay_at_zero(dose_map, atlas):
    dose = dose_map.at(dose_map.motion.timeline.total_s)
    grid = dose_map.grid
    assert (dose[~grid.inside] == 0).all()
    spine = next(m for m in atlas.masks if m.id == "spine").geometry
    x0, y0, x1, y1 = grid.extent
    xs = x0 + (np.arange(grid.cols) + 0.5) * grid.cell
    ys = y1 - (np.arange(grid.rows) + 0.5) * grid.cell
    gx, gy = np.meshgrid(xs, ys)
    assert (dose[shapely.contains_xy(spine, gx, gy)] == 0).all()
    assert dose.max() > 0


def test_dose_lands_in_the_zone_being_worked(dose_map, atlas):
    timeline = dose_map.motion.timeline
    lumbar = timeline.zone_steps("lumbar")
    before, after = dose_map.at(lumbar[0].start_s), dose_map.at(lumbar[-1].end_s)
    added = after - before
    grid = dose_map.grid
    rows_y = grid.y_top - (np.arange(grid.rows) + 0.5) * grid.cell
    above_lumbar = rows_y > atlas.body.y_of("T11")
    assert added[above_lumbar].sum() < 0.02 * added.sum()
