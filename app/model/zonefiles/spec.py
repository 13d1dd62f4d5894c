"""The zone and mask documents of ``zones/*.toml``, as validated msgspec structs.

:mod:`app.model.documents.validate` checks them and names the key path of what is wrong (``lines[0].
pressure``), which :mod:`app.model.documents.toml_lines` turns back into a line number.
"""

from __future__ import annotations

from typing import Annotated, Literal

from msgspec import Meta, Struct

from ..vocabulary import (
    MASK_RULES,
    MOTIONS,
    NODE_GROUPS,
    TECHNIQUES,
    ContactPart,
    FibreDirection,
    HandPose,
    HandsMode,
    MaskRule,
    MotionKind,
    MuscleLayer,
    NodeGroup,
    Technique,
)

__all__ = [
    "TECHNIQUES",
    "NODE_GROUPS",
    "MASK_RULES",
    "Cite",
    "Anchor",
    "LineSpec",
    "StepSpec",
    "TopDown",
    "Gentle",
    "Alternate",
    "FirstSession",
    "Minutes",
    "Span",
    "Boundary",
    "Guidance",
    "ZoneSpec",
    "MaskSpec",
    "MaskFile",
    "TechniqueSpec",
    "TechniqueFile",
    "MuscleSpec",
    "MuscleFile",
    "Condition",
    "Fact",
    "ScreeningFile",
    "Words",
    "GlossaryTerm",
    "GlossaryFile",
    "MOTIONS",
    "minutes_range",
]


Fraction = Annotated[float, Meta(ge=0.0, le=1.0)]
Cm = Annotated[float, Meta(ge=-60.0, le=60.0)]
Minutes_ = Annotated[float, Meta(ge=0.0, le=120.0)]
Text = Annotated[str, Meta(min_length=1)]
Id = Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]


class _Doc(Struct, forbid_unknown_fields=True, frozen=True):
    """Unknown keys are errors: a typo in a zone file must not pass silently.

    Subclasses inherit ``frozen`` from here, but each says ``frozen=True`` again: type checkers
    read Struct through ``dataclass_transform``, which does not inherit it (msgspec's advice)."""


class Cite(_Doc, frozen=True):
    """Where a fact comes from: a seed file with a verbatim quote, a row of anatomy.md, or a
    project decision (``source = "dorsum"``) explained in ``why``."""

    source: Text
    quote: str = ""
    row: str = ""
    why: str = ""


class Anchor(_Doc, frozen=True):
    """A point relative to a landmark: a level (``"T7"``, ``"T7.5"``), a landmark or a node
    group id; ``out`` cm away from the midline, ``up`` cm upward; or ``inset`` cm inside the
    body outline at the anchor's height. Offsets scale with the body."""

    at: Text
    out: Cm = 0.0
    up: Cm = 0.0
    inset: Annotated[float, Meta(ge=0.0, le=20.0)] | None = None


class TopDown(_Doc, frozen=True):
    """A line that runs the session's way: drawn as the bottom-up session runs it, and run from
    its other end in a top-down session (seed 003: for high blood pressure, "the master works
    from the neck down"), with the name and lymph target it then has."""

    name: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]
    target: NodeGroup | None = None


class LineSpec(_Doc, frozen=True):
    """A numbered stroke line drawn on the patient's right; ``sides = "both"`` mirrors it."""

    number: Annotated[int, Meta(ge=1, le=99)]
    path: Annotated[list[Anchor], Meta(min_length=2)]
    techniques: Annotated[list[Technique], Meta(min_length=1)]
    pressure: Fraction
    why: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]
    target: NodeGroup | None = None
    name: str = ""
    sides: Literal["both", "left", "right"] = "both"
    muscle: Id | None = None  # the muscle the line works along: rubbing follows its fibres
    top_down: TopDown | None = None  # reversed in a top-down session


class Minutes(_Doc, frozen=True):
    """Minutes for a general and for a therapeutic session, each a value or [low, high]."""

    general: Minutes_ | Annotated[list[Minutes_], Meta(min_length=2, max_length=2)]
    therapeutic: Minutes_ | Annotated[list[Minutes_], Meta(min_length=2, max_length=2)]
    cite: list[Cite] = []


class StepSpec(_Doc, frozen=True):
    """One technique of the zone's sequence, on some of its lines."""

    technique: Technique
    minutes: Minutes
    lines: list[Annotated[int, Meta(ge=1)]] = []
    note: str = ""
    cite: list[Cite] = []
    hands: HandsMode | None = None  # what the two hands do, when not the technique's own way
    pose: HandPose | None = None  # how the hand is held, when not the technique's own way


class Span(_Doc, frozen=True):
    """The vertebral span the seeds give the zone."""

    top: Text
    bottom: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]


class Boundary(_Doc, frozen=True):
    """``band``: the outline between two levels (``top``/``bottom``; ``"top"`` is the outline's
    top, ``"fold"`` the gluteal folds). ``around``: a feature (``scapula``) grown by ``margin``."""

    kind: Literal["band", "around"]
    top: str = ""
    bottom: str = ""
    feature: str = ""
    margin: Annotated[float, Meta(ge=0.0, le=20.0)] = 0.0
    why: str = ""


class Guidance(_Doc, frozen=True):
    """A sentence shown to students and clients, with its source."""

    topic: Literal["pressure", "caution", "order", "technique", "position", "purpose"]
    text: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]


class ZoneSpec(_Doc, frozen=True):
    """One massage zone: where it is, what is done there, in what order and for how long."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    name: Text
    summary: Text
    span: Span
    boundary: Boundary
    minutes: Minutes
    steps: Annotated[list[StepSpec], Meta(min_length=1)]
    lines: Annotated[list[LineSpec], Meta(min_length=1)]
    guidance: list[Guidance] = []
    order: Annotated[int, Meta(ge=0, le=999)] = 100  # top-to-bottom place in lists
    preliminary: bool = False  # done first, before the zones in either direction (seed 001)
    lower_back: bool = False  # worked with the outer side of the palm (seed 003)
    finale: list[StepSpec] = []  # a preliminary zone's steps that close the whole session (seed 001)
    finale_name: str = ""  # how the session table names them


class MaskSpec(_Doc, frozen=True):
    """An area where a rule holds. ``shape``: ``spine_strip`` (``half_width`` cm each side of
    the spinous tips, ``prominent`` levels widened by ``prominent_extra``), ``kidneys``
    (grown by ``margin``), ``scapula_edges`` (``half_width`` around the bony border and the
    spine of the scapula), ``above_level`` (everything above ``level``), ``bony_points`` (the
    iliac crests, the PSIS and the sacrum, grown by ``margin``), ``heart_area`` (on the
    patient's left, ``half_width`` cm out from the spine strip, between ``level`` and
    ``level_to``)."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    rule: MaskRule
    shape: Literal["spine_strip", "kidneys", "scapula_edges", "above_level", "bony_points", "heart_area"]
    why: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]
    half_width: Annotated[float, Meta(ge=0.0, le=10.0)] = 0.0
    margin: Annotated[float, Meta(ge=0.0, le=10.0)] = 0.0
    prominent: list[str] = []
    prominent_extra: Annotated[float, Meta(ge=0.0, le=5.0)] = 0.0
    level: str = ""
    level_to: str = ""
    pressure_cap: Fraction | None = None


class MaskFile(_Doc, frozen=True):
    """``zones/masks.toml``."""

    masks: Annotated[list[MaskSpec], Meta(min_length=1)]


class HandUse(_Doc, frozen=True):
    """A technique's hand where a region asks for another (seed 003: the lower back is worked
    with the outer side of the palm)."""

    contact: ContactPart
    pose: HandPose
    cite: Annotated[list[Cite], Meta(min_length=1)]
    posture: str = ""  # the technique card's words for this hand, where the technique's do not fit


class Gentle(_Doc, frozen=True):
    """Where a technique presses less than its lines would ask: at most ``pressure`` inside
    these zones' areas, whichever step's lines pass through them."""

    zones: Annotated[list[Id], Meta(min_length=1)]
    pressure: Fraction
    cite: Annotated[list[Cite], Meta(min_length=1)]


class Alternate(_Doc, frozen=True):
    """A technique that alternates with another: after each of its steps, ``minutes`` of the
    other on the same lines, unless the zone's next step is already that technique."""

    technique: Technique
    minutes: Annotated[float, Meta(gt=0.0, le=5.0)]
    cite: Annotated[list[Cite], Meta(min_length=1)]
    note: str = ""  # what the session says during the strokes put in (default: it names the two)


class TechniqueSpec(_Doc, frozen=True):
    """How a technique moves and how the hand does it: the motion model, the part of the hand in
    contact and how the hand is held, tempo (strokes or cycles a minute), repetitions per line,
    pressure relative to the line's, and the words of its technique card."""

    id: Technique
    name: Text
    motion: MotionKind
    contact: ContactPart
    pose: HandPose
    contact_radius: Annotated[float, Meta(gt=0.0, le=10.0)]
    tempo: Annotated[float, Meta(gt=0.0, le=1200.0)]
    repetitions: Annotated[int, Meta(ge=1, le=50)]
    pressure_factor: Fraction
    why: Text
    posture: Text  # how the hand is held
    path: Text  # how it moves over the skin
    direction: Text  # which way, and why
    cite: Annotated[list[Cite], Meta(min_length=1)]
    hands: HandsMode = "both"
    turn: Annotated[float, Meta(ge=-180.0, le=180.0)] = 0.0  # degrees from the way it travels to the fingers
    lower_back: HandUse | None = None
    max_minutes: Annotated[float, Meta(gt=0.0, le=120.0)] | None = None  # per zone and session
    gentle: Gentle | None = None
    alternate: Alternate | None = None


class TechniqueFile(_Doc, frozen=True):
    """``zones/techniques.toml``."""

    techniques: Annotated[list[TechniqueSpec], Meta(min_length=1)]


class Condition(_Doc, frozen=True):
    """A contraindication or a condition that changes the session."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    label: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]
    effect: str = ""


class Fact(_Doc, frozen=True):
    text: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]


class SessionRange(_Doc, frozen=True):
    minutes: Annotated[list[Minutes_], Meta(min_length=2, max_length=2)]
    cite: Annotated[list[Cite], Meta(min_length=1)]


class CourseRange(_Doc, frozen=True):
    sessions: Annotated[list[Annotated[int, Meta(ge=1)]], Meta(min_length=2, max_length=2)]
    per_week: Annotated[list[Annotated[int, Meta(ge=1, le=7)]], Meta(min_length=2, max_length=2)]
    maintenance_weeks: Annotated[list[Annotated[int, Meta(ge=1)]], Meta(min_length=2, max_length=2)]
    cite: Annotated[list[Cite], Meta(min_length=1)]


class FirstSession(_Doc, frozen=True):
    """The first session: the ``base`` variant's steps at the low end of their ranges, shortened
    evenly to at most ``minutes``."""

    minutes: Minutes_
    base: Literal["general", "therapeutic"]
    cite: Annotated[list[Cite], Meta(min_length=1)]


class ScreeningFile(_Doc, frozen=True):
    """``zones/screening.toml``: contraindications, the blood-pressure rule, preparation, course."""

    session: SessionRange
    course: CourseRange
    doctor: Fact
    high_blood_pressure: Condition
    absolute: Annotated[list[Condition], Meta(min_length=1)]
    local: Annotated[list[Condition], Meta(min_length=1)]
    preparation: list[Fact] = []
    first_session: FirstSession | None = None


def minutes_range(value: float | list[float]) -> tuple[float, float]:
    """``5`` → ``(5, 5)``; ``[4, 5]`` → ``(4, 5)``."""
    if isinstance(value, list):
        return float(value[0]), float(value[1])
    return float(value), float(value)


class MuscleSpec(_Doc, frozen=True):
    """A muscle on the patient's right (mirrored to the left) as the sheet its fibres make:
    ``origin`` and ``insertion`` are paths along its two attachments, and the fibre that leaves
    a share t along the origin reaches the same share t along the insertion, passing the same
    share along ``via`` when given (for fibres that curve round the neck or the shoulder)."""

    id: Id
    name: Text
    layer: MuscleLayer
    fibres: FibreDirection  # from origin toward insertion, seen from behind
    origin: Annotated[list[Anchor], Meta(min_length=1)]
    insertion: Annotated[list[Anchor], Meta(min_length=1)]
    cite: Annotated[list[Cite], Meta(min_length=1)]
    via: list[Anchor] = []
    under: list[Id] = []  # muscles lying over this one, which hide part of it
    how: str = ""  # what massage does with it (muscles-and-hands.md, "Massage")


class MuscleFile(_Doc, frozen=True):
    """``muscles.toml``: the back's muscles, superficial to deep."""

    muscles: Annotated[list[MuscleSpec], Meta(min_length=1)]


class Words(_Doc, frozen=True):
    """A term in each language, shown side by side."""

    en: Text
    uk: Text
    ru: Text


class GlossaryTerm(_Doc, frozen=True):
    """A classical term with the English and the international one (``effleurage``), and what
    it means (a text, in the language read)."""

    id: Id
    words: Words
    meaning: Text
    cite: Annotated[list[Cite], Meta(min_length=1)]
    international: str = ""
    technique: Technique | None = None  # the technique the term names, when it is one


class GlossaryFile(_Doc, frozen=True):
    """``glossary.toml``: the classical terms."""

    terms: Annotated[list[GlossaryTerm], Meta(min_length=1)]
