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

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import DorsumError
from ..phrasing import N_, Tr, english
from ..zonefiles.loader import ZoneSet
from ..zonefiles.spec import Cite, StepSpec, TechniqueSpec, ZoneSpec
from .timeline import Step, Timeline, hand_use, zone_steps

__all__ = ["CONTACT_WORDS", "POSE_WORDS", "HANDS_WORDS", "TEMPO_UNITS", "CardSource", "TechniqueCard",
           "technique_card", "zone_step", "card_step", "occurrence"]

#: The part of the hand on the skin, in words (vocabulary.CONTACT_PARTS).
CONTACT_WORDS = {
    "palm": N_("the whole palm"), "heel": N_("the heel of the palm"),
    "ulnar_edge": N_("the little-finger (ulnar) edge"),
    "finger_pads": N_("the finger pads"), "fingertips": N_("the fingertips"), "thumb": N_("the thumb"),
    "knuckles": N_("the knuckles of a loose fist"), "fist": N_("the fist"), "cupped_palm": N_("the cupped palm"),
    "back_of_hand": N_("the back of the hand"), "forearm": N_("the forearm"),
}
#: How the hand is held, where a zone's step holds it otherwise than the technique does.
POSE_WORDS = {
    "flat": N_("flat, the fingers together"), "grasp": N_("gripping, the thumb opposed to the fingers"),
    "wide_thumb": N_("with the thumb spread wide from the index finger"), "heel": N_("on the heel of the palm"),
    "edge": N_("on its little-finger edge"), "fingertips": N_("on its fingertips, the fingers bent"),
    "fist": N_("in a loose fist"), "cupped": N_("cupped"),
}
#: What the two hands do together (vocabulary.HANDS_MODES).
HANDS_WORDS = {
    "both": N_("both hands at once, each on its own side of the spine"),
    "alternating": N_("the two hands take turns"),
    "reinforced": N_("one hand on the other, weighting it (one side, then the other)"),
    "one_lifts": N_("one palm lifts the shoulder while the other hand works under the blade "
                    "(one side, then the other)"),
}
#: What one beat of each motion is called, for the tempo.
TEMPO_UNITS = {"glide": N_("strokes"), "heavy_glide": N_("strokes"), "circles": N_("circles"), "kneading": N_("cycles"),
               "oscillation": N_("oscillations"), "taps": N_("taps"), "shake": N_("shakes")}


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
        return self.line_in()

    def line_in(self, tr: Tr = english) -> str:
        """:attr:`line` with its words translated by ``tr``."""
        if self.kind == "decision":
            return tr("Dorsum's decision: {text}").format(text=self.text)
        if self.kind == "row":
            return tr("{source}, row “{text}”").format(source=self.source, text=self.text)
        return tr("{source}: “{text}”").format(source=self.source, text=self.text)


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
    held: str | None = None  # how the zone's step holds the hand, where not as the technique does

    @property
    def contact_text(self) -> str:
        return self.contact_in()

    @property
    def tempo_text(self) -> str:
        return self.tempo_in()

    @property
    def hands_text(self) -> str:
        return self.hands_in()

    def contact_in(self, tr: Tr = english) -> str:
        """The part of the hand on the skin, its words translated by ``tr``."""
        words = tr(CONTACT_WORDS.get(self.contact, self.contact.replace("_", " ")))
        if self.lower_back:
            words += tr(": the lower back is worked with the outer side of the palm (seed 003)")
        return words[0].upper() + words[1:]

    def tempo_in(self, tr: Tr = english) -> str:
        text = tr("{tempo} {unit} a minute").format(tempo=f"{self.tempo:g}", unit=tr(self.tempo_unit))
        if self.tempo >= 120:
            text += tr(" ({rate} a second)").format(rate=f"{self.tempo / 60:g}")
        return text

    def hands_in(self, tr: Tr = english) -> str:
        return tr(HANDS_WORDS.get(self.hands, self.hands))

    @property
    def source(self) -> CardSource:
        """The source sentence: the first quoted from a seed, else the first citation."""
        quotes = [s for s in self.sources if s.kind == "quote" and s.source not in _SHEETS]
        return (quotes or list(self.sources))[0]

    def fields(self, tr: Tr = english) -> tuple[tuple[str, str], ...]:
        """(label, text) in the card's order: contact, posture, path, tempo, direction, source;
        the card's own words translated by ``tr`` (the zone files' texts come in their language)."""
        return ((tr("Contact"), self.contact_in(tr)), (tr("Posture"), self.posture_in(tr)), (tr("Path"), self.path),
                (tr("Tempo"), f"{self.tempo_in(tr)}; {self.hands_in(tr)}."), (tr("Direction"), self.direction),
                (tr("Source"), self.source.line_in(tr)))

    def posture_in(self, tr: Tr = english) -> str:
        """The posture, and how the zone's step holds the hand where that differs."""
        if self.held is None:
            return self.posture
        return f"{self.posture} " + tr("Here the hand is held {pose}.").format(pose=tr(POSE_WORDS.get(self.held,
                                                                                                     self.held)))

    def how_to(self, tr: Tr = english) -> str:
        """How the hand does it, in one paragraph (Guidance, captions, the quiz's feedback)."""
        contact = tr(CONTACT_WORDS.get(self.contact, self.contact.replace("_", " ")))
        region = tr(" (the lower back is worked with the outer side of the palm, seed 003)") if self.lower_back else ""
        tempo = self.tempo_in(tr)
        return (tr("With {contact} on the skin").format(contact=contact) + f"{region}. {self.posture_in(tr)} "
                f"{self.path} {tempo[0].upper()}{tempo[1:]}, {self.hands_in(tr)}. {self.direction}")


def zone_step(zone: ZoneSpec, technique: str, nth: int = 0, finale: bool = False,
              techniques: Mapping[str, TechniqueSpec] | None = None) -> StepSpec:
    """The zone's ``nth`` step of ``technique`` (its last, if it has fewer), among its steps as
    a session runs them (with the strokes put in, given ``techniques``) or among its finale's;
    the finale's if only the finale has one. An error names the techniques it has."""
    steps = list(zone.finale) if finale else (zone_steps(zone, techniques) if techniques else list(zone.steps))
    same = [s for s in steps if s.technique == technique] or [s for s in zone.finale if s.technique == technique]
    if not same:
        known = ", ".join(dict.fromkeys(s.technique for s in (*zone.steps, *zone.finale)))
        raise DorsumError(f"zone {zone.id!r} has no {technique} step; its techniques: {known}")
    return same[min(nth, len(same) - 1)]


def occurrence(timeline: Timeline, step: Step) -> int:
    """How many steps of the same technique the same zone (and part: its own, or the finale)
    has before ``step``: which of the zone's steps of that technique it is."""
    return sum(1 for s in timeline.steps[:step.index]
               if (s.zone, s.technique, s.finale) == (step.zone, step.technique, step.finale))


def technique_card(zone_set: ZoneSet, technique_id: str, zone_id: str | None = None,
                   tempo: float | None = None, nth: int = 0, finale: bool = False) -> TechniqueCard:
    """The card of ``technique_id`` as ``zone_id`` does it (its ``nth`` step of that technique,
    the first by default; ``finale`` for the steps that close the session), or as the technique
    itself does it; ``tempo`` when the session runs it at another pace. An unknown technique or
    zone, or a zone without that technique, is a DorsumError."""
    spec = zone_set.technique(technique_id)
    contact: str = spec.contact
    pose: str = spec.pose
    hands: str = spec.hands
    lower_back = False
    posture, held = spec.posture, None
    cites = list(spec.cite)
    zone_name = ""
    if zone_id is not None:
        zone = zone_set.zone(zone_id)
        zone_name = zone.name
        step = zone_step(zone, technique_id, nth, finale, {t.id: t for t in zone_set.techniques})
        contact, pose, hands = hand_use(zone, step, spec)
        held = pose if pose != spec.pose else None
        # the region's hand first (seed 003), then how the technique is done, then where the
        # zone's step comes from (mostly the order of the work: not the card's sentence)
        if zone.lower_back and spec.lower_back is not None:
            lower_back = True
            if spec.lower_back.posture:  # the lower back's hand in its own words
                posture, held = spec.lower_back.posture, None
            cites = list(spec.lower_back.cite) + cites
        cites = list(dict.fromkeys(cites + list(step.cite)))
    return TechniqueCard(
        technique=spec.id, name=spec.name, zone=zone_id, zone_name=zone_name, contact=contact, pose=pose,
        hands=hands, lower_back=lower_back, posture=posture, path=spec.path,
        direction=spec.direction, tempo=float(tempo if tempo is not None else spec.tempo),
        tempo_unit=TEMPO_UNITS.get(spec.motion, N_("beats")), sources=tuple(CardSource.of(c) for c in cites), held=held)


def card_step(timeline: Timeline, technique: str, zone_id: str | None = None, nth: int = 0,
              finale: bool | None = None) -> Step:
    """The step a card's close-up plays: the ``nth`` of ``technique`` (on ``zone_id``; in the
    finale or not, if ``finale`` says) in the session, its last if it has fewer, or an error
    saying there is none."""
    same = [s for s in timeline.steps
            if s.technique == technique and zone_id in (None, s.zone) and finale in (None, s.finale)]
    if same:
        return same[min(nth, len(same) - 1)]
    where = f"zone {zone_id!r}" if zone_id else "the session"
    raise DorsumError(f"{where} has no {technique} step")
