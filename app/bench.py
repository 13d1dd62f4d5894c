"""``dorsum bench``: medians of what users wait for, each beside a floor measured in the same
run on the same machine, so a noisy shared machine shows up in both."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .services import AtlasOptions

__all__ = ["run_bench", "BARE_WINDOW"]

ROOT = Path(__file__).resolve().parents[1]

#: The floor for start-up: a bare PySide6 window with a QGraphicsView, importing numpy and
#: shapely like Dorsum does, ending at its first paint. Both processes end there with
#: ``os._exit``, so what is timed is start-up, not the tear-down of everything built.
BARE_WINDOW = """
import os
import numpy, shapely
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
app = QApplication([])
class View(QGraphicsView):
    def paintEvent(self, event):
        super().paintEvent(event)
        os._exit(0)
view = View(QGraphicsScene())
view.resize(1600, 1000)
view.show()
app.exec()
"""


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _median(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(_ms(fn) for _ in range(repeat))


def _process_ms(args: list[str], repeat: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               QT_LOGGING_RULES="qt.qpa.*=false")
    # Time what a user's Python does: it caches compiled modules after the first run. Some
    # shells set PYTHONDONTWRITEBYTECODE, which would recompile every module at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def once() -> None:
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)

    once()  # warm the file cache and write the bytecode caches
    return _median(once, repeat)


def run_bench(repeat: int = 7, frames: int = 600, progress=None,
              options: AtlasOptions | None = None) -> dict[str, float]:
    """All figures in milliseconds (ratios where the key says so), on the atlas ``options``
    describe (default: the shipped zones on the male body)."""
    from .services import AtlasOptions, avoid_masks, open_body, open_zone_set

    options = options or AtlasOptions()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    say = progress or (lambda what: None)
    out: dict[str, float] = {}

    say("start-up")
    first_paint = [sys.executable, str(ROOT / "main.py"), "--first-paint", *options.argv()]
    out["startup_first_frame_ms"] = _process_ms(first_paint, repeat)
    out["bare_window_ms"] = _process_ms([sys.executable, "-c", BARE_WINDOW], repeat)
    out["startup_ratio"] = out["startup_first_frame_ms"] / out["bare_window_ms"]

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from .model.atlas.build import build_atlas
    from .model.atlas.masks import build_masks
    from .model.session.motion import Motion
    from .model.session.timeline import build_timeline
    from .model.zonefiles.loader import load_zone_set
    from .render.export import export, render_image
    from .render.frames import FrameRenderer
    from .render.motion_scene import MotionScene
    from .render.scene import BackScene
    from .render.style import Style

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    zone_set = open_zone_set(options)
    body = open_body(options)
    client = avoid_masks(options.avoid, body)
    say("model")
    out["load_zones_ms"] = _median(lambda: load_zone_set(options.zones_dir), repeat)
    out["masks_ms"] = _median(lambda: build_masks(body, zone_set.masks), repeat)
    out["atlas_ms"] = _median(lambda: build_atlas(body, zone_set, client), repeat)
    atlas = build_atlas(body, zone_set, client)

    say("static renders")
    hd, uhd = Style.for_output(1920, 1080), Style.for_output(3840, 2160)
    out["scene_build_ms"] = _median(lambda: BackScene(atlas, hd), repeat)
    scene_hd, scene_4k = BackScene(atlas, hd), BackScene(atlas, uhd)
    out["static_render_1080p_ms"] = _median(lambda: render_image(scene_hd, 1920, 1080), repeat)
    out["static_render_4k_ms"] = _median(lambda: render_image(scene_4k, 3840, 2160), repeat)

    say("exports")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("png", "svg", "pdf"):
            out[f"export_{suffix}_1080p_ms"] = _median(lambda s=suffix: export(scene_hd, Path(tmp) / f"b.{s}"), repeat)

        say(f"{frames} animation frames")
        timeline = build_timeline(zone_set)
        motion_scene = MotionScene(Motion.of(atlas, timeline), hd)
        renderer = FrameRenderer(_with_muscles(BackScene(atlas, hd)), motion_scene, 1920, 1080, follow=True)
        renderer.frame(0.0)  # warm: the colour map and the dose scale
        times, t = [], 300.0
        for _ in range(frames):
            start = time.perf_counter()
            renderer.frame(t)
            times.append((time.perf_counter() - start) * 1000)
            t += 1.0  # 30 fps at 30×
        times.sort()
        out["frame_1080p_ms"] = statistics.median(times)
        out["frame_1080p_p99_ms"] = times[min(int(0.99 * len(times)), len(times) - 1)]
        out["frame_1080p_max_ms"] = times[-1]
        page = renderer.static
        target = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

        def blit() -> None:
            painter = QPainter(target)
            painter.drawImage(QRectF(0, 0, 1920, 1080), page)
            painter.end()

        out["blit_floor_1080p_ms"] = _median(blit, max(repeat, 31))

        say("animation export")
        out.update(_mp4_figures(atlas, timeline, Path(tmp), repeat))
    return out


def _with_muscles(scene):
    """``scene`` with the superficial muscles shown, as the animation figures are timed: the
    frames' bar (issue 10) counts the muscle layer (painted once per page, like the back)."""
    scene.set_muscle_view("superficial")
    return scene


def _mp4_figures(atlas, timeline, folder: Path, repeat: int) -> dict[str, float]:
    """MP4 at 30 fps (3 s of video, the session at 30×) as a multiple of real time, medians of
    ``repeat`` writes, the renderer built beforehand. The floor is the same encoder fed frames
    painted beforehand: what the export would reach if painting cost nothing."""
    from .model.session.motion import Motion
    from .render.animation import frame_times, write_animation
    from .render.frames import FrameRenderer
    from .render.motion_scene import MotionScene
    from .render.scene import BackScene
    from .render.style import Style
    from .render.video import Mp4Writer

    seconds, fps = 3.0, 30.0
    times = frame_times(300.0, 900.0, fps, 30.0, seconds)
    out: dict[str, float] = {}
    for label, (width, height) in (("540p", (960, 540)), ("1080p", (1920, 1080))):
        style = Style.for_output(width, height)
        renderer = FrameRenderer(_with_muscles(BackScene(atlas, style)), MotionScene(Motion.of(atlas, timeline), style),
                                 width, height, follow=True)
        renderer.frame(0.0)  # warm: the colour map and the dose scale
        # A second of painted frames, sent three times: 90 1080p frames held at once would be 750 MB.
        painted = [renderer.frame(float(t)).copy() for t in times[: int(fps)]] * int(seconds)

        def encode(path: Path = folder / f"floor_{label}.mp4", w: int = width, h: int = height,
                   frames: list = painted) -> None:
            with Mp4Writer(path, w, h, fps) as writer:
                for image in frames:
                    writer.write(image)

        def export(r: FrameRenderer = renderer, path: Path = folder / f"a_{label}.mp4") -> None:
            write_animation(r, times, path, fps)

        # Interleaved, so a burst of load elsewhere falls on both.
        export_ms, encode_ms = [], []
        for _ in range(repeat):
            export_ms.append(_ms(export))
            encode_ms.append(_ms(encode))
        out[f"export_mp4_30fps_{label}_realtime_ratio"] = seconds * 1000 / statistics.median(export_ms)
        out[f"encode_only_mp4_30fps_{label}_realtime_ratio"] = seconds * 1000 / statistics.median(encode_ms)
    return out


def print_report(figures: dict[str, float], as_json: bool) -> None:
    from .versions import versions

    if as_json:
        report = {k: round(v, 3) for k, v in figures.items()}
        print(json.dumps({**report, "versions": versions()}, indent=1))
        return
    print("; ".join(f"{k} {v}" for k, v in versions().items()))
    bars = {
        "frame_1080p_ms": ("≤ 8 ms median", figures["frame_1080p_ms"] <= 8),
        "frame_1080p_p99_ms": ("≤ 33 ms", figures["frame_1080p_p99_ms"] <= 33),
        "static_render_4k_ms": ("≤ 150 ms", figures["static_render_4k_ms"] <= 150),
        "startup_ratio": ("≤ 2.5× the bare window", figures["startup_ratio"] <= 2.5),
        "export_mp4_30fps_1080p_realtime_ratio": (
            "≥ 2× real time", figures["export_mp4_30fps_1080p_realtime_ratio"] >= 2),
    }
    # each figure with a bar beside the floor measured in the same run
    floors = {
        "frame_1080p_ms": "blit_floor_1080p_ms",
        "export_mp4_30fps_540p_realtime_ratio": "encode_only_mp4_30fps_540p_realtime_ratio",
        "export_mp4_30fps_1080p_realtime_ratio": "encode_only_mp4_30fps_1080p_realtime_ratio",
        "startup_first_frame_ms": "bare_window_ms",
    }
    for key, value in figures.items():
        bar = bars.get(key)
        mark = "" if bar is None else f"   bar {bar[0]}: {'met' if bar[1] else 'NOT MET'}"
        floor = floors.get(key)
        if floor in figures:
            mark += f"   (floor {floor} {figures[floor]:.2f})"
        print(f"{key:<42}{value:10.2f}{mark}")
