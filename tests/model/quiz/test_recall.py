"""The four kinds of question about what the zone data says: where not to press, how hard on a
line, absolute or local contraindication, and which technique the hands are doing. Each is
graded against the data and explains itself with the data's own words, so editing the data
changes the answer."""

from __future__ import annotations

import dataclasses
import random

import msgspec
import pytest

from app.model.atlas.build import build_atlas
from app.model.quiz.base import Question
from app.model.quiz.questions import KIND_NAMES, grade, make_quiz
from app.model.quiz.recall import (
    CONTRAINDICATION_KINDS,
    PRESSURE_CHOICES,
    RECALL_KINDS,
    grade_contraindication,
    grade_mask,
    grade_pressure,
    grade_technique,
    make_question,
    subjects,
)
from app.model.session.card import technique_card
from app.model.vocabulary import TECHNIQUES, pressure_word


@pytest.fixture(scope="module")
def male(atlas_of):
    return atlas_of("male", None)


def _question(kind: str, subject: str, choices=()) -> Question:
    return Question(kind, subject, "?", tuple(choices))


def _inside(atlas, mask_id: str, avoid=()) -> tuple[float, float]:
    """A point in ``mask_id`` and in none of the masks ``avoid``."""
    area = atlas.mask(mask_id).geometry
    for other in avoid:
        area = area.difference(atlas.mask(other).geometry)
    p = area.representative_point()
    return (p.x, p.y)


# -- what is asked --------------------------------------------------------------------------
def test_every_subject_comes_from_the_data(male, zone_set):
    assert subjects(male, "mask") == list(dict.fromkeys(m.rule for m in zone_set.masks))
    assert set(subjects(male, "contraindication")) == {
        c.id for c in (*zone_set.screening.absolute, *zone_set.screening.local)}
    assert subjects(male, "technique_motion") == list(TECHNIQUES)  # every technique is done somewhere
    lines = subjects(male, "pressure")
    assert "lumbar.4" in lines and len(lines) == len({(x.zone, x.number) for x in male.lines})


def test_every_recall_kind_is_drawn_and_named(male):
    kinds = {q.kind for q in make_quiz(male, 10, seed=1).questions}
    assert set(RECALL_KINDS) <= kinds
    assert all(KIND_NAMES[k] for k in RECALL_KINDS)


def test_the_choices_are_the_vocabulary(male):
    rng = random.Random(0)
    assert make_question(male, "pressure", "lumbar.4", rng).choices == PRESSURE_CHOICES == (
        "light", "moderate", "firm", "deep")
    assert make_question(male, "contraindication", "pregnancy", rng).choices == CONTRAINDICATION_KINDS
    question = make_question(male, "technique_motion", "percussion", rng)
    assert question.choices == TECHNIQUES
    zone_id, technique = question.subject.rsplit(".", 1)
    assert technique == "percussion" and "percussion" in {s.technique for s in male.zone(zone_id).spec.steps}
    assert "percussion" not in question.prompt.lower() and "tapping" not in question.prompt.lower()


def test_the_technique_is_shown_on_a_zone_that_does_it_never_the_whole_back_when_another_does(male):
    for technique in TECHNIQUES:
        for seed in range(8):
            zone_id = make_question(male, "technique_motion", technique, random.Random(seed)).subject.split(".")[0]
            assert technique in {s.technique for s in male.zone(zone_id).spec.steps}
            others = [z for z in male.zones if not z.spec.preliminary
                      and technique in {s.technique for s in z.spec.steps}]
            assert zone_id != "whole_back" or not others


# -- where not to press ---------------------------------------------------------------------
def test_a_click_on_the_kidney_is_right_for_no_percussion_and_says_why(male):
    question = make_question(male, "mask", "no_percussion", random.Random(0))
    assert "no percussion" in question.prompt and "any one of them" in question.prompt  # kidneys and heart
    feedback = grade_mask(male, question, _inside(male, "kidney", avoid=("spine",)))
    assert feedback.correct and feedback.score == 1.0
    assert male.mask("kidney").why in feedback.message and male.mask("heart").why in feedback.message
    assert feedback.geometry.covers(male.mask("heart").geometry.representative_point())


def test_the_heart_counts_as_much_as_the_kidneys(male):
    feedback = grade_mask(male, _question("mask", "no_percussion"), _inside(male, "heart", avoid=("spine",
                                                                                                    "scapula_edges")))
    assert feedback.correct and "“heart”" in feedback.message.split("\n")[0]


def test_a_click_on_the_spine_for_no_percussion_names_the_spine_s_own_rule(male):
    feedback = grade_mask(male, _question("mask", "no_percussion"), (0.0, male.body.level_y["T2"]))
    assert not feedback.correct and feedback.score == 0.0
    head = feedback.message.split("\n")[0]
    assert "“spine”" in head and "no pressure" in head and "“kidney” and “heart”" in head
    assert male.mask("kidney").why in feedback.message


def test_a_click_where_no_mask_lies_says_the_hands_may_work_there(male):
    line = male.line("lumbar.4.right")
    p = line.path.interpolate(0.4, normalized=True)
    assert not any(m.geometry.covers(p) for m in male.masks)
    feedback = grade_mask(male, _question("mask", "no_vibration"), (p.x, p.y))
    assert not feedback.correct and "no mask lies there" in feedback.message
    assert male.mask("above_c6").why in feedback.message


def test_a_client_s_no_go_area_is_never_asked(male, zone_set):
    from shapely.geometry import Point

    from app.model.atlas.masks import client_no_go

    wound = client_no_go("client_area_1", Point(8.0, -30.0).buffer(3.0), "open wound")
    atlas = build_atlas(male.body, zone_set, (wound,))
    assert "no_go" not in subjects(atlas, "mask")
    feedback = grade_mask(atlas, _question("mask", "no_deep_pressure"), (8.0, -30.0))
    assert not feedback.correct


# -- how hard on a line ---------------------------------------------------------------------
def test_lumbar_line_4_is_firm_and_the_zone_s_guidance_says_why(male):
    line = male.line("lumbar.4.right")
    assert pressure_word(line.pressure) == "firm"
    right = grade_pressure(male, _question("pressure", "lumbar.4"), "firm")
    assert right.correct and right.message.startswith("Right: line 4 is worked firm")
    wrong = grade_pressure(male, _question("pressure", "lumbar.4"), "light")
    assert not wrong.correct and wrong.message.startswith("Not light: line 4 is worked firm")
    assert right.answer == wrong.answer == "firm"
    guidance = next(g.text for g in male.zone("lumbar").spec.guidance if g.topic == "pressure")
    assert guidance in wrong.message and line.why in wrong.message
    assert f"{line.pressure:g}" in wrong.message and wrong.geometry.equals(line.path)


def test_where_a_mask_eases_a_line_the_feedback_says_so(male):
    eased = next(x for x in male.lines if x.side == "right" and any(
        s.limited and s.masks and pressure_word(s.pressure) != pressure_word(x.pressure) for s in x.stretches))
    feedback = grade_pressure(male, _question("pressure", f"{eased.zone}.{eased.number}"), "deep")
    assert "it drops to" in feedback.message


def test_the_pressure_follows_the_zone_file(male, zone_set):
    """Edit a line's pressure in the data and the right answer changes with it."""
    lumbar = zone_set.zone("lumbar")
    lines = [msgspec.structs.replace(x, pressure=0.2) if x.number == 4 else x for x in lumbar.lines]
    edited = dataclasses.replace(zone_set, zones=tuple(
        msgspec.structs.replace(z, lines=lines) if z.id == "lumbar" else z for z in zone_set.zones))
    atlas = build_atlas(male.body, edited)
    assert grade_pressure(atlas, _question("pressure", "lumbar.4"), "light").correct
    assert not grade_pressure(atlas, _question("pressure", "lumbar.4"), "firm").correct


# -- absolute or local ----------------------------------------------------------------------
def test_every_screening_item_is_graded_by_its_group(male, zone_set):
    for kind, items in (("absolute", zone_set.screening.absolute), ("local", zone_set.screening.local)):
        other = "local" if kind == "absolute" else "absolute"
        for condition in items:
            question = _question("contraindication", condition.id)
            assert grade_contraindication(male, question, kind).correct
            wrong = grade_contraindication(male, question, other)
            assert not wrong.correct and wrong.message.startswith(f"Not {other}: {condition.label}")
            assert wrong.answer == kind


def test_pregnancy_stops_the_massage_and_quotes_its_source(male, zone_set):
    feedback = grade_contraindication(male, _question("contraindication", "pregnancy"), "local")
    assert not feedback.correct
    assert zone_set.screening.doctor.text in feedback.message
    assert "seed 000: “Pregnancy (especially during the first trimester)”" in feedback.message


def test_a_wound_is_local_and_the_area_is_drawn_round(male):
    feedback = grade_contraindication(male, _question("contraindication", "wound"), "local")
    assert feedback.correct and "no-go area" in feedback.message and "strokes go round it" in feedback.message
    assert "seed 004" in feedback.message


def test_moving_an_item_in_screening_toml_moves_the_answer(male, zone_set):
    screening = zone_set.screening
    wound = next(c for c in screening.local if c.id == "wound")
    moved = msgspec.structs.replace(screening, absolute=[*screening.absolute, wound],
                                    local=[c for c in screening.local if c.id != "wound"])
    atlas = build_atlas(male.body, dataclasses.replace(zone_set, screening=moved))
    assert grade_contraindication(atlas, _question("contraindication", "wound"), "absolute").correct


# -- which technique ------------------------------------------------------------------------
def test_the_technique_s_how_to_comes_from_techniques_toml(male, zone_set):
    question = _question("technique_motion", "lumbar.kneading", TECHNIQUES)
    right = grade_technique(male, question, "kneading")
    kneading, rubbing = zone_set.technique("kneading"), zone_set.technique("rubbing")
    assert right.correct and technique_card(zone_set, "kneading", "lumbar").how_to() in right.message
    for how_to in (kneading.posture, kneading.path, kneading.direction, "30 cycles a minute", "one hand on the other"):
        assert how_to in right.message  # how the hand does it, not what the sources say of it
    wrong = grade_technique(male, question, "rubbing")
    assert not wrong.correct and wrong.score == 0.0
    assert wrong.message.startswith("Not rubbing (friction): that was kneading (petrissage).")
    assert kneading.path in wrong.message and rubbing.posture in wrong.message and rubbing.path in wrong.message
    assert wrong.answer == "kneading"


def test_grade_dispatches_the_new_kinds(male):
    assert grade(male, _question("pressure", "collar.1"), pressure_word(male.line("collar.1.right").pressure)).correct
    assert not grade(male, _question("contraindication", "oncological"), "local").correct


# -- the summary ----------------------------------------------------------------------------
def test_missed_recall_questions_are_listed_with_the_right_answer(male):
    seed = next(s for s in range(100) if set(RECALL_KINDS) <= {q.kind for q in make_quiz(male, 8, s).questions})
    quiz = make_quiz(male, 8, seed)
    wrong = {"mask": (100.0, 100.0), "pressure": "deep", "contraindication": "local",
             "technique_motion": "shaking"}
    for question in quiz.questions:
        if question.kind in RECALL_KINDS:
            answer = wrong[question.kind]
            if question.kind == "pressure" and pressure_word(male.line(f"{question.subject}.right").pressure) == "deep":
                answer = "light"
            if question.kind == "contraindication" and question.subject in {
                    c.id for c in male.zone_set.screening.local}:
                answer = "absolute"
            if question.kind == "technique_motion" and question.subject.endswith(".shaking"):
                answer = "stroking"
            assert not quiz.answer(answer).correct
        quiz.next()
    summary = quiz.summary()
    missed = dict(summary.missed)
    for question in quiz.questions:
        if question.kind in RECALL_KINDS:
            assert missed[question.prompt].startswith("Not"), missed[question.prompt]
    text = summary.text()
    for kind in RECALL_KINDS:
        assert f"{KIND_NAMES[kind]}: 0 of" in text
