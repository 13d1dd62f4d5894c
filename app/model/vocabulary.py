"""Dorsum's words, in one place: the seven techniques, the node groups, the mask rules, the
motion models, pressure in words, and the one way a lookup by id fails.

>>> TECHNIQUES[:3]
('stroking', 'squeezing', 'rubbing')
>>> pressure_word(0.25), pressure_word(0.75)
('light', 'firm')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol, TypeVar, get_args

from .errors import DorsumError

__all__ = [
    "Technique",
    "TECHNIQUES",
    "NodeGroup",
    "NODE_GROUPS",
    "MaskRule",
    "SessionDirection",
    "SESSION_DIRECTIONS",
    "SessionVariant",
    "SESSION_VARIANTS",
    "MASK_RULES",
    "MotionKind",
    "MOTIONS",
    "MuscleLayer",
    "MUSCLE_LAYERS",
    "FibreDirection",
    "FIBRE_DIRECTIONS",
    "FIBRE_WORDS",
    "ContactPart",
    "CONTACT_PARTS",
    "HandPose",
    "HAND_POSES",
    "HandsMode",
    "HANDS_MODES",
    "PRESSURE_WORDS",
    "pressure_word",
    "UnknownId",
    "by_id",
]

#: The seven techniques of the seeds, in their canonical order.
Technique = Literal["stroking", "squeezing", "rubbing", "kneading", "vibration", "percussion", "shaking"]
TECHNIQUES: tuple[str, ...] = get_args(Technique)
#: Lymph-node groups that strokes drain toward (anatomy.md, "Massage rules").
NodeGroup = Literal["supraclavicular", "axillary", "inguinal"]
NODE_GROUPS: tuple[str, ...] = get_args(NodeGroup)
#: What a mask forbids where it lies.
#: Which way the session runs: from the sacrum up, or from the neck down for a client with high
#: blood pressure (seed 003).
SessionDirection = Literal["bottom-up", "top-down"]
SESSION_DIRECTIONS: tuple[str, ...] = get_args(SessionDirection)
#: How long the session's steps take: the seeds' general or therapeutic times, or a first
#: session of at most 15 minutes (seed 001).
SessionVariant = Literal["general", "therapeutic", "first"]
SESSION_VARIANTS: tuple[str, ...] = get_args(SessionVariant)
MaskRule = Literal["no_pressure", "no_percussion", "no_deep_pressure", "no_vibration", "no_go"]
MASK_RULES: tuple[str, ...] = get_args(MaskRule)
#: How the hands move for each kind of technique (see app/model/session/motion.py).
MotionKind = Literal["glide", "heavy_glide", "circles", "kneading", "oscillation", "taps", "shake"]
MOTIONS: tuple[str, ...] = get_args(MotionKind)
#: The back's muscle layers from the skin in (muscles-and-hands.md, column L).
MuscleLayer = Literal["superficial", "second", "deep"]
MUSCLE_LAYERS: tuple[str, ...] = get_args(MuscleLayer)
#: Which way a muscle's fibres run from origin to insertion, as seen from behind on the
#: patient's right ("out" is away from the spine); the reference's "Fibres" column in words.
FibreDirection = Literal["up", "down", "out", "up-out", "down-out", "down-in", "up-in"]
FIBRE_DIRECTIONS: tuple[str, ...] = get_args(FibreDirection)
#: The part of the hand that touches the skin: where pressure goes in and the dose map fills.
ContactPart = Literal["palm", "heel", "ulnar_edge", "finger_pads", "fingertips", "thumb", "knuckles", "fist",
                      "cupped_palm", "back_of_hand", "forearm"]
CONTACT_PARTS: tuple[str, ...] = get_args(ContactPart)
#: How the hand is held (app/model/session/hands.py draws each).
HandPose = Literal["flat", "grasp", "wide_thumb", "heel", "edge", "fingertips", "fist", "cupped"]
HAND_POSES: tuple[str, ...] = get_args(HandPose)
#: What the two hands do together: each on its own side, taking turns, one weighting the other,
#: or one lifting the shoulder while the other works under the blade (seed 001).
HandsMode = Literal["both", "alternating", "reinforced", "one_lifts"]
HANDS_MODES: tuple[str, ...] = get_args(HandsMode)
#: The same in words, for people.
FIBRE_WORDS = {"up": "up", "down": "down", "out": "out from the spine", "up-out": "up and out",
               "down-out": "down and out", "down-in": "down and in", "up-in": "up and in"}

#: Upper bounds of each pressure word; 0 means the hands glide over or lift.
PRESSURE_WORDS = ((0.0, "none"), (0.3, "light"), (0.55, "moderate"), (0.8, "firm"), (1.0, "deep"))


def pressure_word(pressure: float) -> str:
    """``0.35`` → ``"moderate"``; 0 → ``"none"``."""
    if pressure <= 0.0:
        return "none"
    for bound, word in PRESSURE_WORDS[1:]:
        if pressure <= bound + 1e-9:
            return word
    return "deep"


class UnknownId(DorsumError):
    """A lookup by id found nothing; the message names what is known."""

    def __init__(self, what: str, wanted: str, known: Iterable[str], path: str | None = None):
        self.what, self.wanted, self.known = what, wanted, tuple(known)
        super().__init__(f"unknown {what} {wanted!r}; known: {', '.join(self.known) or 'none'}", path)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_HasId)


def by_id(items: Iterable[T], wanted: str, what: str, path: str | None = None) -> T:
    """The item whose ``id`` is ``wanted``, or :class:`UnknownId` listing the ids there are.

    >>> from types import SimpleNamespace as Item
    >>> by_id([Item(id="a"), Item(id="b")], "b", "zone").id
    'b'
    >>> by_id([Item(id="a")], "c", "zone")
    Traceback (most recent call last):
    app.model.vocabulary.UnknownId: unknown zone 'c'; known: a
    """
    items = tuple(items)
    for item in items:
        if item.id == wanted:
            return item
    raise UnknownId(what, wanted, (item.id for item in items), path)
