"""The pure label layout: columns that keep their order with the least displacement, and the
rectangle checks the scene and the label tests rely on."""

import numpy as np
import pytest

from app.render.label_layout import column_extent, free, isotonic, overlap_pairs, spread


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
