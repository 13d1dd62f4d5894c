"""Centripetal Catmull-Rom curves and mirroring."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, Point, Polygon

from app.model.body.curves import catmull_rom, mirror_x

OPEN_CASES = {
    "arch": [(0, 0), (1, 1), (2, 0)],
    "zigzag": [(0, 0), (2, 3), (4, -1), (6, 2), (9, 0)],
    "uneven spacing": [(0, 0), (0.1, 0.2), (5, 5), (5.2, 5.1), (12, -3)],
    "back line": [(2.2, -55.0), (2.8, -41.7), (2.8, -18.5), (3.0, -4.4), (6.6, -0.6)],
}


def _at_knots(points, samples: int, closed: bool) -> np.ndarray:
    """Indices where an output of ``catmull_rom`` hits the control points."""
    n = len(points)
    return np.arange(n) * samples if closed else np.r_[np.arange(n - 1) * samples, (n - 1) * samples]


@pytest.mark.parametrize("samples", [2, 5, 12])
@pytest.mark.parametrize("name", list(OPEN_CASES))
def test_open_curve_passes_through_every_control_point(name, samples):
    pts = np.asarray(OPEN_CASES[name], dtype=float)
    curve = catmull_rom(pts, samples=samples)
    assert curve.shape == ((len(pts) - 1) * samples + 1, 2)
    np.testing.assert_allclose(curve[_at_knots(pts, samples, closed=False)], pts, atol=1e-9)


@pytest.mark.parametrize("name", list(OPEN_CASES))
def test_open_curve_keeps_its_end_points_exactly(name):
    pts = np.asarray(OPEN_CASES[name], dtype=float)
    curve = catmull_rom(pts, samples=7)
    assert tuple(curve[0]) == tuple(pts[0])
    assert tuple(curve[-1]) == tuple(pts[-1])


@pytest.mark.parametrize("name", list(OPEN_CASES))
def test_curve_is_smooth_between_control_points(name):
    """Samples move forward in small steps: no jumps, no NaN."""
    pts = np.asarray(OPEN_CASES[name], dtype=float)
    curve = catmull_rom(pts, samples=20)
    assert np.isfinite(curve).all()
    steps = np.linalg.norm(np.diff(curve, axis=0), axis=1)
    longest_chord = np.linalg.norm(np.diff(pts, axis=0), axis=1).max()
    assert steps.max() < longest_chord / 4
    assert LineString(curve).is_simple


def test_centripetal_curve_does_not_loop_at_a_tight_turn():
    """Closely spaced control points between long chords make a uniform spline loop."""
    pts = [(0, 0), (0, 10), (0.3, 10), (10, 10.5)]
    assert LineString(catmull_rom(pts, samples=40)).is_simple
    # a uniform parameterisation (alpha = 0) does loop here: the check above has teeth
    assert not LineString(catmull_rom(pts, samples=40, alpha=0.0)).is_simple


def test_fewer_than_three_points_are_returned_as_they_are():
    two = np.array([[0.0, 0.0], [3.0, 4.0]])
    out = catmull_rom(two)
    np.testing.assert_array_equal(out, two)
    out[0, 0] = 99.0
    assert two[0, 0] == 0.0, "catmull_rom must copy, not alias, its input"


def test_repeated_control_point_gives_finite_curve():
    curve = catmull_rom([(0, 0), (0, 0), (1, 1), (2, 0)], samples=6)
    assert np.isfinite(curve).all()
    np.testing.assert_allclose(curve[-1], (2, 0))


def test_accepts_lists_and_arrays_alike():
    pts = [(0, 0), (1, 2), (3, 1)]
    np.testing.assert_array_equal(catmull_rom(pts, 5), catmull_rom(np.array(pts, dtype=float), 5))


@pytest.mark.parametrize("samples", [3, 10])
def test_closed_curve_passes_through_every_control_point(samples):
    square = np.array([(0, 0), (4, 0), (4, 4), (0, 4)], dtype=float)
    ring = catmull_rom(square, samples=samples, closed=True)
    assert ring.shape == (len(square) * samples, 2)
    np.testing.assert_allclose(ring[_at_knots(square, samples, closed=True)], square, atol=1e-9)


def test_closed_curve_closes_smoothly_without_repeating_its_start():
    pts = np.array([(0, 0), (6, -1), (8, 4), (3, 7), (-1, 4)], dtype=float)
    ring = catmull_rom(pts, samples=16, closed=True)
    assert not np.allclose(ring[0], ring[-1])
    # the last sample is as close to the first as neighbouring samples are to each other
    gaps = np.linalg.norm(np.diff(np.vstack([ring, ring[:1]]), axis=0), axis=1)
    assert gaps[-1] < 3 * np.median(gaps)
    poly = Polygon(ring)
    assert poly.is_valid
    assert poly.contains(Point(pts.mean(axis=0)))
    for p in pts:
        assert poly.exterior.distance(Point(p)) < 1e-9


def test_closed_and_open_curves_differ():
    pts = [(0, 0), (4, 0), (4, 4), (0, 4)]
    open_ = catmull_rom(pts, samples=5)
    closed = catmull_rom(pts, samples=5, closed=True)
    assert len(closed) == len(open_) + 4  # one more segment, and no final point appended
    np.testing.assert_allclose(closed[15], (0, 4), atol=1e-9)


def test_mirror_x_reflects_in_the_midline_and_copies():
    pts = np.array([[1.5, 2.0], [-3.0, -4.0]])
    out = mirror_x(pts)
    np.testing.assert_array_equal(out, [[-1.5, 2.0], [3.0, -4.0]])
    assert pts[0, 0] == 1.5, "mirror_x must not change its input"
    np.testing.assert_array_equal(mirror_x(out), pts)


def test_mirror_x_works_on_a_single_point_and_lists():
    np.testing.assert_array_equal(mirror_x([2, 3]), [-2, 3])
    np.testing.assert_array_equal(mirror_x([[2, 3]]), [[-2, 3]])


def test_mirrored_control_points_give_the_mirrored_curve():
    pts = np.asarray(OPEN_CASES["zigzag"], dtype=float)
    np.testing.assert_allclose(catmull_rom(mirror_x(pts), 9), mirror_x(catmull_rom(pts, 9)), atol=1e-12)
