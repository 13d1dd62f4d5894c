"""The session timeline: order and durations as the seeds give them, both directions."""

import pytest

from app.model.session.timeline import build_timeline, step_minutes
from app.model.zonefiles.spec import minutes_range


@pytest.mark.parametrize("variant", ["general", "therapeutic"])
def test_every_zone_takes_the_minutes_its_file_gives(zone_set, variant):
    timeline = build_timeline(zone_set, variant)
    for zone in zone_set.zones:
        lo, hi = minutes_range(getattr(zone.minutes, variant))
        total = sum(s.duration_s for s in timeline.zone_steps(zone.id) if not s.finale) / 60
        assert lo - 1e-9 <= total <= hi + 1e-9, zone.id


def test_seed_durations(zone_set):
    general = build_timeline(zone_set, "general")
    minutes = {z: sum(s.duration_s for s in general.zone_steps(z) if not s.finale) / 60 for z in
               ("whole_back", "collar", "lower_thoracic", "lumbar")}
    assert 5 <= minutes["whole_back"] <= 6  # seed 001: "lasting 5-6 minutes"
    assert 10 <= minutes["collar"] <= 15  # "takes 10-15 minutes"
    assert 4 <= minutes["lower_thoracic"] <= 5  # "4-5 minutes"
    assert 5 <= minutes["lumbar"] <= 6  # "5-6 minutes"
    therapeutic = build_timeline(zone_set, "therapeutic")
    assert sum(s.duration_s for s in therapeutic.zone_steps("lumbar")) == pytest.approx(20 * 60)  # "20 minutes"
    assert sum(s.duration_s for s in therapeutic.zone_steps("lower_thoracic")) <= 15 * 60  # "up to 15"
    collar = [s for s in general.zone_steps("collar") if s.technique == "kneading"]
    # "The duration of kneading is 7-12 minutes", within "no more than 10 minutes"
    assert 7 * 60 <= collar[0].duration_s <= 10 * 60


@pytest.mark.parametrize("variant", ["general", "therapeutic"])
def test_a_whole_session_fits_the_seeds_30_to_60_minutes(zone_set, variant):
    assert 30 * 60 <= build_timeline(zone_set, variant).total_s <= 60 * 60


def test_bottom_up_by_default_and_top_down_for_high_blood_pressure(zone_set):
    def zones(timeline):
        return list(dict.fromkeys(s.zone for s in timeline.steps))

    up = zones(build_timeline(zone_set))
    down = zones(build_timeline(zone_set, direction="top-down"))
    assert up == ["whole_back", "lumbar", "lower_thoracic", "scapular", "collar"]
    assert down == ["whole_back", "collar", "scapular", "lower_thoracic", "lumbar"]
    with pytest.raises(ValueError, match="direction"):
        build_timeline(zone_set, direction="sideways")


def test_every_zone_starts_and_ends_with_stroking_collar_shakes_before(zone_set):
    timeline = build_timeline(zone_set)
    for zone in zone_set.zones:
        techniques = [s.technique for s in timeline.zone_steps(zone.id)]
        assert techniques[0] == "stroking" and techniques[-1] == "stroking", zone.id
    collar = [s.technique for s in timeline.zone_steps("collar")]
    assert collar == ["stroking", "squeezing", "rubbing", "stroking", "kneading", "vibration", "shaking", "stroking"]
    lumbar = [s.technique for s in timeline.zone_steps("lumbar")]
    assert lumbar.index("squeezing") < lumbar.index("rubbing") < lumbar.index("kneading") < lumbar.index("percussion")


def test_steps_run_back_to_back_and_step_at_finds_them(zone_set):
    timeline = build_timeline(zone_set)
    for a, b in zip(timeline.steps, timeline.steps[1:]):
        assert b.start_s == pytest.approx(a.end_s)
    for step in timeline.steps:
        assert timeline.step_at(step.start_s + step.duration_s / 2) is step
    assert timeline.step_at(-5) is timeline.steps[0]
    assert timeline.step_at(timeline.total_s + 5) is timeline.steps[-1]


def test_json_form(zone_set):
    steps = build_timeline(zone_set).to_json()
    assert set(steps[0]) == {"zone", "technique", "start_s", "duration_s", "lines", "pressure", "contact", "hands",
                             "finale"}
    assert steps[0]["start_s"] == 0 and all(0 <= s["pressure"] <= 1 for s in steps)


def test_step_minutes_scale_into_the_zone_range(zone_set):
    for zone in zone_set.zones:
        for variant in ("general", "therapeutic"):
            lo, hi = minutes_range(getattr(zone.minutes, variant))
            assert lo - 1e-9 <= sum(step_minutes(zone, variant)) <= hi + 1e-9


def test_the_clock_reads_a_sum_of_steps_as_its_whole_seconds():
    from app.model.session.timeline import clock

    assert clock(1950.0) == "32:30" and clock(1949.9999999) == "32:30"  # a float sum a hair under
    assert clock(59.4) == "0:59" and clock(-3.0) == "0:00"


def test_the_session_s_total_reads_as_the_window_shows_it(zone_set):
    from app.model.session.timeline import clock

    total = build_timeline(zone_set).total_s
    assert clock(total) == "32:30"  # 32.5 min: the protocol said 32 min 29 s
