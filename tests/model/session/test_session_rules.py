"""The session as the seeds describe it (issue 10, section 4): the way the preliminary strokes
run, the gentlest stroking on the lower back and the neck, stroking between rubbing and what
follows it, the finale, the first session and the 10-minute limits."""

import numpy as np
import pytest
import shapely

from app.model.atlas.build import build_atlas
from app.model.body.anatomy import build_body
from app.model.plans.operations import default_plan, plan_timeline, reorder_steps, total_warning
from app.model.session.motion import Motion
from app.model.session.timeline import VARIANTS, build_timeline, step_place

SESSIONS = [(v, d) for v in VARIANTS for d in ("bottom-up", "top-down")]


@pytest.fixture(scope="module")
def atlases(zone_set):
    body = build_body("male")
    return {d: build_atlas(body, zone_set, direction=d) for d in ("bottom-up", "top-down")}


def _forward_glide_dy(motion, step, side="right"):
    """The hand's mean vertical movement per sample while it presses: + up, − down."""
    t = np.linspace(step.start_s, step.end_s, 2000, endpoint=False)
    hand = next(h for h in motion.hands(t, step) if h.side == side)
    dy = np.diff(hand.xy[:, 1])
    pressing = hand.contact[1:] & hand.contact[:-1]
    return float(dy[pressing].mean())


@pytest.mark.parametrize("direction", ["bottom-up", "top-down"])
def test_the_preliminary_strokes_follow_the_session_direction(zone_set, atlases, direction):
    """Seed 003: from the bottom up, "with the exception of people with high blood pressure.
    In this case, the master works from the neck down", the whole-back strokes included: the
    lines drawn, the hands' glides and the session table all run that way."""
    atlas = atlases[direction]
    for number in (1, 2, 3):
        line = atlas.line(f"whole_back.{number}.right")
        start, end = line.path.coords[0][1], line.path.coords[-1][1]
        assert (start > end) == (direction == "top-down"), line.id
    across = atlas.line("whole_back.4.right")  # the stroke across the back keeps its own way, outward
    assert across.path.coords[0][0] < across.path.coords[-1][0]
    timeline = build_timeline(zone_set, "general", direction)
    motion = Motion.of(atlas, timeline)
    first = timeline.steps[0]
    assert first.zone == "whole_back" and first.technique == "stroking"
    dy = _forward_glide_dy(motion, first)
    assert (dy < 0) == (direction == "top-down"), dy
    assert step_place(zone_set, first, direction) == (
        "Whole back (preliminary massage)", "from the neck down" if direction == "top-down" else "from the sacrum up")


def test_top_down_lines_take_their_top_down_names_and_targets(atlases):
    line = atlases["top-down"].line("whole_back.1.left")
    assert line.name == "Paravertebral, neck to the sacrum" and line.target == "inguinal"
    assert atlases["bottom-up"].line("whole_back.1.left").target == "supraclavicular"


@pytest.mark.parametrize("variant,direction", SESSIONS)
def test_the_session_ends_with_the_finale(zone_set, variant, direction):
    """Seed 001: "vibration or light tapping should be used to complete the procedure ... with
    your fingertips over the entire surface of your back"; seed 003: the final movement is a
    smooth stroking."""
    steps = build_timeline(zone_set, variant, direction).steps
    *_, vibration, stroking = steps
    assert (vibration.technique, stroking.technique) == ("vibration", "stroking")
    assert vibration.finale and stroking.finale and not any(s.finale for s in steps[:-2])
    assert vibration.zone == stroking.zone == "whole_back"
    assert vibration.contact == "fingertips" and vibration.pressure <= 0.2
    assert set(vibration.lines) == {1, 2, 3}  # the longitudinal lines: the whole back, both sides


def test_the_finale_vibration_reaches_the_whole_back(zone_set, atlases):
    """Its hands pass from the sacrum to the shoulders, beside the spine and out on both flanks:
    every stretch of the three longitudinal lines on each side is touched."""
    atlas = atlases["bottom-up"]
    timeline = build_timeline(zone_set)
    step = timeline.steps[-2]
    hands = Motion.of(atlas, timeline).hands(np.linspace(step.start_s, step.end_s, 6000, endpoint=False), step)
    xy = np.concatenate([h.xy[h.contact] for h in hands])
    body = atlas.body
    assert xy[:, 1].min() < body.y_of("L4") and xy[:, 1].max() > body.y_of("T3")
    for line in atlas.zone("whole_back").lines:
        if line.number in step.lines:
            along = np.linspace(0, line.path.length, 80)
            points = shapely.get_coordinates(shapely.line_interpolate_point(line.path, along))
            gaps = np.sqrt(((points[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
            assert gaps.max() < 2.0, line.id


@pytest.mark.parametrize("variant,direction", SESSIONS)
def test_stroking_alternates_with_rubbing(zone_set, variant, direction):
    """Seed 001: "The technique is to alternate stroking and rubbing movements": every rubbing
    step is followed by stroking on the same zone."""
    steps = build_timeline(zone_set, variant, direction).steps
    for a, b in zip(steps, steps[1:]):
        if a.technique == "rubbing":
            assert (b.zone, b.technique) == (a.zone, "stroking"), a
            assert set(b.lines) <= set(a.lines)


def test_the_strokes_put_in_say_so_in_the_zones_language():
    """The note of a stroking step put in after rubbing comes from techniques.toml, in the
    language the zones were read in."""
    from app.model.zonefiles.loader import default_zones_dir, load_zone_set

    for lang, words in (("en", "it alternates with rubbing"), ("uk", "чергується з розтиранням"),
                        ("ru", "чередуется с растиранием")):
        steps = build_timeline(load_zone_set(default_zones_dir(), lang)).steps
        put_in = [b for a, b in zip(steps, steps[1:]) if a.technique == "rubbing" and b.duration_s == 15.0]
        assert put_in and all(words in s.note for s in put_in), lang


def test_stroking_is_gentlest_on_the_lower_back_and_the_neck(zone_set, atlases):
    """Seed 001: "In the lumbar and neck areas, more gentle and gentle movements should be
    performed" (stroking): the lumbar and collar strokes press less than any other zone's, and
    the whole-back strokes ease off as they cross those areas."""
    timeline = build_timeline(zone_set)
    gentle = zone_set.technique("stroking").gentle
    strokes = [s for s in timeline.steps if s.technique == "stroking"]
    soft = [s.pressure for s in strokes if s.zone in gentle.zones]
    other = [s.pressure for s in strokes if s.zone not in gentle.zones]
    assert soft and other and max(soft) < min(other)
    atlas = atlases["bottom-up"]
    motion = Motion.of(atlas, timeline)
    area = shapely.union_all([atlas.zone(z).area for z in gentle.zones])
    for step in strokes:
        t = np.linspace(step.start_s, step.end_s, 1500, endpoint=False)
        for hand in motion.hands(t, step):
            inside = shapely.contains_xy(area, hand.xy[:, 0], hand.xy[:, 1])
            assert hand.pressure[inside].max(initial=0.0) <= gentle.pressure + 1e-9, step
    lumbar = next(s for s in strokes if s.zone == "lumbar")
    squeezing = next(s for s in timeline.steps if s.zone == "lumbar" and s.technique == "squeezing")
    assert lumbar.pressure < squeezing.pressure  # it was the heaviest stroking of the session before


@pytest.mark.parametrize("variant,direction", SESSIONS)
def test_rubbing_and_kneading_keep_to_ten_minutes_a_zone(zone_set, variant, direction):
    """Seed 001: rubbing "no more than 10 minutes", kneading "no more than 10 minutes", per zone
    (techniques.toml says why); the collar's "7-12 minutes" of kneading gives way to it."""
    timeline = build_timeline(zone_set, variant, direction)
    for technique in ("rubbing", "kneading"):
        cap = zone_set.technique(technique).max_minutes
        assert cap == 10
        for zone in zone_set.zones:
            minutes = sum(s.duration_s for s in timeline.zone_steps(zone.id) if s.technique == technique) / 60
            assert minutes <= cap + 1e-9, (zone.id, technique, minutes)
    lo, hi = (7, 10) if variant != "first" else (0, 10)
    kneading = sum(s.duration_s for s in timeline.zone_steps("collar") if s.technique == "kneading") / 60
    assert lo <= kneading <= hi


def test_a_cap_gives_its_minutes_to_the_other_steps(zone_set):
    """Where a zone's range needs more than its capped steps may take, the rest get it."""
    from app.model.session.timeline import step_minutes, zone_steps

    zone = zone_set.zone("lumbar")
    specs = zone_steps(zone, {t.id: t for t in zone_set.techniques})
    free = step_minutes(zone, "therapeutic", specs)
    capped = step_minutes(zone, "therapeutic", specs, {"kneading": 6.0})
    knead = [i for i, s in enumerate(specs) if s.technique == "kneading"]
    assert sum(capped[i] for i in knead) == pytest.approx(6.0)
    assert sum(capped) == pytest.approx(sum(free)) == pytest.approx(20.0)


@pytest.mark.parametrize("direction", ["bottom-up", "top-down"])
def test_a_first_session_takes_at_most_15_minutes(zone_set, direction):
    """Seed 001: "The first session should take no more than 15 minutes"; it still meets every
    zone, opens with the preliminary strokes and closes with the finale."""
    timeline = build_timeline(zone_set, "first", direction)
    assert 14 * 60 <= timeline.total_s <= 15 * 60 + 1e-6
    assert {s.zone for s in timeline.steps} == {z.id for z in zone_set.zones}
    assert timeline.steps[0].zone == "whole_back" and timeline.steps[-1].finale
    general = build_timeline(zone_set, "general", direction)
    assert [(s.zone, s.technique) for s in timeline.steps] == [(s.zone, s.technique) for s in general.steps]
    plan = default_plan(zone_set, "first", direction)
    assert plan.total_minutes <= 15 + 1e-9 and not total_warning(plan, zone_set)


def test_a_plan_keeps_its_finale_last_and_its_hands(zone_set):
    """Turning a plan top-down keeps the finale at the end; the plan's timeline has the same
    hands as the protocol (the lumbar kneading reinforced, the scapular rubbing one_lifts)."""
    plan = default_plan(zone_set)
    turned = reorder_steps(plan, zone_set, "top-down")
    assert [s.finale for s in turned.steps][-2:] == [True, True]
    assert turned.steps[0].zone == "whole_back" and not turned.steps[0].finale
    ours = plan_timeline(plan, zone_set).steps
    seeds = build_timeline(zone_set).steps
    assert [(s.zone, s.technique, s.contact, s.pose, s.hands, s.finale) for s in ours] == \
        [(s.zone, s.technique, s.contact, s.pose, s.hands, s.finale) for s in seeds]
