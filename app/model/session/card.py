"""A technique card: how the hand does a technique, in words, from ``techniques.toml``.

The window's card, presenter mode, the close-up export, Guidance and the quiz's feedback all
read these fields, so the words are written once: the part of the hand on the skin (the lower
back's own where the zone is the lower back, seed 003), how the hand is held, its path, its
tempo, which way it runs, and the sentences it comes from.

>>> from app.model.zonefiles.loader import default_zones_dir, load_zone_set
>>> card = technique_card(load_zone_set(default_zones_dir()), "rubbing", "lumbar")
>>> card.contact, card.lower_back, card.tempo_text
('knuckles', True, '65 circles a minute')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import DorsumError
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import Cite, StepSpec, TechniqueSpec, ZoneSpec
from .timeline import Step, Timeline, hand_use

__all__ = ["CONTACT_WORDS", "POSE_WORDS", "HANDS_WORDS", "TEMPO_UNITS", "CardSource", "TechniqueCard",
           "technique_card", "zone_step", "card_step"]

#: The part of the hand on the skin, in words (vocabulary.CONTACT_PARTS).
CONTACT_WORDS = {
    "palm": "the whole palm", "heel": "the heel of the palm", "ulnar_edge": "the little-finger (ulnar) edge",
    "finger_pads": "the finger pads", "fingertips": "the fingertips", "thumb": "the thumb",
    "knuckles": "the knuckles of a loose fist", "fist": "the fist", "cupped_palm": "the cupped palm",
    "back_of_hand": "the back of the hand", "forearm": "the forearm",
}
#: How the hand is held, where a zone's step holds it otherwise than the technique does.
POSE_WORDS = {
    "flat": "flat, the fingers together", "grasp": "gripping, the thumb opposed to the fingers",
    "wide_thumb": "with the thumb spread wide from the index finger", "heel": "on the heel of the palm",
    "edge": "on its little-finger edge", "fingertips": "on its fingertips, the fingers bent",
    "fist": "in a loose fist", "cupped": "cupped",
}
#: What the two hands do together (vocabulary.HANDS_MODES).
HANDS_WORDS = {
    "both": "both hands at once, each on its own side of the spine",
    "alternating": "the two hands take turns",
    "reinforced": "one hand on the other, weighting it (one side, then the other)",
    "one_lifts": "one palm lifts the shoulder while the other hand works under the blade (one side, then the other)",
}
#: What one beat of each motion is called, for the tempo.
TEMPO_UNITS = {"glide": "strokes", "heavy_glide": "strokes", "circles": "circles", "kneading": "cycles",
               "oscillation": "oscillations", "taps": "taps", "shake": "shakes"}
#: The reference sheets a citation names by a row.
_SHEETS = ("anatomy.md", "muscles-and-hands.md")


@dataclass(frozen=True)
class CardSource:
    """One citation: the file it comes from and its words (a quote, a reference row, or the
    reason for a decision of Dorsum's)."""

    source: str
    text: str
    kind: str  # "quote", "row" or "decision"

    @classmethod
    def of(cls, cite: Cite) -> CardSource:
        if cite.source == "dorsum":
            return cls("Dorsum", cite.why, "decision")
        if cite.quote:
            return cls(cite.source, cite.quote, "quote")
        return cls(cite.source, cite.row or cite.why, "row")

    @property
    def line(self) -> str:
        """``001_6de….txt: “…”``; ``muscles-and-hands.md, row …``; ``Dorsum's decision: …``."""
        if self.kind == "decision":
            return f"Dorsum's decision: {self.text}"
        if self.kind == "row":
            return f"{self.source}, row “{self.text}”"
        return f"{self.source}: “{self.text}”"


@dataclass(frozen=True)
class TechniqueCard:
    """The card's fields for one technique, on one zone (or as the technique does it anywhere)."""

    technique: str
    name: str
    zone: str | None
    zone_name: str
    contact: str  # vocabulary.CONTACT_PARTS
    pose: str  # vocabulary.HAND_POSES
    hands: str  # vocabulary.HANDS_MODES
    lower_back: bool  # the lower back's hand (seed 003) replaced the technique's own
    posture: str
    path: str
    direction: str
    tempo: float  # beats a minute
    tempo_unit: str
    sources: tuple[CardSource, ...]

    @property
    def contact_text(self) -> str:
        words = CONTACT_WORDS.get(self.contact, self.contact.replace("_", " "))
        if self.lower_back:
            words += ": the lower back is worked with the outer side of the palm (seed 003)"
        return words[0].upper() + words[1:]

    @property
    def tempo_text(self) -> str:
        text = f"{self.tempo:g} {self.tempo_unit} a minute"
        if self.tempo >= 120:
            text += f" ({self.tempo / 60:g} a second)"
        return text

    @property
    def hands_text(self) -> str:
        return HANDS_WORDS.get(self.hands, self.hands)

    @property
    def source(self) -> CardSource:
        """The source sentence: the first quoted from a seed, else the first citation."""
        quotes = [s for s in self.sources if s.kind == "quote" and s.source not in _SHEETS]
        return (quotes or list(self.sources))[0]

    def fields(self) -> tuple[tuple[str, str], ...]:
        """(label, text) in the card's order: contact, posture, path, tempo, direction, source."""
        return (("Contact", self.contact_text), ("Posture", self.posture), ("Path", self.path),
                ("Tempo", f"{self.tempo_text}; {self.hands_text}."), ("Direction", self.direction),
                ("Source", self.source.line))

    def how_to(self) -> str:
        """How the hand does it, in one paragraph (Guidance, captions, the quiz's feedback)."""
        contact = CONTACT_WORDS.get(self.contact, self.contact.replace("_", " "))
        region = " (the lower back is worked with the outer side of the palm, seed 003)" if self.lower_back else ""
        return (f"With {contact} on the skin{region}. {self.posture} {self.path} {self.tempo_text[0].upper()}"
                f"{self.tempo_text[1:]}, {self.hands_text}. {self.direction}")


def zone_step(zone: ZoneSpec, technique: str) -> StepSpec:
    """The zone's first step of ``technique`` (its finale's, if only the finale has one), or
    an error naming the techniques it has."""
    step = next((s for s in (*zone.steps, *zone.finale) if s.technique == technique), None)
    if step is None:
        known = ", ".join(dict.fromkeys(s.technique for s in (*zone.steps, *zone.finale)))
        raise DorsumError(f"zone {zone.id!r} has no {technique} step; its techniques: {known}")
    return step


def _posture(spec: TechniqueSpec, pose: str, default_pose: str) -> str:
    if pose == default_pose:
        return spec.posture
    return f"{spec.posture} Here the hand is held {POSE_WORDS.get(pose, pose)}."


def technique_card(zone_set: ZoneSet, technique_id: str, zone_id: str | None = None,
                   tempo: float | None = None) -> TechniqueCard:
    """The card of ``technique_id`` as ``zone_id`` does it (its first step of that technique),
    or as the technique itself does it; ``tempo`` when the session runs it at another pace.
    An unknown technique or zone, or a zone without that technique, is a DorsumError."""
    spec = zone_set.technique(technique_id)
    contact: str = spec.contact
    pose: str = spec.pose
    hands: str = spec.hands
    lower_back = False
    posture = _posture(spec, spec.pose, spec.pose)
    cites = list(spec.cite)
    zone_name = ""
    if zone_id is not None:
        zone = zone_set.zone(zone_id)
        zone_name = zone.name
        step = zone_step(zone, technique_id)
        contact, pose, hands = hand_use(zone, step, spec)
        posture = _posture(spec, pose, spec.pose)
        # the region's hand first (seed 003), then how the technique is done, then where the
        # zone's step comes from (mostly the order of the work: not the card's sentence)
        if zone.lower_back and spec.lower_back is not None:
            lower_back = True
            posture = spec.lower_back.posture or posture
            cites = list(spec.lower_back.cite) + cites
        cites = list(dict.fromkeys(cites + list(step.cite)))
    return TechniqueCard(
        technique=spec.id, name=spec.name, zone=zone_id, zone_name=zone_name, contact=contact, pose=pose,
        hands=hands, lower_back=lower_back, posture=posture, path=spec.path,
        direction=spec.direction, tempo=float(tempo if tempo is not None else spec.tempo),
        tempo_unit=TEMPO_UNITS.get(spec.motion, "beats"), sources=tuple(CardSource.of(c) for c in cites))


def card_step(timeline: Timeline, technique: str, zone_id: str | None = None) -> Step:
    """The step a card's close-up plays: the first of ``technique`` (on ``zone_id``) in the
    session, or an error saying there is none."""
    for step in timeline.steps:
        if step.technique == technique and zone_id in (None, step.zone):
            return step
    where = f"zone {zone_id!r}" if zone_id else "the session"
    raise DorsumError(f"{where} has no {technique} step")
