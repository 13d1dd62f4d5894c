"""The command line, run as users run it: exit codes, messages, files written."""

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
    assert list(vertebrae) == [
        *(f"C{i}" for i in range(1, 8)), *(f"T{i}" for i in range(1, 13)), *(f"L{i}" for i in range(1, 6))]
    assert vertebrae["C7"] == [0.0, 0.0]
    assert vertebrae["L5"][1] < vertebrae["T1"][1] < 0 < vertebrae["C1"][1]  # y grows upward
    assert {f["properties"]["id"] for f in by_kind["landmark"]} >= {
        "scapula_superior_angle", "scapula_spine_root", "scapula_inferior_angle", "iliac_crest_top", "psis",
        "rib12_tip"}
    assert [f["properties"]["id"] for f in by_kind["sacrum"]] == ["sacrum"]
    assert [f["properties"]["id"] for f in by_kind["outline"]] == ["back"]
    assert {f["properties"]["id"] for f in by_kind["rib"]} == {"rib11", "rib12"}
    assert {f["properties"]["id"] for f in by_kind["node"]} == {"supraclavicular", "axillary", "inguinal"}
    assert {f["properties"]["id"] for f in by_kind["zone"]} >= {
        "whole_back", "collar", "scapular", "lower_thoracic", "lumbar"}
    masks = {f["properties"]["id"]: f["properties"]["rule"] for f in by_kind["mask"]}
    assert masks["spine"] == "no_pressure" and masks["kidney"] == "no_percussion"
    for kind in ("landmark", "scapula", "kidney", "rib", "node"):
        for f in by_kind[kind]:
            if f["properties"]["id"] != "coccyx_tip":
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


@pytest.mark.parametrize("args, code, fragment", [
    (("render", "{tmp}/x.png", "--zone", "nope"), 1, "unknown zone 'nope'"),
    (("render", "{tmp}/missing/x.png"), 1, "missing/x.png: the folder to write into does not exist"),
    (("render", "{tmp}/x.gif"), 1, "use .png, .svg or .pdf"),
    (("render", "{tmp}/x.png", "--zones", "{tmp}/nowhere"), 1, "nowhere: no such folder"),
    (("geometry", "{tmp}/x.geojson", "--stature", "20"), 1, "outside 100–230 cm"),
    (("render", "{tmp}/x.png", "--avoid", "80,0,2"), 1, "lies off the back"),
    (("render",), 2, "required"),
    (("render", "{tmp}/x.png", "--size", "big"), 2, "not a size"),
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
    assert {"zone", "technique", "start_s", "duration_s", "lines", "pressure"} == set(steps[0])
    lumbar = sum(s["duration_s"] for s in steps if s["zone"] == "lumbar")
    assert lumbar == pytest.approx(20 * 60)  # seed 001: 20 minutes in a therapeutic session


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


def test_bad_tempo_is_a_usage_error():
    assert_clean_error(run("animate", "x.gif", "--tempo", "rolfing=3"), 2, "TECHNIQUE=PER_MINUTE")


def test_handout_and_check_a_plan(tmp_path):
    from pypdf import PdfReader

    from app.model.plans.format import NoGoArea, save_plan
    from app.model.plans.operations import default_plan
    from app.model.zonefiles.loader import load_zone_set

    plan = default_plan(load_zone_set(default_zones_dir()), conditions=["burn"],
                        no_go=[NoGoArea(id="client_area_1", reason="burn", x=-7.0, y=-30.0, radius=2.0)])
    path = save_plan(plan, tmp_path / "p.dorsum.json")
    out = tmp_path / "h.pdf"
    result = run("handout", out, "--plan", path, "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) >= 3
    default = run("handout", tmp_path / "d.pdf")
    assert default.returncode == 0 and (tmp_path / "d.pdf").exists()
    ok = run("check", path)
    assert ok.returncode == 0 and "plan, 31 steps, 30.5 min; can go ahead" in ok.stdout
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "dorsum-plan",\n '
                      '"steps": [{"zone": "feet", "technique": "stroking", "minutes": 1, "pressure": 0.5}]}')
    assert_clean_error(run("check", broken), 1, f"{broken}:2: steps[0].zone: unknown zone 'feet'")
    assert_clean_error(run("handout", tmp_path / "x.pdf", "--plan", broken), 1, "unknown zone 'feet'")
