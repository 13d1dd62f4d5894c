"""Frames and animations, read back by independent readers (Pillow, ffmpeg)."""

import pytest

from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline
from app.render.animation import frame_times, qimage_rgb, write_animation
from app.render.frames import FrameRenderer
from app.render.motion_scene import MotionScene
from app.render.scene import BackScene
from app.render.style import Style


@pytest.fixture(scope="module")
def renderer(qapp, zone_set, atlas):
    style = Style.for_output(480, 270)
    scene = BackScene(atlas, style)
    motion = MotionScene(Motion.of(atlas, build_timeline(zone_set)), style)
    return FrameRenderer(scene, motion, 480, 270, follow=True)


def test_frames_at_two_times_differ(renderer):
    a = qimage_rgb(renderer.frame(400.0))
    b = qimage_rgb(renderer.frame(405.0))
    assert a.shape == (270, 480, 3)
    assert (a != b).any()


def test_frame_times():
    times = frame_times(100.0, 200.0, fps=10, speed=5, duration=None)
    assert len(times) == 200 and times[0] == 100.0 and times[1] == pytest.approx(100.5)
    assert len(frame_times(0, 1000, 15, 60, 4.0)) == 60
    with pytest.raises(ValueError):
        frame_times(0, 10, 0, 1, None)


@pytest.mark.parametrize("suffix", [".gif", ".webp"])
def test_gif_and_webp_have_the_frame_count(renderer, tmp_path, suffix):
    from PIL import Image

    times = frame_times(300.0, 400.0, fps=10, speed=10, duration=1.2)
    out = write_animation(renderer, times, tmp_path / f"a{suffix}", 10)
    with Image.open(out) as image:
        assert image.n_frames == 12
        assert image.size == (480, 270)


def test_mp4_has_the_frame_count(renderer, tmp_path):
    import imageio_ffmpeg

    times = frame_times(300.0, 400.0, fps=10, speed=10, duration=1.5)
    out = write_animation(renderer, times, tmp_path / "a.mp4", 10)
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert frames == 15 and seconds == pytest.approx(1.5, abs=0.15)


def test_progress_is_reported_and_cancel_leaves_nothing(renderer, tmp_path):
    from app.render.animation import Cancelled

    seen = []
    times = frame_times(300.0, 400.0, fps=10, speed=10, duration=0.5)
    write_animation(renderer, times, tmp_path / "a.gif", 10, seen.append)
    assert seen == [0, 1, 2, 3, 4, 5]
    with pytest.raises(Cancelled):
        write_animation(renderer, times, tmp_path / "b.gif", 10, lambda i: i < 2)
    assert not (tmp_path / "b.gif").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gif"]
