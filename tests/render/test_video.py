"""MP4 frames piped raw to ffmpeg, read back by ffmpeg itself (imageio-ffmpeg's reader)."""

import numpy as np
import pytest

from app.model.errors import DorsumError
from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline
from app.render.animation import frame_times, qimage_rgb, write_animation
from app.render.frames import FrameRenderer
from app.render.motion_scene import MotionScene
from app.render.scene import BackScene
from app.render.style import Style
from app.render.video import Mp4Writer


def _renderer(atlas, zone_set, width, height):
    style = Style.for_output(width, height)
    motion = MotionScene(Motion.of(atlas, build_timeline(zone_set)), style)
    return FrameRenderer(BackScene(atlas, style), motion, width, height, follow=True)


def _decoded(path):
    """ffmpeg's account of the file (size, fps) and its frames as RGB arrays."""
    import subprocess

    import imageio_ffmpeg

    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    reader.close()
    w, h = meta["size"]
    raw = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return meta, list(np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3))


@pytest.fixture(scope="module")
def renderer(qapp, zone_set, atlas):
    return _renderer(atlas, zone_set, 480, 270)


def test_frames_are_opaque(renderer):
    """The raw bytes go to ffmpeg as bgra, which ignores alpha: right only for opaque frames."""
    image = renderer.frame(400.0)
    bgra = np.frombuffer(image.constBits(), np.uint8).reshape(270, 480, 4)
    assert (bgra[..., 3] == 255).all()


def test_mp4_frames_match_the_painted_frames(renderer, tmp_path):
    times = frame_times(300.0, 400.0, fps=10, speed=10, duration=1.0)
    out = write_animation(renderer, times, tmp_path / "a.mp4", 10)
    meta, frames = _decoded(out)
    assert meta["size"] == (480, 270) and meta["fps"] == pytest.approx(10)
    assert len(frames) == 10
    for i in (0, 4, 9):
        painted = qimage_rgb(renderer.frame(float(times[i])))
        elsewhere = qimage_rgb(renderer.frame(float(times[i]) + 0.5))  # the hands half a second on
        # Compare where the hands moved, so that a frame out of order, or late, shows.
        moved = np.abs(painted.astype(int) - elsewhere).max(axis=2) > 60
        assert moved.sum() > 20
        error = np.abs(frames[i].astype(int) - painted)[moved].mean()
        error_if_late = np.abs(frames[i].astype(int) - elsewhere)[moved].mean()
        assert error < 12 and error < error_if_late / 3, (i, error, error_if_late)


def test_odd_sizes_are_scaled_to_even(qapp, zone_set, atlas, tmp_path):
    renderer = _renderer(atlas, zone_set, 301, 201)
    out = write_animation(renderer, frame_times(300.0, 400.0, 5, 10, 0.6), tmp_path / "odd.mp4", 5)
    meta, frames = _decoded(out)
    assert meta["size"] == (302, 202) and len(frames) == 3


def test_ffmpeg_failure_is_reported(renderer, tmp_path):
    writer = Mp4Writer(tmp_path / "no" / "such" / "folder.mp4", 480, 270, 10)
    with pytest.raises(DorsumError, match="ffmpeg"):
        for t in (300.0, 301.0):
            writer.write(renderer.frame(t))
        writer.close()


def test_wrong_frames_are_refused(renderer, tmp_path):
    from PySide6.QtGui import QImage

    with pytest.raises(ValueError), Mp4Writer(tmp_path / "a.mp4", 480, 270, 10) as writer:
        writer.write(QImage(480, 270, QImage.Format.Format_RGB888))


def test_cancel_stops_ffmpeg_and_leaves_nothing(renderer, tmp_path, monkeypatch):
    from app.render import animation

    started = []

    class Recorded(Mp4Writer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(animation, "Mp4Writer", Recorded)
    times = frame_times(300.0, 400.0, fps=10, speed=10, duration=1.0)
    with pytest.raises(animation.Cancelled):
        write_animation(renderer, times, tmp_path / "a.mp4", 10, lambda i: i < 3)
    assert list(tmp_path.iterdir()) == []
    assert len(started) == 1 and started[0]._proc.returncode is not None  # ffmpeg ended and was reaped
