"""A client's session plan: a versioned JSON document (``*.dorsum.json``).

The plan holds what the therapist decided: the client's body, the screening answers, the steps
(zone, technique, minutes, pressure), the client's no-go areas, and the instructor's pen
annotations. Everything else (lines, masks, motion) is derived from the zones and this plan.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Final, Literal, get_args

import msgspec
from msgspec import Meta, Struct

from ..documents.atomic import atomic_path
from ..documents.json_lines import locate
from ..documents.validate import Invalid, convert
from ..errors import DorsumError
from ..phrasing import N_
from ..vocabulary import SessionDirection, SessionVariant, Technique

__all__ = [
    "PLAN_FORMAT",
    "PLAN_VERSION",
    "Client",
    "PlanStep",
    "NoGoArea",
    "NO_GO_KINDS",
    "NO_GO_NAMES",
    "CONDITION_KINDS",
    "Therapist",
    "Annotation",
    "Course",
    "Plan",
    "Variant",
    "Direction",
    "plan_schema",
    "load_plan",
    "save_plan",
    "decode_plan",
    "encode_plan",
]

PLAN_FORMAT: Final = "dorsum-plan"
#: 2: no-go areas have a kind and are anchored to a vertebral level; the therapist's details.
#: 3: a step may belong to the session's finale (``finale``), and the variant may be ``first``;
#: a format-2 plan reads as it is.
PLAN_VERSION = 3

#: What a client's no-go area is. Never assumed: the therapist says which (issue: a healed
#: scar once became "your open wound" on a handout).
NoGoKind = Literal["scar", "wound", "burn", "bruise", "mole", "varicose_vein", "skin_condition", "other"]
NO_GO_KINDS: tuple[str, ...] = get_args(NoGoKind)
#: Plain names for the handout and the panels.
NO_GO_NAMES = {"scar": N_("scar"), "wound": N_("wound"), "burn": N_("burn"), "bruise": N_("bruise"), "mole": N_("mole"),
               "varicose_vein": N_("varicose vein"), "skin_condition": N_("skin condition"),
               "other": N_("area to avoid")}
#: The kind of area a local contraindication of screening.toml asks to be drawn.
CONDITION_KINDS = {"wound": "wound", "burn": "burn", "skin_infection": "skin_condition",
                   "dermatitis": "skin_condition"}
Level = Annotated[str, Meta(pattern=r"^(C[1-7]|T(?:[1-9]|1[0-2])|L[1-5]|S[1-5]|coccyx)$")]

Fraction = Annotated[float, Meta(ge=0.0, le=1.0)]
#: The session variants and directions a plan may name.
Variant = SessionVariant
Direction = SessionDirection


class _Doc(Struct, forbid_unknown_fields=True, kw_only=True):
    """Unknown keys are refused: a misspelt key must not be silently dropped."""


class Client(_Doc):
    name: Annotated[str, Meta(max_length=200)] = ""
    sex: Literal["male", "female"] = "male"
    stature: Annotated[float, Meta(ge=100.0, le=230.0)] | None = None
    notes: Annotated[str, Meta(max_length=5000)] = ""


class PlanStep(_Doc):
    """One technique on one zone for so many minutes, at a pressure (0–1) on its lines."""

    zone: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    technique: Technique
    minutes: Annotated[float, Meta(gt=0.0, le=120.0)]
    pressure: Fraction
    lines: list[Annotated[int, Meta(ge=1, le=99)]] = []
    finale: bool = False  # closes the session after every zone (seed 001), whichever way it runs


class NoGoArea(_Doc):
    """A circle never touched, anchored to the anatomy: ``out`` cm from the midline (to the
    client's right when positive) and ``up`` cm above the spinous tip of ``level``, both on the
    mean body of the client's sex and scaled with their stature, so the area stays on the same
    spot when the body changes; ``radius`` likewise."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    kind: NoGoKind
    level: Level
    out: Annotated[float, Meta(ge=-60.0, le=60.0)]
    up: Annotated[float, Meta(ge=-40.0, le=40.0)]
    radius: Annotated[float, Meta(ge=0.2, le=20.0)]
    note: Annotated[str, Meta(max_length=500)] = ""


class _NoGoAreaV1(_Doc):
    """Format 1's no-go area: a reason and a centre in cm on the body it was drawn on."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    reason: Annotated[str, Meta(min_length=1, max_length=80)]
    x: Annotated[float, Meta(ge=-60.0, le=60.0)]
    y: Annotated[float, Meta(ge=-120.0, le=40.0)]
    radius: Annotated[float, Meta(ge=0.2, le=20.0)]
    note: Annotated[str, Meta(max_length=500)] = ""


class Therapist(_Doc):
    """Who gives the massage, for the handout (also kept in the settings for the next plan)."""

    name: Annotated[str, Meta(max_length=200)] = ""
    contact: Annotated[str, Meta(max_length=300)] = ""


class Annotation(_Doc):
    """A pen stroke drawn on the picture, in cm (model frame)."""

    points: Annotated[list[tuple[float, float]], Meta(min_length=1, max_length=20000)]
    colour: Annotated[str, Meta(pattern=r"^#[0-9A-Fa-f]{6}$")] = "#E41A1C"
    width: Annotated[float, Meta(gt=0.0, le=40.0)] = 4.0  # pixels on screen


class Course(_Doc):
    """How many sessions and how often (seed 000: 8–12 sessions, 2–3 a week, maintenance
    every 2–4 weeks)."""

    sessions: Annotated[int, Meta(ge=1, le=60)] = 10
    per_week: Annotated[int, Meta(ge=1, le=7)] = 2
    maintenance_weeks: Annotated[int, Meta(ge=1, le=26)] = 3


class Plan(_Doc):
    """The whole document; ``format`` and ``version`` identify it."""

    format: Literal["dorsum-plan"] = PLAN_FORMAT
    version: Annotated[int, Meta(ge=1)] = PLAN_VERSION
    title: Annotated[str, Meta(max_length=200)] = "Back massage plan"
    client: Client = msgspec.field(default_factory=Client)
    conditions: list[Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]] = []
    variant: Variant = "general"
    direction: Direction = "bottom-up"
    steps: list[PlanStep] = []
    no_go: list[NoGoArea] = []
    annotations: list[Annotation] = []
    course: Course = msgspec.field(default_factory=Course)
    therapist: Therapist = msgspec.field(default_factory=Therapist)
    language: Literal["en", "uk", "ru"] | None = None  # the client's: the handout's language, unless --lang

    @property
    def total_minutes(self) -> float:
        return sum(step.minutes for step in self.steps)


def plan_schema() -> dict[str, Any]:
    """The published JSON Schema of the plan format (``assets/plan.schema.json``, written by
    ``tools/write_plan_schema.py``). Descriptions are the docstrings with their white space
    collapsed, so the file does not change with how msgspec lays docstrings out."""
    schema: dict[str, Any] = _tidy(msgspec.json.schema(Plan))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Dorsum plan, format version {PLAN_VERSION}"
    return schema


def _tidy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: " ".join(v.split()) if k == "description" and isinstance(v, str) else _tidy(v)
                for k, v in node.items()}
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def encode_plan(plan: Plan) -> bytes:
    return msgspec.json.format(msgspec.json.encode(plan), indent=2) + b"\n"


def _line_of(text: bytes, byte: int) -> int:
    return text.count(b"\n", 0, max(byte, 0)) + 1


def decode_plan(data: bytes, path: str | Path = "<plan>") -> Plan:
    """Parse and check a plan; raises DorsumError naming the file and the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DorsumError(f"not UTF-8 text (byte {exc.start})", path, _line_of(data, exc.start)) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DorsumError(f"not valid JSON: {exc.msg}", path, exc.lineno) from None
    if not isinstance(raw, dict) or raw.get("format") != PLAN_FORMAT:
        raise DorsumError(f'not a Dorsum plan (it needs "format": "{PLAN_FORMAT}")', path, 1)
    version = raw.get("version")
    if isinstance(version, int) and version > PLAN_VERSION:
        raise DorsumError(f"made by a newer Dorsum (plan format {version}); this one reads format "
                          f"{PLAN_VERSION} and older: update Dorsum to open it", path, locate(text, ["version"]))
    try:
        if version == 1:
            raw = _upgrade_v1(raw)
        return convert(raw, Plan, mapping="object")
    except Invalid as exc:
        raise DorsumError(str(exc), path, locate(text, exc.path)) from None


def _upgrade_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """A format-1 plan as format 2 (and so 3): each no-go area keeps its place on the body it
    was drawn on, now anchored to the nearest level, and its reason becomes a kind (or ``other``,
    with the reason kept in the note). Saving writes the current format."""
    from ..body.anatomy import build_body
    from .anchoring import anchor_area

    try:
        areas = convert(raw.get("no_go", []), list[_NoGoAreaV1], mapping="object")
    except Invalid as exc:
        raise Invalid(("no_go", *exc.path), exc.message) from None
    try:
        client = convert(raw.get("client", {}), Client, mapping="object")
    except Invalid as exc:
        raise Invalid(("client", *exc.path), exc.message) from None
    body = build_body(client.sex, client.stature)
    upgraded = []
    for old in areas:
        level, out, up, radius = anchor_area(body, old.x, old.y, old.radius)
        kind = CONDITION_KINDS.get(old.reason, old.reason if old.reason in NO_GO_KINDS else "other")
        named = kind == "other" and old.reason not in ("other", "no-go area")  # the reason says what it was
        note = " ".join(filter(None, [old.reason, old.note])) if named else old.note
        upgraded.append({"id": old.id, "kind": kind, "level": level, "out": out, "up": up, "radius": radius,
                         "note": note})
    return {**raw, "version": PLAN_VERSION, "no_go": upgraded}


def load_plan(path: str | Path) -> Plan:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DorsumError("no such file", path) from None
    except IsADirectoryError:
        raise DorsumError("is a folder, not a plan", path) from None
    except OSError as exc:
        raise DorsumError(f"cannot read: {exc.strerror}", path) from None
    if not data.strip():
        raise DorsumError("the file is empty", path, 1)
    return decode_plan(data, path)


def save_plan(plan: Plan, path: str | Path) -> Path:
    """Write atomically: a crash during the save leaves the old file as it was."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(encode_plan(plan))
    return Path(path)

