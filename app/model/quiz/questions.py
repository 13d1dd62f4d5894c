"""The student quiz: questions drawn at random from an atlas, and grading in plain words.

Eight kinds of question: name a vertebra (click its spinous process), find a zone (click
inside it), draw the direction of a line (a stroke compared with the model's line), put
a zone's techniques in order, and the four of :mod:`.recall` (where not to press, how hard on
a line, absolute or local contraindication, which technique the hands are doing). A seed
makes the draw repeatable, so a whole class can take the same quiz. Answers on the back are
in model coordinates (cm, origin at the C7 tip, x to the patient's right, y up); every grade
says what was right and wrong, and carries the right answer's geometry so a window can draw
it on the back.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
from shapely.geometry import Point

from ..atlas.build import Atlas
from ..body.anatomy import LEVELS, VERTEBRAE, Body, side_sign
from ..errors import DorsumError
from ..phrasing import N_, Tr, english
from ..zonefiles.spec import ZoneSpec
from . import recall
from .base import Feedback, Question, listed

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "ASKED_LEVELS",
    "Question",
    "Feedback",
    "KindScore",
    "Summary",
    "Quiz",
    "make_quiz",
    "ask",
    "technique_order",
    "grade",
    "grade_vertebra",
    "grade_zone",
    "grade_line",
    "grade_order",
    "longest_common_order",
]

KINDS = ("vertebra", "zone", "line_direction", "technique_order", *recall.RECALL_KINDS)
#: What each kind asks, as a student reads it in the summary.
KIND_NAMES = MappingProxyType({
    "vertebra": N_("Name the vertebra"),
    "zone": N_("Find the zone"),
    "line_direction": N_("Draw the line"),
    "technique_order": N_("Order the techniques"),
    **recall.RECALL_NAMES,
})
#: The levels a vertebra question asks for: from the prominent C7, which students find
#: first, down to L5; C1–C6 lie under the neck muscles and are rarely counted on the back.
ASKED_LEVELS = VERTEBRAE[VERTEBRAE.index("C7"):]

#: A click this far from the midline (cm, × body scale) is not on a spinous process.
MIDLINE_TOLERANCE = 3.0
#: A drawn stroke starting this close (cm) to the line's start starts in the right place.
START_TOLERANCE = 4.0
#: Cosine between the drawn and the model's start→end vectors: 0.7 is within about 45°.
MIN_COSINE = 0.7
#: A zone covering more than this share of the back is no question: any click is inside.
FINDABLE_SHARE = 0.5
#: A drag shorter than this (cm) is a click, not a stroke.
MIN_STROKE = 0.5

_SPAN = re.compile(r"\s*\((?:[CTLS]\d+|coccyx)\s*[–-]\s*(?:[CTLS]\d+|coccyx)\)")
_REGION = {"C": N_("cervical"), "T": N_("thoracic"), "L": N_("lumbar"), "S": N_("sacral")}
_ORDINAL = ("", N_("first"), N_("second"), N_("third"), N_("fourth"), N_("fifth"), N_("sixth"), N_("seventh"),
            N_("eighth"), N_("ninth"), N_("tenth"), N_("eleventh"), N_("twelfth"))
#: How far a click is from the asked level, in words (whole phrases: Ukrainian and Russian
#: decline the noun with the number).
_LEVEL_COUNTS = ("", N_("one level"), N_("two levels"), N_("three levels"), N_("four levels"), N_("five levels"),
                 N_("six levels"), N_("seven levels"), N_("eight levels"), N_("nine levels"), N_("ten levels"),
                 N_("eleven levels"), N_("twelve levels"))
#: Each node group and where it is, in words a student knows.
_NODE_PLACE = {"supraclavicular": N_("the supraclavicular nodes, above the collarbone"),
               "axillary": N_("the axillary nodes, in the armpit"), "inguinal": N_("the inguinal nodes, in the groin")}
#: Which way a stroke runs, by (out from or in toward the spine, up or down): whole phrases.
_WAYS = {
    (1, 0): N_("out from the spine"), (-1, 0): N_("in toward the spine"), (0, 1): N_("up"), (0, -1): N_("down"),
    (1, 1): N_("out from the spine and up"), (1, -1): N_("out from the spine and down"),
    (-1, 1): N_("in toward the spine and up"), (-1, -1): N_("in toward the spine and down"), (0, 0): N_("nowhere"),
}
#: Landmarks to count from (anatomy.md rows, as the body model places them).
_LANDMARK_HINTS = {
    "C7": N_("C7 is the most prominent bump at the base of the neck"),
    "T3": N_("the root of the spine of the scapula lies level with T3"),
    "T7": N_("the inferior angles of the shoulder blades lie at about T7–T8"),
    "T12": N_("T12 carries the last ribs"),
    "L4": N_("the tops of the iliac crests lie level with L4 (L4–L5 in women)"),
}


# -- questions ----------------------------------------------------------------------------
def technique_order(spec: ZoneSpec) -> tuple[str, ...]:
    """The zone's techniques in the order they first come in its steps."""
    return tuple(dict.fromkeys(step.technique for step in spec.steps))


def _vertebra_name(level: str, tr: Tr = english) -> str:
    return tr("the {ordinal} {region} vertebra").format(ordinal=tr(_ORDINAL[int(level[1:])]),
                                                         region=tr(_REGION[level[0]]))


def _technique_name(atlas: Atlas, technique: str) -> str:
    """A technique by the name techniques.toml gives it in the zones' language, in lower case."""
    try:
        return atlas.zone_set.technique(technique).name.lower()
    except (KeyError, DorsumError):
        return technique


#: What a question asks about: a level or a zone id, or for a line (zone id, number, its sides).
Subject = str | tuple[str, int, tuple[str, ...]]


def _subjects(atlas: Atlas, kind: str) -> list[Subject]:
    """Everything a question of ``kind`` may ask about, in atlas order (the draw shuffles)."""
    if kind in recall.RECALL_KINDS:
        return list(recall.subjects(atlas, kind))
    if kind == "vertebra":
        return list(ASKED_LEVELS)
    if kind == "zone":
        back = atlas.body.outline.area
        return [z.id for z in atlas.zones if z.area.area <= FINDABLE_SHARE * back]
    if kind == "line_direction":
        pairs: dict[tuple[str, int], list[str]] = {}
        for line in atlas.lines:
            if line.target is not None:
                pairs.setdefault((line.zone, line.number), []).append(line.side)
        return [(zone, number, tuple(sides)) for (zone, number), sides in pairs.items()]
    return [z.id for z in atlas.zones if len(technique_order(z.spec)) >= 3]


def _question(atlas: Atlas, kind: str, subject: Subject, rng: random.Random, tr: Tr) -> Question:
    if kind in recall.RECALL_KINDS:
        return recall.make_question(atlas, kind, str(subject), rng, tr)
    if isinstance(subject, tuple):  # a line_direction question
        zone_id, number, sides = subject
        return ask(atlas, Question(kind, f"{zone_id}.{number}.{rng.choice(sides)}", ""), tr)
    if kind in ("vertebra", "zone"):
        return ask(atlas, Question(kind, subject, ""), tr)
    expected = technique_order(atlas.zone(subject).spec)
    choices = list(expected)
    while tuple(choices) == expected:  # at least three techniques: a shuffle soon differs
        rng.shuffle(choices)
    return ask(atlas, Question(kind, subject, "", tuple(choices)), tr)


def ask(atlas: Atlas, question: Question, tr: Tr = english) -> Question:
    """``question`` with its prompt written in ``tr``'s language (the draw fixes what is asked;
    this, how it is asked, so a window can ask again in another language)."""
    kind, subject = question.kind, question.subject
    if kind in recall.RECALL_KINDS:
        prompt = recall.prompt(atlas, question, tr)
    elif kind == "line_direction":
        zone_id, number, side = subject.split(".")
        text = (tr("Draw line {number} of “{zone}” on the patient's right: press where it starts and drag the way "
                   "it runs.") if side == "right" else
                tr("Draw line {number} of “{zone}” on the patient's left: press where it starts and drag the way "
                   "it runs."))
        prompt = text.format(number=number, zone=atlas.zone(zone_id).name)
    elif kind == "vertebra":
        prompt = tr("Click the spinous process of {level}, {name}.").format(level=subject,
                                                                            name=_vertebra_name(subject, tr))
    elif kind == "zone":
        # The zone's name without its vertebral span: with the vertebrae on screen, "(T7–T12)"
        # would answer the question for the student.
        name = _SPAN.sub("", atlas.zone(subject).name).strip()
        prompt = tr("Find the zone: click inside “{zone}”.").format(zone=name)
    else:
        prompt = tr("Put the techniques of “{zone}” in the order they are done.").format(zone=atlas.zone(subject).name)
    return Question(kind, subject, prompt, question.choices)


def make_quiz(atlas: Atlas, n: int = 10, seed: int | str | None = None, tr: Tr = english) -> Quiz:
    """``n`` questions drawn at random, every kind as evenly as ``n`` allows (a kind the
    zones give nothing to ask about is left out); the same seed draws the same quiz. Its
    words are ``tr``'s (English by default)."""
    if n < 1:
        raise ValueError(f"a quiz needs at least one question, not {n}")
    rng = random.Random(seed)
    pools = {kind: _subjects(atlas, kind) for kind in KINDS}
    kinds = [kind for kind in KINDS if pools[kind]]
    drawn = kinds * (n // len(kinds)) + rng.sample(kinds, n % len(kinds))
    rng.shuffle(drawn)
    decks: dict[str, list[Subject]] = {kind: [] for kind in kinds}
    questions = []
    for kind in drawn:
        if not decks[kind]:  # every subject once before any comes again
            decks[kind] = list(pools[kind])
            rng.shuffle(decks[kind])
        questions.append(_question(atlas, kind, decks[kind].pop(), rng, tr))
    return Quiz(atlas, tuple(questions), seed, tr=tr)


# -- grading ------------------------------------------------------------------------------
def _nearest_level(body: Body, y: float) -> str:
    """The level whose spinous tip is nearest in height (the sacrum counts, so a click on
    it is not taken for L5)."""
    return min(LEVELS, key=lambda name: abs(body.level_y[name] - y))


def _off_midline(x: float, tr: Tr) -> str:
    text = (tr("you clicked {cm} cm to the patient's right of the midline, where the spinous processes lie")
            if x > 0 else
            tr("you clicked {cm} cm to the patient's left of the midline, where the spinous processes lie"))
    return text.format(cm=f"{abs(x):.0f}")


def _hint(level: str, tr: Tr) -> str:
    """The landmark nearest ``level`` to count from."""
    i = LEVELS.index(level)
    anchor = min(_LANDMARK_HINTS, key=lambda name: abs(LEVELS.index(name) - i))
    return tr("Count from a landmark: {hint}.").format(hint=tr(_LANDMARK_HINTS[anchor]))


def _levels_off(clicked: str, level: str, tr: Tr) -> str:
    """Where a click at ``clicked`` is, said from the asked ``level``."""
    if clicked[0] == "S" or clicked == "coccyx":
        return tr("that point is on the sacrum, below the lumbar vertebrae")
    steps = LEVELS.index(clicked) - LEVELS.index(level)
    count = tr(_LEVEL_COUNTS[abs(steps)]) if abs(steps) < len(_LEVEL_COUNTS) else tr("more than twelve levels")
    text = tr("that is {level}, {count} too low") if steps > 0 else tr("that is {level}, {count} too high")
    return text.format(level=clicked, count=count)


def grade_vertebra(atlas: Atlas, question: Question, point: Sequence[float], tr: Tr = english) -> Feedback:
    """Right when the click's height is nearest the asked level's spinous tip and it lies
    within 3 cm (× body scale) of the midline."""
    body, level = atlas.body, question.subject
    x, y = float(point[0]), float(point[1])
    tip = Point(0.0, body.level_y[level])
    clicked = _nearest_level(body, y)
    on_midline = abs(x) <= MIDLINE_TOLERANCE * body.scale
    if clicked == level and on_midline:
        message = tr("Right: that is {level}, {name}.").format(level=level, name=_vertebra_name(level, tr))
    elif clicked == level:
        message = tr("Right height for {level}, but {off}.").format(level=level, off=_off_midline(x, tr))
    else:
        gap = body.level_y[level] - y
        text = (tr("Not {level}: {where}. {level} is {cm} cm higher, marked on the back.") if gap > 0 else
                tr("Not {level}: {where}. {level} is {cm} cm lower, marked on the back."))
        message = text.format(level=level, where=_levels_off(clicked, level, tr), cm=f"{abs(gap):.1f}")
        if not on_midline:
            message += " " + tr("Also, {off}.").format(off=_off_midline(x, tr))
        message += "\n" + _hint(level, tr)
    right = clicked == level and on_midline
    return Feedback("vertebra", right, 1.0 if right else 0.0, message, tip, level,
                    checks=(("level", clicked == level), ("midline", on_midline)))


def grade_zone(atlas: Atlas, question: Question, point: Sequence[float], tr: Tr = english) -> Feedback:
    """Right when the click lies inside the asked zone (zones may overlap: inside counts)."""
    zone = atlas.zone(question.subject)
    p = Point(float(point[0]), float(point[1]))
    span = tr("“{zone}” runs from {top} to {bottom}, outlined on the back.").format(
        zone=zone.name, top=tr(zone.spec.span.top), bottom=tr(zone.spec.span.bottom))
    if zone.area.covers(p):
        return Feedback("zone", True, 1.0, tr("Right: that point is inside “{zone}”.").format(zone=zone.name),
                        zone.area, zone.name)
    back = atlas.body.outline.area
    others = [tr("“{name}”").format(name=z.name) for z in atlas.zones
              if z.area.area <= FINDABLE_SHARE * back and z.area.covers(p)]
    if not atlas.body.outline.covers(p):
        where = tr("That point is off the back.")
    elif others:
        where = tr("That point is in {zones}, not in “{zone}”.").format(zones=listed(others, tr), zone=zone.name)
    else:
        where = tr("That point is in none of the zones, and not in “{zone}”.").format(zone=zone.name)
    return Feedback("zone", False, 0.0, f"{where} {span}", zone.area, zone.name)


def _direction_words(v: np.ndarray, side: str, tr: Tr) -> str:
    """``v`` in words: up or down, out from or in toward the spine, on ``side``."""
    norm = float(np.hypot(*v))
    if norm == 0.0:
        return tr(_WAYS[0, 0])
    out, up = v[0] * side_sign(side) / norm, v[1] / norm
    vertical = 1 if up > 0.38 else -1 if up < -0.38 else 0
    lateral = 1 if out > 0.38 else -1 if out < -0.38 else 0
    return tr(_WAYS[lateral, vertical])


def _where(body: Body, x: float, y: float, tr: Tr) -> str:
    level = _nearest_level(body, y)
    lateral = abs(x)
    if lateral < 4.0 * body.scale:
        return tr("beside the spine at {level}").format(level=level)
    return tr("{cm} cm out from the spine at the height of {level}").format(cm=f"{lateral:.0f}", level=level)


def grade_line(atlas: Atlas, question: Question, stroke: Sequence[Sequence[float]], tr: Tr = english) -> Feedback:
    """Three criteria, a third of the score each: the stroke starts within 4 cm of the
    line's start, runs within about 45° of its start→end direction, and ends nearer the
    line's node group than it starts. Right only when all three hold."""
    line = atlas.line(question.subject)
    body = atlas.body
    if line.target is None:  # only lines that drain to a node group are asked about
        raise ValueError(f"line {question.subject} drains to no node group")
    node = body.nodes[(line.target, line.side)]
    start0, end0 = np.array(line.path.coords[0]), np.array(line.path.coords[-1])
    pts = np.asarray(stroke, dtype=float).reshape(-1, 2)
    drawn = float(np.hypot(*np.diff(pts, axis=0).T).sum()) if len(pts) > 1 else 0.0
    label = (tr("line {number} (right)") if line.side == "right" else tr("line {number} (left)")).format(
        number=line.number)
    words = {"number": line.number, "where": _where(body, float(start0[0]), float(start0[1]), tr),
             "way": _direction_words(end0 - start0, line.side, tr), "place": tr(_NODE_PLACE[line.target])}
    if drawn < MIN_STROKE:
        message = tr("That was a click, not a stroke: press where line {number} starts and drag the way it runs. "
                     "It starts {where} and runs {way}, toward {place}.").format(**words)
        checks = (("start", False), ("direction", False), ("target", False))
        return Feedback("line_direction", False, 0.0, message, line.path, label, node, checks=checks)
    a, b = pts[0], pts[-1]
    gap = float(np.hypot(*(a - start0)))
    v, w = b - a, end0 - start0
    cosine = float(v @ w / (np.hypot(*v) * np.hypot(*w))) if np.hypot(*v) > 0 else -1.0
    towards = Point(b).distance(node) < Point(a).distance(node)
    checks = (("start", gap <= START_TOLERANCE), ("direction", cosine >= MIN_COSINE), ("target", towards))
    parts = [
        tr("Start: right, line {number} starts {where}.") if checks[0][1] else
        tr("Start: wrong place, line {number} starts {where}; you started {cm} cm from there."),
        tr("Direction: right, it runs {way}.") if checks[1][1] else tr("Direction: it runs {way}; yours runs {yours}."),
        tr("Target: right, it drains toward {place}.") if checks[2][1] else
        tr("Target: it drains toward {place}; yours moves away from them."),
    ]
    words |= {"cm": f"{gap:.0f}", "yours": _direction_words(v, line.side, tr)}
    passed = sum(ok for _, ok in checks)
    head = tr("All three right.") if passed == 3 else tr("{passed} of 3 right.").format(passed=passed)
    return Feedback("line_direction", passed == 3, passed / 3.0,
                    "\n".join([head, *(part.format(**words) for part in parts)]), line.path, label, node,
                    checks=checks)


def longest_common_order(given: Sequence[str], expected: Sequence[str]) -> tuple[str, ...]:
    """The longest run of ``expected``'s items that ``given`` keeps in the same order (not
    necessarily side by side): what a student got right about an order.

    >>> longest_common_order(["b", "a", "c", "d"], ["a", "b", "c", "d"])
    ('a', 'c', 'd')
    """
    n, m = len(given), len(expected)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if given[i] == expected[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if given[i] == expected[j]:
            out.append(given[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def grade_order(atlas: Atlas, question: Question, order: Sequence[str], tr: Tr = english) -> Feedback:
    """Right when ``order`` is exactly the zone's order. Otherwise graded by sequence
    similarity: the share of the techniques kept in the right order relative to each other
    (the longest common subsequence), so one technique out of place costs one, not all
    those after it, and a list left as shuffled scores only what its shuffle got right."""
    zone = atlas.zone(question.subject)
    expected = technique_order(zone.spec)
    given = tuple(order)
    kept = longest_common_order(given, expected)
    placed = tuple((t, t in kept) for t in expected)
    right = len(kept)
    name = {t: _technique_name(atlas, t) for t in dict.fromkeys((*expected, *given))}
    sequence = ", ".join(f"{i} {name[t]}" for i, t in enumerate(expected, 1))
    again = zone.spec.steps[-1].technique
    ends_again = len(zone.spec.steps) > len(expected) and again in expected
    coda = " " + tr("The zone also ends with {technique} again.").format(technique=name[again]) if ends_again else ""
    if given == expected:
        message = tr("Right: {sequence}.").format(sequence=sequence) + coda
    else:
        moved = [tr("{technique} (you put it in place {given}; it belongs in place {right})").format(
                     technique=name[t], given=given.index(t) + 1, right=i + 1)
                 for i, (t, ok) in enumerate(placed) if not ok and t in given]
        head = tr("{right} of {total} kept in the right order relative to each other").format(
            right=right, total=len(expected))
        lines = [head + (f" ({', '.join(name[t] for t in kept)})" if kept else "") + ".",
                 tr("The order is: {sequence}.").format(sequence=sequence),
                 tr("Why: each technique prepares the tissue for the next, from light strokes to deeper work and back "
                    "to calming ones (seed 001).")]
        if moved:
            lines.append(tr("Out of place: {list}.").format(list="; ".join(moved)))
        missing = [name[t] for t in expected if t not in given]
        if missing:
            lines.append(tr("Missing: {list}.").format(list=", ".join(missing)))
        message = "\n".join(lines) + coda
    return Feedback("technique_order", given == expected, right / len(expected), message, zone.area, zone.name,
                    order=expected, checks=placed)


#: The grader of each kind; the answer's type goes with the kind (see :func:`grade`).
_GRADERS: dict[str, Callable[[Atlas, Question, Any, Tr], Feedback]] = {
    "vertebra": grade_vertebra, "zone": grade_zone, "line_direction": grade_line, "technique_order": grade_order,
    **recall.GRADERS}


def grade(atlas: Atlas, question: Question, answer: object, tr: Tr = english) -> Feedback:
    """Grade ``answer``: a point (x, y) for vertebra, zone and mask questions, a polyline for
    a line, a sequence of technique ids for an order question, one of the question's
    ``choices`` for a pressure, contraindication or technique question. The feedback's words
    are ``tr``'s."""
    return _GRADERS[question.kind](atlas, question, answer, tr)


# -- the quiz -----------------------------------------------------------------------------
@dataclass(frozen=True)
class KindScore:
    asked: int
    answered: int
    right: int
    score: float


@dataclass(frozen=True)
class Summary:
    """Scores over the whole quiz; a question left unanswered scores 0."""

    asked: int
    answered: int
    right: int
    score: float
    per_kind: Mapping[str, KindScore]
    missed: tuple[tuple[str, str], ...] = ()  # (the question, what the right answer was) to review

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.asked if self.asked else 0.0

    def text(self, tr: Tr = english) -> str:
        """The summary as lines a student reads, in ``tr``'s words."""
        head = tr("Score {score} out of {asked} ({percent}%): {right} right").format(
            score=f"{self.score:.1f}", asked=self.asked, percent=f"{self.percent:.0f}", right=self.right)
        if self.answered < self.asked:
            head += tr(", {count} not answered").format(count=self.asked - self.answered)
        rows = [tr("{kind}: {right} of {asked} right (score {score})").format(
                    kind=tr(KIND_NAMES[kind]), right=k.right, asked=k.asked, score=f"{k.score:.1f}")
                for kind, k in self.per_kind.items()]
        review = [tr("To review:"), *(f"• {prompt} — {answer}" for prompt, answer in self.missed)] \
            if self.missed else []
        return "\n".join([head + ".", *rows, *review])


@dataclass
class Quiz:
    """The questions, the student's answers and their grades; ``index`` is the question on
    screen, ``tr`` the language the questions are asked and graded in."""

    atlas: Atlas
    questions: tuple[Question, ...]
    seed: int | str | None = None
    index: int = 0
    feedback: list[Feedback | None] = field(default_factory=list)
    answers: list[object] = field(default_factory=list)  # as given, None where not yet answered
    tr: Tr = english

    def __post_init__(self) -> None:
        if not self.feedback:
            self.feedback = [None] * len(self.questions)
        if not self.answers:
            self.answers = [None] * len(self.questions)

    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def answered(self) -> bool:
        """Whether the question on screen has been graded."""
        return not self.finished and self.feedback[self.index] is not None

    def use_atlas(self, atlas: Atlas) -> bool:
        """Grade from now on against ``atlas`` (another body or stature moves every point)
        if it still holds everything the questions ask about; says whether it does."""
        try:
            for q in self.questions:
                if q.kind in recall.RECALL_KINDS:
                    if not recall.still_holds(atlas, q):
                        return False
                elif q.kind == "line_direction":
                    atlas.line(q.subject)
                elif q.kind in ("zone", "technique_order"):
                    atlas.zone(q.subject)
        except (KeyError, DorsumError):
            return False
        self.atlas = atlas
        return True

    def speak(self, atlas: Atlas, tr: Tr) -> bool:
        """Ask and grade in another language from now on: ``atlas`` holds the zones' texts in
        it, ``tr`` the quiz's words. Every question is asked again and every answer given is
        graded again, so nothing on screen stays in the language before. Says whether
        ``atlas`` still holds everything asked (if not, nothing changes)."""
        if not self.use_atlas(atlas):
            return False
        self.tr = tr
        self.questions = tuple(ask(atlas, q, tr) for q in self.questions)
        self.feedback = [None if f is None else grade(atlas, q, a, tr)
                         for q, f, a in zip(self.questions, self.feedback, self.answers)]
        return True

    def answer(self, answer: object) -> Feedback:
        """Grade the question on screen; each question is graded once."""
        if self.finished:
            raise ValueError("the quiz is over")
        if self.answered:
            raise ValueError(f"question {self.index + 1} is already answered")
        result = grade(self.atlas, self.questions[self.index], answer, self.tr)
        self.feedback[self.index] = result
        self.answers[self.index] = answer
        return result

    def next(self) -> Question | None:
        """Go on to the next question (None at the end)."""
        self.index = min(self.index + 1, len(self.questions))
        return self.current

    def summary(self) -> Summary:
        per_kind = {}
        for kind in KINDS:
            graded = [f for q, f in zip(self.questions, self.feedback) if q.kind == kind]
            if graded:
                done = [f for f in graded if f is not None]
                per_kind[kind] = KindScore(len(graded), len(done), sum(f.correct for f in done),
                                           sum(f.score for f in done))
        done = [f for f in self.feedback if f is not None]
        missed = tuple((q.prompt, f.message.split("\n")[0] if f is not None else self.tr("not answered"))
                       for q, f in zip(self.questions, self.feedback) if f is None or not f.correct)
        return Summary(len(self.questions), len(done), sum(f.correct for f in done),
                       sum(f.score for f in done), MappingProxyType(per_kind), missed)
