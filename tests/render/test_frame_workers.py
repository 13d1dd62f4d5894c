"""Frames painted in worker processes: the same frames in the same order, workers that always
end (done, cancelled or failed), and painting here when they cannot start."""

import multiprocessing

import numpy as np
import pytest

from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline
from app.render import frame_workers
from app.render.animation import Cancelled, frame_times, write_animation
from app.render.frame_workers import WorkerFrames, WorkersFailed
from app.render.frames import FrameRenderer
from app.render.motion_scene import MotionScene
from app.render.scene import BackScene
from app.render.style import Style


@pytest.fixture(scope="module")
def renderer(qapp, zone_set, atlas):
    style = Style.for_output(320, 180)
    scene = BackScene(atlas, style)
    scene.set_layer_visible("landmarks", False)  # a scene state the workers must copy
    motion = MotionScene(Motion.of(atlas, build_timeline(zone_set)), style)
    return FrameRenderer(scene, motion, 320, 180, follow=True)


@pytest.fixture
def recorded(monkeypatch):
    """Every pool started, kept after it closes, to check its processes."""
    pools = []

    class Recorded(WorkerFrames):
        def __init__(self, *args, **kwargs):
            pools.append(self)
            self.started = []
            super().__init__(*args, **kwargs)

        def close(self):
            self.started = self.started or self.processes
            super().close()

    monkeypatch.setattr(frame_workers, "WorkerFrames", Recorded)
    return pools


def _decoded(path):
    import subprocess

    import imageio_ffmpeg

    raw = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, 180, 320, 3)


def test_workers_paint_the_same_frames_in_order(renderer):
    """Two workers, sharing the frames unevenly, paint what one fresh process paints, in order.

    The reference is a fresh process too: this test process has drawn a thousand other scenes
    by the time it runs in the full suite, and Qt's caches then antialias some text differently.
    The CLI's and the window's exports start fresh as well."""
    times = frame_times(300.0, 900.0, 10, 30, 1.3)  # 13 frames over two workers: uneven shares
    with WorkerFrames(renderer, times, 1) as pool:
        alone = [bytes(frame) for frame in pool]
    with WorkerFrames(renderer, times, 2) as pool:
        painted = [bytes(frame) for frame in pool]
        processes = pool.processes
    assert len(painted) == len(alone) == 13
    for i in range(len(times)):
        here = np.frombuffer(alone[i], np.uint8).astype(int)
        there = np.frombuffer(painted[i], np.uint8)
        # Equal but for the odd antialiased pixel of text: Qt's glyph cache differs between a
        # fresh process and one that has drawn other sizes (seen: one channel off by 3).
        differ = here != there
        assert differ.mean() < 1e-3 and np.abs(here - there).max() < 32, i
    # and the frames are the scene's: painted here, in this process, they show the same picture
    here = np.frombuffer(renderer.frame(float(times[3])).constBits(), np.uint8).astype(int)
    assert np.abs(here - np.frombuffer(painted[3], np.uint8)).mean() < 8.0
    assert not any(p.is_alive() for p in processes)


def test_mp4_from_workers_matches_one_process(renderer, tmp_path):
    times = frame_times(300.0, 900.0, 10, 30, 1.0)
    here = write_animation(renderer, times, tmp_path / "here.mp4", 10, workers=1)
    there = write_animation(renderer, times, tmp_path / "there.mp4", 10, workers=2)
    a, b = _decoded(here), _decoded(there)
    assert a.shape == b.shape == (10, 180, 320, 3)
    difference = np.abs(a.astype(int) - b)
    assert difference.mean() < 0.05 and difference.max() < 32  # the same frames in (but a glyph's pixel)


def test_cancel_ends_the_workers_and_leaves_nothing(renderer, tmp_path, recorded):
    times = frame_times(300.0, 900.0, 10, 30, 1.0)
    seen = []
    with pytest.raises(Cancelled):
        write_animation(renderer, times, tmp_path / "a.mp4", 10, lambda i: seen.append(i) or i < 4, workers=2)
    assert seen[-1] == 4 and list(tmp_path.iterdir()) == []
    assert len(recorded[0].started) == 2
    assert not any(p.is_alive() for p in recorded[0].started)


def test_cancel_while_the_workers_start(renderer, tmp_path, recorded):
    times = frame_times(300.0, 900.0, 10, 30, 1.0)
    with pytest.raises(Cancelled):
        write_animation(renderer, times, tmp_path / "a.mp4", 10, lambda i: False, workers=1)
    assert list(tmp_path.iterdir()) == []
    assert recorded[0].started and not any(p.is_alive() for p in recorded[0].started)


def test_workers_that_cannot_start_leave_the_frames_to_this_process(renderer, tmp_path, monkeypatch, caplog):
    def no_processes(method):
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing, "get_context", no_processes)
    times = frame_times(300.0, 900.0, 10, 30, 0.8)
    seen = []
    out = write_animation(renderer, times, tmp_path / "a.mp4", 10, seen.append, workers=2)
    assert len(_decoded(out)) == 8 and seen == list(range(9))
    assert "no processes here" in caplog.text


def test_a_worker_that_dies_is_reported_not_waited_for(renderer):
    times = frame_times(300.0, 900.0, 10, 30, 1.0)
    with WorkerFrames(renderer, times, 2) as pool:
        frames = iter(pool)
        next(frames)
        pool.processes[1].kill()
        with pytest.raises(WorkersFailed, match="died"):
            list(frames)
