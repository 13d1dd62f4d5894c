"""The service that opens the atlas for the window and every command: Qt-free, typed options."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.errors import DorsumError
from app.model.plans.format import Client, NoGoArea
from app.model.plans.operations import default_plan
from app.model.zonefiles.loader import default_zones_dir
from app.services import (
    AtlasOptions,
    AvoidCircle,
    WindowOptions,
    avoid_masks,
    open_atlas,
    open_body,
    open_plan,
    open_zone_set,
    plan_with_options,
)

ROOT = Path(__file__).resolve().parents[1]


def test_options_are_frozen_and_default_to_the_shipped_male_back():
    options = AtlasOptions()
    assert options.zones_dir == default_zones_dir()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.sex = "female"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        WindowOptions().focus = "collar"  # type: ignore[misc]
    assert open_body(options).sex == "male"


def test_zones_folder_is_read_from_the_options(tmp_path):
    folder = tmp_path / "z"
    shutil.copytree(default_zones_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    (folder / "collar.toml").unlink()
    zone_set = open_zone_set(AtlasOptions(zones=folder))
    assert "collar" not in {z.id for z in zone_set.zones}
    with pytest.raises(DorsumError, match="no such folder"):
        open_zone_set(AtlasOptions(zones=tmp_path / "nowhere"))


def test_the_plan_gives_the_body_and_explicit_options_override_it(zone_set):
    plan = default_plan(zone_set, client=Client(sex="female", stature=150.0))
    assert (open_body(AtlasOptions(), plan).sex, open_body(AtlasOptions(), plan).stature) == ("female", 150.0)
    body = open_body(AtlasOptions(sex="male"), plan)
    assert (body.sex, body.stature) == ("male", 150.0)  # each option overrides only its own field
    assert open_body(AtlasOptions(stature=190.0), plan).stature == 190.0
    changed = plan_with_options(plan, AtlasOptions(sex="male"))
    assert (changed.client.sex, changed.client.stature) == ("male", 150.0)
    assert plan_with_options(plan, AtlasOptions()) == plan


def test_a_stature_out_of_range_is_named():
    with pytest.raises(DorsumError, match=r"--stature: .*outside 100–230 cm"):
        open_body(AtlasOptions(stature=20.0))


def test_avoid_circles_become_client_masks(atlas):
    one = avoid_masks((AvoidCircle(5.0, -20.0, 2.0, "scar"),), atlas.body)
    assert [(m.id, m.rule, m.client) for m in one] == [("scar", "no_go", True)]
    two = avoid_masks((AvoidCircle(5.0, -20.0, 2.0), AvoidCircle(-5.0, -30.0, 1.0)), atlas.body)
    assert [m.id for m in two] == ["no_go_1", "no_go_2"]
    with pytest.raises(DorsumError, match="lies off the back"):
        avoid_masks((AvoidCircle(80.0, 0.0, 2.0),), atlas.body)


def test_open_atlas_lays_the_plans_areas_and_the_options_areas(zone_set):
    plan = default_plan(zone_set, no_go=[NoGoArea(id="burn_1", kind="burn", level="T12", out=-7.0, up=0.0, radius=2.0)])
    atlas = open_atlas(AtlasOptions(avoid=(AvoidCircle(5.0, -20.0, 2.0, "scar"),)), plan, zone_set)
    client = {m.id for m in atlas.masks if m.client}
    assert client == {"burn_1", "scar"}
    assert atlas.zone_set is zone_set
    with pytest.raises(DorsumError, match="'burn_1' is already there"):
        open_atlas(AtlasOptions(avoid=(AvoidCircle(5.0, -20.0, 2.0, "burn_1"),)), plan, zone_set)
    with pytest.raises(DorsumError, match="'spine' is already there"):
        open_atlas(AtlasOptions(avoid=(AvoidCircle(5.0, -20.0, 2.0, "spine"),)), zone_set=zone_set)


def test_open_plan_checks_it_against_the_zones(tmp_path, zone_set):
    path = tmp_path / "p.json"
    path.write_text('{"format": "dorsum-plan",\n "steps": [{"zone": "feet", "technique": "stroking", '
                    '"minutes": 1, "pressure": 0.5}]}')
    with pytest.raises(DorsumError) as caught:
        open_plan(path, zone_set)
    assert str(caught.value).startswith(f"{path}:2: steps[0].zone: unknown zone 'feet'")


_PROBE = r"""
import json, sys
from app.cli import build_parser, atlas_options
from app.services import open_atlas
options = atlas_options(build_parser().parse_args(["geometry", "x.geojson", "--body", "female", "--avoid", "5,-20,2"]))
atlas = open_atlas(options)
qt = sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"sex": atlas.body.sex, "qt": qt}))
"""


def test_parsing_and_opening_the_atlas_load_no_qt():
    """Start-up time: only the commands that draw import Qt, and only when they run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"sex": "female", "qt": []}


def test_the_zone_set_is_read_through_the_users_cache(tmp_path, monkeypatch):
    from app.model.zonefiles.cache import entry_path
    from app.model.zonefiles.loader import default_zones_dir, load_zone_set
    from app.services import user_cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if sys.platform.startswith("linux"):
        assert user_cache_dir() == tmp_path / "cache" / "dorsum"
    options = AtlasOptions(lang="ru")
    first, again = open_zone_set(options), open_zone_set(options)
    assert entry_path(user_cache_dir(), default_zones_dir(), "ru").is_file()
    assert first == again == load_zone_set(default_zones_dir(), "ru") and again.lang == "ru"
