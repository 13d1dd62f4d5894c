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


def _full_blit(renderer, t, into=None):
    """The frame at ``t`` painted over the whole page, as if the image were new."""
    renderer._painted.pop(id(renderer.image if into is None else into))
    return qimage_rgb(renderer.frame(t, into=into))


def test_a_frame_over_the_last_one_equals_a_frame_over_the_page(renderer):
    """Each frame puts back only what the previous frame in that image painted over: the
    same pixels as painting over the whole page, in either of two images used in turn (the
    MP4 export's), and after someone painted on the returned image."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter

    spare = renderer.new_image()
    for i, t in enumerate((400.0, 400.4, 401.0, 403.5, 900.0, 120.0, 121.0, 1500.0)):
        into = spare if i % 2 else None
        over_last = qimage_rgb(renderer.frame(t, into=into))
        assert (over_last == _full_blit(renderer, t, into)).all(), t
    image = renderer.frame(410.0)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, 480, 270), QColor("red"))
    painter.end()
    assert (qimage_rgb(renderer.frame(411.0)) == _full_blit(renderer, 411.0)).all()


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


def test_rubbing_and_kneading_look_different_where_the_hand_is(qapp, zone_set, atlas):
    """A student tells rubbing from kneading by watching: the hand held for each (finger pads,
    bent fingers; the whole hand gripping, thumb opposed) looks different. Only the hands are
    painted, each centred on its contact, so nothing else can make the pictures differ."""
    import numpy as np
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    style = Style.for_output(960, 540)
    motion = Motion.of(atlas, build_timeline(zone_set))
    scene = MotionScene(motion, style)
    scene.show_dose = False
    steps = {s.technique: s for s in motion.timeline.steps if s.zone == "lower_thoracic"}

    def hand_picture(technique):
        step = steps[technique]
        t = next(t for t in np.arange(step.start_s + 1.0, step.end_s, 0.1)
                 if any(h.hand == "right" and h.contact[0] for h in motion.hands([t], step)))
        scene.set_time(float(t))
        for trail in scene._trails.values():
            trail.setVisible(False)
        hand = next(h for h in motion.hands([t], step) if h.hand == "right")
        x, y = hand.xy[0]
        image = QImage(200, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 200, 200), QRectF(x - 12, -y - 12, 24, 24))
        painter.end()
        return qimage_rgb(image).astype(int)

    rubbing, kneading = hand_picture("rubbing"), hand_picture("kneading")
    drawn = lambda a: (a < 250).any(axis=2)  # noqa: E731
    assert drawn(rubbing).mean() > 0.2 and drawn(kneading).mean() > 0.2  # a hand fills each picture
    changed = (np.abs(rubbing - kneading).max(axis=2) > 40).mean()
    assert changed > 0.15, f"only {changed:.0%} of the hand's picture differs"
