"""The therapist's hands: their shape, the part in contact, and the rules they never break."""

import numpy as np
import pytest
import shapely

from app.model.session.hands import HAND_BREADTH, HAND_LENGTH, POSES, hand_shape
from app.model.session.motion import Motion
from app.model.session.placement import hand_at
from app.model.session.timeline import build_timeline
from app.model.vocabulary import CONTACT_PARTS


@pytest.fixture(scope="module")
def motion(zone_set, atlas):
    return Motion.of(atlas, build_timeline(zone_set))


def step_hands(motion, step, n=80):
    return motion.hands(np.linspace(step.start_s, step.end_s, n, endpoint=False), step)


# -- the shape -----------------------------------------------------------------------------


def test_a_flat_hand_has_the_reference_size():
    shape = hand_shape("flat", "right")
    assert shape.length == pytest.approx(HAND_LENGTH, abs=0.4)
    assert shape.breadth == pytest.approx(HAND_BREADTH, abs=0.4)
    assert shape.outline.is_valid and shape.outline.geom_type == "Polygon"


@pytest.mark.parametrize("pose", list(POSES))
def test_every_contact_part_lies_on_its_hand_and_the_left_mirrors_the_right(pose):
    right, left = hand_shape(pose, "right"), hand_shape(pose, "left")
    for part in CONTACT_PARTS:
        if part == "forearm":
            continue
        geom = right.contact_part(part)
        assert not geom.is_empty and right.outline.buffer(0.05).contains(geom), (pose, part)
    mirrored = shapely.transform(right.outline, lambda c: c * [1.0, -1.0])
    assert left.outline.symmetric_difference(mirrored).area < 1e-4 * left.outline.area
    assert right.fingers["thumb"].centroid.y > 0 > left.fingers["thumb"].centroid.y  # thumb on +y for the right


def test_a_curled_hand_looks_shorter_and_an_edge_narrower():
    flat = hand_shape("flat", "right")
    assert hand_shape("fist", "right").length < 0.8 * flat.length
    assert hand_shape("edge", "right").breadth < 0.5 * flat.breadth
    assert hand_shape("wide_thumb", "right").outline.bounds[3] > flat.outline.bounds[3] + 3.0  # the thumb spread


# -- the parts each technique uses -----------------------------------------------------------


def test_each_technique_uses_its_documented_part(motion):
    spec = {t.id: t for t in motion.atlas.zone_set.techniques}
    for step in motion.timeline.steps:
        zone = motion.atlas.zone(step.zone).spec
        technique = spec[step.technique]
        expected = technique.lower_back.contact if zone.lower_back and technique.lower_back else technique.contact
        assert step.contact == expected, (step.zone, step.technique)
        for hand in step_hands(motion, step, 10):
            if hand.role[0] == "works":
                assert hand.contact_part == step.contact


def test_the_lower_back_is_worked_with_the_outer_side_of_the_hand_the_upper_with_the_inside(motion):
    """Seed 003: the outer side of the palm on the lower back, the inside on the upper back."""
    by_zone = {(s.zone, s.technique): s.contact for s in motion.timeline.steps}
    assert by_zone[("lumbar", "stroking")] == "back_of_hand"
    assert by_zone[("lumbar", "rubbing")] == "knuckles"
    for zone in ("collar", "lower_thoracic", "scapular"):
        assert by_zone[(zone, "stroking")] == "palm"
        assert by_zone[(zone, "rubbing")] == "finger_pads"


def test_vibration_uses_the_fingertips_and_percussion_alternates(motion):
    for step in motion.timeline.steps:
        if step.technique == "vibration":
            assert step.contact == "fingertips"
        if step.technique == "percussion":
            assert step.hands == "alternating"
            left, right = (h for h in sorted(step_hands(motion, step, 400), key=lambda h: h.hand))
            both = left.contact & right.contact
            assert left.contact.any() and right.contact.any() and both.mean() < 0.05  # they take turns


# -- the rules -------------------------------------------------------------------------------


def _placed(hand, i):
    return hand_at(*hand.xy[i], hand.heading[i], hand.hand, hand.pose, hand.contact_part)


def test_the_contact_stays_on_the_figure_and_off_the_spine_strip(motion, atlas):
    spine = next(m.geometry for m in atlas.masks if m.id == "spine")
    figure = atlas.body.figure.buffer(0.3)
    for step in motion.timeline.steps:
        for hand in step_hands(motion, step, 24):
            for i in np.flatnonzero(hand.working):
                _, part = _placed(hand, i)
                # a palm is wider than half the neck: there it wraps round the sides, out of view
                assert figure.contains(part.centroid), (step.zone, step.technique, hand.hand)
                assert part.difference(figure).area <= 0.25 * part.area, (step.zone, step.technique, hand.hand)
                if hand.pressure[i] > 0:
                    assert part.intersection(spine).area < 0.1, (step.zone, step.technique, hand.hand)


def test_the_two_hands_never_overlap_unless_one_weights_the_other(motion):
    for step in motion.timeline.steps:
        hands = step_hands(motion, step, 24)
        if step.hands == "reinforced":
            worker = next(h for h in hands if h.role[0] == "works")
            weight = next(h for h in hands if h.role[0] == "weights" and np.array_equal(h.t, worker.t))
            assert np.hypot(*(worker.xy - weight.xy).T).max() < 3.0  # lying on it
            continue
        if step.hands == "one_lifts":
            continue
        by_hand = {h.hand: h for h in hands}
        if len(by_hand) < 2:
            continue
        left, right = by_hand["left"], by_hand["right"]
        for i in range(len(left.t)):
            a, _ = _placed(left, i)
            b, _ = _placed(right, i)
            assert a.intersection(b).area < 0.5, (step.zone, step.technique, i)


def test_under_the_shoulder_blade_one_hand_lifts_while_the_other_circles_one_side_at_a_time(motion):
    """Seed 001: a palm lifts the shoulder, the other hand circles under the blade."""
    step = next(s for s in motion.timeline.steps if s.hands == "one_lifts")
    assert step.zone == "scapular" and step.technique == "rubbing"
    hands = step_hands(motion, step, 200)
    lifting = [h for h in hands if h.role[0] == "lifts"]
    working = [h for h in hands if h.role[0] == "works"]
    assert {h.side for h in lifting} == {"left", "right"}  # each shoulder in turn
    for lift in lifting:
        work = next(w for w in working if np.array_equal(w.t, lift.t))
        assert lift.hand != work.hand and lift.side == work.side  # same side, the other hand
        assert not lift.pressure.any() and lift.lifted.all()
        assert work.contact.any()
    first, second = sorted(lifting, key=lambda h: h.t[0])
    assert first.t[-1] <= second.t[0]  # one side, then the other


def test_the_motion_samples_are_plain_data_for_each_hand(motion):
    from app.model.session.sampling import motion_samples

    step = next(s for s in motion.timeline.steps if s.hands == "one_lifts")
    samples = motion_samples(motion, step.start_s, step.start_s + 2.0, 5.0)
    assert [s["t"] for s in samples] == pytest.approx([step.start_s + i / 5 for i in range(10)])
    for s in samples:
        assert [h["hand"] for h in s["hands"]] == ["left", "right"]
        roles = {h["role"] for h in s["hands"]}
        assert roles == {"works", "lifts"}
        for h in s["hands"]:
            assert h["contact"] in CONTACT_PARTS and 0 <= h["pressure"] <= 1 and isinstance(h["lifted"], bool)
