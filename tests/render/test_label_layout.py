"""The pure label layout: columns that keep their order with the least displacement, and the
rectangle checks the scene and the label tests rely on."""

import numpy as np
import pytest

from app.render.label_layout import column_extent, free, isotonic, overlap_pairs, spread, spread_clear


def test_isotonic_pools_violators_into_their_mean():
    assert isotonic([1.0, 3.0, 2.0, 4.0]).tolist() == [1.0, 2.5, 2.5, 4.0]
    assert isotonic([3.0, 2.0, 1.0]).tolist() == [2.0, 2.0, 2.0]
    assert isotonic([]).tolist() == []


def test_labels_that_fit_stay_on_their_anchors():
    assert spread([0.0, 30.0, 60.0], [10.0, 10.0, 10.0], gap=2.0).tolist() == [0.0, 30.0, 60.0]


def test_a_crowd_spreads_evenly_about_its_mean():
    c = spread([10.0, 10.0, 10.0], [10.0, 10.0, 10.0], gap=2.0)
    assert np.diff(c).tolist() == [12.0, 12.0]
    assert c.mean() == pytest.approx(10.0)  # no sideways drift: the least squared displacement


def test_bounds_push_the_column_inside():
    c = spread([0.0, 1.0], [10.0, 10.0], gap=0.0, lo=0.0, hi=100.0)
    assert c.tolist() == [5.0, 15.0]
    c = spread([99.0, 100.0], [10.0, 10.0], gap=0.0, lo=0.0, hi=100.0)
    assert c.tolist() == [85.0, 95.0]


def test_too_many_labels_are_packed_and_centred():
    c = spread([0.0, 0.0, 0.0], [10.0, 10.0, 10.0], gap=0.0, lo=0.0, hi=20.0)
    assert c.tolist() == [0.0, 10.0, 20.0]
    assert column_extent([10.0, 10.0, 10.0], gap=1.0) == 32.0


def test_refuses_unordered_anchors():
    with pytest.raises(ValueError):
        spread([1.0, 0.0], [1.0, 1.0])


@pytest.mark.parametrize("seed", range(40))
def test_random_columns_are_optimal(seed):
    """Gaps hold, order holds, and the solution is optimal: every tight run of labels away from
    the bounds is displaced zero on average, with every prefix of the run pushed up (negative)
    and every suffix pushed down, which is exactly the optimality condition of the problem."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 12))
    p = np.sort(rng.uniform(0, 200, n))
    h = rng.uniform(5, 25, n)
    gap = float(rng.uniform(0, 4))
    c = spread(p, h, gap)
    need = (h[:-1] + h[1:]) / 2 + gap
    assert np.all(np.diff(c) >= need - 1e-9)
    d = c - p
    tight = np.isclose(np.diff(c), need)
    start = 0
    for i in range(n):
        if i == n - 1 or not tight[i]:
            run = d[start:i + 1]
            assert run.sum() == pytest.approx(0.0, abs=1e-7)
            assert np.all(np.cumsum(run)[:-1] <= 1e-7)
            start = i + 1
    # and no small move that keeps the gaps does better
    cost = float((d ** 2).sum())
    for _ in range(50):
        trial = c + rng.normal(0, 0.5, n)
        if np.all(np.diff(trial) >= need):
            assert ((trial - p) ** 2).sum() >= cost - 1e-9


def test_overlap_checks_find_what_overlaps_and_nothing_else():
    rects = [[0, 0, 10, 10], [5, 5, 15, 15], [10, 0, 20, 6], [30, 30, 40, 40]]
    assert overlap_pairs(rects) == [(0, 1), (1, 2)]  # 0 and 2 only touch
    assert overlap_pairs(rects, [[35, 35, 36, 36]]) == [(3, 0)]
    assert overlap_pairs(rects, tolerance=4.9) == [(0, 1)]
    assert free([20, 20, 29, 29], rects) and not free([20, 20, 31, 31], rects)
    assert free([20, 20, 29, 29], np.empty((0, 4)))


def test_a_column_steps_round_a_mark():
    assert spread_clear([0.0, 10.0, 20.0], [10.0, 10.0, 10.0]).tolist() == [0.0, 10.0, 20.0]
    assert spread_clear([0.0, 10.0, 20.0], [10.0, 10.0, 10.0], blocked=[(12.0, 18.0)]).tolist() == [0.0, 23.0, 33.0]
    # pushed past the bottom, the column steps up over the mark instead
    c = spread_clear([0.0, 10.0, 20.0], [10.0, 10.0, 10.0], lo=-100.0, hi=30.0, blocked=[(12.0, 18.0)])
    assert c.tolist() == [-3.0, 7.0, 25.0]


@pytest.mark.parametrize("seed", range(30))
def test_random_columns_never_cover_a_mark(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 10))
    p = np.sort(rng.uniform(0, 300, n))
    h = rng.uniform(8, 20, n)
    marks = [(float(a), float(a) + float(rng.uniform(3, 25))) for a in rng.uniform(0, 300, int(rng.integers(0, 5)))]
    c = spread_clear(p, h, 2.0, 0.0, 400.0, marks)
    tops, bottoms = c - h / 2, c + h / 2
    assert np.all(tops[1:] >= bottoms[:-1] + 2.0 - 1e-9)  # in order, a gap apart
    for a, b in marks:
        assert np.all((bottoms <= a - 2.0 + 1e-9) | (tops >= b + 2.0 - 1e-9))


def test_stepping_up_ends_when_rounding_leaves_a_hair_of_overlap():
    """(a - size) + size can come out a hair above a: the upward step must still end."""
    from app.render.label_layout import _clear

    a, size = 577.7948078012031, 23.49745486362275
    assert (a - size) + size > a  # the case in point
    assert _clear(a - size / 2, size, [(a, a + 10.0)], down=False) == pytest.approx(a - size)
