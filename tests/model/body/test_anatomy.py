"""The parametric back against shared/reference/anatomy.md, for both sexes and scaled statures."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely.affinity import translate
from shapely.geometry import LineString, Point

from app.model.body.anatomy import LEVELS, PROPORTIONS, SEXES, SIDES, VERTEBRAE, build_body, side_sign
from app.model.body.curves import mirror_x

# anatomy.md, "Proportions" (ANSUR II means)
C7_TO_CREST = {"male": 45.6, "female": 40.0}
SHOULDER = {"male": 51.0, "female": 45.0}
WAIST = {"male": 32.6, "female": 30.0}
HIP = {"male": 34.6, "female": 35.4}
REFERENCE_STATURE = {"male": 175.6, "female": 162.9}


def _steps(body) -> np.ndarray:
    """steps[i]: vertical drop from the tip of LEVELS[i] to the tip of LEVELS[i + 1]."""
    ys = np.array([body.level_y[name] for name in LEVELS])
    return -np.diff(ys)


def _step_into(body, level: str) -> float:
    i = LEVELS.index(level)
    return body.level_y[LEVELS[i - 1]] - body.level_y[level]


def _stature_ratio(body) -> float:
    return body.stature / REFERENCE_STATURE[body.sex]


def _mirror(geom):
    return shapely.transform(geom, lambda c: mirror_x(c))


def _max_half_width(body, y_top: float, y_bottom: float, n: int = 200) -> float:
    return max(body.half_width_at(y) for y in np.linspace(y_top, y_bottom, n))


def _min_half_width(body, y_top: float, y_bottom: float, n: int = 200) -> float:
    return min(body.half_width_at(y) for y in np.linspace(y_top, y_bottom, n))


def _width(body) -> float:
    return body.outline.bounds[2] - body.outline.bounds[0]


def _hip_half(body) -> float:
    """Widest half-width from L5 down to the gluteal folds."""
    return _max_half_width(body, body.level_y["L5"], body.gluteal_fold_y + 0.5)


def _waist_half(body) -> float:
    return body.half_width_at(body.level_y["L3"])


# -- the spine -----------------------------------------------------------------------------


def test_c7_is_the_origin(body):
    assert body.level_y["C7"] == pytest.approx(0.0, abs=1e-9)
    assert body.vertebra_points()["C7"].equals(Point(0.0, 0.0))


def test_every_level_has_a_height(body):
    assert set(body.level_y) == set(LEVELS)
    assert set(body.vertebra_points()) == set(VERTEBRAE) - {"C1"}  # the atlas has no spinous process


def test_c1_lies_inside_the_head_below_the_occiput(body):
    c1 = Point(0.0, body.level_y["C1"])
    occiput = body.landmarks[("occiput", "mid")]
    assert c1.within(body.head) and occiput.within(body.head) and occiput.y > c1.y


def test_spinous_tips_strictly_descend_to_the_coccyx(body):
    ys = [body.level_y[name] for name in LEVELS]
    for upper, lower, y_up, y_low in zip(LEVELS, LEVELS[1:], ys, ys[1:]):
        assert y_low < y_up, f"{lower} is not below {upper}"
    assert LEVELS[-1] == "coccyx"


def test_spine_line_runs_on_the_midline_from_c1_to_the_coccyx(body):
    xs = [x for x, _ in body.spine_line.coords]
    assert max(abs(x) for x in xs) == 0.0
    assert body.spine_line.coords[0][1] == pytest.approx(body.level_y["C1"])
    assert body.spine_line.coords[-1][1] == pytest.approx(body.level_y["coccyx"])


def test_mean_step_grows_from_cervical_to_thoracic_to_lumbar(body):
    steps = _steps(body)
    cervical = steps[LEVELS.index("C1") : LEVELS.index("C7")]  # C1→C2 … C6→C7
    thoracic = steps[LEVELS.index("C7") : LEVELS.index("T12")]  # C7→T1 … T11→T12
    lumbar = steps[LEVELS.index("T12") : LEVELS.index("L5")]  # T12→L1 … L4→L5
    assert cervical.mean() < thoracic.mean() < lumbar.mean()


def test_largest_step_up_lies_between_t9_and_l1(body):
    """anatomy.md, "growth down the spine": the largest step-up is T9→L1 (Palm 2025)."""
    # jump into level X: (step into X) − (step into the level above X), C2 … L5
    names = LEVELS[LEVELS.index("C2") : LEVELS.index("L5") + 1]
    jumps = {name: _step_into(body, name) - _step_into(body, LEVELS[LEVELS.index(name) - 1]) for name in names[1:]}
    biggest = max(jumps, key=jumps.get)
    assert biggest in ("T10", "T11", "T12", "L1"), f"largest step-up is into {biggest}"


def test_lumbar_steps_are_nearly_equal(body):
    lumbar = [_step_into(body, name) for name in ("L1", "L2", "L3", "L4", "L5")]
    assert max(lumbar) / min(lumbar) <= 1.10


@pytest.mark.parametrize("sex", SEXES)
def test_c7_to_iliac_crest_matches_ansur_at_the_mean_stature(sex):
    body = build_body(sex)
    crest = body.landmarks[("iliac_crest_top", "right")]
    assert -crest.y == pytest.approx(C7_TO_CREST[sex], abs=0.5)


def test_c7_to_iliac_crest_scales_with_stature(body):
    for side in SIDES:
        crest = body.landmarks[("iliac_crest_top", side)]
        assert -crest.y == pytest.approx(C7_TO_CREST[body.sex] * _stature_ratio(body), abs=0.5)


@pytest.mark.parametrize("sex", SEXES)
def test_taller_body_is_longer_and_wider_in_proportion(sex):
    short, tall = build_body(sex, 150), build_body(sex, 200)
    ratio = 200 / 150
    assert tall.level_y["coccyx"] / short.level_y["coccyx"] == pytest.approx(ratio, rel=1e-9)
    assert tall.scale / short.scale == pytest.approx(ratio, rel=1e-9)
    assert _width(tall) / _width(short) == pytest.approx(ratio, rel=1e-3)


def test_intercristal_line_at_l4_for_men_between_l4_and_l5_for_women(body):
    """anatomy.md, "top of iliac crests": men at the L4 body, women at the top of L5."""
    l4, l5 = body.level_y["L4"], body.level_y["L5"]
    for side in SIDES:
        crest = body.landmarks[("iliac_crest_top", side)]
        if body.sex == "male":
            assert crest.y == pytest.approx(l4, abs=0.1)
        else:
            assert l5 + 0.2 < crest.y < l4 - 0.2
        # it is the highest point of the crest line
        assert body.iliac_crests[side].bounds[3] == pytest.approx(crest.y, abs=0.05)


def test_fractional_level_lies_between_its_neighbours(body):
    assert body.level_y["T8"] < body.y_of("T7.5") < body.level_y["T7"]
    assert body.y_of("T7.5") == pytest.approx((body.level_y["T7"] + body.level_y["T8"]) / 2)
    assert body.y_of("L2.25") == pytest.approx(0.75 * body.level_y["L2"] + 0.25 * body.level_y["L3"])
    assert body.y_of("T7") == body.level_y["T7"]


@pytest.mark.parametrize("name", ["T13", "L6", "C0", "X1", "coccyx.5", "T7.", "", "t7"])
def test_unknown_level_name_raises_key_error(name):
    with pytest.raises(KeyError):
        build_body("male").y_of(name)


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("sex", ["", "Male", "child", "m", None])
def test_unknown_sex_raises_value_error(sex):
    with pytest.raises(ValueError, match="unknown body"):
        build_body(sex)


@pytest.mark.parametrize("stature", [0, -170, 50, 99.9, 230.1, 400, math.nan, math.inf])
def test_implausible_stature_raises_value_error(stature):
    with pytest.raises(ValueError, match="stature"):
        build_body("male", stature)


@pytest.mark.parametrize("stature", [100, 230])
def test_stature_limits_are_inclusive(stature):
    assert build_body("female", stature).stature == stature


def test_non_numeric_stature_raises_value_error():
    with pytest.raises(ValueError):
        build_body("male", "tall")


# -- scapula --------------------------------------------------------------------------------


def test_superior_angle_of_scapula_at_t2(body):
    for side in SIDES:
        assert body.landmarks[("scapula_superior_angle", side)].y == pytest.approx(body.level_y["T2"], abs=0.05)


def test_root_of_scapular_spine_at_t3(body):
    for side in SIDES:
        root = body.landmarks[("scapula_spine_root", side)]
        assert root.y == pytest.approx(body.level_y["T3"], abs=0.05)
        # the scapular spine starts at its root
        assert Point(body.scapular_spines[side].coords[0]).distance(root) < 1e-9


def test_inferior_angle_of_scapula_between_t7_and_t8(body):
    for side in SIDES:
        angle = body.landmarks[("scapula_inferior_angle", side)]
        assert body.level_y["T8"] - 1e-9 <= angle.y <= body.level_y["T7"] + 1e-9
        # it is the lowest point of the blade
        assert body.scapulae[side].bounds[1] == pytest.approx(angle.y, abs=0.3)


def _scapula_height_width(body):
    """Height: superior to inferior angle. Width: the blade across just below the spine
    (medial border to the glenoid), leaving out the acromion, which lies level with T3–T4
    (ANSUR II's C7 → acromion drop) and overhangs the glenoid."""
    sup = body.landmarks[("scapula_superior_angle", "right")]
    inf = body.landmarks[("scapula_inferior_angle", "right")]
    y = body.landmarks[("acromion", "right")].y - 2.4 * _stature_ratio(body)
    chord = LineString([(0.0, y), (40.0, y)]).intersection(body.scapulae["right"])
    return sup.y - inf.y, chord.length


def test_scapula_size_on_the_mean_man():
    height, width = _scapula_height_width(build_body("male"))
    assert 13.0 <= height <= 16.0
    assert 9.0 <= width <= 11.0


@pytest.mark.parametrize("stature", [150, 200])
def test_scapula_size_scales_with_the_man(stature):
    k = stature / REFERENCE_STATURE["male"]
    height, width = _scapula_height_width(build_body("male", stature))
    assert 13.0 * k <= height <= 16.0 * k
    assert 9.0 * k <= width <= 11.0 * k


def test_medial_border_of_scapula_3_8_to_7_5_cm_from_midline(body):
    k = _stature_ratio(body)
    for side in SIDES:
        minx, _, maxx, _ = body.scapulae[side].bounds
        medial = minx if side == "right" else -maxx
        assert 3.8 * k <= medial <= 7.5 * k, f"{side} medial border {medial:.2f} cm from the midline"


def test_scapulae_lie_on_their_own_side(body):
    assert body.scapulae["right"].bounds[0] > 0
    assert body.scapulae["left"].bounds[2] < 0


# -- trunk landmarks ------------------------------------------------------------------------


def test_t12_roughly_midway_between_inferior_angle_and_iliac_crest(body):
    angle = body.landmarks[("scapula_inferior_angle", "right")].y
    crest = body.landmarks[("iliac_crest_top", "right")].y
    # anatomy.md gives the rule without a tolerance; 3 cm on the mean body, scaled with it
    assert abs(body.level_y["T12"] - (angle + crest) / 2) <= 3.0 * max(1.0, _stature_ratio(body))


def test_twelfth_rib_tip_at_l1_l2_beyond_the_erector_spinae(body):
    for side in SIDES:
        tip = body.landmarks[("rib12_tip", side)]
        assert body.level_y["L2"] <= tip.y <= body.level_y["L1"]
        assert abs(tip.x) > 6.0 * _stature_ratio(body)
        # the rib runs down and out from beside its vertebra
        rib = body.ribs[("rib12", side)]
        start = Point(rib.coords[0])
        assert abs(start.x) < abs(tip.x) and start.y > tip.y
        assert Point(rib.coords[-1]).equals(tip)


def test_kidneys_lie_in_morriss_box(body):
    """Upper poles level with the T11 spine, lower poles with the L3 spine (spinous levels, not
    the bodies they face), 2.5–9.5 cm out; the left one 1.25 cm higher (anatomy.md)."""
    k = _stature_ratio(body)
    for side in SIDES:
        raise_ = 1.25 * k if side == "left" else 0.0
        minx, miny, maxx, maxy = body.kidneys[side].bounds
        assert maxy == pytest.approx(body.level_y["T11"] + raise_, abs=0.2 * k), f"{side} upper pole"
        assert miny == pytest.approx(body.level_y["L3"] + raise_, abs=0.2 * k), f"{side} lower pole"
        lateral = (minx, maxx) if side == "right" else (-maxx, -minx)
        assert 2.5 * k <= lateral[0] and lateral[1] <= 9.5 * k, f"{side} kidney x {lateral}"


def test_rib_12_crosses_both_kidneys_and_rib_11_the_left(body):
    for side in SIDES:
        assert body.ribs[("rib12", side)].intersects(body.kidneys[side]), side
    assert body.ribs[("rib11", "left")].intersects(body.kidneys["left"])


def test_left_kidney_about_1_25_cm_higher_than_the_right(body):
    k = _stature_ratio(body)
    left, right = body.kidneys["left"], body.kidneys["right"]
    rise = left.centroid.y - right.centroid.y
    assert rise == pytest.approx(1.25 * k, abs=0.15)
    assert left.bounds[3] - right.bounds[3] == pytest.approx(rise, abs=1e-6)


def test_kidney_hilum_at_l1_about_5_cm_lateral(default_body):
    body = default_body
    right = body.landmarks[("kidney_hilum", "right")]
    assert right.y == pytest.approx(body.level_y["L1"], abs=0.05)
    assert 4.0 <= right.x <= 6.0
    left = body.landmarks[("kidney_hilum", "left")]
    assert left.y == pytest.approx(body.level_y["L1"] + 1.25, abs=0.15)


def test_psis_at_s2(body):
    for side in SIDES:
        psis = body.landmarks[("psis", side)]
        assert psis.y == pytest.approx(body.level_y["S2"], abs=0.05)
        assert psis.within(body.outline)


def test_node_groups_lie_near_the_right_levels(default_body):
    body = default_body
    for side in SIDES:
        supraclavicular = body.nodes[("supraclavicular", side)]
        axillary = body.nodes[("axillary", side)]
        inguinal = body.nodes[("inguinal", side)]
        assert supraclavicular.y > axillary.y
        assert axillary.y == pytest.approx(body.landmarks[("axilla", side)].y)  # at the posterior axillary fold
        assert inguinal.y < body.level_y["S1"]
        assert abs(axillary.x) > abs(supraclavicular.x)


# -- outline --------------------------------------------------------------------------------


def test_shoulder_width_of_outline(body):
    width = _width(body)
    assert width == pytest.approx(SHOULDER[body.sex] * _stature_ratio(body), abs=1.0)
    # the widest point is the deltoid bulge, between C7 and T6
    widest = 2 * _max_half_width(body, body.level_y["C7"], body.level_y["T6"])
    assert widest == pytest.approx(width, abs=0.1)


def test_waist_breadth_of_outline(body):
    expected = WAIST[body.sex] * _stature_ratio(body)
    assert 2 * _waist_half(body) == pytest.approx(expected, abs=1.5)
    narrowest = 2 * _min_half_width(body, body.level_y["T12"], body.level_y["S1"])
    assert narrowest == pytest.approx(expected, abs=1.5)


def test_hip_breadth_of_outline(body):
    expected = HIP[body.sex] * _stature_ratio(body)
    widest = 2 * _hip_half(body)
    assert widest == pytest.approx(expected, abs=1.5)


def test_women_have_broader_hips_than_waist_relative_to_men():
    man, woman = build_body("male"), build_body("female")
    assert _hip_half(woman) / _waist_half(woman) > _hip_half(man) / _waist_half(man)


def test_half_width_is_zero_outside_the_outline(body):
    assert body.half_width_at(body.top_y + 1.0) == 0.0
    assert body.half_width_at(body.gluteal_fold_y - 5.0) == 0.0
    assert body.half_width_at(body.level_y["T6"]) > 10.0


def test_the_back_spans_from_the_hairline_to_the_gluteal_folds(body):
    _, miny, _, maxy = body.outline.bounds
    assert maxy == pytest.approx(body.hairline_y) and maxy >= body.level_y["C2"]
    assert miny <= body.gluteal_fold_y + 1e-9


# ANSUR II means (anatomy.md): C7 → acromion, → posterior axillary fold, → gluteal fold, → vertex.
DROPS = {"male": (7.7, 18.8, 62.9, 23.9), "female": (6.1, 15.7, 56.2, 23.3)}


def test_landmarks_at_ansur_ii_levels(body):
    k = _stature_ratio(body)
    acromion, axilla, fold, vertex = (v * k for v in DROPS[body.sex])
    for side in SIDES:
        assert body.landmarks[("acromion", side)].y == pytest.approx(-acromion, abs=0.01)
        assert body.landmarks[("axilla", side)].y == pytest.approx(-axilla, abs=0.01)
        assert body.landmarks[("gluteal_fold", side)].y == pytest.approx(-fold, abs=0.01)
    assert body.gluteal_fold_y == pytest.approx(-fold, abs=0.01)
    assert body.figure.bounds[3] == pytest.approx(vertex, abs=0.05)  # the vertex of the head
    # the armpit lies at T8–T9, not T4–T5 (the issue the figure fixes)
    assert body.level_y["T9"] < body.landmarks[("axilla", "right")].y < body.level_y["T7"]


def test_the_figure_has_a_head_arms_and_hands_beside_the_hips(body):
    k = _stature_ratio(body)
    assert body.figure.is_valid and body.figure.contains(body.outline.buffer(-0.05))
    for part in (body.head, *body.arms.values(), *body.hands.values()):
        assert part.is_valid and body.figure.buffer(1e-6).contains(part)
    head_w = body.head.bounds[2] - body.head.bounds[0]
    assert head_w == pytest.approx({"male": 15.4, "female": 14.8}[body.sex] * k, rel=0.05)
    for side in SIDES:
        hand = body.hands[side]
        assert hand.centroid.y < body.gluteal_fold_y  # fingertips below the buttocks, beside the thighs
        assert side_sign(side) * hand.centroid.x > 0
        assert not hand.intersects(body.outline)


def test_every_polygon_is_valid(body):
    polygons = {"outline": body.outline, "sacrum": body.sacrum}
    polygons |= {f"scapula {s}": body.scapulae[s] for s in SIDES}
    polygons |= {f"kidney {s}": body.kidneys[s] for s in SIDES}
    for name, poly in polygons.items():
        assert poly.geom_type == "Polygon", f"{name} is a {poly.geom_type}"
        assert poly.is_valid, f"{name}: {shapely.is_valid_reason(poly)}"
        assert not poly.is_empty and poly.area > 1.0, name


@pytest.mark.parametrize("part", ["scapula", "kidney", "sacrum", "spine", "rib"])
def test_parts_lie_inside_the_outline(body, part):
    geoms = {
        "scapula": list(body.scapulae.values()),
        "kidney": list(body.kidneys.values()),
        "sacrum": [body.sacrum],
        # the outline is cut straight across at the hairline (C2); C1 lies under the skull
        "spine": [LineString([(0.0, body.level_y[n]) for n in LEVELS[1:]])],
        "rib": list(body.ribs.values()),
    }[part]
    for geom in geoms:
        assert body.outline.contains(geom)


def test_iliac_crests_reach_the_flank_but_not_beyond(body):
    for side in SIDES:
        crest = body.iliac_crests[side]
        # its lateral end curves round the flank onto the silhouette's edge: allow 2 mm
        assert crest.difference(body.outline).length < 0.2
        assert body.outline.contains(Point(crest.coords[0]))  # the PSIS end
        assert Point(crest.coords[0]).equals(body.landmarks[("psis", side)])


def test_sacrum_spans_from_l5_to_the_coccyx_tip(body):
    _, miny, _, maxy = body.sacrum.bounds
    assert body.level_y["S1"] < maxy < body.level_y["L5"]
    assert miny == pytest.approx(body.level_y["coccyx"], abs=0.05)
    assert body.sacrum.contains(Point(0.0, body.level_y["S3"]))
    for side in SIDES:
        assert body.sacrum.buffer(0.5).contains(body.landmarks[("psis", side)])


# -- symmetry ----------------------------------------------------------------------------------


def test_outline_is_symmetric(body):
    mirrored = _mirror(body.outline)
    assert body.outline.symmetric_difference(mirrored).area < 1e-6 * body.outline.area


def test_scapulae_ribs_crests_mirror_each_other(body):
    pairs = [(body.scapulae["left"], body.scapulae["right"])]
    pairs.append((body.scapular_spines["left"], body.scapular_spines["right"]))
    pairs.append((body.iliac_crests["left"], body.iliac_crests["right"]))
    pairs += [(body.ribs[(rib, "left")], body.ribs[(rib, "right")]) for rib in ("rib11", "rib12")]
    for left, right in pairs:
        assert left.hausdorff_distance(_mirror(right)) < 1e-9
        assert not left.equals(right)


@pytest.mark.parametrize("table", ["landmarks", "nodes"])
def test_bilateral_points_mirror_each_other(body, table):
    points = getattr(body, table)
    names = {name for name, side in points if side in SIDES}
    assert names
    for name in names:
        left, right = points[(name, "left")], points[(name, "right")]
        if name == "kidney_hilum":  # the left kidney sits higher
            assert left.x == pytest.approx(-right.x)
            assert left.y > right.y
            continue
        assert right.x > 0
        assert left.x == pytest.approx(-right.x, abs=1e-9)
        assert left.y == pytest.approx(right.y, abs=1e-9)


def test_kidneys_are_not_mirror_images(body):
    left, right = body.kidneys["left"], body.kidneys["right"]
    assert left.hausdorff_distance(_mirror(right)) > 1.0
    # but the same shape, raised
    raised = translate(_mirror(right), 0.0, left.centroid.y - right.centroid.y)
    assert left.symmetric_difference(raised).area < 1e-6 * left.area


def test_sexes_differ(default_body):
    other = build_body("female" if default_body.sex == "male" else "male")
    assert default_body.outline.symmetric_difference(other.outline).area > 10.0
    assert default_body.level_y["L5"] != pytest.approx(other.level_y["L5"], abs=0.5)


def test_proportions_table_names_both_sexes():
    assert set(PROPORTIONS) == set(SEXES)
    for sex in SEXES:
        p = PROPORTIONS[sex]
        assert p.c7_to_crest == C7_TO_CREST[sex]
        assert p.stature == REFERENCE_STATURE[sex]
