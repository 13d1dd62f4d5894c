"""The hands: on or beside their line, inside the zone, with the pressure the masks allow."""

import numpy as np
import pytest
import shapely

from app.model.session.motion import Motion, with_tempo
from app.model.session.placement import hand_at
from app.model.session.timeline import build_timeline


@pytest.fixture(scope="module")
def motion(zone_set, atlas):
    return Motion.of(atlas, build_timeline(zone_set))


def samples(motion, step, n=600):
    return motion.hands(np.linspace(step.start_s, step.end_s, n, endpoint=False), step)


def mask(atlas, mask_id):
    return next(m for m in atlas.masks if m.id == mask_id).geometry


def test_the_hand_in_contact_covers_its_line_and_stays_in_the_zone(motion, atlas):
    """The contact part lies on or beside the line it works (a hand moved off the spine still
    covers it), and its centre stays in the zone."""
    for step in motion.timeline.steps:
        spec = motion.techniques[step.technique]
        # circles, tremor and shakes swing beside the line, and a hand that would swing onto the
        # spine strip, or across the midline, is moved off it, by up to 2 cm
        reach = spec.contact_radius + 1.0 + 2.0
        zone = atlas.zone(step.zone).area.buffer(spec.contact_radius)
        for hand in samples(motion, step, 60):
            for i in np.flatnonzero(hand.contact):
                line = atlas.line(f"{step.zone}.{hand.line_number[i]}.{hand.side}").path
                _, part = hand_at(*hand.xy[i], hand.heading[i], hand.hand, hand.pose, hand.contact_part)
                assert line.distance(part) <= reach, (step.zone, step.technique, hand.line_number[i])
                assert part.intersects(zone), (step.zone, step.technique, hand.line_number[i])


def test_no_pressure_in_the_spine_mask(motion, atlas):
    """The hands keep off the strip altogether (test_hands checks their whole contact part);
    and were one ever on it, it would press nothing there."""
    spine = mask(atlas, "spine")
    for step in motion.timeline.steps:
        for hand in samples(motion, step, 300):
            inside = shapely.contains_xy(spine, hand.xy[:, 0], hand.xy[:, 1])
            assert not (inside & (hand.pressure > 0)).any(), (step.zone, step.technique)
    moved = motion.limit(np.array([[0.0, atlas.body.level_y["T7"]]]), np.array([0.8]), "stroking")
    assert moved[0] == 0.0


def test_no_percussion_over_the_kidneys(motion, atlas):
    kidney = mask(atlas, "kidney")
    for step in motion.timeline.steps:
        if step.technique != "percussion":
            continue
        for hand in samples(motion, step):
            inside = shapely.contains_xy(kidney, hand.xy[:, 0], hand.xy[:, 1])
            assert (hand.pressure[inside] == 0).all()


def test_no_vibration_above_c6(motion, atlas):
    c6 = atlas.body.level_y["C6"]
    for step in motion.timeline.steps:
        if step.technique == "vibration":
            for hand in samples(motion, step):
                assert (hand.pressure[hand.xy[:, 1] > c6 + 1e-6] == 0).all()


def test_pressure_follows_the_seeds(motion):
    def mean_pressure(zone, technique="kneading", lines=None):
        step = next(s for s in motion.timeline.zone_steps(zone) if s.technique == technique)
        values = []
        for hand in samples(motion, step, 2000):
            keep = hand.pressure > 0
            if lines is not None:
                keep &= np.isin(hand.line_number, lines)
            values.append(hand.pressure[keep])
        return np.concatenate(values).mean()

    assert mean_pressure("collar") < mean_pressure("lower_thoracic")  # seed 001: lighter on the neck
    assert mean_pressure("collar") < mean_pressure("lumbar")
    assert mean_pressure("lumbar", lines=[1, 2]) < mean_pressure("lumbar", lines=[4, 5])  # dosed over organs
    # squeezing presses harder than stroking (seed 001)
    assert mean_pressure("whole_back", "stroking") < mean_pressure("whole_back", "squeezing")


def test_glides_run_the_way_the_line_runs(motion, atlas):
    step = next(s for s in motion.timeline.zone_steps("lumbar") if s.technique == "stroking")
    t = step.start_s + np.linspace(0.0, 1.0, 30)  # the first stroke, on line 1
    hand = next(h for h in motion.hands(t, step) if h.side == "right")
    touching = hand.xy[hand.contact]
    assert len(touching) > 5
    assert touching[-1, 0] > touching[0, 0] and touching[-1, 1] < touching[0, 1]  # out and down


def test_tempo_sets_the_stroke_rate(motion, zone_set, atlas):
    step = next(s for s in motion.timeline.zone_steps("whole_back") if s.technique == "stroking")
    spec = motion.techniques["stroking"]

    def strokes(m):
        hand = m.hands(np.linspace(step.start_s, step.end_s, 6000, endpoint=False), step)[0]
        c = hand.contact.astype(int)
        return int((np.diff(c) == 1).sum() + c[0])

    assert strokes(motion) == pytest.approx(spec.tempo * step.duration_s / 60, abs=1)
    faster = Motion.of(atlas, motion.timeline, {"stroking": with_tempo(spec, tempo=48)})
    assert strokes(faster) == pytest.approx(48 * step.duration_s / 60, abs=1)
    with pytest.raises(ValueError):
        with_tempo(spec, tempo=0)


def test_vibration_stays_no_more_than_10_s_on_one_spot(motion):
    for step in motion.timeline.steps:
        if step.technique != "vibration":
            continue
        dt = 0.05
        for hand in motion.hands(np.arange(step.start_s, step.end_s, dt), step):
            for i in range(0, len(hand.t), 40):
                near = np.hypot(*(hand.xy - hand.xy[i]).T) < 1.0
                assert near.sum() * dt <= 10.0


def test_trail_stays_within_its_step(motion):
    step = motion.timeline.steps[3]
    trail = motion.trail(step.start_s + 0.3, seconds=2.0)
    assert all(h.t.min() >= step.start_s for h in trail)


def test_no_percussion_over_the_heart_and_only_light_pressure_on_bony_points(motion, atlas):
    heart, bony = mask(atlas, "heart"), mask(atlas, "bony_points")
    cap = atlas.mask("bony_points").pressure_cap
    for step in motion.timeline.steps:
        for hand in samples(motion, step):
            if step.technique == "percussion":
                inside = shapely.contains_xy(heart, hand.xy[:, 0], hand.xy[:, 1])
                assert (hand.pressure[inside] == 0).all(), step
            on_bone = shapely.contains_xy(bony, hand.xy[:, 0], hand.xy[:, 1])
            assert (hand.pressure[on_bone] <= cap + 1e-9).all(), step


def _loop_axis(motion, atlas, line_id, away_from_spine=False):
    """The rubbing step on a line's zone: the long axis of the hand's loops about the point
    creeping along the line (the mean over one loop), how elongated they are, and the
    muscle's fibre direction there (None for a line without a muscle)."""
    line = atlas.line(line_id)
    step = next(s for s in motion.timeline.steps if s.zone == line.zone and s.technique == "rubbing")
    period = 60.0 / motion.techniques["rubbing"].tempo
    per_loop = 24
    t = np.arange(step.start_s, step.end_s, period / per_loop)
    hand = next(h for h in motion.hands(t, step) if h.side == line.side)
    kernel = np.ones(per_loop) / per_loop
    centre = np.stack([np.convolve(hand.xy[:, i], kernel, mode="same") for i in (0, 1)], axis=1)
    keep = (hand.line_number == line.number)
    keep[:per_loop] = keep[-per_loop:] = False
    keep &= np.convolve(hand.line_number == line.number, np.ones(per_loop), mode="same") == per_loop
    if away_from_spine:  # where no rule moves the hand, the loops keep the shape rubbing gives them
        keep &= np.abs(hand.xy[:, 0]) > 6.0 * atlas.body.scale
    offsets = (hand.xy - centre)[keep]
    values, vectors = np.linalg.eigh(np.cov(offsets.T))
    xy = hand.xy[keep]
    fibre = atlas.muscles.get(line.muscle, line.side).directions_at(xy).mean(axis=0) if line.muscle else None
    return vectors[:, -1], values[-1] / max(values[0], 1e-9), fibre


@pytest.mark.parametrize("line_id", ["lumbar.6.right", "lower_thoracic.1.left", "collar.5.right"])
def test_rubbing_on_a_line_along_a_muscle_follows_its_fibres(motion, atlas, line_id):
    """Seed 003: rubbing movements are performed along the muscle fibres."""
    axis, elongation, fibre = _loop_axis(motion, atlas, line_id)
    fibre /= np.linalg.norm(fibre)
    assert abs(axis @ fibre) > 0.9, f"the loops' long axis is {np.degrees(np.arccos(abs(axis @ fibre))):.0f}° off"
    assert elongation > 3.0  # strokes along the fibres, not circles


def test_rubbing_elsewhere_stays_circles(motion, atlas):
    _, elongation, fibre = _loop_axis(motion, atlas, "lumbar.3.right", away_from_spine=True)
    assert fibre is None and elongation < 3.0


@pytest.mark.parametrize("sex", ["male", "female"])
def test_a_hand_turns_gradually_while_it_presses(zone_set, sex):
    """A hand turns its fingers away from the spine one way only along a line, easing in over a
    few centimetres: at 30 frames a second, a pressing hand's turn from its way of travel never
    changes by more than 15° from one frame to the next (it once swung round by 90–180°)."""
    from tests.model.conftest import cached_atlas

    atlas = cached_atlas(sex, None)
    motion = Motion.of(atlas, build_timeline(zone_set))
    for step in motion.timeline.steps:
        t = np.arange(step.start_s, step.end_s, 1 / 30)
        for hand in motion.hands(t, step):
            if np.any(np.asarray(hand.role) != "works"):
                continue
            turn = np.degrees(np.unwrap(np.asarray(hand.heading) - np.asarray(hand.angle)))
            pressing = (np.diff(hand.line_number) == 0) & hand.contact[1:] & hand.contact[:-1]
            pressing &= np.hypot(*np.diff(hand.xy, axis=0).T) < 3.0  # not a hop to the next stretch
            assert np.abs(np.diff(turn))[pressing].max(initial=0.0) <= 15.0, (step.zone, step.technique, hand.hand)
