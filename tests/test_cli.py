"""The command line, run as users run it: exit codes, messages, files written."""

import argparse
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.zonefiles.loader import default_zones_dir

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env_extra=None):
    import os

    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def assert_clean_error(result, code, *fragments):
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def test_render_png_at_4k(tmp_path):
    out = tmp_path / "back.png"
    result = run("render", out, "--size", "3840x2160", "--zone", "lumbar", "--body", "female")
    assert result.returncode == 0, result.stderr
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (3840, 2160)


def test_render_label_scale(tmp_path):
    """--label-scale enlarges labels, numbers and lines for the output, as the window's does."""
    from app.cli import build_parser, output_style
    from app.render.style import Style

    args = build_parser().parse_args(["render", "x.png", "--label-scale", "1.8"])
    assert output_style(args, (3840, 2160)).ui_scale == pytest.approx(1.8 * Style.for_output(3840, 2160).ui_scale)
    out = tmp_path / "big.png"
    result = run("render", out, "--size", "1366x768", "--label-scale", "1.8")
    assert result.returncode == 0, result.stderr
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (1366, 768)


def test_geometry_follows_the_format(tmp_path):
    out = tmp_path / "back.geojson"
    assert run("geometry", out).returncode == 0
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    feats = data["features"]
    by_kind = {}
    for f in feats:
        by_kind.setdefault(f["properties"]["kind"], []).append(f)
        assert "id" in f["properties"]
    vertebrae = {f["properties"]["id"]: f["geometry"]["coordinates"] for f in by_kind["vertebra"]}
    assert list(vertebrae) == [  # C1 has no spinous process: no point is exported for it
        *(f"C{i}" for i in range(2, 8)), *(f"T{i}" for i in range(1, 13)), *(f"L{i}" for i in range(1, 6))]
    assert vertebrae["C7"] == [0.0, 0.0]
    assert vertebrae["L5"][1] < vertebrae["T1"][1] < 0 < vertebrae["C2"][1]  # y grows upward
    assert {f["properties"]["id"] for f in by_kind["landmark"]} >= {
        "scapula_superior_angle", "scapula_spine_root", "scapula_inferior_angle", "iliac_crest_top", "psis",
        "rib12_tip", "occiput", "acromion", "axilla", "gluteal_fold"}
    outlines = {f["properties"]["id"]: f for f in by_kind["outline"]}
    back, trunk = outlines["back"], outlines["trunk"]  # the whole figure, and the back the hands work on
    top = max(y for ring in back["geometry"]["coordinates"] for _, y in ring)
    assert top > max(y for ring in trunk["geometry"]["coordinates"] for _, y in ring) + 10  # the head
    assert [f["properties"]["id"] for f in by_kind["sacrum"]] == ["sacrum"]
    assert [f["properties"]["id"] for f in by_kind["outline"]] == ["back", "trunk"]
    assert {f["properties"]["id"] for f in by_kind["rib"]} == {"rib11", "rib12"}
    assert {f["properties"]["id"] for f in by_kind["node"]} == {"supraclavicular", "axillary", "inguinal"}
    assert {f["properties"]["id"] for f in by_kind["zone"]} >= {
        "whole_back", "collar", "scapular", "lower_thoracic", "lumbar"}
    masks = {f["properties"]["id"]: f["properties"]["rule"] for f in by_kind["mask"]}
    assert masks["spine"] == "no_pressure" and masks["kidney"] == "no_percussion"
    for kind in ("landmark", "scapula", "kidney", "rib", "node"):
        for f in by_kind[kind]:
            if f["properties"]["id"] not in ("coccyx_tip", "occiput"):
                assert f["properties"]["side"] in ("left", "right")
    # x grows toward the patient's right
    for f in by_kind["scapula"]:
        xs = [c[0] for c in f["geometry"]["coordinates"][0]]
        assert (min(xs) > 0) == (f["properties"]["side"] == "right")
    techniques = {"stroking", "squeezing", "rubbing", "kneading", "vibration", "percussion", "shaking"}
    for f in by_kind["line"]:
        p = f["properties"]
        assert f["geometry"]["type"] == "LineString"
        assert p["side"] in ("left", "right") and p["zone"] and p["number"] >= 1
        assert p["target"] in (None, "supraclavicular", "axillary", "inguinal")
        assert set(p["techniques"]) <= techniques and 0 <= p["pressure"] <= 1
    # the muscles (issue 9 §6): each with its side and layer, at least 3 fibres per muscle and side,
    # each fibre a LineString from origin toward insertion
    muscles = {(f["properties"]["id"], f["properties"]["side"]): f for f in by_kind["muscle"]}
    assert len(muscles) == 38 and {f["properties"]["layer"] for f in by_kind["muscle"]} == {"superficial", "second",
                                                                                            "deep"}
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in by_kind["muscle"])
    fibres: dict[tuple[str, str], int] = {}
    for f in by_kind["fibre"]:
        assert f["geometry"]["type"] == "LineString"
        key = (f["properties"]["muscle"], f["properties"]["side"])
        assert key in muscles
        fibres[key] = fibres.get(key, 0) + 1
    assert set(fibres) == set(muscles) and min(fibres.values()) >= 3
    erector = [f for f in by_kind["fibre"] if f["properties"]["muscle"] == "longissimus"]
    assert all(f["geometry"]["coordinates"][-1][1] > f["geometry"]["coordinates"][0][1] for f in erector)  # upward
    lumbar6 = next(f for f in by_kind["line"] if f["properties"]["id"] == "lumbar.6.right")
    assert lumbar6["properties"]["muscle"] == "longissimus"
    lumbar1 = next(f for f in by_kind["line"] if f["properties"]["id"] == "lumbar.1.right")
    start, end = lumbar1["geometry"]["coordinates"][0], lumbar1["geometry"]["coordinates"][-1]
    assert start[0] < end[0] and start[1] > end[1]  # starts by the spine, runs out and down


def test_check_ok_and_bad(tmp_path):
    ok = run("check", default_zones_dir())
    assert ok.returncode == 0 and "ok" in ok.stdout
    bad = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), bad)
    lines = (bad / "collar.toml").read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith('top = "C1"'))
    lines[n] = 'top = "C0"'
    (bad / "collar.toml").write_text("\n".join(lines) + "\n")
    result = run("check", bad, default_zones_dir() / "lumbar.toml")
    assert_clean_error(result, 1, f"{bad / 'collar.toml'}:{n + 1}: unknown vertebral level 'C0'")
    assert "lumbar.toml: ok" in result.stdout


def test_check_warns_of_each_missing_translation_with_its_line(tmp_path):
    folder = tmp_path / "zones"
    shutil.copytree(default_zones_dir(), folder)
    lines = (folder / "scapular.toml").read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("summary = "))
    lines[n] = 'summary = "Under the shoulder blades."'
    (folder / "scapular.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("check", folder)
    assert result.returncode == 0, result.stderr  # the text still reads, in English
    assert result.stderr.splitlines() == [
        f"warning: {folder / 'scapular.toml'}:{n + 1}: no uk or ru translation of this text"]
    result = run("check", folder, "--lang", "uk")
    assert result.returncode == 0 and result.stderr.splitlines() == [
        f"попередження: {folder / 'scapular.toml'}:{n + 1}: цей текст не має перекладу: українською чи російською"]
    assert run("check", default_zones_dir()).stderr == ""


def test_protocol_in_russian_names_the_zones_in_russian():
    result = run("protocol", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "Вся спина (предварительный массаж)" in result.stdout


@pytest.mark.parametrize("args, code, fragment", [
    (("render", "{tmp}/x.png", "--zone", "nope"), 1, "unknown zone 'nope'"),
    (("render", "{tmp}/missing/x.png"), 1, "missing/x.png: the folder to write into does not exist"),
    (("render", "{tmp}/x.gif"), 1, "use .png, .svg or .pdf"),
    (("render", "{tmp}/x.png", "--zones", "{tmp}/nowhere"), 1, "nowhere: no such folder"),
    (("geometry", "{tmp}/x.geojson", "--stature", "20"), 1, "outside 100–230 cm"),
    (("render", "{tmp}/x.png", "--avoid", "80,0,2"), 1, "lies off the back"),
    (("render",), 2, "required"),
    (("render", "{tmp}/x.png", "--size", "big"), 2, "not a size"),
    (("render", "{tmp}/x.png", "--label-scale", "9"), 2, "the label scale must be 0.5–4"),
    (("explode",), 2, "invalid choice"),
    (("check", "{tmp}/empty.toml"), 1, "empty.toml:1: the file is empty"),
])
def test_bad_input_exits_cleanly(tmp_path, args, code, fragment):
    (tmp_path / "empty.toml").write_text("\n")
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert_clean_error(result, code, fragment.format(tmp=tmp_path))


def test_unwritable_output(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("geometry", locked / "x.geojson")
    finally:
        locked.chmod(0o700)
    import os

    if os.geteuid() == 0:  # root writes anywhere: check a path that is a folder instead
        result = run("geometry", tmp_path)
    assert_clean_error(result, 1)
    assert str(tmp_path) in result.stderr


def test_window_without_display_explains(tmp_path):
    result = run(env_extra={"QT_QPA_PLATFORM": ""})
    assert_clean_error(result, 2, "no display")


def test_screenshot(tmp_path):
    out = tmp_path / "shot.png"
    result = run("--screenshot", out, "--size", "1280x800", "--zone", "collar")
    assert result.returncode == 0, result.stderr
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (1280, 800)


def test_protocol_text_and_json():
    text = run("protocol", "--direction", "top-down")
    assert text.returncode == 0 and "top-down" in text.stdout and "Collar zone" in text.stdout
    result = run("protocol", "--json", "--variant", "therapeutic")
    steps = json.loads(result.stdout)
    assert steps[0]["zone"] == "whole_back" and steps[0]["start_s"] == 0
    assert {"zone", "technique", "start_s", "duration_s", "lines", "pressure", "contact", "hands",
            "finale"} == set(steps[0])
    assert [s["finale"] for s in steps[-3:]] == [False, True, True]
    by = {(s["zone"], s["technique"]): s for s in steps}
    assert by[("lumbar", "stroking")]["contact"] == "back_of_hand"  # seed 003: the lower back, the outer side
    assert by[("lumbar", "kneading")]["hands"] == "reinforced"  # seed 001: one hand on the other
    assert any(s["hands"] == "one_lifts" for s in steps if s["zone"] == "scapular")
    lumbar = sum(s["duration_s"] for s in steps if s["zone"] == "lumbar")
    assert "Whole back (finale), from the neck down" in text.stdout
    assert lumbar == pytest.approx(20 * 60, abs=0.01)  # seed 001: 20 minutes in a therapeutic session


def test_a_first_session_wherever_a_variant_is_taken(tmp_path):
    """``--variant first``: at most 15 minutes (seed 001), in every command with a --variant."""
    steps = json.loads(run("protocol", "--json", "--variant", "first", "--direction", "top-down").stdout)
    assert steps[-1]["start_s"] + steps[-1]["duration_s"] <= 15 * 60 + 1e-6
    assert [s["technique"] for s in steps[-2:]] == ["vibration", "stroking"]  # the finale
    for command in COMMANDS.values():
        if command.session:
            assert "first" in build_parser().parse_args([command.name, *(["x.png"] if command.name in (
                "render", "animate") else []), "--variant", "first"]).variant
    motion = run("motion", "--variant", "first", "--zone", "lumbar", "--technique", "kneading", "--duration", "1",
                 "--json")
    assert motion.returncode == 0, motion.stderr
    assert json.loads(motion.stdout)["variant"] == "first"
    out = tmp_path / "first.png"
    assert run("render", out, "--variant", "first", "--at", "60", "--size", "480x270").returncode == 0
    assert out.stat().st_size > 0


def test_render_a_moment_and_animate(tmp_path):
    out = tmp_path / "moment.png"
    result = run("render", out, "--zone", "lumbar", "--technique", "kneading", "--at", "30", "--size", "640x360")
    assert result.returncode == 0, result.stderr
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (640, 360)
    video = tmp_path / "k.webp"
    result = run("animate", video, "--zone", "collar", "--technique", "vibration", "--fps", "5",
                 "--duration", "1", "--size", "320x200", "--tempo", "vibration=300")
    assert result.returncode == 0, result.stderr
    assert "100%" in result.stderr  # the progress bar reached the end
    from PIL import Image

    with Image.open(video) as image:
        assert image.n_frames == 5


@pytest.mark.parametrize("args, fragment", [
    (("render", "{tmp}/x.png", "--zone", "scapular", "--technique", "percussion", "--at", "1"),
     "has no percussion step"),
    (("render", "{tmp}/x.png", "--at", "99999"), "--at 99999"),
    (("render", "{tmp}/x.svg", "--at", "5"), "use OUT.png"),
    (("animate", "{tmp}/x.avi"), "use .gif, .webp or .mp4"),
    (("animate", "{tmp}/x.gif", "--fps", "0"), "--fps 0"),
])
def test_bad_animation_input(tmp_path, args, fragment):
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert_clean_error(result, 1, fragment)


def _skin_share(path) -> float:
    """The largest share of a frame's pixels that are the hands' skin, over an animation's frames."""
    import numpy as np
    from PIL import Image, ImageSequence

    from app.render.motion_scene import HAND_SKIN, HAND_SKIN_TOP

    best = 0.0
    with Image.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            rgb = np.asarray(frame.convert("RGB")).astype(int)
            hits = sum((np.abs(rgb - np.array(c)).sum(axis=2) < 30).sum() for c in (HAND_SKIN, HAND_SKIN_TOP))
            best = max(best, hits / (rgb.shape[0] * rgb.shape[1]))
    return best


def test_animate_a_close_up_of_a_technique(tmp_path):
    close, normal = tmp_path / "close.gif", tmp_path / "normal.gif"
    result = run("animate", close, "--technique", "kneading", "--close-up", "--fps", "5")
    assert result.returncode == 0, result.stderr
    assert run("animate", normal, "--technique", "kneading", "--fps", "5", "--duration", "4").returncode == 0
    from PIL import Image

    with Image.open(close) as image:
        assert image.size == (960, 540) and image.n_frames == 20  # two whole kneading cycles, 4 s at 5 fps
    assert _skin_share(close) >= 2 * _skin_share(normal) > 0  # the hands drawn larger


@pytest.mark.parametrize("args, code, fragment", [
    (("--close-up",), 1, "--close-up follows one technique's hands: give --technique too"),
    (("--close-up", "--technique", "shaking", "--zone", "lumbar"), 1, "zone 'lumbar' has no shaking step"),
    (("--close-up", "--technique", "stroking", "--zone", "neck"), 1, "unknown zone 'neck'"),
    (("--close-up", "--technique", "tickling"), 2, "invalid choice: 'tickling'"),
    (("--close-up", "--technique", "stroking", "--duration", "-1"), 1, "--duration -1"),
])
def test_bad_close_up_input(tmp_path, args, code, fragment):
    out = tmp_path / "x.gif"
    assert_clean_error(run("animate", out, *args), code, fragment)
    assert not out.exists()


def test_bad_tempo_is_a_usage_error():
    assert_clean_error(run("animate", "x.gif", "--tempo", "rolfing=3"), 2, "TECHNIQUE=PER_MINUTE")


def test_handout_and_check_a_plan(tmp_path):
    from pypdf import PdfReader

    from app.model.plans.format import NoGoArea, save_plan
    from app.model.plans.operations import default_plan
    from app.model.zonefiles.loader import load_zone_set

    plan = default_plan(load_zone_set(default_zones_dir()), conditions=["burn"],
                        no_go=[NoGoArea(id="client_area_1", kind="burn", level="T12", out=-7.0, up=0.0, radius=2.0)])
    path = save_plan(plan, tmp_path / "p.dorsum.json")
    out = tmp_path / "h.pdf"
    result = run("handout", out, "--plan", path, "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) >= 3
    default = run("handout", tmp_path / "d.pdf")
    assert default.returncode == 0 and (tmp_path / "d.pdf").exists()
    ok = run("check", path)
    assert ok.returncode == 0 and "plan, 38 steps, 32.5 min; can go ahead" in ok.stdout
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dorsum-plan",\n '
                      '"steps": [{"zone": "feet", "technique": "stroking", "minutes": 1, "pressure": 0.5}]}')
    assert_clean_error(run("check", broken), 1, f"{broken}:2: steps[0].zone: unknown zone 'feet'")
    assert_clean_error(run("handout", tmp_path / "x.pdf", "--plan", broken), 1, "unknown zone 'feet'")


# -- the registry of commands over shared options ------------------------------------------------

from app.cli import COMMANDS, atlas_options, build_parser, window_options  # noqa: E402
from app.services import AtlasOptions, AvoidCircle  # noqa: E402


def _shared(zones) -> list[str]:
    return ["--body", "female", "--stature", "160", "--zones", str(zones), "--avoid", "5,-20,2"]


def _placeholders(name: str) -> list[str]:
    """A value for each positional argument of command ``name``, read off its parser."""
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return ["x.out" for a in sub.choices[name]._actions if not a.option_strings]


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_parses_the_shared_options(name, where):
    shared = _shared("my-zones")
    argv = [*shared, name, *_placeholders(name)] if where == "before" else [name, *_placeholders(name), *shared]
    options = atlas_options(build_parser().parse_args(argv))
    assert options == AtlasOptions("female", 160.0, Path("my-zones"), (AvoidCircle(5.0, -20.0, 2.0),))


def test_the_shared_options_are_the_same_on_every_command():
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(sub.choices) == list(COMMANDS)
    for name, command in COMMANDS.items():
        flags = {f for a in sub.choices[name]._actions for f in a.option_strings}
        assert {"--body", "--stature", "--zones", "--avoid"} <= flags, name
        assert ({"--variant", "--direction", "--tempo"} <= flags) == command.session, name


def test_avoid_before_and_after_the_command_are_both_kept():
    args = build_parser().parse_args(["--avoid", "5,-20,2,a", "render", "x.png", "--avoid=-5,-30,1,b"])
    assert atlas_options(args).avoid == (AvoidCircle(5.0, -20.0, 2.0, "a"), AvoidCircle(-5.0, -30.0, 1.0, "b"))


def test_an_option_before_the_command_is_not_overwritten_by_its_parser():
    argv = ["--body", "female", "--stature", "170", "geometry", "x.geojson"]
    options = atlas_options(build_parser().parse_args(argv))
    assert (options.sex, options.stature) == ("female", 170.0)
    untouched = atlas_options(build_parser().parse_args(["geometry", "x.geojson"]))
    assert untouched == AtlasOptions()  # nothing chosen: a plan, or the defaults, decide


def test_atlas_options_give_their_command_line_back():
    circles = (AvoidCircle(5.0, -20.0, 2.0, "scar"), AvoidCircle(-3.0, -40.0, 1.5))
    options = AtlasOptions("female", 158.5, Path("z"), circles)
    assert atlas_options(build_parser().parse_args(["protocol", *options.argv()])) == options
    assert AtlasOptions().argv() == []


def test_the_window_gets_typed_options():
    args = build_parser().parse_args(["--zone", "collar", "--at", "12", "--screenshot", "s.png", "--size", "800x600",
                                      "--body", "female"])
    assert args.command is None
    options = window_options(args)
    assert (options.focus, options.at, options.screenshot, options.size, options.first_paint) == (
        "collar", 12.0, Path("s.png"), (800, 600), False)
    assert options.atlas == AtlasOptions(sex="female")


#: How each command is run in the test below: one cheap example each. A command added to the
#: registry fails the test until it has one here.
EXAMPLES = {
    "render": ["{tmp}/back.png", "--size", "480x270"],
    "protocol": ["--json"],
    "animate": ["{tmp}/a.gif", "--zone", "collar", "--technique", "vibration", "--fps", "2", "--duration", "1",
                "--size", "320x200"],
    "geometry": ["{tmp}/g.geojson"],
    "bench": ["--json", "--repeat", "1", "--frames", "10"],
    "handout": ["{tmp}/h.pdf"],
    "check": ["{zones}"],
    "motion": ["--zone", "collar", "--technique", "shaking", "--duration", "1", "--json"],
}


def test_every_command_has_an_example():
    assert set(EXAMPLES) == set(COMMANDS)


@pytest.fixture(scope="module")
def zones_copy(tmp_path_factory) -> Path:
    """The shipped zones, copied to a folder of the user's."""
    copy = tmp_path_factory.mktemp("shared") / "my-zones"
    shutil.copytree(default_zones_dir(), copy, ignore=shutil.ignore_patterns("__*"))
    return copy


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_runs_with_the_shared_options(tmp_path, zones_copy, name, where):
    example = [a.format(tmp=tmp_path, zones=zones_copy) for a in EXAMPLES.get(name, [])]
    shared = _shared(zones_copy)
    result = run(*shared, name, *example) if where == "before" else run(name, *example, *shared)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def _geometry(tmp_path, *args) -> dict:
    out = tmp_path / "g.geojson"
    result = run("geometry", out, *args)
    assert result.returncode == 0, result.stderr
    return {(f["properties"]["kind"], f["properties"]["id"]): f for f in json.loads(out.read_text())["features"]}


def test_the_shared_options_change_what_is_drawn(tmp_path):
    plain = _geometry(tmp_path)
    mine = _geometry(tmp_path, "--body", "female", "--stature", "150", "--avoid", "5,-20,2,scar")
    l5 = ("vertebra", "L5")
    assert mine[l5]["geometry"]["coordinates"][1] > plain[l5]["geometry"]["coordinates"][1]
    assert ("mask", "scar") in mine and ("mask", "scar") not in plain


def _zones_with_an_extra_zone(tmp_path) -> Path:
    folder = tmp_path / "more-zones"
    shutil.copytree(default_zones_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    text = (folder / "lumbar.toml").read_text(encoding="utf-8")
    sacral = text.replace('id = "lumbar"', 'id = "sacral"').replace("order = 4", "order = 5")
    (folder / "sacral.toml").write_text(sacral, encoding="utf-8")
    return folder


def test_check_a_plan_against_the_zones_folder_given(tmp_path):
    folder = _zones_with_an_extra_zone(tmp_path)
    plan = tmp_path / "p.json"
    plan.write_text('{"format": "dorsum-plan",\n "steps": [{"zone": "sacral", "technique": "stroking", '
                    '"minutes": 1, "pressure": 0.5}]}')
    ok = run("check", plan, "--zones", folder)
    assert ok.returncode == 0, ok.stderr
    assert f"{plan}: ok (plan, 1 steps" in ok.stdout
    before = run("--zones", folder, "check", plan)
    assert before.returncode == 0, before.stderr
    assert_clean_error(run("check", plan), 1, f"{plan}:2: steps[0].zone: unknown zone 'sacral'")


def test_check_a_zone_file_under_the_masks_of_the_zones_folder(tmp_path):
    folder = tmp_path / "masks-only"
    shutil.copytree(default_zones_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    lone = tmp_path / "lone" / "lumbar.toml"  # no masks.toml beside it
    lone.parent.mkdir()
    shutil.copy(default_zones_dir() / "lumbar.toml", lone)
    result = run("check", lone, "--zones", folder, "--body", "female")
    assert result.returncode == 0, result.stderr
    assert "checked on the female body" in result.stdout


def test_check_reports_a_bad_value_deep_in_a_plan_at_its_line(tmp_path):
    from app.model.plans.format import save_plan
    from app.model.plans.operations import default_plan
    from app.model.zonefiles.loader import load_zone_set

    path = save_plan(default_plan(load_zone_set(default_zones_dir())), tmp_path / "p.dorsum.json")
    lines = path.read_text().splitlines()
    at = [i for i, line in enumerate(lines) if line.strip().startswith('"minutes":')][5]
    lines[at] = lines[at].split(":")[0] + ": -3,"
    path.write_text("\n".join(lines) + "\n")
    assert_clean_error(run("check", path), 1, f"{path}:{at + 1}: steps[5].minutes: -3 is out of range")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_handout_for_another_body(tmp_path):
    out = tmp_path / "h.pdf"
    result = run("handout", out, "--body", "female", "--avoid", "5,-20,2,scar")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "female body" in text and "Scar" in text


def test_handout_options_override_the_plans_client(tmp_path):
    from app.model.plans.format import Client, save_plan
    from app.model.plans.operations import default_plan
    from app.model.zonefiles.loader import load_zone_set

    plan = default_plan(load_zone_set(default_zones_dir()), client=Client(name="Ann", sex="male", stature=180.0))
    path = save_plan(plan, tmp_path / "p.dorsum.json")
    as_planned = run("handout", tmp_path / "a.pdf", "--plan", path)
    assert as_planned.returncode == 0, as_planned.stderr
    assert "male body, 180 cm" in _pdf_text(tmp_path / "a.pdf")
    overridden = run("handout", tmp_path / "b.pdf", "--plan", path, "--body", "female")
    assert overridden.returncode == 0, overridden.stderr
    assert "female body, 180 cm" in _pdf_text(tmp_path / "b.pdf")  # --body overrides; the stature stays the plan's


def test_motion_json_is_read_back():
    result = run("motion", "--zone", "lumbar", "--technique", "percussion", "--duration", "2", "--fps", "20", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    samples = data["samples"]
    assert len(samples) == 40 and samples[1]["t"] - samples[0]["t"] == pytest.approx(0.05)
    contacts = {"palm", "heel", "ulnar_edge", "finger_pads", "fingertips", "thumb", "knuckles", "fist",
                "cupped_palm", "back_of_hand", "forearm"}
    for s in samples:
        assert {h["hand"] for h in s["hands"]} == {"left", "right"}
        for h in s["hands"]:
            assert {"hand", "x", "y", "angle", "pressure", "contact", "lifted"} <= set(h)
            assert h["contact"] in contacts and h["contact"] == "ulnar_edge"  # hacking
            assert (h["x"] < 0) == (h["hand"] == "left")  # each hand on its own side
    # percussion: the hands take turns (seed material: alternating hands)
    down = [{h["hand"] for h in s["hands"] if not h["lifted"]} for s in samples]
    assert not any(d == {"left", "right"} for d in down) and any(down)


@pytest.mark.parametrize("args, fragment", [
    (("--zone", "nope"), "unknown zone 'nope'"),
    (("--zone", "collar", "--technique", "percussion"), "zone 'collar' has no percussion step"),
    (("--fps", "0"), "--fps 0"),
    (("--duration", "-3"), "--duration -3"),
])
def test_motion_refuses_bad_input_clearly(args, fragment):
    result = run("motion", *args)
    assert result.returncode == 1 and fragment in result.stderr and "Traceback" not in result.stderr


def test_the_window_reads_the_model_before_qt_and_leaves_the_session_and_modes_for_later():
    """Start-up (``dorsum bench``): PySide6 reads the source of every module first imported after
    it, so numpy, shapely and the model come first; the hands' motion, the presenter and the quiz
    are not needed for the first frame and are not imported before it."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), "--first-paint"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    order = [line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")]
    qt = next(i for i, name in enumerate(order) if name.split(".")[0] in ("PySide6", "shiboken6"))
    assert {"numpy", "shapely", "app.model.atlas.build", "app.model.plans.operations"} <= set(order[:qt])
    assert {"app.ui.window", "app.render.scene"} <= set(order[qt:])
    later = {"app.model.session.motion", "app.render.motion_scene", "app.ui.presenter", "app.ui.quiz"}
    assert later.isdisjoint(order)
