"""Zones, masks and stroke lines laid on every body: where they lie, what the masks do to
them, which way they run, and how they go round a client's no-go areas."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from app.model.atlas.build import OUTLINE_TOLERANCE, build_atlas
from app.model.atlas.lines import NO_GO_CLEARANCE, reroute
from app.model.atlas.masks import RULE_TEXT, client_no_go, mask_effect
from app.model.body.anatomy import SIDES, VERTEBRAE
from app.model.body.curves import mirror_x
from app.model.errors import DorsumError
from app.model.vocabulary import UnknownId
from app.model.zonefiles.loader import default_zones_dir, load_zone_set

TOL = 1e-6  # cm of a line allowed inside a forbidden area (numerical noise only)


def _mirror(geom):
    return shapely.transform(geom, lambda c: mirror_x(c))


def _start(line) -> Point:
    return Point(line.path.coords[0])


def _end(line) -> Point:
    return Point(line.path.coords[-1])


def _samples(line, step: float = 0.1):
    """(distance along the path, point) every ``step`` cm."""
    for d in np.arange(0.0, line.path.length, step):
        yield float(d), line.path.interpolate(d)


# -- the atlas as a whole -------------------------------------------------------------------


def test_atlas_has_every_zone_and_both_sides_of_every_line(atlas, zone_set):
    assert [z.id for z in atlas.zones] == [z.id for z in zone_set.zones]
    for zone, spec in zip(atlas.zones, zone_set.zones):
        assert zone.cancelled == ()
        expected = {(line.number, side) for line in spec.lines for side in SIDES}
        assert {(line.number, line.side) for line in zone.lines} == expected
    assert len(atlas.lines) == sum(2 * len(z.lines) for z in zone_set.zones)


def test_lookups(atlas):
    assert atlas.zone("lumbar").id == "lumbar"
    assert atlas.line("lumbar.3.left").number == 3
    assert atlas.mask("kidney").rule == "no_percussion"
    with pytest.raises(UnknownId, match="unknown zone 'nope'; known: whole_back"):
        atlas.zone("nope")
    with pytest.raises(UnknownId, match="unknown line 'lumbar.9.left'"):
        atlas.line("lumbar.9.left")
    with pytest.raises(UnknownId, match="unknown mask 'lungs'"):
        atlas.mask("lungs")


# -- zones ----------------------------------------------------------------------------------


def test_zone_areas_are_valid_and_inside_the_outline(atlas):
    outline = atlas.body.outline
    for zone in atlas.zones:
        assert zone.area.is_valid, zone.id
        assert not zone.area.is_empty and zone.area.area > 50.0 * atlas.body.scale**2, zone.id
        assert zone.area.difference(outline).area < 1e-6 * zone.area.area, zone.id


def test_band_zones_lie_between_their_levels(atlas):
    body = atlas.body
    lumbar = atlas.zone("lumbar").area.bounds
    assert lumbar[3] == pytest.approx(body.y_of("T12.5"), abs=1e-6)
    assert lumbar[1] == pytest.approx(body.level_y["coccyx"], abs=1e-6)
    collar = atlas.zone("collar").area.bounds
    assert collar[3] == pytest.approx(body.top_y, abs=1e-6)
    assert collar[1] == pytest.approx(body.y_of("T6.5"), abs=1e-6)
    # collar, lower thoracic and lumbar bands meet without overlapping
    bands = [atlas.zone(z).area for z in ("collar", "lower_thoracic", "lumbar")]
    for upper, lower in zip(bands, bands[1:]):
        assert upper.intersection(lower).area < 1e-6


def test_scapular_zone_surrounds_both_shoulder_blades(atlas):
    area = atlas.zone("scapular").area
    for side in SIDES:
        assert area.contains(atlas.body.scapulae[side])
    assert area.contains(Point(0.0, atlas.body.level_y["T5"])) is False  # not across the spine


def test_every_line_lies_in_or_next_to_its_zone(atlas):
    """A stroke may run on toward its node group, but it starts inside its own zone."""
    grown = {z.id: z.area.buffer(1.0 * atlas.body.scale) for z in atlas.zones}
    for zone in atlas.zones:
        for line in zone.lines:
            assert grown[zone.id].contains(_start(line)), line.id


# -- lines and the outline -------------------------------------------------------------------


def test_every_line_stays_within_the_grown_outline(atlas):
    reach = atlas.body.outline.buffer(OUTLINE_TOLERANCE * atlas.body.scale)
    for line in atlas.lines:
        assert line.path.difference(reach).length < TOL, line.id
        assert line.path.is_valid and line.path.length > 5.0 * atlas.body.scale, line.id


def test_every_line_starts_on_the_back(atlas):
    for line in atlas.lines:
        assert atlas.body.outline.covers(_start(line)), line.id  # neck lines start on the hairline


def test_right_lines_on_the_right_left_lines_on_the_left(atlas):
    for line in atlas.lines:
        xs = np.array(line.path.coords)[:, 0]
        if line.side == "right":
            assert xs.min() > 0.0, line.id
        else:
            assert xs.max() < 0.0, line.id


# -- masks ----------------------------------------------------------------------------------


def test_masks_are_valid_and_inside_the_outline(atlas):
    outline = atlas.body.outline
    assert [m.id for m in atlas.masks] == ["spine", "kidney", "scapula_edges", "above_c6", "heart", "bony_points"]
    for mask in atlas.masks:
        assert mask.geometry.is_valid and mask.geometry.area > 1.0, mask.id
        assert mask.geometry.difference(outline).area < 1e-6, mask.id
        assert not mask.client
        assert mask.label.startswith(RULE_TEXT[mask.rule])
    assert atlas.mask("kidney").label == "no percussion, reduced pressure"
    assert atlas.mask("heart").label == "no percussion"


def test_spine_mask_covers_every_spinous_tip_and_little_else(atlas):
    body, spine = atlas.body, atlas.mask("spine").geometry
    # C1 lies above the hairline, outside the outline; C2 is on the hairline itself
    assert spine.covers(Point(0.0, body.level_y["C2"]))
    for name in VERTEBRAE[2:]:
        assert spine.contains(Point(0.0, body.level_y[name])), name
        # 1.25 cm each side, scaled: a point 1 cm out is covered, 2.5 cm out is not
        assert spine.contains(Point(1.0 * body.scale, body.level_y[name])), name
        assert not spine.contains(Point(2.5 * body.scale, body.level_y[name])), name
    # the prominent C7 tip gets more room
    assert spine.contains(Point(1.6 * body.scale, body.level_y["C7"]))
    assert not spine.contains(Point(1.6 * body.scale, body.level_y["T6"]))


def test_kidney_mask_covers_both_kidneys_with_a_margin(atlas):
    kidney = atlas.mask("kidney").geometry
    for side in SIDES:
        assert kidney.contains(atlas.body.kidneys[side])
        assert kidney.contains(atlas.body.kidneys[side].buffer(1.0 * atlas.body.scale))
    assert kidney.area < 4 * sum(k.area for k in atlas.body.kidneys.values())


def test_above_c6_mask_is_everything_above_c6(atlas):
    mask = atlas.mask("above_c6").geometry
    assert mask.bounds[1] == pytest.approx(atlas.body.level_y["C6"], abs=1e-6)
    assert mask.bounds[3] == pytest.approx(atlas.body.top_y, abs=1e-6)


@pytest.mark.parametrize(
    "mask_id, cap, forbidden",
    [
        ("spine", 0.0, set()),
        ("kidney", 0.35, {"percussion"}),
        ("scapula_edges", 0.4, set()),
        ("above_c6", None, {"vibration"}),
    ],
)
def test_mask_effects(mask_id, cap, forbidden, atlas_of):
    mask = atlas_of("male", None).mask(mask_id)
    assert mask_effect(mask) == (cap, frozenset(forbidden))


def test_stretches_cover_each_line_end_to_end(atlas):
    for line in atlas.lines:
        stretches = line.stretches
        assert stretches, line.id
        assert stretches[0].start == 0.0
        assert stretches[-1].end == pytest.approx(line.path.length, abs=1e-9)
        for a, b in zip(stretches, stretches[1:]):
            assert a.end == pytest.approx(b.start, abs=1e-9), line.id
            assert a.masks != b.masks, f"{line.id}: neighbouring stretches under the same masks"
        for s in stretches:
            assert s.geometry.length == pytest.approx(s.end - s.start, abs=1e-6), line.id
            assert set(s.techniques) <= set(line.techniques)
            assert 0.0 <= s.pressure <= line.pressure


def test_no_pressure_on_the_spinous_processes(atlas):
    spine = atlas.mask("spine").geometry
    for line in atlas.lines:
        for s in line.stretches:
            if s.pressure > 0.0:
                assert s.geometry.intersection(spine).length < TOL, f"{line.id} presses on the spine"
            if "spine" in s.masks:
                assert s.pressure == 0.0 and s.techniques == (), line.id


def test_no_pressure_on_the_spine_sampled_along_each_line(atlas):
    """Independent of the stretches: wherever the path is over the spine, pressure_at is 0."""
    spine = atlas.mask("spine").geometry
    inner = spine.buffer(-0.01)
    for line in atlas.lines:
        for d, p in _samples(line, 0.25):
            if inner.contains(p):
                assert line.pressure_at(d) == 0.0, f"{line.id} at {d:.2f} cm"


def test_shipped_lines_keep_off_the_spine_strip(atlas):
    """The lines are drawn beside the spinous processes, never over them."""
    spine = atlas.mask("spine").geometry
    for line in atlas.lines:
        assert line.path.intersection(spine).length < TOL, line.id


def test_a_line_drawn_across_the_spine_is_relieved_over_it(tmp_path, body_of):
    """The spine mask acts: a stroke started on the far side glides over the spinous tips."""
    folder = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), folder)
    _edit(folder, "whole_back.toml", '{ at = "T11", out = 4.2 }', '{ at = "T11", out = -4.0 }')
    atlas = build_atlas(body_of("male", None), load_zone_set(folder))
    spine = atlas.mask("spine").geometry
    for side in SIDES:
        line = atlas.line(f"whole_back.4.{side}")
        assert line.path.intersection(spine).length > 2.0
        over = [s for s in line.stretches if "spine" in s.masks]
        assert len(over) == 1 and over[0].pressure == 0.0 and over[0].techniques == ()
        assert over[0].geometry.difference(spine.buffer(1e-6)).length < TOL
        off = [s for s in line.stretches if not s.masks]
        assert off and all(s.pressure == line.pressure == 0.3 for s in off)
        assert sum(s.end - s.start for s in line.stretches if s.pressure > 0) == pytest.approx(
            line.path.difference(spine).length, abs=1e-3
        )


def test_no_percussion_over_the_kidneys(atlas):
    kidney = atlas.mask("kidney").geometry
    for line in atlas.lines:
        for s in line.stretches:
            if "percussion" in s.techniques:
                assert s.geometry.intersection(kidney).length < TOL, f"{line.id} taps over a kidney"
            if "kidney" in s.masks:
                assert s.pressure <= 0.35 + 1e-12, line.id


def test_some_percussion_line_crosses_the_kidneys_and_loses_percussion(atlas_of):
    atlas = atlas_of("male", None)
    kidney = atlas.mask("kidney").geometry
    crossing = [
        line for line in atlas.lines if "percussion" in line.techniques and line.path.intersection(kidney).length > 0.5
    ]
    assert crossing, "no percussion line crosses the kidney mask: the kidney test checks nothing"
    for line in crossing:
        assert any("kidney" in s.masks and "percussion" not in s.techniques for s in line.stretches)


def test_no_vibration_above_c6(atlas):
    above = atlas.mask("above_c6").geometry
    c6 = atlas.body.level_y["C6"]
    for line in atlas.lines:
        for s in line.stretches:
            if "vibration" in s.techniques:
                assert s.geometry.intersection(above).length < TOL, f"{line.id} vibrates above C6"
                assert s.geometry.bounds[3] <= c6 + 1e-6, line.id


def test_a_vibration_line_reaches_above_c6_and_loses_vibration_there(atlas):
    line = atlas.line("collar.1.right")
    assert "vibration" in line.techniques
    assert line.path.bounds[3] > atlas.body.level_y["C6"]
    top = line.stretches[0]
    assert "above_c6" in top.masks and "vibration" not in top.techniques


def test_scapula_edges_cap_the_pressure(atlas):
    edges = atlas.mask("scapula_edges")
    inner = edges.geometry.buffer(-0.01)
    for line in atlas.lines:
        for s in line.stretches:
            if "scapula_edges" in s.masks:
                assert s.pressure <= edges.pressure_cap + 1e-12, line.id
        for d, p in _samples(line, 0.25):
            if inner.contains(p):
                assert line.pressure_at(d) <= edges.pressure_cap + 1e-12, f"{line.id} at {d:.2f} cm"


# -- direction --------------------------------------------------------------------------------


def test_lines_run_toward_their_node_group(atlas):
    scale = atlas.body.scale
    targeted = [line for line in atlas.lines if line.target]
    assert len(targeted) >= 30
    for line in targeted:
        node = atlas.body.nodes[(line.target, line.side)]
        d0, d1 = _start(line).distance(node), _end(line).distance(node)
        assert d1 < 0.8 * d0 and d0 - d1 > 5.0 * scale, f"{line.id}: {d0:.1f} → {d1:.1f} cm from {line.target}"


def test_strokes_stop_short_of_the_node_areas(atlas):
    """Node areas themselves are not massaged (anatomy.md)."""
    for line in atlas.lines:
        for (group, side), node in atlas.body.nodes.items():
            if side == line.side:
                assert line.path.distance(node) > 0.5 * atlas.body.scale, f"{line.id} reaches {group}"


def test_lumbar_lines_run_outward_and_downward(atlas):
    """The drainage lines run out and down to the groin; the paravertebral line, up the erector
    spinae along its fibres (seed 003), drains to no node of its own."""
    for line in atlas.zone("lumbar").lines:
        start, end = _start(line), _end(line)
        if line.target is None:
            assert "Beside the spine" in line.name and end.y > start.y + 10.0 * atlas.body.scale, line.id
            assert abs(start.x) < 4.0 * atlas.body.scale and abs(end.x) < 4.0 * atlas.body.scale, line.id
            continue
        assert abs(end.x) > abs(start.x) + 5.0 * atlas.body.scale, line.id
        assert end.y < start.y, line.id
        assert line.target == "inguinal"


def test_the_upper_trapezius_line_runs_from_the_neck_out_to_the_shoulder(atlas):
    for side in SIDES:
        line = atlas.line(f"collar.5.{side}")
        start, end = _start(line), _end(line)
        acromion = atlas.body.landmarks[("acromion", side)]
        assert abs(start.x) < atlas.body.half_width_at(start.y) and end.distance(acromion) < 3.0 * atlas.body.scale
        assert abs(end.x) > abs(start.x) + 10.0 * atlas.body.scale and "kneading" in line.techniques


@pytest.mark.parametrize("number", [2, 3, 4])
def test_lower_thoracic_lines_run_outward_and_upward(atlas, number):
    for side in SIDES:
        line = atlas.line(f"lower_thoracic.{number}.{side}")
        start, end = _start(line), _end(line)
        assert abs(end.x) > abs(start.x) + 5.0 * atlas.body.scale, line.id
        assert end.y > start.y, line.id


def test_longitudinal_whole_back_lines_run_up_from_below(atlas):
    for number in (1, 2, 3):
        for side in SIDES:
            line = atlas.line(f"whole_back.{number}.{side}")
            assert _end(line).y - _start(line).y > 20.0 * atlas.body.scale, line.id


def test_neck_lines_run_down_from_the_hairline(atlas):
    for number in (1, 2):
        line = atlas.line(f"collar.{number}.right")
        assert _start(line).y > atlas.body.level_y["C3"] > _end(line).y


# -- symmetry ---------------------------------------------------------------------------------


def test_left_lines_mirror_right_lines(atlas):
    for zone in atlas.zones:
        right = {line.number: line for line in zone.lines if line.side == "right"}
        left = {line.number: line for line in zone.lines if line.side == "left"}
        assert set(right) == set(left)
        for number, line in right.items():
            other = left[number]
            assert other.path.hausdorff_distance(_mirror(line.path)) < 1e-6, line.id
            assert other.planned.hausdorff_distance(_mirror(line.planned)) < 1e-6, line.id
            assert Point(other.path.coords[0]).distance(Point(mirror_x(line.path.coords[0]))) < 1e-6


def test_pressure_is_symmetric_away_from_the_kidneys(atlas):
    """The left kidney sits higher, so only its mask may make the two sides differ."""
    kidney = atlas.mask("kidney").geometry.buffer(0.05)
    for line in atlas.lines:
        if line.side != "right":
            continue
        other = atlas.line(f"{line.zone}.{line.number}.left")
        for d, p in _samples(line, 0.5):
            q = other.path.interpolate(d)
            if kidney.contains(p) or kidney.contains(q):
                continue
            assert other.pressure_at(d) == pytest.approx(line.pressure_at(d), abs=1e-12), f"{line.id} at {d:.1f}"


def test_the_kidneys_do_make_the_sides_differ(atlas_of):
    atlas = atlas_of("male", None)
    right, left = atlas.line("lumbar.2.right"), atlas.line("lumbar.2.left")
    assert [s.masks for s in right.stretches] != [s.masks for s in left.stretches]


# -- pressure from the seeds --------------------------------------------------------------------


def test_lumbar_lines_1_and_2_are_lighter_than_4_and_5(zone_set):
    """Seed 001: dose the force on lines 1 and 2 (organs), more intense on lines 4 and 5."""
    p = {line.number: line.pressure for line in zone_set.zone("lumbar").lines}
    assert max(p[1], p[2]) < min(p[4], p[5])


def test_collar_is_lighter_than_the_lower_thoracic_region(zone_set):
    """Seed 001: the pressure in the collar zone is lower than on the lower thoracic region."""
    collar = [line.pressure for line in zone_set.zone("collar").lines]
    lower = [line.pressure for line in zone_set.zone("lower_thoracic").lines]
    assert max(collar) < min(lower)


def test_laid_pressures_follow_the_seed_on_every_body(atlas):
    def most(zone_id, numbers=None):
        return [
            max(s.pressure for s in line.stretches)
            for line in atlas.zone(zone_id).lines
            if numbers is None or line.number in numbers
        ]

    assert max(most("lumbar", {1, 2})) < min(most("lumbar", {4, 5}))
    assert max(most("collar")) < max(most("lower_thoracic"))


# -- client no-go areas ---------------------------------------------------------------------------


def _wound_on(atlas_of, sex, stature, line_id, where: float, radius: float, mask_id="wound"):
    """A client no-go disc centred ``where`` (0–1) along a line of the plain atlas."""
    plain = atlas_of(sex, stature)
    centre = plain.line(line_id).path.interpolate(where, normalized=True)
    scale = plain.body.scale
    return client_no_go(mask_id, centre.buffer(radius * scale), "an open wound")


BODY_CASES = [("male", None), ("female", None), ("male", 150.0), ("female", 200.0)]


@pytest.mark.parametrize("sex, stature", BODY_CASES)
def test_line_goes_round_a_wound_across_it(sex, stature, atlas_of, zone_set):
    plain = atlas_of(sex, stature)
    body = plain.body
    wound = _wound_on(atlas_of, sex, stature, "whole_back.2.right", 0.5, 2.0)
    before = plain.line("whole_back.2.right")
    assert before.path.intersects(wound.geometry)

    atlas = build_atlas(body, zone_set, (wound,))
    after = atlas.line("whole_back.2.right")
    clearance = NO_GO_CLEARANCE * body.scale
    assert NO_GO_CLEARANCE >= 0.5, "strokes keep a hand's edge away from a wound"
    assert after.path.distance(wound.geometry) >= clearance - 0.02
    assert "wound" in after.rerouted
    assert after.path.coords[0] == before.path.coords[0]
    assert after.path.coords[-1] == before.path.coords[-1]
    assert after.planned.equals(before.planned)
    assert after.path.length > before.path.length
    reach = body.outline.buffer(OUTLINE_TOLERANCE * body.scale)
    assert after.path.difference(reach).length < TOL
    # the wound is no pressure mask: it never appears on a stretch
    assert all("wound" not in s.masks for line in atlas.lines for s in line.stretches)


@pytest.mark.parametrize("sex, stature", BODY_CASES)
def test_no_line_enters_a_wound(sex, stature, atlas_of, body_of, zone_set):
    wound = _wound_on(atlas_of, sex, stature, "whole_back.2.right", 0.5, 2.0)
    atlas = build_atlas(body_of(sex, stature), zone_set, (wound,))
    clearance = NO_GO_CLEARANCE * atlas.body.scale
    plain = atlas_of(sex, stature)
    for line in atlas.lines:
        assert line.path.distance(wound.geometry) >= clearance - 0.02, line.id
        crossed = plain.line(line.id).path.distance(wound.geometry) < clearance
        assert ("wound" in line.rerouted) == crossed, line.id
    # the other side of the back is untouched
    for line in atlas.lines:
        if line.side == "left":
            assert line.path.equals(plain.line(line.id).path)


@pytest.mark.parametrize("sex, stature", BODY_CASES)
def test_wound_over_the_start_makes_the_stroke_start_beyond_it(sex, stature, atlas_of, zone_set):
    plain = atlas_of(sex, stature)
    before = plain.line("whole_back.2.right")
    wound = client_no_go("burn", _start(before).buffer(1.5 * plain.body.scale), "a burn")
    after = build_atlas(plain.body, zone_set, (wound,)).line("whole_back.2.right")
    clearance = NO_GO_CLEARANCE * plain.body.scale
    assert _start(after).distance(wound.geometry) >= clearance - 0.02
    assert not _start(after).equals(_start(before))
    assert before.path.distance(_start(after)) < 1e-6, "it starts where the planned path leaves the area"
    assert after.path.coords[-1] == before.path.coords[-1]
    assert after.rerouted == ("burn",)


@pytest.mark.parametrize("sex, stature", BODY_CASES)
def test_wound_over_the_end_makes_the_stroke_stop_short(sex, stature, atlas_of, zone_set):
    plain = atlas_of(sex, stature)
    before = plain.line("lumbar.3.left")
    wound = client_no_go("scar", _end(before).buffer(1.5 * plain.body.scale), "a fresh scar")
    after = build_atlas(plain.body, zone_set, (wound,)).line("lumbar.3.left")
    assert after.path.coords[0] == before.path.coords[0]
    assert _end(after).distance(wound.geometry) >= NO_GO_CLEARANCE * plain.body.scale - 0.02
    assert after.path.length < before.path.length


@pytest.mark.parametrize("sex, stature", BODY_CASES)
def test_wound_over_a_whole_short_line_cancels_it(sex, stature, atlas_of, zone_set):
    plain = atlas_of(sex, stature)
    short = plain.line("whole_back.4.right")
    wound = client_no_go("dermatitis", short.path.buffer(1.0 * plain.body.scale), "dermatitis")
    atlas = build_atlas(plain.body, zone_set, (wound,))
    zone = atlas.zone("whole_back")
    assert zone.cancelled == ("4.right",)
    with pytest.raises(UnknownId):
        atlas.line("whole_back.4.right")
    assert atlas.line("whole_back.4.left").path.equals(plain.line("whole_back.4.left").path)


def test_two_wounds_on_one_line(atlas_of, zone_set):
    plain = atlas_of("male", None)
    a = _wound_on(atlas_of, "male", None, "whole_back.1.right", 0.3, 1.2, "wound_a")
    b = _wound_on(atlas_of, "male", None, "whole_back.1.right", 0.7, 1.2, "wound_b")
    line = build_atlas(plain.body, zone_set, (a, b)).line("whole_back.1.right")
    assert set(line.rerouted) == {"wound_a", "wound_b"}
    for wound in (a, b):
        assert line.path.distance(wound.geometry) >= NO_GO_CLEARANCE - 0.02


@pytest.mark.parametrize("geometry", [
    Point(0, 0), LineString([(0, 0), (1, 1)]), Point(0, 0).buffer(1).difference(Point(0, 0).buffer(2)),
])
def test_client_no_go_needs_an_area(geometry):
    with pytest.raises(ValueError, match="has no area"):
        client_no_go("spot", geometry, "why")


def test_client_no_go_mask():
    mask = client_no_go("wound", box(0, 0, 2, 2), "an open wound")
    assert (mask.id, mask.rule, mask.client, mask.why) == ("wound", "no_go", True, "an open wound")
    assert mask.label == RULE_TEXT["no_go"]
    assert mask.geometry.area == pytest.approx(4.0)


# -- reroute on its own ---------------------------------------------------------------------


SQUARE = box(4, -1, 6, 1)
ROOM = box(-20, -20, 20, 20)


def _enters(path, obstacle) -> bool:
    return path.intersects(obstacle.buffer(-1e-6))


def test_reroute_goes_round_a_square():
    path = LineString([(0, 0), (10, 0)])
    out = reroute(path, SQUARE, ROOM)
    assert not _enters(out, SQUARE)
    assert out.coords[0] == (0, 0) and out.coords[-1] == (10, 0)
    assert out.length == pytest.approx(12.0)  # 4 + (1 + 2 + 1) + 4
    assert out.is_simple


@pytest.mark.parametrize("outline, y_side", [(box(-20, -0.5, 20, 20), 1.0), (box(-20, -20, 20, 0.5), -1.0)])
def test_reroute_goes_round_on_the_side_that_stays_on_the_body(outline, y_side):
    out = reroute(LineString([(0, 0), (10, 0)]), SQUARE, outline)
    assert not _enters(out, SQUARE)
    ys = np.array(out.coords)[:, 1]
    assert (ys * y_side).max() == pytest.approx(1.0)
    assert out.difference(outline).length < 1e-9


def test_reroute_takes_the_shorter_way_round():
    obstacle = box(4, -1, 6, 3)  # reaches further up than down
    out = reroute(LineString([(0, 0), (10, 0)]), obstacle, ROOM)
    assert np.array(out.coords)[:, 1].max() == pytest.approx(0.0)
    assert out.length == pytest.approx(12.0)


def test_reroute_of_a_path_crossing_twice():
    path = LineString([(0, 0), (10, 0), (10, 3), (0, 3)])
    obstacle = box(4, -1, 6, 4)
    out = reroute(path, obstacle, ROOM)
    assert not _enters(out, obstacle)
    assert out.coords[0] == (0, 0) and out.coords[-1] == (0, 3)


def test_reroute_of_a_path_starting_inside_begins_where_it_leaves():
    out = reroute(LineString([(5, 0), (10, 0)]), SQUARE, ROOM)
    assert list(out.coords) == [(6, 0), (10, 0)]


def test_reroute_of_a_path_ending_inside_stops_where_it_enters():
    out = reroute(LineString([(0, 0), (5, 0)]), SQUARE, ROOM)
    assert list(out.coords) == [(0, 0), (4, 0)]


def test_reroute_of_a_path_wholly_inside_is_none():
    assert reroute(LineString([(4.5, 0), (5.5, 0.5)]), SQUARE, ROOM) is None


def test_reroute_leaves_a_path_that_misses_the_obstacle_alone():
    path = LineString([(0, 5), (10, 5)])
    assert reroute(path, SQUARE, ROOM).equals(path)


# -- geometry errors from the data ------------------------------------------------------------


@pytest.fixture
def zones(tmp_path):
    folder = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), folder)
    return folder


def _edit(folder, file_name, old, new):
    path = folder / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path, text


def _path_line(text: str, occurrence: int) -> int:
    """Line of the ``occurrence``-th ``path = [`` of a zone file."""
    return [i for i, line in enumerate(text.splitlines(), 1) if line.startswith("path = [")][occurrence]


def test_line_running_off_the_body_is_an_error_naming_its_line(zones, body_of):
    path, text = _edit(zones, "lumbar.toml", '{ at = "L3.6", out = 8.5 }', '{ at = "L3.6", out = 40.0 }')
    with pytest.raises(DorsumError) as caught:
        build_atlas(body_of("male", None), load_zone_set(zones))
    err = caught.value
    assert (err.path, err.line) == (str(path), _path_line(text, 2))
    assert "line 3 (left) runs" in err.message and "outside the male body outline" in err.message


def test_line_with_coinciding_points_is_an_error(zones, body_of):
    path, text = _edit(
        zones,
        "scapular.toml",
        '{ at = "T7", out = 3.7 },\n  { at = "T5", out = 3.6 },\n'
        '  { at = "scapula_superior_angle", out = -1.8, up = -0.2 },',
        '{ at = "T7", out = 3.7 },\n  { at = "T7", out = 3.7 },\n  { at = "T7", out = 3.7 },',
    )
    with pytest.raises(DorsumError) as caught:
        build_atlas(body_of("female", None), load_zone_set(zones))
    assert str(caught.value) == f"{path}:{_path_line(text, 0)}: line 1 is shorter than 1 cm: its points coincide"


def test_one_sided_line_is_laid_on_that_side_only(zones, body_of):
    old = 'name = { en = "Along the medial border'
    _edit(zones, "scapular.toml", old, 'sides = "left"\n' + old)
    atlas = build_atlas(body_of("male", None), load_zone_set(zones))
    assert [line.side for line in atlas.zone("scapular").lines if line.number == 1] == ["left"]


# -- names that match geometry (a line's name says what it does, and it does it) -------------


def _points(line, n: int = 60) -> list[Point]:
    return [line.path.interpolate(i / (n - 1), normalized=True) for i in range(n)]


def test_the_line_above_rib_12_stays_above_it(atlas):
    for side in SIDES:
        line, rib = atlas.line(f"lower_thoracic.2.{side}"), atlas.body.ribs[("rib12", side)]
        assert "rib 12" in line.name
        x0, _, x1, _ = rib.bounds
        for p in _points(line):
            if x0 <= p.x <= x1:
                cut = LineString([(p.x, -200), (p.x, 200)]).intersection(rib)
                assert p.y > cut.bounds[3], f"{line.id} at x={p.x:.1f} is not above rib 12"


def test_the_line_below_the_shoulder_blade_keeps_off_it(atlas):
    for side in SIDES:
        line = atlas.line(f"lower_thoracic.4.{side}")
        assert "below the shoulder blade" in line.name
        assert line.path.intersection(atlas.body.scapulae[side]).length < 0.3 * atlas.body.scale, line.id


def test_lower_thoracic_lines_stay_off_the_scapula(atlas):
    for line in atlas.lines:
        if line.zone == "lower_thoracic":
            inside = line.path.intersection(atlas.body.scapulae[line.side]).length
            assert inside < 0.3 * atlas.body.scale, f"{line.id} runs {inside:.1f} cm over the blade"


def test_the_line_along_the_iliac_crest_follows_it(atlas):
    for side in SIDES:
        line, crest = atlas.line(f"lumbar.4.{side}"), atlas.body.iliac_crests[side]
        assert "iliac crest" in line.name
        top = atlas.body.landmarks[("iliac_crest_top", side)]
        near = [p for p in _points(line, 120) if abs(p.x) <= abs(top.x) + 3.0 * atlas.body.scale
                and abs(p.x) >= abs(top.x) - 3.0 * atlas.body.scale]
        assert near and max(p.distance(crest) for p in near) <= 1.5 * atlas.body.scale, line.id


def test_a_line_with_a_node_target_ends_heading_toward_it(atlas):
    for line in atlas.lines:
        if line.target is None:
            continue
        coords = list(line.path.coords)
        (x0, y0), (x1, y1) = coords[-2], coords[-1]
        node = atlas.body.nodes[(line.target, line.side)]
        heading, to_node = (x1 - x0, y1 - y0), (node.x - x1, node.y - y1)
        if math.hypot(*to_node) < 1.5 * atlas.body.scale:
            continue  # it ends at the node
        cosine = (heading[0] * to_node[0] + heading[1] * to_node[1]) / (math.hypot(*heading) * math.hypot(*to_node))
        assert cosine > 0.0, f"{line.id} ends heading away from the {line.target} nodes"


def test_the_lines_that_break_the_lymph_rule_are_the_preliminary_ones(atlas):
    """Only the seeds' preliminary strokes from the sacrum upward cross the L1–L2 watershed
    the wrong way, and the window says why (app/ui/guidance.py)."""
    from app.model.atlas.lines import breaks_lymph_rule

    breaking = {line.zone for line in atlas.lines if breaks_lymph_rule(line, atlas.body)}
    assert breaking == {"whole_back"}
    assert atlas.zone("whole_back").spec.preliminary


def test_the_heart_and_the_bony_points_are_masked(atlas):
    body, heart, bony = atlas.body, atlas.mask("heart"), atlas.mask("bony_points")
    assert heart.rule == "no_percussion" and heart.geometry.centroid.x < 0  # the patient's left
    assert body.level_y["T8"] - 1.5 * body.scale <= heart.geometry.bounds[1]
    assert heart.geometry.bounds[3] <= body.level_y["T4"] + 1.5 * body.scale
    assert bony.rule == "no_deep_pressure" and bony.pressure_cap <= 0.3
    for side in SIDES:
        assert bony.geometry.contains(body.landmarks[("psis", side)])
    assert bony.geometry.contains(body.sacrum.representative_point())


def test_a_line_along_a_muscle_lies_on_it_and_runs_with_its_fibres(atlas):
    """Seed 003: rubbing follows the muscle fibres. A line that names its muscle lies over it
    and runs the way its fibres do, from origin toward insertion."""
    along = [line for line in atlas.lines if line.muscle]
    assert {line.muscle for line in along} == {"longissimus", "trapezius_descending"}
    for line in along:
        muscle = atlas.muscles.get(line.muscle, line.side)
        on = line.path.intersection(muscle.sheet).length / line.path.length
        assert on > 0.8, f"{line.id} lies {on:.0%} on the {muscle.name}"
        xy = np.array(line.path.coords)
        steps = np.diff(xy, axis=0)
        steps /= np.linalg.norm(steps, axis=1, keepdims=True)
        fibres = muscle.directions_at((xy[:-1] + xy[1:]) / 2.0)
        cosines = (steps * fibres).sum(axis=1)
        worst = math.degrees(math.acos(min(cosines.min(), 1.0)))
        assert worst < 35, f"{line.id} strays {worst:.0f}° from the fibres"
