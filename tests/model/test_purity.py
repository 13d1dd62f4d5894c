"""The model is pure: importing any of app.model pulls in no Qt at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "app" / "model"

# Imports every module of app.model (plus any extra modules named on the command line) in
# a fresh interpreter and reports which modules were imported and which Qt modules got in.
_PROBE = r"""
import importlib, json, pkgutil, sys
import app.model
names = sorted(m.name for m in pkgutil.walk_packages(app.model.__path__, "app.model."))
for name in names:
    importlib.import_module(name)
for extra in sys.argv[1:]:
    importlib.import_module(extra)
qt = sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"modules": names, "qt": qt}))
"""


def _probe(*extra: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *extra],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_every_model_module_loads_no_qt():
    report = _probe()
    expected = sorted(
        ".".join(("app", "model", *p.relative_to(MODEL_DIR).with_suffix("").parts)).removesuffix(".__init__")
        for p in MODEL_DIR.rglob("*.py") if p != MODEL_DIR / "__init__.py")
    assert report["modules"] == expected, "the probe did not import every module of app.model"
    assert report["qt"] == [], f"app.model pulled in Qt: {report['qt']}"


def test_probe_detects_qt_when_it_is_imported():
    """The probe is not blind: importing Qt beside the model is reported."""
    report = _probe("shiboken6")
    assert "shiboken6" in report["qt"]
