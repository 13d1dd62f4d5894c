"""The technique card's close-up: the hands 2.5× larger than in a frame of the whole back, the
camera keeping the working hand in the picture, and the card's words legible beside it."""

import numpy as np
import pytest

from app.model.session.card import card_step, technique_card
from app.model.session.motion import Motion
from app.model.session.timeline import build_timeline
from app.render.animation import qimage_rgb
from app.render.frames import FrameRenderer
from app.render.motion_scene import HAND_SKIN, HAND_SKIN_TOP, MotionScene
from app.render.scene import BackScene
from app.render.style import Style
from app.render.technique_card import CLOSE_UP, CloseUpRenderer, loop_span


def skin(image, rect=None) -> int:
    """Pixels of the hands' skin (a working hand is drawn opaque in it)."""
    rgb = qimage_rgb(image).astype(int)
    if rect is not None:
        r = rect.toRect()
        rgb = rgb[r.top():r.bottom() + 1, r.left():r.right() + 1]
    return int(sum((np.abs(rgb - np.array(c)).sum(axis=2) < 24).sum() for c in (HAND_SKIN, HAND_SKIN_TOP)))


@pytest.fixture(scope="module")
def motion(atlas):
    return Motion.of(atlas, build_timeline(atlas.zone_set))


def test_the_close_up_shows_the_hands_2_5_times_the_whole_back_s_scale(qapp, motion):
    step = card_step(motion.timeline, "kneading", "lumbar")
    a, b = loop_span(motion, step)
    close = CloseUpRenderer(motion, step, 960, 540, span=(a, b))
    scene = BackScene(motion.atlas, Style.for_output(960, 540))
    normal = FrameRenderer(scene, MotionScene(motion, scene.style), 960, 540, follow=True)
    assert close.scale == pytest.approx(CLOSE_UP * close.normal)
    times = np.linspace(a, b, 6, endpoint=False)
    big = max(skin(close.frame(t), close.picture) for t in times)
    small = max(skin(normal.frame(t)) for t in times)

    assert small > 0 and big >= 4 * small, (big, small)  # the area grows with the square: 2.5² ≈ 6
    assert big >= 0.08 * close.picture.width() * close.picture.height()  # the hand fills a good part of it


@pytest.mark.parametrize("zone, technique", [("whole_back", "stroking"), ("scapular", "rubbing"),
                                             ("lumbar", "percussion"), ("collar", "shaking")])
def test_the_camera_keeps_the_working_hand_in_the_picture(qapp, motion, zone, technique):
    step = card_step(motion.timeline, technique, zone)
    a, b = loop_span(motion, step)
    card = CloseUpRenderer(motion, step, 640, 640, span=(a, b))
    times = np.linspace(a, np.nextafter(b, a), 40)
    for hand in motion.hands(times, step):
        for t, (x, y), works in zip(hand.t, hand.xy, hand.working):
            if works:
                assert card.view_rect(t).contains(x, -y), (t, x, y)


def test_the_caption_has_the_card_s_words_in_legible_type(qapp, motion, zone_set):
    for size in ((960, 540), (540, 960), (1920, 1080)):
        step = card_step(motion.timeline, "rubbing", "lumbar")
        card = CloseUpRenderer(motion, step, *size, span=loop_span(motion, step))
        words = technique_card(zone_set, "rubbing", "lumbar")
        assert card.card == words
        blocks = dict(card.caption_blocks())
        assert blocks["title"] == "Rubbing (friction)" and "Lumbar" in blocks["where"]
        assert [k for k in blocks if k not in ("title", "where")] == [label for label, _ in words.fields()]
        assert card.caption_px() >= 14 * min(size) / 540  # 14 px on a phone's 960×540, and up with the frame
        assert card.panel.intersected(card.picture).isEmpty()
