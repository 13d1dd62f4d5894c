"""Plans: round trips, clear refusals, atomic saves, the published schema, screening rules."""

import json
import os
from pathlib import Path

import msgspec
import pytest

from app.model.body.anatomy import build_body
from app.model.errors import DorsumError
from app.model.plans.format import (
    NO_GO_KINDS,
    PLAN_VERSION,
    Annotation,
    NoGoArea,
    Plan,
    decode_plan,
    encode_plan,
    load_plan,
    plan_schema,
    save_plan,
)
from app.model.plans.operations import (
    check_plan,
    default_plan,
    plan_masks,
    plan_screening,
    plan_timeline,
    set_conditions,
    total_warning,
)
from app.model.plans.screening import screen
from app.model.vocabulary import UnknownId
from app.resources import plan_schema_path

SCHEMA = plan_schema_path()


@pytest.fixture
def plan(zone_set):
    wound = NoGoArea(id="client_area_1", kind="wound", level="T9", out=6.0, up=0.0, radius=2.0)
    return default_plan(zone_set, no_go=[wound])


def test_a_saved_plan_opens_as_the_same_plan(plan, tmp_path):
    path = save_plan(plan, tmp_path / "p.dorsum.json")
    assert load_plan(path) == plan
    assert decode_plan(encode_plan(plan)) == plan


def test_the_default_plan_is_the_seeds_session(zone_set, plan):
    timeline = plan_timeline(plan, zone_set)
    assert plan.total_minutes == pytest.approx(timeline.total_s / 60)
    assert [s.zone for s in plan.steps][:1] == ["whole_back"] and plan.direction == "bottom-up"
    assert 30 <= plan.total_minutes <= 60 and total_warning(plan, zone_set) == ""


def test_total_outside_30_to_60_minutes_is_flagged(zone_set, plan):
    short = msgspec.structs.replace(plan, steps=plan.steps[:3])
    assert "30–60" in total_warning(short, zone_set)
    long = msgspec.structs.replace(plan, steps=[msgspec.structs.replace(s, minutes=5.0) for s in plan.steps])
    assert "more than" in total_warning(long, zone_set)


def _write(tmp_path, text) -> Path:
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, line, fragment", [
    ('{"format": "dorsum-plan",\n "steps": [\n}', 3, "not valid JSON"),
    ('{"title": "x"}', 1, "not a Dorsum plan"),
    (f'{{"format": "dorsum-plan",\n "version": {PLAN_VERSION + 1}}}', 2, "newer Dorsum"),
    ('{"format": "dorsum-plan",\n "variant": "relaxing"}', 2, "variant"),
    ('{"format": "dorsum-plan",\n "steps": [{"zone": "lumbar", "technique": "kneading",\n '
     '"minutes": "ten", "pressure": 0.5}]}',
     3, "steps[0].minutes"),
    ('{"format": "dorsum-plan",\n "colour": "blue"}', 2, "colour: unknown key"),
    ("", 1, "the file is empty"),
])
def test_broken_plans_are_refused_with_file_and_line(tmp_path, text, line, fragment):
    path = _write(tmp_path, text)
    with pytest.raises(DorsumError) as caught:
        load_plan(path)
    assert caught.value.path == str(path) and fragment in caught.value.message
    if line is not None:
        assert caught.value.line == line


def test_a_bad_value_deep_in_a_plan_is_reported_at_its_own_line(plan, tmp_path):
    raw = json.loads(encode_plan(plan))
    raw["steps"][5]["minutes"] = -3
    path = _write(tmp_path, json.dumps(raw, indent=2))
    with pytest.raises(DorsumError) as caught:
        load_plan(path)
    lines = path.read_text().splitlines()
    assert caught.value.message == "steps[5].minutes: -3 is out of range: it must be more than 0 and at most 120"
    assert lines[caught.value.line - 1].strip() == '"minutes": -3,'
    step_starts = [i for i, line in enumerate(lines, 1) if '"zone":' in line]
    assert step_starts[5] < caught.value.line < step_starts[6]


def test_a_plan_about_other_zones_is_refused(zone_set, plan, tmp_path):
    bad = msgspec.structs.replace(plan, steps=[*plan.steps[:2], msgspec.structs.replace(plan.steps[2], zone="feet")])
    path = save_plan(bad, tmp_path / "p.json")
    with pytest.raises(DorsumError) as caught:
        check_plan(load_plan(path), zone_set, path, path.read_bytes())
    lines = path.read_text().splitlines()
    assert "unknown zone 'feet'" in caught.value.message
    assert '"feet"' in lines[caught.value.line - 1]
    wrong_line = msgspec.structs.replace(plan, steps=[msgspec.structs.replace(plan.steps[0], lines=[9])])
    with pytest.raises(DorsumError, match="has no line 9"):
        check_plan(wrong_line, zone_set)
    knead = msgspec.structs.replace(plan.steps[0], zone="scapular", technique="kneading", lines=[1])
    wrong_technique = msgspec.structs.replace(plan, steps=[knead])  # scapular line 1 only strokes and rubs
    with pytest.raises(DorsumError, match="line 1 of scapular does not take kneading"):
        check_plan(wrong_technique, zone_set)
    with pytest.raises(DorsumError, match="unknown condition 'gout'"):
        check_plan(msgspec.structs.replace(plan, conditions=["gout"]), zone_set)


def test_an_interrupted_save_leaves_the_old_file(plan, tmp_path, monkeypatch):
    path = save_plan(plan, tmp_path / "p.json")
    before = path.read_bytes()

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(DorsumError, match="No space left"):
        save_plan(msgspec.structs.replace(plan, title="changed"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


def _tidy(node):
    """The schema with every description's white space collapsed: what the file says, not how
    the generator happened to lay a docstring out."""
    if isinstance(node, dict):
        return {k: " ".join(v.split()) if k == "description" else _tidy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def test_the_published_schema_is_the_format():
    """``tools/write_plan_schema.py`` writes the file; this fails until it is run again."""
    assert _tidy(json.loads(SCHEMA.read_text(encoding="utf-8"))) == _tidy(plan_schema())
    assert plan_schema()["$defs"]["Plan"]["properties"]["version"]["type"] == "integer"


def test_the_published_schema_accepts_dorsums_plans_and_refuses_broken_ones(plan):
    """An independent validator reads the file as any other program would."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    annotated = msgspec.structs.replace(plan, annotations=[Annotation(points=[(1.0, 2.0), (3.0, 4.0)])])
    for good in (plan, annotated, Plan()):
        assert list(validator.iter_errors(json.loads(encode_plan(good)))) == []
    raw = json.loads(encode_plan(plan))
    raw["steps"][0]["minutes"] = "ten"
    raw["no_go"][0]["radius"] = 99
    raw["colour"] = "blue"
    bad = {tuple(e.absolute_path) for e in validator.iter_errors(raw)}
    assert {("steps", 0, "minutes"), ("no_go", 0, "radius"), ()} <= bad


@pytest.mark.parametrize("condition", ["pregnancy", "acute_inflammation_fever", "oncological", "blood_clots_varicose",
                                       "clotting_anticoagulants", "spinal_fracture_injury", "bone_damage",
                                       "chronic_osteomyelitis", "severe_cardiovascular", "acute_infection"])
def test_absolute_contraindications_stop_the_plan(zone_set, condition):
    result = screen(zone_set.screening, [condition])
    assert not result.can_massage and result.stop[0].id == condition
    assert "doctor" in result.advice


def test_local_conditions_become_areas_and_blood_pressure_turns_the_session(zone_set, plan):
    result = screen(zone_set.screening, ["wound", "dermatitis"])
    assert result.can_massage and {c.id for c in result.local} == {"wound", "dermatitis"} and not result.top_down
    hbp = set_conditions(plan, zone_set, ["high_blood_pressure"])
    assert plan_screening(hbp, zone_set).top_down and hbp.direction == "top-down"
    zones = list(dict.fromkeys(s.zone for s in hbp.steps))
    assert zones == ["whole_back", "collar", "scapular", "lower_thoracic", "lumbar"]
    assert sorted(hbp.steps, key=id) != [] and sum(s.minutes for s in hbp.steps) == plan.total_minutes
    assert set_conditions(hbp, zone_set, []).direction == "bottom-up"
    with pytest.raises(UnknownId, match="unknown condition 'gout'"):
        screen(zone_set.screening, ["gout"])


def test_no_go_areas_become_masks_the_lines_avoid(zone_set, plan):
    from app.model.atlas.build import build_atlas
    from app.model.body.anatomy import build_body

    (mask,) = plan_masks(plan, build_body("male"))
    assert mask.rule == "no_go" and mask.client and "wound" in mask.why
    atlas = build_atlas(build_body("male"), zone_set, plan_masks(plan, build_body("male")))
    assert any(line.rerouted == ("client_area_1",) for line in atlas.lines)


def test_each_step_keeps_its_own_note(zone_set, plan):
    timeline = plan_timeline(plan, zone_set)
    whole = timeline.zone_steps("whole_back")
    assert whole[0].note.startswith("Longitudinal strokes first")
    assert whole[1].note == "Then strokes across the back."
    collar = timeline.zone_steps("collar")
    assert collar[0].note == "" and collar[-1].note == "Light closing strokes."


def test_a_plans_pressure_drives_the_hands(zone_set, atlas, plan):
    import numpy as np
    import shapely

    from app.model.session.motion import Motion

    capped = shapely.unary_union([m.geometry for m in atlas.masks
                                  if m.pressure_cap is not None or m.rule == "no_pressure"])

    def mean_pressure(p):
        """Away from the masks that cap pressure (there, halving a capped value is not half)."""
        timeline = plan_timeline(p, zone_set)
        step = next(s for s in timeline.steps if s.zone == "lumbar" and s.technique == "kneading")
        hands = Motion.of(atlas, timeline).hands(np.linspace(step.start_s, step.end_s, 400, endpoint=False), step)
        free = [~shapely.contains_xy(capped, h.xy[:, 0], h.xy[:, 1]) for h in hands]
        return np.concatenate([h.pressure[f] for h, f in zip(hands, free)]).mean()

    i = next(i for i, s in enumerate(plan.steps) if s.zone == "lumbar" and s.technique == "kneading")
    softer = msgspec.structs.replace(plan, steps=[msgspec.structs.replace(s, pressure=s.pressure / 2) if j == i else s
                                                  for j, s in enumerate(plan.steps)])
    assert mean_pressure(softer) == pytest.approx(mean_pressure(plan) / 2, rel=0.05)


def test_mask_names(zone_set, plan, atlas):
    assert atlas.mask("above_c6").title == "above C6"
    (mask,) = plan_masks(plan, build_body("male"))
    assert mask.title == "wound" and "never touched" in mask.why


V1_PLAN = """{
  "format": "dorsum-plan",
  "version": 1,
  "client": {"sex": "female", "stature": 170.0},
  "no_go": [
    {"id": "client_area_1", "reason": "wound", "x": 6.0, "y": -30.0, "radius": 2.0},
    {"id": "client_area_2", "reason": "dermatitis", "x": -5.0, "y": -20.0, "radius": 1.5, "note": "itchy"},
    {"id": "old", "reason": "no-go area", "x": 0.0, "y": -40.0, "radius": 1.0}
  ]
}
"""


def test_a_format_1_plan_opens_and_is_saved_in_the_current_format(tmp_path):
    from app.model.plans.anchoring import area_centre

    path = _write(tmp_path, V1_PLAN)
    plan = load_plan(path)
    assert plan.version == PLAN_VERSION == 3
    wound, skin, other = plan.no_go
    assert (wound.kind, skin.kind, skin.note, other.kind) == ("wound", "skin_condition", "itchy", "other")
    body = build_body("female", 170.0)  # the body the areas were drawn on: they keep their place on it
    for area, (x, y) in zip(plan.no_go, [(6.0, -30.0), (-5.0, -20.0), (0.0, -40.0)]):
        cx, cy = area_centre(body, area.level, area.out, area.up)
        assert abs(cx - x) < 0.02 and abs(cy - y) < 0.02, area
    saved = save_plan(plan, tmp_path / "new.json")
    assert json.loads(saved.read_text())["version"] == PLAN_VERSION and load_plan(saved) == plan


def test_a_format_1_plan_with_a_bad_area_is_refused_at_its_line(tmp_path):
    path = _write(tmp_path, V1_PLAN.replace('"radius": 1.5', '"radius": 99'))
    with pytest.raises(DorsumError) as caught:
        load_plan(path)
    assert caught.value.message.startswith("no_go[1].radius:") and caught.value.line == 7


def test_no_go_areas_stay_on_the_anatomy_when_the_body_changes(plan):
    """Regression: a scar at L3 landed on the sacrum when the body changed."""
    from app.model.plans.anchoring import anchor_area

    male = build_body("male")
    level, out, up, radius = anchor_area(male, 5.0, male.level_y["L3"], 1.5)
    scar = NoGoArea(id="scar_1", kind="scar", level=level, out=out, up=up, radius=radius)
    with_scar = msgspec.structs.replace(plan, no_go=[scar])
    for body in (build_body("female"), build_body("male", 150.0), build_body("female", 190.0)):
        (mask,) = plan_masks(with_scar, body)
        centre = mask.geometry.centroid
        nearest = min(body.level_y, key=lambda name: abs(body.level_y[name] - centre.y))
        assert nearest == "L3" and abs(centre.x - 5.0 * body.scale) < 0.05
        assert mask.title == "scar"


def test_a_no_go_area_has_a_kind_never_assumed():
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"id": "a", "level": "L3", "out": 1.0, "up": 0.0, "radius": 1.0}, NoGoArea)
    assert set(NO_GO_KINDS) == {"scar", "wound", "burn", "bruise", "mole", "varicose_vein", "skin_condition", "other"}


def test_a_format_2_plan_opens_as_it_is_and_keeps_its_steps(tmp_path, zone_set):
    """Format 3 only adds the finale and the first session: a format-2 plan has neither, and
    its steps play in their own order."""
    from app.model.plans.operations import plan_timeline

    path = _write(tmp_path, '{"format": "dorsum-plan", "version": 2, "steps": ['
                  '{"zone": "lumbar", "technique": "stroking", "minutes": 1, "pressure": 0.2}, '
                  '{"zone": "whole_back", "technique": "stroking", "minutes": 1, "pressure": 0.2}]}')
    plan = load_plan(path)
    assert [s.finale for s in plan.steps] == [False, False]
    assert [s.zone for s in plan_timeline(plan, zone_set).steps] == ["lumbar", "whole_back"]


def test_the_plans_sentences_come_in_the_words_the_view_passes(zone_set, plan):
    """The client's areas and the time warning are worded through ``tr`` (the window passes
    Qt's translation); the therapist's note stays as written."""
    words = {"scar": "рубець", "The client's {area}: never touched.": "У клієнта тут {area}: не торкатися.",
             "The plan takes {total} min, more than the seeds' {low}–{high} min.":
                 "План: {total} хв, понад {low}–{high}."}
    tr = lambda text: words.get(text, text)  # noqa: E731
    plan = msgspec.structs.replace(plan, no_go=[NoGoArea(id="s1", kind="scar", level="T9", out=6.0, up=0.0,
                                                           radius=2.0, note="healed, 2 years")])
    (mask,) = plan_masks(plan, build_body("male"), tr)
    assert mask.name == "рубець" and mask.why == "У клієнта тут рубець: не торкатися. healed, 2 years"
    assert plan_masks(plan, build_body("male"))[0].why.startswith("The client's scar: never touched.")
    long = msgspec.structs.replace(plan, steps=[msgspec.structs.replace(s, minutes=5.0) for s in plan.steps])
    assert total_warning(long, zone_set, tr).startswith("План: ") and "30–60" in total_warning(long, zone_set, tr)
