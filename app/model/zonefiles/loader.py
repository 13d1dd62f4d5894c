"""Read a zones folder: one TOML file per zone plus ``masks.toml``, checked for sense.

Every problem is a :class:`DorsumError` naming the file and, where there is one, the line.
Texts come in English, Ukrainian and Russian and are read in one of them (:mod:`.texts`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from ...resources import zones_dir
from ..body.anatomy import LEVELS, level_height
from ..body.anchors import SPECIAL_HEIGHTS, anchor_kind
from ..documents.toml_lines import locate, parse_key_path
from ..documents.validate import Invalid, convert
from ..errors import DorsumError
from ..vocabulary import by_id
from .spec import (
    TECHNIQUES,
    Anchor,
    Cite,
    GlossaryFile,
    GlossaryTerm,
    MaskFile,
    MaskSpec,
    Minutes,
    MuscleFile,
    MuscleSpec,
    ScreeningFile,
    TechniqueFile,
    TechniqueSpec,
    ZoneSpec,
    minutes_range,
)
from .texts import DEFAULT_LANGUAGE, TextTableError, Untranslated, check_language, localize

__all__ = ["MASKS_FILE", "TECHNIQUES_FILE", "SCREENING_FILE", "MUSCLES_FILE", "GLOSSARY_FILE", "Source", "ZoneSet",
           "load_zone_set", "load_document", "default_zones_dir"]

MASKS_FILE = "masks.toml"
TECHNIQUES_FILE = "techniques.toml"
SCREENING_FILE = "screening.toml"
MUSCLES_FILE = "muscles.toml"
GLOSSARY_FILE = "glossary.toml"
#: Reference sheets in ``shared/reference`` a citation may name by one of its rows.
REFERENCE_SHEETS = ("anatomy.md", "muscles-and-hands.md")
SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
AROUND_FEATURES = ("scapula",)
_ORDER = {name: -float(i) for i, name in enumerate(LEVELS)}

#: Where in a document a check failed: keys and list indices (``["lines", 0, "path"]``).
KeyPath = list[str | int]
_Doc = TypeVar("_Doc", ZoneSpec, MaskFile, TechniqueFile, ScreeningFile, MuscleFile, GlossaryFile)
_AnyDoc = ZoneSpec | MaskFile | TechniqueFile | ScreeningFile | MuscleFile | GlossaryFile
#: The documents other than zone files, by file name, and the id they are known by in ``sources``.
_SHARED_DOCUMENTS = {MASKS_FILE: "masks", TECHNIQUES_FILE: "techniques", SCREENING_FILE: "screening",
                     MUSCLES_FILE: "muscles", GLOSSARY_FILE: "glossary"}
#: The documents a folder may leave out, read from the shipped folder instead (in this order).
_SHIPPED_FALLBACKS = (TECHNIQUES_FILE, SCREENING_FILE, MUSCLES_FILE, GLOSSARY_FILE)


def default_zones_dir() -> Path:
    """The shipped ``zones/`` folder (package data, see :mod:`app.resources`)."""
    return zones_dir()


@dataclass(frozen=True)
class Source:
    """A document's file and text, so later checks can name the line of a key; and the texts in
    it that lack a language."""

    path: str
    text: str
    untranslated: tuple[Untranslated, ...] = field(default=(), compare=False)

    def translation_errors(self) -> list[DorsumError]:
        """Each text lacking a language, as ``PATH:LINE: no uk or ru translation of this text``."""
        return [self.error(list(u.path), u.message()) for u in self.untranslated]

    def error(self, key_path: Sequence[str | int] | str, message: str) -> DorsumError:
        if isinstance(key_path, str):
            key_path = parse_key_path(key_path)
        line = locate(self.text, key_path) if key_path else None
        return DorsumError(message, self.path, line)


@dataclass(frozen=True)
class ZoneSet:
    """The zones and masks of one folder, in file-name order, with where each came from."""

    folder: str
    zones: tuple[ZoneSpec, ...]
    masks: tuple[MaskSpec, ...]
    sources: Mapping[str, Source]  # zone id → its file; "masks", "techniques" → their files
    techniques: tuple[TechniqueSpec, ...] = ()
    screening: ScreeningFile | None = None
    muscles: tuple[MuscleSpec, ...] = ()
    lang: str = DEFAULT_LANGUAGE  # the language the texts were read in
    glossary: tuple[GlossaryTerm, ...] = ()

    def translation_errors(self) -> list[DorsumError]:
        """Every text of every document (the shipped ones used too) lacking a language."""
        seen: set[str] = set()
        out: list[DorsumError] = []
        for source in self.sources.values():
            if source.path not in seen:
                seen.add(source.path)
                out += source.translation_errors()
        return out

    def muscle(self, muscle_id: str) -> MuscleSpec:
        return by_id(self.muscles, muscle_id, "muscle", self.folder)

    def technique(self, technique_id: str) -> TechniqueSpec:
        return by_id(self.techniques, technique_id, "technique", self.folder)

    def zone(self, zone_id: str) -> ZoneSpec:
        return by_id(self.zones, zone_id, "zone", self.folder)

    def error(self, owner: str, key_path: Sequence[str | int] | str, message: str) -> DorsumError:
        return self.sources[owner].error(key_path, message)


def _level_pos(name: str) -> float:
    """A number that grows up the spine, for comparing levels without a body."""
    if name == "top":
        return 1.0
    if name == "fold":
        return -len(LEVELS) - 1.0
    return level_height(_ORDER, name)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DorsumError("no such file", path) from None
    except IsADirectoryError:
        raise DorsumError("is a folder, not a TOML file", path) from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise DorsumError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path, line) from None
    except OSError as exc:
        raise DorsumError(f"cannot read: {exc.strerror}", path) from None
    if not text.strip():
        raise DorsumError("the file is empty", path, 1)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.14 gives the line as an attribute; older ones only inside the message.
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        at: int | None = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        reason = getattr(exc, "msg", None) or re.sub(r" \(at .*\)$", "", str(exc))
        raise DorsumError(f"not valid TOML: {reason}", path, at) from None
    return text, data


def _convert(source: Source, data: dict[str, Any], kind: type[_Doc]) -> _Doc:
    try:
        return convert(data, kind, strict=False)
    except Invalid as exc:
        raise source.error(list(exc.path), str(exc)) from None


def load_document(path: str | Path, lang: str = DEFAULT_LANGUAGE) -> tuple[Source, _AnyDoc]:
    """Read and check one zone file, ``masks.toml``, ``techniques.toml``, ``screening.toml``,
    ``muscles.toml`` or ``glossary.toml``, its texts in ``lang`` (English where a text lacks it)."""
    path = Path(path)
    text, raw = _read(path)
    try:
        data, untranslated = localize(raw, check_language(lang))
    except TextTableError as exc:
        raise Source(str(path), text).error(exc.path, str(exc)) from None
    source = Source(str(path), text, tuple(untranslated))
    doc: _AnyDoc
    if path.name == GLOSSARY_FILE:
        doc = _convert(source, data, GlossaryFile)
        _check_glossary(source, doc)
    elif path.name == MUSCLES_FILE:
        doc = _convert(source, data, MuscleFile)
        _check_muscles(source, doc)
    elif path.name == SCREENING_FILE:
        doc = _convert(source, data, ScreeningFile)
        _check_screening(source, doc)
    elif path.name == TECHNIQUES_FILE:
        doc = _convert(source, data, TechniqueFile)
        _check_techniques(source, doc)
    elif path.name == MASKS_FILE:
        doc = _convert(source, data, MaskFile)
        _check_masks(source, doc)
    else:
        doc = _convert(source, data, ZoneSpec)
        _check_zone(source, doc)
    return source, doc


def load_zone_set(folder: str | Path, lang: str = DEFAULT_LANGUAGE) -> ZoneSet:
    """Every ``*.toml`` in ``folder``: zones, and the masks in ``masks.toml``; texts in ``lang``."""
    check_language(lang)
    folder = Path(folder)
    if not folder.exists():
        raise DorsumError("no such folder", folder)
    if not folder.is_dir():
        raise DorsumError("not a folder of zone files", folder)
    files = sorted(folder.glob("*.toml"))
    zones: list[ZoneSpec] = []
    sources: dict[str, Source] = {}
    shared: dict[str, _AnyDoc] = {}  # masks.toml, techniques.toml …, by their id in ``sources``
    for path in files:
        source, doc = load_document(path, lang)
        if not isinstance(doc, ZoneSpec):  # load_document tells the documents apart by file name
            key = _SHARED_DOCUMENTS[path.name]
            shared[key], sources[key] = doc, source
            continue
        if doc.id in _SHARED_DOCUMENTS.values():
            raise source.error(["id"], f"'{doc.id}' is reserved for {doc.id}.toml: choose another zone id")
        if doc.id in sources:
            raise source.error(["id"], f"zone id {doc.id!r} is also used by {sources[doc.id].path}")
        sources[doc.id] = source
        zones.append(doc)
    if not zones:
        raise DorsumError("holds no zone files (*.toml)", folder)
    mask_file = _shared(shared, "masks", MaskFile)
    if mask_file is None:
        raise DorsumError(f"has no {MASKS_FILE}: the spine mask must be defined", folder)
    # A folder without its own techniques, screening, muscles or glossary uses the shipped ones.
    for name in _SHIPPED_FALLBACKS:
        key = _SHARED_DOCUMENTS[name]
        if key not in shared and (found := _shipped(name, folder, lang)) is not None:
            sources[key], shared[key] = found
    masks = tuple(mask_file.masks)
    techniques = tuple(t.techniques) if (t := _shared(shared, "techniques", TechniqueFile)) else ()
    screening = _shared(shared, "screening", ScreeningFile)
    muscles = tuple(m.muscles) if (m := _shared(shared, "muscles", MuscleFile)) else ()
    glossary = tuple(g.terms) if (g := _shared(shared, "glossary", GlossaryFile)) else ()
    zones.sort(key=lambda z: (z.order, z.id))
    _check_line_muscles(zones, sources, {m.id for m in muscles})
    _check_session_rules(zones, techniques, sources)
    return ZoneSet(str(folder), tuple(zones), masks, MappingProxyType(sources), techniques, screening, muscles,
                   lang, glossary)


def _shared(docs: Mapping[str, _AnyDoc], key: str, kind: type[_Doc]) -> _Doc | None:
    """The document read as ``key`` (``"techniques"`` …), if there is one; typed as ``kind``."""
    doc = docs.get(key)
    return doc if isinstance(doc, kind) else None


def _shipped(name: str, folder: Path, lang: str) -> tuple[Source, _AnyDoc] | None:
    """The shipped document ``name`` (and its source), unless ``folder`` is the shipped one."""
    shipped = default_zones_dir() / name
    if shipped.exists() and shipped.parent != folder.resolve():
        return load_document(shipped, lang)
    return None


# -- checks beyond types ----------------------------------------------------------------


def _check_cites(source: Source, cites: Iterable[Cite], where: KeyPath) -> None:
    for i, cite in enumerate(cites):
        at = where + ["cite", i]
        if SEED_NAME.match(cite.source):
            if not cite.quote.strip():
                raise source.error(at + ["source"], "a seed citation needs the quote it rests on")
        elif cite.source in REFERENCE_SHEETS:
            if not (cite.row.strip() or cite.quote.strip()):
                article = "an" if cite.source[0] in "aeiou" else "a"
                raise source.error(at + ["source"], f"{article} {cite.source} citation needs the row it rests on")
        elif cite.source == "dorsum":
            if not cite.why.strip():
                raise source.error(at + ["source"], "a project decision (dorsum) needs its why")
        else:
            raise source.error(
                at + ["source"],
                f"unknown source {cite.source!r}: expected a seed file name "
                f"(e.g. 001_6de41be31f0f70fd.txt), {', '.join(REFERENCE_SHEETS)} or dorsum",
            )


def _check_level(source: Source, name: str, where: KeyPath, allow_special: bool = False) -> None:
    kind = anchor_kind(name)
    if kind == "level" or (allow_special and name in SPECIAL_HEIGHTS):
        return
    raise source.error(where, f"unknown vertebral level {name!r} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)")


def _check_anchors(source: Source, anchors: Iterable[Anchor], where: KeyPath) -> None:
    for j, anchor in enumerate(anchors):
        if anchor_kind(anchor.at) is None:
            raise source.error(
                where + [j, "at"],
                f"unknown landmark {anchor.at!r}: expected a vertebral level (e.g. T7 or T7.5), "
                "a landmark (e.g. scapula_inferior_angle) or a node group",
            )
        if anchor.inset is not None and anchor.out:
            raise source.error(where + [j, "inset"], "give either inset or out, not both")


def _check_minutes(source: Source, minutes: Minutes, where: KeyPath) -> None:
    for variant in ("general", "therapeutic"):
        lo, hi = minutes_range(getattr(minutes, variant))
        if lo > hi:
            raise source.error(where + [variant], f"{variant} minutes run backwards: {lo:g} > {hi:g}")


def _check_zone(source: Source, zone: ZoneSpec) -> None:
    _check_level(source, zone.span.top, ["span", "top"])
    _check_level(source, zone.span.bottom, ["span", "bottom"])
    if _level_pos(zone.span.top) <= _level_pos(zone.span.bottom):
        raise source.error(["span", "bottom"], f"span top {zone.span.top} is not above its bottom {zone.span.bottom}")
    _check_cites(source, zone.span.cite, ["span"])

    b = zone.boundary
    if b.kind == "band":
        _check_level(source, b.top, ["boundary", "top"], allow_special=True)
        _check_level(source, b.bottom, ["boundary", "bottom"], allow_special=True)
        if _level_pos(b.top) <= _level_pos(b.bottom):
            raise source.error(["boundary", "bottom"], f"band top {b.top} is not above its bottom {b.bottom}")
    elif b.feature not in AROUND_FEATURES:
        raise source.error(["boundary", "feature"],
                           f"unknown feature {b.feature!r}: expected {', '.join(AROUND_FEATURES)}")

    _check_minutes(source, zone.minutes, ["minutes"])
    _check_cites(source, zone.minutes.cite, ["minutes"])

    numbers: dict[int, int] = {}
    where: KeyPath
    for i, line in enumerate(zone.lines):
        where = ["lines", i]
        if line.number in numbers:
            raise source.error(where + ["number"], f"line number {line.number} is used twice in this zone")
        numbers[line.number] = i
        if len(set(line.techniques)) != len(line.techniques):
            raise source.error(where + ["techniques"], "a technique is listed twice")
        _check_anchors(source, line.path, where + ["path"])
        _check_cites(source, line.cite, where)

        if line.top_down is not None:
            _check_cites(source, line.top_down.cite, where + ["top_down"])

    _check_steps(source, zone, "steps", numbers)
    if zone.finale and not zone.preliminary:
        raise source.error(["finale", 0],
                           "only a preliminary zone (preliminary = true) closes the session with a finale")
    if zone.finale and not zone.finale_name.strip():
        raise source.error(["finale", 0], "a finale needs its finale_name, the name the session table gives it")
    _check_steps(source, zone, "finale", numbers)

    for variant in ("general", "therapeutic"):
        lo, hi = minutes_range(getattr(zone.minutes, variant))
        steps_lo = sum(minutes_range(getattr(s.minutes, variant))[0] for s in zone.steps)
        steps_hi = sum(minutes_range(getattr(s.minutes, variant))[1] for s in zone.steps)
        if steps_lo > hi + 1e-9 or steps_hi < lo - 1e-9:
            raise source.error(
                ["minutes", variant],
                f"the steps take {steps_lo:g}–{steps_hi:g} min in a {variant} session, "
                f"but the zone is given {lo:g}–{hi:g} min",
            )
    for i, item in enumerate(zone.guidance):
        _check_cites(source, item.cite, ["guidance", i])


def _check_steps(source: Source, zone: ZoneSpec, key: str, numbers: Mapping[int, int]) -> None:
    """The steps under ``key`` name lines of this zone that allow their technique."""
    for i, step in enumerate(getattr(zone, key)):
        where: KeyPath = [key, i]
        _check_minutes(source, step.minutes, where + ["minutes"])
        _check_cites(source, step.cite, where)
        for n in step.lines:
            if n not in numbers:
                raise source.error(where + ["lines"],
                                   f"step {step.technique} names line {n}, which this zone does not have")
            if step.technique not in zone.lines[numbers[n]].techniques:
                raise source.error(
                    where + ["lines"],
                    f"step {step.technique} runs on line {n}, but line {n} does not list {step.technique}",
                )


def _check_masks(source: Source, doc: MaskFile) -> None:
    seen: set[str] = set()
    for i, mask in enumerate(doc.masks):
        where: KeyPath = ["masks", i]
        if mask.id in seen:
            raise source.error(where + ["id"], f"mask id {mask.id!r} is used twice")
        seen.add(mask.id)
        _check_cites(source, mask.cite, where)
        if mask.rule == "no_deep_pressure" and mask.pressure_cap is None:
            raise source.error(where + ["rule"], "a no_deep_pressure mask needs the pressure_cap it allows")
        if mask.shape == "heart_area":
            if not (mask.level and mask.level_to and mask.half_width > 0):
                raise source.error(where + ["shape"], "a heart_area mask needs level, level_to and half_width > 0")
            _check_level(source, mask.level, where + ["level"])
            _check_level(source, mask.level_to, where + ["level_to"])
        if mask.shape in ("spine_strip", "scapula_edges") and mask.half_width <= 0:
            raise source.error(where + ["shape"], f"a {mask.shape} mask needs half_width > 0")
        if mask.shape == "above_level":
            _check_level(source, mask.level, where + ["level"])
        for j, name in enumerate(mask.prominent):
            _check_level(source, name, where + ["prominent", j])
    if "spine" not in seen:
        raise source.error([], "no mask with id 'spine': pressure on the spinous processes must be masked")


def _check_techniques(source: Source, doc: TechniqueFile) -> None:
    seen: set[str] = set()
    for i, spec in enumerate(doc.techniques):
        if spec.id in seen:
            raise source.error(["techniques", i, "id"], f"technique {spec.id!r} is defined twice")
        seen.add(spec.id)
        _check_cites(source, spec.cite, ["techniques", i])
        for key in ("gentle", "alternate"):
            rule = getattr(spec, key)
            if rule is not None:
                _check_cites(source, rule.cite, ["techniques", i, key])
        if spec.alternate is not None and spec.alternate.technique == spec.id:
            raise source.error(["techniques", i, "alternate", "technique"], f"{spec.id} cannot alternate with itself")
    missing = [t for t in TECHNIQUES if t not in seen]
    if missing:
        raise source.error([], f"no motion for {', '.join(missing)}: every technique needs one")


def _check_screening(source: Source, doc: ScreeningFile) -> None:
    seen: set[str] = set()
    groups = [("absolute", doc.absolute), ("local", doc.local)]
    for group, conditions in groups:
        for i, condition in enumerate(conditions):
            if condition.id in seen:
                raise source.error([group, i, "id"], f"condition {condition.id!r} is listed twice")
            seen.add(condition.id)
            _check_cites(source, condition.cite, [group, i])
    for key, pair in (("session", doc.session.minutes), ("course", doc.course.sessions)):
        if pair[0] > pair[1]:
            raise source.error([key], f"{key} range runs backwards: {pair[0]:g} > {pair[1]:g}")
    for where, cites in (("session", doc.session.cite), ("course", doc.course.cite), ("doctor", doc.doctor.cite),
                         ("high_blood_pressure", doc.high_blood_pressure.cite)):
        _check_cites(source, cites, [where])
    for i, fact in enumerate(doc.preparation):
        _check_cites(source, fact.cite, ["preparation", i])
    if doc.first_session is not None:
        _check_cites(source, doc.first_session.cite, ["first_session"])


def _check_muscles(source: Source, doc: MuscleFile) -> None:
    ids = [m.id for m in doc.muscles]
    for i, muscle in enumerate(doc.muscles):
        where: KeyPath = ["muscles", i]
        if muscle.id in ids[:i]:
            raise source.error(where + ["id"], f"muscle id {muscle.id!r} is used twice")
        for part in ("origin", "insertion", "via"):
            _check_anchors(source, getattr(muscle, part), where + [part])
        if muscle.via and len(muscle.via) < 2:
            raise source.error(where + ["via"], "a via path needs at least two points, or none")
        for j, other in enumerate(muscle.under):
            if other not in ids or other == muscle.id:
                raise source.error(where + ["under", j], f"{other!r} is not another muscle of this file")
        _check_cites(source, muscle.cite, where)


def _check_line_muscles(zones: Iterable[ZoneSpec], sources: Mapping[str, Source], known: set[str]) -> None:
    """A line's ``muscle`` names a muscle of the folder's (or the shipped) muscles.toml."""
    for zone in zones:
        for i, line in enumerate(zone.lines):
            if line.muscle is not None and line.muscle not in known:
                names = ", ".join(sorted(known)) or "none"
                raise sources[zone.id].error(["lines", i, "muscle"], f"unknown muscle {line.muscle!r}; known: {names}")


def _check_session_rules(zones: Iterable[ZoneSpec], techniques: Iterable[TechniqueSpec],
                         sources: Mapping[str, Source]) -> None:
    """A technique's gentle zones are zones of this folder or of the shipped one (a folder may
    leave a zone out), and no zone gives a capped technique more than its ``max_minutes`` in a
    session (seed 001: rubbing and kneading "no more than 10 minutes")."""
    zones = list(zones)
    ids = {z.id for z in zones}
    for i, spec in enumerate(techniques):
        if spec.gentle is not None:
            for j, zone_id in enumerate(spec.gentle.zones):
                if zone_id not in ids and zone_id not in _shipped_zone_ids():  # read only when needed
                    known = ", ".join(sorted(ids | _shipped_zone_ids()))
                    raise sources["techniques"].error(["techniques", i, "gentle", "zones", j],
                                                      f"unknown zone {zone_id!r}; known: {known}")
        if spec.max_minutes is None:
            continue
        for zone in zones:
            for variant in ("general", "therapeutic"):
                steps = [k for k, s in enumerate(zone.steps) if s.technique == spec.id]
                high = sum(minutes_range(getattr(zone.steps[k].minutes, variant))[1] for k in steps)
                if high > spec.max_minutes + 1e-9:
                    raise sources[zone.id].error(
                        ["steps", steps[-1], "minutes", variant],
                        f"{spec.id} takes up to {high:g} min in a {variant} session here, but techniques.toml "
                        f"allows it at most {spec.max_minutes:g} min in a zone",
                    )


@cache
def _shipped_zone_ids() -> frozenset[str]:
    """The ids of the shipped zone files, read without checking them (they are checked when
    they are the folder read)."""
    ids = set()
    for path in default_zones_dir().glob("*.toml"):
        if path.name not in _SHARED_DOCUMENTS:
            zone_id = tomllib.loads(path.read_text(encoding="utf-8")).get("id")
            if isinstance(zone_id, str):
                ids.add(zone_id)
    return frozenset(ids)
def _check_glossary(source: Source, doc: GlossaryFile) -> None:
    seen: set[str] = set()
    for i, term in enumerate(doc.terms):
        if term.id in seen:
            raise source.error(["terms", i, "id"], f"term {term.id!r} is defined twice")
        seen.add(term.id)
        _check_cites(source, term.cite, ["terms", i])
