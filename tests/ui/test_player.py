"""The one clock: play, pause, seek, speed, steps and looping, under qtbot."""

import pytest

from app.model.session.timeline import build_timeline
from app.ui.player import SPEEDS, Player


@pytest.fixture
def player(qtbot, zone_set):
    return Player(build_timeline(zone_set))


def test_play_and_pause_with_the_real_timer(player, qtbot):
    player.set_speed(60.0)
    with qtbot.waitSignal(player.time_changed, timeout=2000):
        player.play()
    assert player.playing
    qtbot.wait(200)
    player.pause()
    assert not player.playing
    t = player.t
    assert t > 0
    qtbot.wait(100)
    assert player.t == t  # paused: the clock stands still


def test_advance_follows_the_speed(player):
    player.set_speed(10.0)
    player.advance(1.5)
    assert player.t == pytest.approx(15.0)
    player.set_speed(60.0)
    player.advance(1.0)
    assert player.t == pytest.approx(75.0)
    with pytest.raises(ValueError):
        player.set_speed(0)
    assert SPEEDS[0] == 1.0 and SPEEDS[-1] == 60.0


def test_seek_clamps_and_steps_move_between_steps(player):
    timeline = player.timeline
    player.seek(-10)
    assert player.t == 0
    player.seek(timeline.total_s + 100)
    assert player.t == timeline.total_s
    player.seek(0)
    player.next_step()
    assert player.t == timeline.steps[1].start_s
    player.next_step()
    player.previous_step()  # at a step's start: back to the one before
    assert player.t == timeline.steps[1].start_s
    player.seek(timeline.steps[3].start_s + 10)
    player.previous_step()  # inside a step: back to its start
    assert player.t == timeline.steps[3].start_s


def test_loop_repeats_one_step(player):
    step = player.timeline.steps[2]
    player.seek(step.start_s + step.duration_s - 1)
    player.set_loop(True)
    player.set_speed(1.0)
    player.advance(3.0)
    assert step.start_s <= player.t < step.start_s + 3.0
    player.set_loop(False)
    player.seek(step.end_s - 1)
    player.advance(3.0)
    assert player.t > step.end_s


def test_the_end_stops_the_clock(player, qtbot):
    player.seek(player.timeline.total_s - 1)
    player.play()
    player.set_speed(60.0)
    player.advance(5.0)
    assert player.t == player.timeline.total_s and not player.playing
