"""Property-based tests: bad zone files are clear errors, never tracebacks; every body from the
1st to the 99th percentile of the reference proportions gives valid geometry."""

from __future__ import annotations

import dataclasses

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.atlas.build import OUTLINE_TOLERANCE, build_atlas
from app.model.body.anatomy import PROPORTIONS, build_body
from app.model.errors import DorsumError
from app.model.zonefiles.loader import default_zones_dir, load_document, load_zone_set

SHIPPED = default_zones_dir()
Z99 = 2.326  # the 1st and 99th percentiles lie 2.326 standard deviations from the mean

#: Standard deviations (male, female): anatomy.md's ANSUR II rows, and [GK] ANSUR II figures
#: for stature, neck and chest, which the sheet does not give.
SD = {
    "stature": (6.85, 6.36),
    "c7_to_crest": (2.5, 2.2),
    "shoulder_width": (2.4, 2.2),
    "biacromial": (1.9, 1.8),
    "waist": (3.5, 3.3),
    "hip": (2.4, 2.7),
    "neck": (0.8, 0.7),
    "chest": (2.0, 2.0),
}


@st.composite
def bodies(draw):
    """A body whose every proportion lies between its 1st and 99th percentile."""
    sex = draw(st.sampled_from(["male", "female"]))
    mean = PROPORTIONS[sex]
    i = 0 if sex == "male" else 1
    changes = {}
    for field, sds in SD.items():
        z = draw(st.floats(-Z99, Z99, allow_nan=False))
        changes[field] = getattr(mean, field) + z * sds[i]
    return sex, dataclasses.replace(mean, **changes)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_every_body_in_range_gives_valid_geometry(body_args):
    sex, proportions = body_args
    body = build_body(sex, proportions.stature, proportions)
    atlas = build_atlas(body, load_zone_set(SHIPPED))  # raises DorsumError if any line leaves the back
    shapes = [body.outline, body.sacrum, *body.scapulae.values(), *body.kidneys.values()]
    shapes += [z.area for z in atlas.zones] + [m.geometry for m in atlas.masks]
    assert all(g.is_valid and not g.is_empty for g in shapes)
    for part in (body.sacrum, *body.scapulae.values(), *body.kidneys.values()):
        assert part.difference(body.outline).area < 0.5
    ys = [body.level_y[n] for n in ("C1", "C7", "T12", "L5", "coccyx")]
    assert ys == sorted(ys, reverse=True)
    spine = atlas.mask("spine").geometry
    reach = body.outline.buffer(OUTLINE_TOLERANCE * body.scale)
    for zone in atlas.zones:
        grown = zone.area.buffer(3.0 * body.scale)
        for line in zone.lines:
            assert line.path.difference(reach).length < 0.05
            assert line.path.intersection(grown).length >= 0.99 * line.path.length, line.id
            for stretch in line.stretches:
                if stretch.pressure > 0:
                    assert stretch.geometry.intersection(spine).length < 1e-6, line.id
    for muscle in atlas.muscles.muscles:  # every muscle one sheet, on the figure, fibres within it
        assert muscle.sheet.geom_type == "Polygon" and muscle.sheet.is_valid, muscle.id
        # A straight fibre may leave a narrow waist's curve, and these bodies draw every proportion
        # on its own (narrow shoulders on broad bones): the sheet follows the skin and keeps most
        # of what the fibres sweep (the mean and scaled bodies keep 99 %: test_muscles)
        assert muscle.sheet.area > 0.75 * muscle.swept.area, muscle.id
        assert muscle.sheet.difference(body.figure).area < 1e-6, muscle.id
        assert all(muscle.sheet.buffer(0.05).contains(f) for f in muscle.fibres), muscle.id
    for line in atlas.lines:  # a line along a muscle stays on it
        if line.muscle:
            sheet = atlas.muscles.get(line.muscle, line.side).sheet
            assert line.path.intersection(sheet).length > 0.8 * line.path.length, line.id


_SOURCE = (SHIPPED / "lumbar.toml").read_text(encoding="utf-8")


def mangled(text: str, alphabet: str):
    """``text`` with one random cut, insertion or replacement of up to 40 characters."""

    @st.composite
    def strategy(draw):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a, min(len(text), a + 40)))
        kind = draw(st.sampled_from(["cut", "insert", "replace"]))
        if kind == "cut":
            return text[:a] + text[b:]
        junk = draw(st.text(alphabet=alphabet, min_size=1, max_size=12))
        return text[:a] + junk + (text[a:] if kind == "insert" else text[b:])

    return strategy()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mangled(_SOURCE, '[]{}="\',.#\n -0123456789abcLTzé\t'))
def test_a_mangled_zone_file_is_loaded_or_refused_clearly(tmp_path, text):
    path = tmp_path / "lumbar.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_document(path)
    except DorsumError as exc:
        message = str(exc)
        assert message.startswith(str(path))
        assert "\n" not in message and "Traceback" not in message
        if exc.line is not None:
            assert 1 <= exc.line <= text.count("\n") + 1


_VALUES = st.one_of(
    st.sampled_from(['"T7"', '"T7.5"', '"T13"', '"C0"', '"S6"', '"coccyx.5"', '""', '"psis"', '"axillary"',
                     '"nowhere"']),
    st.sampled_from(["-1", "0", "0.5", "1", "1.5", "1e9", "nan", "inf", "true", "[]", "{}", '"high"']),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, 10_000), value=_VALUES)
def test_any_value_in_any_place_is_loaded_or_refused_clearly(tmp_path, index, value):
    """Swap the value of one ``key = value`` line for another: a clear error or a good zone."""
    lines = _SOURCE.splitlines()
    candidates = [i for i, line in enumerate(lines) if " = " in line and not line.lstrip().startswith("#")
                  and not line.rstrip().endswith(("[", "{"))]
    i = candidates[index % len(candidates)]
    key = lines[i].split(" = ", 1)[0]
    lines[i] = f"{key} = {value}"
    folder = tmp_path / "zones"
    folder.mkdir(exist_ok=True)
    for f in SHIPPED.glob("*.toml"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "lumbar.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        build_atlas(build_body("female"), load_zone_set(folder))
    except DorsumError as exc:
        assert str(exc).startswith(str(folder / "lumbar.toml"))


def test_the_extremes_of_the_range_are_reachable():
    """The strategy really spans the range: the smallest and largest bodies build."""
    for sex in ("male", "female"):
        i = 0 if sex == "male" else 1
        for z in (-Z99, Z99):
            mean = PROPORTIONS[sex]
            p = dataclasses.replace(mean, **{f: getattr(mean, f) + z * sd[i] for f, sd in SD.items()})
            atlas = build_atlas(build_body(sex, p.stature, p), load_zone_set(SHIPPED))
            assert shapely.is_valid(atlas.body.outline)


def _plan_text() -> str:
    from app.model.plans.format import NoGoArea, encode_plan
    from app.model.plans.operations import default_plan

    plan = default_plan(load_zone_set(SHIPPED), conditions=["wound"],
                        no_go=[NoGoArea(id="client_area_1", kind="wound", level="T9", out=6.0, up=0.0, radius=2.0)])
    return encode_plan(plan).decode()


_PLAN = _plan_text()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mangled(_PLAN, '[]{}":,.-0123456789aeflnrstu \n'))
def test_a_mangled_plan_is_opened_or_refused_clearly(tmp_path, text):
    from app.model.plans.format import load_plan
    from app.model.plans.operations import check_plan

    path = tmp_path / "p.dorsum.json"
    path.write_text(text, encoding="utf-8")
    try:
        plan = load_plan(path)
        check_plan(plan, load_zone_set(SHIPPED), path, path.read_bytes())
    except DorsumError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "\n" not in message
        if exc.line is not None:
            assert 1 <= exc.line <= text.count("\n") + 1


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                              st.text(max_size=8)),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20))
def test_any_json_value_in_a_plan_field_is_refused_clearly(value):
    """Any JSON value in the place of the steps, the client or the conditions: a clear error
    (or, rarely, a valid plan), never a traceback."""
    import json

    from app.model.plans.format import decode_plan

    for key in ("steps", "client", "conditions", "no_go", "annotations", "course"):
        doc = json.loads(_PLAN)
        doc[key] = value
        try:
            decode_plan(json.dumps(doc).encode(), "p.json")
        except DorsumError as exc:
            assert str(exc).startswith("p.json")
