"""The quiz without Qt: the draw is repeatable and fair, and every kind grades right answers
right and wrong ones wrong, with words a student understands."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pytest

from app.model.body.anatomy import VERTEBRAE
from app.model.quiz.questions import (
    ASKED_LEVELS,
    KINDS,
    Question,
    grade,
    grade_line,
    grade_order,
    grade_vertebra,
    grade_zone,
    longest_common_order,
    make_quiz,
    technique_order,
)
from app.model.vocabulary import pressure_word


@pytest.fixture(scope="module")
def male(atlas_of):
    return atlas_of("male", None)


def _right_answer(atlas, question):
    """What a student who knows the atlas answers."""
    if question.kind == "vertebra":
        return (0.0, atlas.body.level_y[question.subject])
    if question.kind == "zone":
        p = atlas.zone(question.subject).area.representative_point()
        return (p.x, p.y)
    if question.kind == "line_direction":
        return list(atlas.line(question.subject).path.coords)
    if question.kind == "mask":
        mask = next(m for m in atlas.masks if m.rule == question.subject and not m.client)
        p = mask.geometry.representative_point()
        return (p.x, p.y)
    if question.kind == "pressure":
        return pressure_word(next(x for x in atlas.lines if f"{x.zone}.{x.number}" == question.subject).pressure)
    if question.kind == "contraindication":
        return "absolute" if question.subject in {c.id for c in atlas.zone_set.screening.absolute} else "local"
    if question.kind == "technique_motion":
        return question.subject.rsplit(".", 1)[1]
    return technique_order(atlas.zone(question.subject).spec)


def _wrong_answer(atlas, question):
    """An answer that is wrong for every kind."""
    right = _right_answer(atlas, question)
    if question.kind in ("vertebra", "zone", "mask"):
        return (100.0, 100.0)  # off the back
    if question.kind == "line_direction":
        return right[::-1]
    if question.kind == "technique_order":
        return question.choices
    return next(c for c in question.choices if c != right)


def _question(kind: str, subject: str, choices=()) -> Question:
    return Question(kind, subject, "?", tuple(choices))


# -- the draw -------------------------------------------------------------------------------
def test_the_same_seed_draws_the_same_quiz(male):
    for seed in (0, 7, "class-3b"):
        assert make_quiz(male, 12, seed).questions == make_quiz(male, 12, seed).questions


def test_different_seeds_draw_different_quizzes(male):
    quizzes = {make_quiz(male, 10, seed).questions for seed in range(20)}
    assert len(quizzes) == 20


def test_no_seed_draws_at_random(male):
    assert len({make_quiz(male, 10).questions for _ in range(5)}) > 1


def test_a_long_quiz_mixes_every_kind_evenly(male):
    counts = Counter(q.kind for q in make_quiz(male, 5 * len(KINDS), seed=1).questions)
    assert counts == dict.fromkeys(KINDS, 5)
    for seed in range(30):  # ten questions of eight kinds: one or two of each kind
        counts = Counter(q.kind for q in make_quiz(male, 10, seed).questions)
        assert set(counts) == set(KINDS) and set(counts.values()) <= {1, 2}


def test_the_kinds_come_in_a_shuffled_order(male):
    firsts = {make_quiz(male, 10, seed).questions[0].kind for seed in range(40)}
    assert firsts == set(KINDS)


def test_a_subject_comes_again_only_after_all_the_others(male):
    quiz = make_quiz(male, len(KINDS) * len(ASKED_LEVELS), seed=5)
    levels = [q.subject for q in quiz.questions if q.kind == "vertebra"]
    assert sorted(levels) == sorted(ASKED_LEVELS)


def test_questions_ask_only_what_makes_sense(male):
    seen = {kind: set() for kind in KINDS}
    sides = set()
    for seed in range(60):
        for q in make_quiz(male, 12, seed).questions:
            seen[q.kind].add(q.subject)
            if q.kind == "line_direction":
                line = male.line(q.subject)
                assert line.target is not None
                sides.add(line.side)
                assert f"line {line.number}" in q.prompt and line.side in q.prompt
            if q.kind == "technique_order":
                expected = technique_order(male.zone(q.subject).spec)
                assert len(expected) >= 3
                assert sorted(q.choices) == sorted(expected) and q.choices != expected
    assert seen["vertebra"] == set(ASKED_LEVELS) == set(VERTEBRAE[VERTEBRAE.index("C7"):])
    assert "whole_back" not in seen["zone"]  # it covers the whole back: any click is inside
    assert seen["zone"] == {"collar", "scapular", "lower_thoracic", "lumbar"}
    assert not any(subject.startswith("scapular.1.") for subject in seen["line_direction"])  # no target
    assert sides == {"left", "right"}
    assert seen["technique_order"] == {z.id for z in male.zones}


def test_a_quiz_needs_a_question(male):
    with pytest.raises(ValueError):
        make_quiz(male, 0)


def test_technique_order_is_the_order_of_first_appearance(male):
    whole = male.zone("whole_back").spec
    assert [s.technique for s in whole.steps] == ["stroking", "stroking", "squeezing", "rubbing", "stroking"]
    assert technique_order(whole) == ("stroking", "squeezing", "rubbing")
    assert technique_order(male.zone("collar").spec) == (
        "stroking", "squeezing", "rubbing", "kneading", "vibration", "shaking")


def test_every_right_answer_scores_full_marks_on_every_body(atlas):
    """For each body the model lays out, the atlas's own answer to every subject is right."""
    quiz = make_quiz(atlas, 80, seed=11)
    for question in quiz.questions:
        feedback = grade(atlas, question, _right_answer(atlas, question))
        assert feedback.correct and feedback.score == 1.0, (question, feedback.message)
        assert feedback.message.startswith(("Right", "All three right"))


# -- vertebra -------------------------------------------------------------------------------
def test_a_click_on_the_asked_vertebra_is_right(male):
    y = male.body.level_y["T7"]
    feedback = grade_vertebra(male, _question("vertebra", "T7"), (0.4, y - 0.3))
    assert feedback.correct and feedback.score == 1.0
    assert "T7" in feedback.message and "seventh thoracic" in feedback.message
    assert (feedback.geometry.x, feedback.geometry.y) == (0.0, y) and feedback.label == "T7"


def test_a_click_on_t8_when_t7_was_asked_is_wrong(male):
    feedback = grade_vertebra(male, _question("vertebra", "T7"), (0.0, male.body.level_y["T8"]))
    assert not feedback.correct and feedback.score == 0.0
    assert "that is T8, one level too low" in feedback.message
    assert "T7 is 2.5 cm higher" in feedback.message
    assert "inferior angles" in feedback.message  # a landmark to count from
    assert feedback.geometry.y == male.body.level_y["T7"]


def test_the_nearest_spinous_tip_decides(male):
    t7, t8 = male.body.level_y["T7"], male.body.level_y["T8"]
    mid = (t7 + t8) / 2
    question = _question("vertebra", "T7")
    assert grade_vertebra(male, question, (0.0, mid + 0.05)).correct
    assert not grade_vertebra(male, question, (0.0, mid - 0.05)).correct
    too_high = grade_vertebra(male, question, (0.0, male.body.level_y["T5"]))
    assert "that is T5, two levels too high" in too_high.message


def test_a_click_off_the_midline_is_wrong_even_at_the_right_height(male):
    y, limit = male.body.level_y["L3"], 3.0 * male.body.scale
    question = _question("vertebra", "L3")
    assert grade_vertebra(male, question, (-(limit - 0.1), y)).correct
    feedback = grade_vertebra(male, question, (limit + 0.5, y))
    assert not feedback.correct
    assert "Right height for L3" in feedback.message and "patient's right" in feedback.message
    assert feedback.checks == (("level", True), ("midline", False))


def test_the_midline_tolerance_scales_with_the_body(atlas_of):
    small = atlas_of("female", 150.0)
    x = 3.0 * small.body.scale + 0.1  # inside 3 cm, outside 3 cm × the smaller body's scale
    assert x < 3.0
    assert not grade_vertebra(small, _question("vertebra", "T1"), (x, small.body.level_y["T1"])).correct


def test_a_click_on_the_sacrum_is_not_l5(male):
    feedback = grade_vertebra(male, _question("vertebra", "L5"), (0.0, male.body.level_y["S3"]))
    assert not feedback.correct and "on the sacrum" in feedback.message


# -- zone -----------------------------------------------------------------------------------
def test_a_click_inside_the_zone_is_right(male):
    zone = male.zone("scapular")
    p = zone.area.representative_point()
    feedback = grade_zone(male, _question("zone", "scapular"), (p.x, p.y))
    assert feedback.correct and feedback.score == 1.0
    assert feedback.geometry.equals(zone.area) and feedback.label == zone.name


def test_a_click_in_another_zone_is_wrong_and_names_both(male):
    y = male.body.level_y["L3"]
    feedback = grade_zone(male, _question("zone", "collar"), (6.0, y))
    assert not feedback.correct and feedback.score == 0.0
    assert "“Lumbar region and sacrum”, not in “Collar zone" in feedback.message
    assert "runs from C1 to T6" in feedback.message
    assert "Whole back" not in feedback.message  # it holds every point: naming it says nothing


def test_a_click_off_the_back_is_wrong(male):
    feedback = grade_zone(male, _question("zone", "lumbar"), (40.0, -40.0))
    assert not feedback.correct and "off the back" in feedback.message


# -- line -----------------------------------------------------------------------------------
def _line_vectors(atlas, line_id):
    line = atlas.line(line_id)
    coords = np.array(line.path.coords)
    return line, coords, coords[0], coords[-1] - coords[0]


def _rotated(v, degrees):
    a = math.radians(degrees)
    return np.array([v[0] * math.cos(a) - v[1] * math.sin(a), v[0] * math.sin(a) + v[1] * math.cos(a)])


def test_the_line_drawn_along_its_path_is_right(male):
    line, coords, _, _ = _line_vectors(male, "lumbar.2.left")
    feedback = grade_line(male, _question("line_direction", "lumbar.2.left"), coords)
    assert feedback.correct and feedback.score == 1.0
    assert feedback.checks == (("start", True), ("direction", True), ("target", True))
    assert feedback.geometry.equals(line.path)
    assert feedback.target.equals(male.body.nodes[("inguinal", "left")])
    assert "inguinal nodes, in the groin" in feedback.message


def test_a_line_drawn_backwards_fails_direction_and_target(male):
    _, coords, _, _ = _line_vectors(male, "lumbar.2.left")
    feedback = grade_line(male, _question("line_direction", "lumbar.2.left"), coords[::-1])
    assert not feedback.correct and feedback.score == 0.0  # it starts at the far end, too
    assert feedback.checks == (("start", False), ("direction", False), ("target", False))
    assert "yours runs in toward the spine and up" in feedback.message
    assert "yours moves away from them" in feedback.message


def test_backwards_from_the_right_start_earns_the_start_only(male):
    _, _, start, v = _line_vectors(male, "whole_back.1.right")
    stroke = [start, start - 0.3 * v]  # from the sacrum, but down instead of up to the neck
    feedback = grade_line(male, _question("line_direction", "whole_back.1.right"), stroke)
    assert feedback.checks == (("start", True), ("direction", False), ("target", False))
    assert feedback.score == pytest.approx(1 / 3) and not feedback.correct
    assert feedback.message.startswith("1 of 3 right.")


def test_the_right_way_from_the_wrong_place_earns_two_thirds(male):
    _, _, start, v = _line_vectors(male, "lower_thoracic.3.right")
    offset = np.array([0.0, -6.0])  # 6 cm too low
    feedback = grade_line(male, _question("line_direction", "lower_thoracic.3.right"),
                          [start + offset, start + offset + v])
    assert feedback.checks == (("start", False), ("direction", True), ("target", True))
    assert feedback.score == pytest.approx(2 / 3)
    assert "you started 6 cm from there" in feedback.message


def test_the_start_may_be_four_centimetres_off(male):
    _, _, start, v = _line_vectors(male, "collar.4.left")
    question = _question("line_direction", "collar.4.left")
    for gap, ok in ((3.9, True), (4.1, False)):
        a = start + np.array([0.0, gap])
        assert grade_line(male, question, [a, a + v]).checks[0] == ("start", ok)


def test_the_direction_may_be_off_by_about_45_degrees(male):
    _, _, start, v = _line_vectors(male, "lumbar.3.right")
    question = _question("line_direction", "lumbar.3.right")
    for degrees, ok in ((40, True), (-40, True), (50, False), (-50, False)):
        checks = dict(grade_line(male, question, [start, start + _rotated(v, degrees)]).checks)
        assert checks["direction"] is ok, degrees


def test_the_target_is_the_node_group_on_the_line_s_side(male):
    # Lumbar line 1 on the left runs out to the left groin: a stroke toward the right groin
    # moves away from the left nodes.
    _, _, start, _ = _line_vectors(male, "lumbar.1.left")
    right_groin = np.array(male.body.nodes[("inguinal", "right")].coords[0])
    feedback = grade_line(male, _question("line_direction", "lumbar.1.left"), [start, right_groin])
    assert dict(feedback.checks)["target"] is False


def test_a_click_is_not_a_stroke(male):
    _, _, start, _ = _line_vectors(male, "lumbar.1.right")
    for stroke in ([start], [start, start + 0.1]):
        feedback = grade_line(male, _question("line_direction", "lumbar.1.right"), stroke)
        assert not feedback.correct and feedback.score == 0.0
        assert "a click, not a stroke" in feedback.message


# -- order ----------------------------------------------------------------------------------
def test_the_zone_s_order_is_right(male):
    expected = technique_order(male.zone("lumbar").spec)
    feedback = grade_order(male, _question("technique_order", "lumbar"), expected)
    assert feedback.correct and feedback.score == 1.0 and feedback.order == expected
    assert f"ends with {male.zone_set.technique('stroking').name.lower()} again" in feedback.message


def test_an_order_is_graded_by_what_it_keeps_in_sequence(male):
    """One pair swapped costs one place, not two; moving the first to the end costs one, not
    all six (the share of positions would give 0)."""
    expected = technique_order(male.zone("lumbar").spec)
    swapped = list(expected)
    swapped[1], swapped[2] = swapped[2], swapped[1]
    feedback = grade_order(male, _question("technique_order", "lumbar"), swapped)
    assert not feedback.correct and feedback.score == pytest.approx(5 / 6)
    assert feedback.message.startswith("5 of 6 kept in the right order relative to each other")
    assert "Why:" in feedback.message
    rotated = [*expected[1:], expected[0]]
    assert grade_order(male, _question("technique_order", "lumbar"), rotated).score == pytest.approx(5 / 6)
    assert grade_order(male, _question("technique_order", "lumbar"), expected[::-1]).score == pytest.approx(1 / 6)
    for seed in range(10):  # a list left as shuffled scores what its shuffle kept, never full marks
        question = next(q for q in make_quiz(male, 10, seed).questions if q.kind == "technique_order")
        right = technique_order(male.zone(question.subject).spec)
        feedback = grade(male, question, question.choices)
        share = len(longest_common_order(question.choices, right)) / len(right)
        assert feedback.score == pytest.approx(share) and share < 1 and not feedback.correct


def test_zone_questions_do_not_name_the_vertebrae_that_answer_them(male):
    for seed in range(20):
        for question in make_quiz(male, 10, seed).questions:
            if question.kind == "zone":
                assert not re.search(r"\(([CTLS]\d+)[–-]", question.prompt), question.prompt


def test_the_summary_lists_the_missed_questions_to_review(male):
    quiz = make_quiz(male, 4, 7)
    quiz.answer((100.0, 100.0) if quiz.current.kind in ("vertebra", "zone", "mask") else
                [(0.0, 0.0), (0.1, 0.1)] if quiz.current.kind == "line_direction" else
                _wrong_answer(male, quiz.current))
    summary = quiz.summary()
    assert len(summary.missed) == 4  # one wrong, three not answered
    assert "To review:" in summary.text() and "not answered" in summary.text()


def test_a_missing_technique_is_named(male):
    expected = technique_order(male.zone("collar").spec)
    feedback = grade_order(male, _question("technique_order", "collar"), expected[:-1])
    assert not feedback.correct and feedback.score == pytest.approx(5 / 6)
    assert "Missing: shaking." in feedback.message


# -- the quiz and its summary ---------------------------------------------------------------
def test_the_summary_adds_up(male):
    quiz = make_quiz(male, 8, seed=3)
    expected_score, expected_right = 0.0, 0
    per_kind = Counter()
    for i, question in enumerate(quiz.questions[:6]):
        assert quiz.current == question and not quiz.answered
        answer = _right_answer(male, question)
        if i % 2:  # every other answer is wrong in a known way
            answer = _wrong_answer(male, question)
        feedback = quiz.answer(answer)
        assert quiz.answered and quiz.feedback[i] is feedback
        with pytest.raises(ValueError):
            quiz.answer(answer)  # one answer a question
        expected_score += feedback.score
        expected_right += feedback.correct
        per_kind[question.kind] += feedback.correct
        quiz.next()
    quiz.next()  # question 7 left unanswered
    summary = quiz.summary()
    assert (summary.asked, summary.answered, summary.right) == (8, 6, expected_right)
    assert summary.score == pytest.approx(expected_score)
    assert summary.percent == pytest.approx(100 * expected_score / 8)
    assert sum(k.asked for k in summary.per_kind.values()) == 8
    assert sum(k.answered for k in summary.per_kind.values()) == 6
    assert {kind: k.right for kind, k in summary.per_kind.items()} == {k: per_kind[k] for k in summary.per_kind}
    assert sum(k.score for k in summary.per_kind.values()) == pytest.approx(expected_score)
    text = summary.text()
    assert f"Score {expected_score:.1f} out of 8" in text and "2 not answered" in text
    assert quiz.next() is None and quiz.finished
    with pytest.raises(ValueError):
        quiz.answer((0.0, 0.0))


def test_a_perfect_quiz_scores_100_percent(male):
    quiz = make_quiz(male, 10, seed=9)
    while not quiz.finished:
        quiz.answer(_right_answer(male, quiz.current))
        quiz.next()
    summary = quiz.summary()
    assert summary.right == 10 and summary.score == pytest.approx(10) and summary.percent == pytest.approx(100)
    assert summary.text().startswith("Score 10.0 out of 10 (100%): 10 right.")


def test_a_quiz_moves_to_another_body_that_has_its_subjects(male, atlas_of, zone_set):
    import dataclasses

    from app.model.atlas.build import build_atlas

    quiz = make_quiz(male, 20, seed=4)
    female = atlas_of("female", None)
    assert quiz.use_atlas(female) and quiz.atlas is female
    question = quiz.current
    assert quiz.answer(_right_answer(female, question)).correct  # graded where the female back has it
    fewer = dataclasses.replace(zone_set, zones=tuple(z for z in zone_set.zones if z.id != "lumbar"))
    assert any("lumbar" in q.subject for q in quiz.questions)
    assert not quiz.use_atlas(build_atlas(male.body, fewer)) and quiz.atlas is female
