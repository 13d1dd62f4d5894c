"""Four kinds of question that test what the zone data says rather than where things are:
where not to press and why (the masks), how hard on a line (its pressure), whether a
contraindication is absolute or local (the screening list), and which technique the hands are
doing (its motion, played with the name hidden).

Every answer, right or wrong, is explained from the same data the window shows: a mask's
``why``, a line's pressure and its zone's pressure guidance, a screening item's source
sentence, a technique's how-to. Nothing here is written for the quiz alone, so an instructor
who edits the zones folder edits the quiz with it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any

import shapely

from ..atlas.build import Atlas
from ..atlas.lines import StrokeLine
from ..atlas.masks import RULE_TEXT, Mask
from ..errors import DorsumError
from ..phrasing import N_, Tr, english
from ..session.card import technique_card
from ..vocabulary import PRESSURE_WORDS, TECHNIQUES, pressure_word
from ..zonefiles.spec import Cite, Condition
from .base import Feedback, Question, listed

__all__ = [
    "RECALL_KINDS",
    "RECALL_NAMES",
    "CONTRAINDICATION_KINDS",
    "subjects",
    "make_question",
    "prompt",
    "grade_mask",
    "grade_pressure",
    "grade_contraindication",
    "grade_technique",
    "GRADERS",
    "still_holds",
]

RECALL_KINDS = ("mask", "pressure", "contraindication", "technique_motion")
RECALL_NAMES = {
    "mask": N_("Where not to press, and why"),
    "pressure": N_("How hard on a line"),
    "contraindication": N_("Absolute or local contraindication"),
    "technique_motion": N_("Recognise the technique"),
}
#: The two answers of a contraindication question, as screening.toml groups its items.
CONTRAINDICATION_KINDS = ("absolute", "local")
#: The pressure words a student chooses from ("none" is the spine's, never a line's).
PRESSURE_CHOICES = tuple(word for _, word in PRESSURE_WORDS[1:])
_SEED_FILE = re.compile(r"^(\d{3})_[0-9a-f]+\.txt$")


def _source(cite: Cite, tr: Tr) -> str:
    """``000_b575….txt`` → ``seed 000``; anatomy.md and Dorsum's own decisions by name."""
    match = _SEED_FILE.match(cite.source)
    name = tr("seed {number}").format(number=match.group(1)) if match else cite.source
    if cite.quote:
        return f"{name}: “{cite.quote}”"
    return f"{name}: {cite.why}" if cite.why else name


def _scale(tr: Tr) -> str:
    """The pressure words' bounds, as the legend and the zone files give them."""
    bounds = [(b, w) for b, w in PRESSURE_WORDS[1:-1]]
    return " < ".join(f"{tr(w)} ≤ {b:g}" for b, w in bounds) + f" < {tr(PRESSURE_WORDS[-1][1])}"


def _rule(rule: str, tr: Tr) -> str:
    return tr(RULE_TEXT[rule])


def _label(mask: Mask, tr: Tr) -> str:
    """What the mask does (:attr:`Mask.label`) in ``tr``'s words."""
    text = tr(RULE_TEXT[mask.rule])
    if mask.label != RULE_TEXT[mask.rule]:
        text += tr(", reduced pressure")
    return text


# -- what may be asked ----------------------------------------------------------------------
def _atlas_masks(atlas: Atlas, rule: str | None = None) -> list[Mask]:
    """The zones folder's masks (a client's no-go areas are that client's, not the class's)."""
    return [m for m in atlas.masks if not m.client and (rule is None or m.rule == rule)]


def _line(atlas: Atlas, subject: str) -> StrokeLine:
    """A zone's line by number ("lumbar.4"): the right side's, or the only side's."""
    zone_id, number = subject.rsplit(".", 1)
    lines = [line for line in atlas.zone(zone_id).lines if line.number == int(number)]
    if not lines:
        raise KeyError(subject)
    return next((line for line in lines if line.side == "right"), lines[0])


def _conditions(atlas: Atlas) -> dict[str, tuple[str, Condition]]:
    """Screening item id → (absolute or local, the item)."""
    screening = atlas.zone_set.screening
    if screening is None:
        return {}
    return {c.id: (kind, c) for kind, items in (("absolute", screening.absolute), ("local", screening.local))
            for c in items}


def _technique_zones(atlas: Atlas) -> dict[str, list[str]]:
    """Technique id → the zones whose steps do it (the preliminary whole-back massage only
    when no other zone does: its lines are the whole back's, and hard to follow)."""
    known = {t.id for t in atlas.zone_set.techniques}
    found: dict[str, list[str]] = {}
    for zone in atlas.zones:
        for step in zone.spec.steps:
            if step.technique in known and zone.id not in found.setdefault(step.technique, []):
                found[step.technique].append(zone.id)
    preliminary = {z.id for z in atlas.zones if z.spec.preliminary}
    return {t: ([z for z in zones if z not in preliminary] or zones) for t, zones in found.items()}


def subjects(atlas: Atlas, kind: str) -> list[str]:
    """Everything a question of ``kind`` may ask about, in data order (the draw shuffles)."""
    if kind == "mask":
        return list(dict.fromkeys(m.rule for m in _atlas_masks(atlas)))
    if kind == "pressure":
        return list(dict.fromkeys(f"{line.zone}.{line.number}" for line in atlas.lines if line.pressure > 0))
    if kind == "contraindication":
        return list(_conditions(atlas))
    if kind == "technique_motion":
        return [t for t in TECHNIQUES if t in _technique_zones(atlas)]
    raise KeyError(kind)


def make_question(atlas: Atlas, kind: str, subject: str, rng: random.Random, tr: Tr = english) -> Question:
    """The question about ``subject`` in ``tr``'s words; ``rng`` picks the zone a technique is
    shown on."""
    if kind == "technique_motion":
        zone_id = rng.choice(_technique_zones(atlas)[subject])
        choices = tuple(t for t in TECHNIQUES if t in {s.id for s in atlas.zone_set.techniques})
        question = Question(kind, f"{zone_id}.{subject}", "", choices)
    else:
        question = Question(kind, subject, "", {"pressure": PRESSURE_CHOICES,
                                                "contraindication": CONTRAINDICATION_KINDS}.get(kind, ()))
    return Question(question.kind, question.subject, prompt(atlas, question, tr), question.choices)


def prompt(atlas: Atlas, question: Question, tr: Tr = english) -> str:
    """What ``question`` asks, in ``tr``'s words."""
    kind, subject = question.kind, question.subject
    if kind == "mask":
        text = (tr("Where not to press: click an area where the rule is “{rule}” (any one of them).")
                if len(_atlas_masks(atlas, subject)) > 1 else
                tr("Where not to press: click an area where the rule is “{rule}”."))
        return text.format(rule=_rule(subject, tr))
    if kind == "pressure":
        line = _line(atlas, subject)
        zone = atlas.zone(line.zone)
        if line.name:
            return tr("How hard on line {number} of “{zone}”, “{line}”?").format(number=line.number, zone=zone.name,
                                                                                 line=line.name)
        return tr("How hard on line {number} of “{zone}”?").format(number=line.number, zone=zone.name)
    if kind == "contraindication":
        _, condition = _conditions(atlas)[subject]
        return tr("“{condition}”: an absolute contraindication (no massage at all) or a local one (massage, keeping "
                  "off that area)?").format(condition=condition.label)
    zone_id = subject.rsplit(".", 1)[0]
    return tr("Watch the hands on “{zone}”: which technique is this?").format(zone=atlas.zone(zone_id).name)


def still_holds(atlas: Atlas, question: Question) -> bool:
    """Whether ``atlas`` still has what ``question`` asks about (after a body or zones change)."""
    try:
        if question.kind == "mask":
            return bool(_atlas_masks(atlas, question.subject))
        if question.kind == "pressure":
            _line(atlas, question.subject)
            return True
        if question.kind == "contraindication":
            return question.subject in _conditions(atlas)
        zone_id, technique = question.subject.rsplit(".", 1)
        atlas.zone(zone_id)
        atlas.zone_set.technique(technique)
        return True
    except (KeyError, ValueError, DorsumError):  # an unknown id is a DorsumError
        return False


# -- grading --------------------------------------------------------------------------------
def grade_mask(atlas: Atlas, question: Question, point: Sequence[float], tr: Tr = english) -> Feedback:
    """Right when the click lies in any mask with the asked rule; the feedback gives each such
    mask's reason, and names the mask (or none) the click was in when it was wrong."""
    rule = question.subject
    masks = _atlas_masks(atlas, rule)
    p = shapely.Point(float(point[0]), float(point[1]))
    hit = [m for m in masks if m.geometry.covers(p)]
    reasons = [f"{_cap(tr(m.title))}: {m.why}" for m in masks]
    area = shapely.unary_union([m.geometry for m in masks])
    words = {"rule": _rule(rule, tr), "masks": _titles(masks, tr)}
    if hit:
        head = tr("Right: that point lies in “{mask}”, where the rule is “{label}”.").format(
            mask=tr(hit[0].title), label=_label(hit[0], tr))
        others = [f"{_cap(tr(m.title))}: {m.why}" for m in masks if m not in hit]
        message = "\n".join([head, tr("Why: {why}").format(why=hit[0].why),
                             *([tr("The same rule holds over:"), *others] if others else [])])
        return Feedback("mask", True, 1.0, message, area, words["rule"])
    elsewhere = [m for m in _atlas_masks(atlas) if m.geometry.covers(p)]
    if not atlas.body.outline.covers(p):
        head = tr("Not right: that point is off the back. “{rule}” holds over {masks}.").format(**words)
    elif elsewhere:
        head = tr("Not right: that point lies in “{mask}”, where the rule is “{label}”, not “{rule}”. That holds "
                  "over {masks}.").format(mask=tr(elsewhere[0].title), label=_label(elsewhere[0], tr), **words)
    else:
        head = tr("Not right: no mask lies there, the hands may work that point. “{rule}” holds over "
                  "{masks}.").format(**words)
    message = "\n".join([head, tr("Why:"), *reasons])
    return Feedback("mask", False, 0.0, message, area, words["rule"])


def _cap(text: str) -> str:
    """The first letter capital, the rest as it is ("above C6" → "Above C6")."""
    return text[:1].upper() + text[1:]


def _titles(masks: Sequence[Mask], tr: Tr) -> str:
    """“kidney” and “heart”: the masks by name, quoted as the legend names them."""
    return listed([tr("“{name}”").format(name=tr(m.title)) for m in masks], tr)


def grade_pressure(atlas: Atlas, question: Question, word: str, tr: Tr = english) -> Feedback:
    """Right when ``word`` is the line's pressure in words; the feedback gives the number, the
    scale, the zone's pressure guidance and where a mask eases the pressure along the line."""
    line = _line(atlas, question.subject)
    zone = atlas.zone(line.zone)
    right = pressure_word(line.pressure)
    number = tr("pressure {value} of 1, on the scale {scale}").format(value=f"{line.pressure:g}", scale=_scale(tr))
    head = (tr("Right: line {number} is worked {word} ({pressure}).") if word == right else
            tr("Not {chosen}: line {number} is worked {word} ({pressure}).")).format(
        number=line.number, word=tr(right), chosen=tr(word), pressure=number)
    parts = [head]
    guidance = [g.text for g in zone.spec.guidance if g.topic == "pressure"]
    if guidance:
        parts.append(tr("Why, for “{zone}”: {text}").format(zone=zone.name, text=" ".join(guidance)))
    eased = []
    for stretch in line.stretches:
        if stretch.limited and stretch.masks and pressure_word(stretch.pressure) != right:
            names = _titles([atlas.mask(m) for m in stretch.masks], tr)
            eased.append(tr("in {masks} it drops to {word}").format(masks=names,
                                                                     word=tr(pressure_word(stretch.pressure))))
    if eased:
        parts.append(tr("Along the line, {list}.").format(list="; ".join(dict.fromkeys(eased))))
    parts.append(tr("The line: {why}").format(why=line.why))
    return Feedback("pressure", word == right, 1.0 if word == right else 0.0, "\n".join(parts), line.path,
                    tr("line {number}: {word}").format(number=line.number, word=tr(right)), answer=right)


def grade_contraindication(atlas: Atlas, question: Question, kind: str, tr: Tr = english) -> Feedback:
    """Right when ``kind`` is the group screening.toml puts the item in; the feedback says
    what that means for the massage and quotes the item's source."""
    right, condition = _conditions(atlas)[question.subject]
    screening = atlas.zone_set.screening
    verdict = (tr("{condition} is an absolute contraindication.") if right == "absolute" else
               tr("{condition} is a local contraindication.")).format(condition=condition.label)
    if kind == right:
        head = tr("Right: {verdict}")
    else:
        head = tr("Not absolute: {verdict}") if kind == "absolute" else tr("Not local: {verdict}")
    if right == "absolute" and screening is not None:
        meaning = tr("It stops the plan, and the client is told: “{text}”").format(text=screening.doctor.text)
    else:
        meaning = tr("The massage can go ahead: the area is drawn on the back as a no-go area ({rule}).").format(
            rule=_rule("no_go", tr))
    sources = tr("Source: {sources}").format(
        sources="; ".join(_source(c, tr) for c in condition.cite if c.source != "dorsum"))
    return Feedback("contraindication", kind == right, 1.0 if kind == right else 0.0,
                    "\n".join([head.format(verdict=verdict), meaning, sources]), label=right, answer=right)


def grade_technique(atlas: Atlas, question: Question, technique: str, tr: Tr = english) -> Feedback:
    """Right when ``technique`` is the one the hands showed; the feedback gives its how-to
    from techniques.toml, and the chosen one's when it was another."""
    zone_id, shown = question.subject.rsplit(".", 1)
    spec = atlas.zone_set.technique(shown)
    card = technique_card(atlas.zone_set, shown, zone_id if _does(atlas, zone_id, shown) else None)
    how = tr("How it is done ({technique}): {how}").format(technique=spec.name.lower(), how=card.how_to(tr))
    if technique == shown:
        message = tr("Right: that was {technique}.").format(technique=spec.name.lower()) + "\n" + how
    else:
        chosen = atlas.zone_set.technique(technique)
        other = technique_card(atlas.zone_set, technique)
        message = "\n".join([
            tr("Not {chosen}: that was {technique}.").format(chosen=chosen.name.lower(), technique=spec.name.lower()),
            how, tr("{technique}, for comparison: {how}").format(technique=chosen.name,
                                                                  how=f"{other.posture_in(tr)} {other.path}")])
    return Feedback("technique_motion", technique == shown, 1.0 if technique == shown else 0.0, message,
                    atlas.zone(zone_id).area, spec.name, answer=shown)


def _does(atlas: Atlas, zone_id: str, technique: str) -> bool:
    """Whether the zone has a step of ``technique`` (a quiz may name a zone the plan dropped)."""
    return any(z.id == zone_id and any(s.technique == technique for s in z.steps) for z in atlas.zone_set.zones)


GRADERS: dict[str, Callable[[Atlas, Question, Any, Tr], Feedback]] = {
    "mask": grade_mask, "pressure": grade_pressure, "contraindication": grade_contraindication,
    "technique_motion": grade_technique}
