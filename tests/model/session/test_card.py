"""The technique card's words come from techniques.toml, for every technique on every zone."""

import dataclasses

import msgspec
import pytest

from app.model.errors import DorsumError
from app.model.plans.operations import default_plan, plan_timeline
from app.model.session.card import CONTACT_WORDS, HANDS_WORDS, TEMPO_UNITS, technique_card
from app.model.session.timeline import build_timeline
from app.model.vocabulary import CONTACT_PARTS, HANDS_MODES, MOTIONS


def _uses(zone_set):
    return [(zone.id, t) for zone in zone_set.zones for t in dict.fromkeys(s.technique for s in zone.steps)]


def test_every_card_s_fields_come_from_the_technique_s_data(zone_set):
    for zone_id, technique in [(None, t.id) for t in zone_set.techniques] + _uses(zone_set):
        spec = zone_set.technique(technique)
        card = technique_card(zone_set, technique, zone_id)
        fields = dict(card.fields())
        assert list(fields) == ["Contact", "Posture", "Path", "Tempo", "Direction", "Source"]
        # the lower back's own hand has its own words where the technique's do not fit it
        posture = spec.lower_back.posture if card.lower_back and spec.lower_back.posture else spec.posture
        assert fields["Posture"].startswith(posture)
        assert fields["Path"] == spec.path and fields["Direction"] == spec.direction
        assert fields["Tempo"].startswith(f"{spec.tempo:g} ")
        assert CONTACT_WORDS[card.contact][4:] in fields["Contact"]  # "the " dropped at the start
        assert f"With {CONTACT_WORDS[card.contact]} on the skin" in card.how_to()
        cited = {(c.source, c.quote or c.row or c.why) for c in spec.cite}
        if card.lower_back:
            cited |= {(c.source, c.quote or c.row) for c in spec.lower_back.cite}
        assert (card.source.source, card.source.text) in cited, (zone_id, technique)
        assert card.source.source in fields["Source"] and card.source.text in fields["Source"]
        how = card.how_to()
        for text in (posture, spec.path, spec.direction, card.tempo_text[1:]):
            assert text in how


def test_the_lower_back_card_describes_the_hand_it_shows(zone_set):
    """The lumbar rubbing is done with the knuckles: its card says so, not "their pads"."""
    card = technique_card(zone_set, "rubbing", "lumbar")
    assert card.contact == "knuckles" and "knuckles" in card.posture and "pads" not in card.posture


def test_the_card_s_hand_is_the_one_the_session_uses(zone_set):
    timeline = build_timeline(zone_set)
    for step in timeline.steps:
        card = technique_card(zone_set, step.technique, step.zone)
        first = next(s for s in timeline.zone_steps(step.zone) if s.technique == step.technique)
        assert (card.contact, card.pose, card.hands) == (first.contact, first.pose, first.hands)


def test_the_lower_back_is_worked_with_the_outer_side_of_the_palm(zone_set):
    card = technique_card(zone_set, "rubbing", "lumbar")
    assert card.lower_back and card.contact == "knuckles" and "outer side of the palm" in card.contact_text
    assert card.source.source.startswith("003_") and "outer side of the palm" in card.source.text
    upper = technique_card(zone_set, "rubbing", "collar")
    assert not upper.lower_back and upper.contact == zone_set.technique("rubbing").contact


def test_a_zone_s_own_hand_shows_on_its_card(zone_set):
    kneading = technique_card(zone_set, "kneading", "lumbar")
    assert kneading.hands == "reinforced" and "one hand on the other" in kneading.how_to()
    scapular = technique_card(zone_set, "rubbing", "scapular")
    assert scapular.hands == "one_lifts" and "lifts the shoulder" in scapular.how_to()


def test_a_new_tempo_and_a_new_sentence_show_on_the_card(zone_set):
    assert technique_card(zone_set, "stroking", tempo=40).tempo_text == "40 strokes a minute"
    spec = zone_set.technique("shaking")
    edited = msgspec.structs.replace(spec, path="Side to side, loosely.")
    techniques = tuple(edited if t.id == "shaking" else t for t in zone_set.techniques)
    card = technique_card(dataclasses.replace(zone_set, techniques=techniques), "shaking")
    assert dict(card.fields())["Path"] == "Side to side, loosely."


def test_bad_requests_name_what_is_known(zone_set):
    with pytest.raises(DorsumError, match="zone 'lumbar' has no shaking step; its techniques: stroking"):
        technique_card(zone_set, "shaking", "lumbar")
    with pytest.raises(DorsumError, match="unknown technique 'tickling'"):
        technique_card(zone_set, "tickling")
    with pytest.raises(DorsumError, match="unknown zone 'neck'"):
        technique_card(zone_set, "stroking", "neck")


def test_every_word_list_covers_its_vocabulary():
    assert set(CONTACT_WORDS) == set(CONTACT_PARTS)
    assert set(HANDS_WORDS) == set(HANDS_MODES)
    assert set(TEMPO_UNITS) == set(MOTIONS)


def test_the_plan_s_steps_use_the_zone_s_hand(zone_set):
    """The window plays the plan: its steps carry the hand the seeds' session gives them."""
    seeds = build_timeline(zone_set)
    plan = plan_timeline(default_plan(zone_set), zone_set)
    assert [(s.contact, s.pose, s.hands) for s in plan.steps] == [(s.contact, s.pose, s.hands) for s in seeds.steps]


def test_a_zone_that_rubs_twice_has_a_card_for_each_way(zone_set):
    """The scapular zone rubs under the lifted blade, then at its angle with the thumb spread
    wide: each of its steps has its own card, found from the step as the session runs it."""
    from app.model.session.card import card_step, occurrence

    first, second = (technique_card(zone_set, "rubbing", "scapular", nth=n) for n in (0, 1))
    assert (first.hands, first.held) == ("one_lifts", None)
    assert second.held == "wide_thumb" and "thumb spread wide" in second.posture_in()
    assert technique_card(zone_set, "rubbing", "scapular", nth=9) == second  # its last, past the end
    timeline = build_timeline(zone_set)
    rubs = [s for s in timeline.steps if (s.zone, s.technique) == ("scapular", "rubbing")]
    assert [occurrence(timeline, s) for s in rubs] == [0, 1]
    assert card_step(timeline, "rubbing", "scapular", nth=1) == rubs[1]
    finale = [s for s in timeline.steps if s.finale and s.technique == "stroking"]
    assert card_step(timeline, "stroking", "whole_back", finale=True) == finale[0]
    assert occurrence(timeline, finale[0]) == 0  # counted apart from the zone's own strokes
