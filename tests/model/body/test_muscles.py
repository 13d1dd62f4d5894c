"""The muscle layer against shared/reference/muscles-and-hands.md, on every body."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import Point

from app.model.body.anatomy import SIDES, side_sign
from app.model.body.muscles import build_muscles
from app.model.vocabulary import MUSCLE_LAYERS

#: The muscles the GeoJSON format promises (issue 9), with the layer each belongs to.
CONTRACT = {
    "trapezius_descending": "superficial",
    "trapezius_transverse": "superficial",
    "trapezius_ascending": "superficial",
    "latissimus_dorsi": "superficial",
    "deltoid_posterior": "superficial",
    "infraspinatus": "superficial",
    "teres_minor": "superficial",
    "teres_major": "superficial",
    "gluteus_maximus": "superficial",
    "gluteus_medius": "superficial",
    "external_oblique": "superficial",
    "rhomboid_major": "second",
    "rhomboid_minor": "second",
    "levator_scapulae": "second",
    "supraspinatus": "second",
    "iliocostalis": "deep",
    "longissimus": "deep",
    "spinalis": "deep",
    "thoracolumbar_fascia": "deep",
}


def _direction_ok(word: str, out: float, up: float) -> bool:
    """Whether a vector (``out`` from the spine, ``up``) runs the way a fibre word says."""
    return {
        "up": up > 0 and abs(out) < up,
        "down": up < 0 and abs(out) < -up,
        "out": out > 0 and abs(up) < out,
        "up-out": out > 0 and up > 0,
        "down-out": out > 0 and up < 0,
        "down-in": out < 0 and up < 0,
        "up-in": out < 0 and up > 0,
    }[word]


def _fibre_vectors(muscle) -> np.ndarray:
    """(out, up) from each fibre's origin end to its insertion end."""
    ends = np.array([[f.coords[0], f.coords[-1]] for f in muscle.fibres])
    v = ends[:, 1] - ends[:, 0]
    v[:, 0] *= side_sign(muscle.side)
    return v


def test_the_shipped_muscles_are_the_contracts_in_their_layers(zone_set):
    assert {m.id: m.layer for m in zone_set.muscles} == CONTRACT
    assert {m.layer for m in zone_set.muscles} == set(MUSCLE_LAYERS)


def test_every_muscle_is_one_valid_sheet_inside_the_figure(atlas):
    layer = atlas.muscles
    assert len(layer.muscles) == 2 * len(CONTRACT)
    for m in layer.muscles:
        assert m.sheet.geom_type == "Polygon" and m.sheet.is_valid, (m.id, m.side)
        assert m.sheet.area > 3.0 * atlas.body.scale ** 2, (m.id, m.side)
        # the attachments fit the body: the fibres' sweep barely leaves it, and the sheet never does
        outside = m.swept.difference(atlas.body.figure).area
        assert outside < 0.01 * m.swept.area, f"{m.id} ({m.side}) sweeps {outside:.2f} cm² outside the figure"
        assert m.sheet.difference(atlas.body.figure).area < 1e-6
        assert side_sign(m.side) * m.sheet.centroid.x > 0, f"{m.id} lies on the wrong side"


def test_every_muscle_has_at_least_three_fibres_from_origin_to_insertion(atlas):
    for m in atlas.muscles.muscles:
        assert len(m.fibres) >= 3, m.id
        for fibre in m.fibres:
            start, end = Point(fibre.coords[0]), Point(fibre.coords[-1])
            origin = shapely.LineString(m.origin) if len(m.origin) > 1 else Point(m.origin[0])
            insertion = shapely.LineString(m.insertion) if len(m.insertion) > 1 else Point(m.insertion[0])
            assert origin.distance(start) < 1e-6 and insertion.distance(end) < 1e-6, m.id
            assert m.sheet.buffer(0.05).contains(fibre), m.id


def test_fibres_run_the_way_the_reference_says(atlas):
    for m in atlas.muscles.muscles:
        v = _fibre_vectors(m)
        out, up = v.mean(axis=0)
        assert _direction_ok(m.spec.fibres, out, up), f"{m.id} ({m.side}): mean fibre ({out:.1f}, {up:.1f})"
        agree = np.mean([_direction_ok(m.spec.fibres, *row) for row in v])
        assert agree >= 0.75, f"only {agree:.0%} of {m.id}'s fibres run {m.spec.fibres}"


def test_fibres_of_a_muscle_never_cross(default_body, zone_set):
    layer = build_muscles(default_body, zone_set.muscles)
    for m in layer.muscles:
        for a, b in zip(m.fibres, m.fibres[1:]):
            assert not a.crosses(b), f"two fibres of {m.id} cross"


def test_the_two_sides_mirror_each_other(default_body, zone_set):
    layer = build_muscles(default_body, zone_set.muscles)
    for spec in zone_set.muscles:
        left, right = layer.get(spec.id, "left"), layer.get(spec.id, "right")
        mirrored = shapely.transform(right.sheet, lambda c: c * [-1.0, 1.0])
        assert left.sheet.symmetric_difference(mirrored).area < 1e-6 * left.sheet.area


def test_a_muscle_shows_only_where_nothing_lies_over_it(atlas):
    layer = atlas.muscles
    for spec in atlas.zone_set.muscles:
        for side in SIDES:
            shown = layer.shown[(spec.id, side)]
            for other in spec.under:
                assert shown.intersection(layer.get(other, side).sheet).area < 1e-6
            assert shown.difference(atlas.body.figure.difference(atlas.body.head)).area < 1e-6
    # infraspinatus and teres major peep out between the muscles over them, as on an atlas plate
    for muscle in ("infraspinatus", "teres_major", "external_oblique"):
        shown = layer.shown[(muscle, "right")].area
        assert 0.05 * layer.get(muscle, "right").sheet.area < shown < layer.get(muscle, "right").sheet.area


def test_attachments_sit_on_their_landmarks(default_body, zone_set):
    layer = build_muscles(default_body, zone_set.muscles)
    b = default_body
    for side in SIDES:
        k = side_sign(side)
        lat = layer.get("latissimus_dorsi", side)
        # the latissimus converges on the armpit, from the T7 spine down to the iliac crest
        assert lat.insertion[:, 1].max() - b.landmarks[("axilla", side)].y < 4.0
        assert lat.origin[0, 1] == pytest.approx(b.level_y["T7"])
        assert lat.origin[:, 1].min() < b.landmarks[("iliac_crest_top", side)].y + 1.0
        # the ascending trapezius converges on the root of the scapular spine from T3–T12
        asc = layer.get("trapezius_ascending", side)
        assert asc.origin[-1, 1] == pytest.approx(b.level_y["T12"])
        root = b.landmarks[("scapula_spine_root", side)]
        assert np.hypot(*(asc.insertion[-1] - (root.x, root.y))) < 2.0 * b.scale
        # the rhomboids end on the scapula's medial border, between its superior and inferior angles
        for rhomboid in ("rhomboid_minor", "rhomboid_major"):
            for p in layer.get(rhomboid, side).insertion:
                assert b.scapulae[side].buffer(0.8).contains(Point(p))
        # the erector spinae columns lie beside the spine, within its lateral edge (6–8 cm)
        for column in ("spinalis", "longissimus", "iliocostalis"):
            sheet = layer.get(column, side).sheet
            assert k * sheet.centroid.x > 0 and abs(sheet.bounds[0 if k < 0 else 2]) < 8.5 * b.scale


def test_fibre_directions_at_points_follow_the_nearest_fibre(default_body, zone_set):
    layer = build_muscles(default_body, zone_set.muscles)
    longissimus = layer.get("longissimus", "right")
    mid = np.array([longissimus.sheet.representative_point().coords[0]])
    d = longissimus.directions_at(mid)
    assert np.linalg.norm(d, axis=1) == pytest.approx(1.0)
    assert d[0, 1] > 0.9  # the long back muscles run straight up from the pelvis


def test_building_is_lazy(atlas_of):
    atlas = atlas_of("male", 180.0)
    assert "muscles" not in atlas.__dict__
    assert atlas.muscles is atlas.muscles
