"""A plain (not editable) install carries Dorsum's data and works from any folder."""

import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Dorsum built as a wheel, the way ``pip install .`` builds it."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("dorsum-*.whl")
    return built


def test_the_wheel_holds_the_zones_fonts_and_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_zones = {f"app/zones/{p.name}" for p in (ROOT / "zones").glob("*.toml")}
    assert shipped_zones and shipped_zones <= names
    assert {"app/assets/plan.schema.json", "app/assets/fonts/DejaVuSans.ttf", "app/assets/fonts/DejaVuSans-Bold.ttf",
            "app/assets/fonts/LICENSE-DejaVu.txt", "app/assets/i18n/dorsum_uk.qm",
            "app/assets/i18n/dorsum_ru.qm"} <= names
    assert not any(n.startswith("app/assets/docs/") for n in names), "README pictures are not package data"
    assert not any(n.startswith(("tests/", "tools/")) for n in names)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed into a folder of its own (its dependencies come from this venv)."""
    target = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)]
    result = subprocess.run(pip, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return target


def _dorsum(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    code = "import sys, app; from app.cli import main; print('APP', app.__file__, file=sys.stderr); sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


def test_an_installed_dorsum_renders_and_writes_geometry_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _dorsum(installed, elsewhere, "render", "out.png", "--size", "640x360")
    assert result.returncode == 0, result.stderr
    assert f"APP {installed}" in result.stderr, "the installed copy ran, not the source tree"
    assert struct.unpack(">II", (elsewhere / "out.png").read_bytes()[16:24]) == (640, 360)
    result = _dorsum(installed, elsewhere, "geometry", "out.geojson")
    assert result.returncode == 0, result.stderr
    kinds = {f["properties"]["kind"] for f in json.loads((elsewhere / "out.geojson").read_text())["features"]}
    assert {"zone", "line", "mask"} <= kinds


def test_an_installed_dorsum_still_reads_a_users_zones_folder(installed, tmp_path):
    mine = tmp_path / "my-zones"
    mine.mkdir()
    for name in ("masks.toml", "lumbar.toml"):
        (mine / name).write_text((ROOT / "zones" / name).read_text(encoding="utf-8"), encoding="utf-8")
    result = _dorsum(installed, tmp_path, "geometry", "mine.geojson", "--zones", str(mine))
    assert result.returncode == 0, result.stderr
    zones = {f["properties"]["id"] for f in json.loads((tmp_path / "mine.geojson").read_text())["features"]
             if f["properties"]["kind"] == "zone"}
    assert zones == {"lumbar"}


def test_version_names_dorsum_and_what_it_runs_on(installed, tmp_path):
    result = _dorsum(installed, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    from app import __version__

    first, rest = result.stdout.splitlines()
    assert first == f"dorsum {__version__}"
    for name in ("python", "pyside6", "qt", "numpy", "shapely"):
        assert f"{name} " in rest
