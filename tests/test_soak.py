"""Soak: 20,000 animation frames in one process: no crash, memory flat after warm-up.

This is what catches the PySide6 6.12.0 fault on CPython 3.11 (a crash after a few thousand
calls, shared/reference/qt-platform.md) and any leak of scene items or images. It runs in a
child process, so a crash shows as a failure with its exit code rather than killing pytest.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAMES = 20_000
WARM_UP = 2_000  # the first pass fills the dose cache, the zone pages and Qt's caches

SOAK = f"""
import json, os, sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.model.body.anatomy import build_body
from app.model.atlas.build import build_atlas
from app.model.zonefiles.loader import default_zones_dir, load_zone_set
from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline
from app.render.frames import FrameRenderer
from app.render.motion_scene import MotionScene
from app.render.scene import BackScene
from app.render.style import Style

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

zones = load_zone_set(default_zones_dir())
atlas = build_atlas(build_body("male"), zones)
timeline = build_timeline(zones)
style = Style.for_output(320, 200)
renderer = FrameRenderer(BackScene(atlas, style), MotionScene(Motion.of(atlas, timeline), style), 320, 200, follow=True)
t, samples = 0.0, {{}}
for i in range({FRAMES}):
    renderer.frame(t % timeline.total_s)
    t += 1.0  # 30x at 30 fps: the 30-minute session about 11 times over
    if i in ({WARM_UP}, {FRAMES} - 1):
        samples[i] = rss_mb()
print(json.dumps(samples))
"""


def test_twenty_thousand_frames_without_crash_or_leak():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    result = subprocess.run([sys.executable, "-c", SOAK], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, f"the soak process died with {result.returncode}: {result.stderr[-2000:]}"
    samples = json.loads(result.stdout.strip().splitlines()[-1])
    growth = samples[str(FRAMES - 1)] - samples[str(WARM_UP)]
    assert growth < 5.0, f"resident memory grew {growth:.1f} MB over {FRAMES - WARM_UP} frames"
