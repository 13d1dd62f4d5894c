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
from ..zonefiles.spec import ZoneSpec
from . import recall
from .base import Feedback, Question

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
    "vertebra": "Name the vertebra",
    "zone": "Find the zone",
    "line_direction": "Draw the line",
    "technique_order": "Order the techniques",
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
_REGION = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}
_ORDINAL = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth")
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
#: Where each node group is, in words a student knows.
_NODE_PLACE = {"supraclavicular": "above the collarbone", "axillary": "in the armpit", "inguinal": "in the groin"}
#: Landmarks to count from (anatomy.md rows, as the body model places them).
_LANDMARK_HINTS = {
    "C7": "C7 is the most prominent bump at the base of the neck",
    "T3": "the root of the spine of the scapula lies level with T3",
    "T7": "the inferior angles of the shoulder blades lie at about T7–T8",
    "T12": "T12 carries the last ribs",
    "L4": "the tops of the iliac crests lie level with L4 (L4–L5 in women)",
}


# -- questions ----------------------------------------------------------------------------
def technique_order(spec: ZoneSpec) -> tuple[str, ...]:
    """The zone's techniques in the order they first come in its steps."""
    return tuple(dict.fromkeys(step.technique for step in spec.steps))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _vertebra_name(level: str) -> str:
    return f"the {_ORDINAL[int(level[1:])]} {_REGION[level[0]]} vertebra"


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


def _question(atlas: Atlas, kind: str, subject: Subject, rng: random.Random) -> Question:
    if kind in recall.RECALL_KINDS:
        return recall.make_question(atlas, kind, str(subject), rng)
    if isinstance(subject, tuple):  # a line_direction question
        zone_id, number, sides = subject
        side = rng.choice(sides)
        return Question(kind, f"{zone_id}.{number}.{side}",
                        f"Draw line {number} of “{atlas.zone(zone_id).name}” on the patient's {side}: "
                        "press where it starts and drag the way it runs.")
    if kind == "vertebra":
        return Question(kind, subject, f"Click the spinous process of {subject}, {_vertebra_name(subject)}.")
    if kind == "zone":
        # The zone's name without its vertebral span: with the vertebrae on screen, "(T7–T12)"
        # would answer the question for the student.
        name = _SPAN.sub("", atlas.zone(subject).name).strip()
        return Question(kind, subject, f"Find the zone: click inside “{name}”.")
    expected = technique_order(atlas.zone(subject).spec)
    choices = list(expected)
    while tuple(choices) == expected:  # at least three techniques: a shuffle soon differs
        rng.shuffle(choices)
    return Question(kind, subject, f"Put the techniques of “{atlas.zone(subject).name}” in the order they are done.",
                    tuple(choices))


def make_quiz(atlas: Atlas, n: int = 10, seed: int | str | None = None) -> Quiz:
    """``n`` questions drawn at random, every kind as evenly as ``n`` allows (a kind the
    zones give nothing to ask about is left out); the same seed draws the same quiz."""
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
        questions.append(_question(atlas, kind, decks[kind].pop(), rng))
    return Quiz(atlas, tuple(questions), seed)


# -- grading ------------------------------------------------------------------------------
def _nearest_level(body: Body, y: float) -> str:
    """The level whose spinous tip is nearest in height (the sacrum counts, so a click on
    it is not taken for L5)."""
    return min(LEVELS, key=lambda name: abs(body.level_y[name] - y))


def _side_words(x: float) -> str:
    return "the patient's right" if x > 0 else "the patient's left"


def _hint(level: str) -> str:
    """The landmark nearest ``level`` to count from."""
    i = LEVELS.index(level)
    anchor = min(_LANDMARK_HINTS, key=lambda name: abs(LEVELS.index(name) - i))
    return f"Count from a landmark: {_LANDMARK_HINTS[anchor]}."


def grade_vertebra(atlas: Atlas, question: Question, point: Sequence[float]) -> Feedback:
    """Right when the click's height is nearest the asked level's spinous tip and it lies
    within 3 cm (× body scale) of the midline."""
    body, level = atlas.body, question.subject
    x, y = float(point[0]), float(point[1])
    tip = Point(0.0, body.level_y[level])
    clicked = _nearest_level(body, y)
    on_midline = abs(x) <= MIDLINE_TOLERANCE * body.scale
    off = f"you clicked {abs(x):.0f} cm to {_side_words(x)} of the midline, where the spinous processes lie"
    if clicked == level and on_midline:
        message = f"Right: that is {level}, {_vertebra_name(level)}."
    elif clicked == level:
        message = f"Right height for {level}, but {off}."
    else:
        gap = body.level_y[level] - y
        if clicked[0] == "S" or clicked == "coccyx":
            where = "that point is on the sacrum, below the lumbar vertebrae"
        else:
            steps = LEVELS.index(clicked) - LEVELS.index(level)
            count = _NUMBER_WORDS[abs(steps)] if abs(steps) < len(_NUMBER_WORDS) else str(abs(steps))
            plural = "s" if abs(steps) > 1 else ""
            where = f"that is {clicked}, {count} level{plural} too {'low' if steps > 0 else 'high'}"
        message = (f"Not {level}: {where}. {level} is {abs(gap):.1f} cm {'higher' if gap > 0 else 'lower'}, "
                   "marked on the back.")
        if not on_midline:
            message += f" Also, {off}."
        message += "\n" + _hint(level)
    right = clicked == level and on_midline
    return Feedback("vertebra", right, 1.0 if right else 0.0, message, tip, level,
                    checks=(("level", clicked == level), ("midline", on_midline)))


def grade_zone(atlas: Atlas, question: Question, point: Sequence[float]) -> Feedback:
    """Right when the click lies inside the asked zone (zones may overlap: inside counts)."""
    zone = atlas.zone(question.subject)
    p = Point(float(point[0]), float(point[1]))
    span = f"“{zone.name}” runs from {zone.spec.span.top} to {zone.spec.span.bottom}, outlined on the back."
    if zone.area.covers(p):
        return Feedback("zone", True, 1.0, f"Right: that point is inside “{zone.name}”.", zone.area, zone.name)
    back = atlas.body.outline.area
    others = [z.name for z in atlas.zones if z.area.area <= FINDABLE_SHARE * back and z.area.covers(p)]
    if not atlas.body.outline.covers(p):
        where = "That point is off the back."
    elif others:
        where = f"That point is in “{'” and “'.join(others)}”, not in “{zone.name}”."
    else:
        where = f"That point is in none of the zones, and not in “{zone.name}”."
    return Feedback("zone", False, 0.0, f"{where} {span}", zone.area, zone.name)


def _direction_words(v: np.ndarray, side: str) -> str:
    """``v`` in words: up or down, out from or in toward the spine, on ``side``."""
    norm = float(np.hypot(*v))
    if norm == 0.0:
        return "nowhere"
    out, up = v[0] * side_sign(side) / norm, v[1] / norm
    vertical = "up" if up > 0.38 else "down" if up < -0.38 else ""
    lateral = "out from the spine" if out > 0.38 else "in toward the spine" if out < -0.38 else ""
    return " and ".join(w for w in (lateral, vertical) if w)


def _where(body: Body, x: float, y: float) -> str:
    level = _nearest_level(body, y)
    lateral = abs(x)
    if lateral < 4.0 * body.scale:
        return f"beside the spine at {level}"
    return f"{lateral:.0f} cm out from the spine at the height of {level}"


def grade_line(atlas: Atlas, question: Question, stroke: Sequence[Sequence[float]]) -> Feedback:
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
    label = f"line {line.number} ({line.side})"
    where = _where(body, *start0)
    right_way = _direction_words(end0 - start0, line.side)
    place = f"the {line.target} nodes, {_NODE_PLACE[line.target]}"
    if drawn < MIN_STROKE:
        message = (f"That was a click, not a stroke: press where line {line.number} starts and drag the way it "
                   f"runs. It starts {where} and runs {right_way}, toward {place}.")
        checks = (("start", False), ("direction", False), ("target", False))
        return Feedback("line_direction", False, 0.0, message, line.path, label, node, checks=checks)
    a, b = pts[0], pts[-1]
    gap = float(np.hypot(*(a - start0)))
    v, w = b - a, end0 - start0
    cosine = float(v @ w / (np.hypot(*v) * np.hypot(*w))) if np.hypot(*v) > 0 else -1.0
    towards = Point(b).distance(node) < Point(a).distance(node)
    checks = (("start", gap <= START_TOLERANCE), ("direction", cosine >= MIN_COSINE), ("target", towards))
    parts = [
        f"Start: right, line {line.number} starts {where}." if checks[0][1] else
        f"Start: wrong place, line {line.number} starts {where}; you started {gap:.0f} cm from there.",
        f"Direction: right, it runs {right_way}." if checks[1][1] else
        f"Direction: it runs {right_way}; yours runs {_direction_words(v, line.side)}.",
        f"Target: right, it drains toward {place}." if checks[2][1] else
        f"Target: it drains toward {place}; yours moves away from them.",
    ]
    passed = sum(ok for _, ok in checks)
    head = "All three right." if passed == 3 else f"{passed} of 3 right."
    return Feedback("line_direction", passed == 3, passed / 3.0, "\n".join([head, *parts]), line.path, label, node,
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


def grade_order(atlas: Atlas, question: Question, order: Sequence[str]) -> Feedback:
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
    sequence = ", ".join(f"{i} {t}" for i, t in enumerate(expected, 1))
    again = zone.spec.steps[-1].technique
    ends_again = len(zone.spec.steps) > len(expected) and again in expected
    coda = f" The zone also ends with {again} again." if ends_again else ""
    if given == expected:
        message = f"Right: {sequence}.{coda}"
    else:
        moved = [f"{t} (you put it {_ordinal(given.index(t) + 1)}; it comes {_ordinal(i + 1)})"
                 for i, (t, ok) in enumerate(placed) if not ok and t in given]
        message = (f"{right} of {len(expected)} kept in the right order relative to each other"
                   + (f" ({', '.join(kept)})" if kept else "") + f".\nThe order is: {sequence}."
                   "\nWhy: each technique prepares the tissue for the next, from light strokes to deeper work"
                   " and back to calming ones (seed 001).")
        if moved:
            message += "\nOut of place: " + "; ".join(moved) + "."
        missing = [t for t in expected if t not in given]
        if missing:
            message += "\nMissing: " + ", ".join(missing) + "."
        message += coda
    return Feedback("technique_order", given == expected, right / len(expected), message, zone.area, zone.name,
                    order=expected, checks=placed)


#: The grader of each kind; the answer's type goes with the kind (see :func:`grade`).
_GRADERS: dict[str, Callable[[Atlas, Question, Any], Feedback]] = {
    "vertebra": grade_vertebra, "zone": grade_zone, "line_direction": grade_line, "technique_order": grade_order,
    **recall.GRADERS}


def grade(atlas: Atlas, question: Question, answer: object) -> Feedback:
    """Grade ``answer``: a point (x, y) for vertebra, zone and mask questions, a polyline for
    a line, a sequence of technique ids for an order question, one of the question's
    ``choices`` for a pressure, contraindication or technique question."""
    return _GRADERS[question.kind](atlas, question, answer)


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

    def text(self) -> str:
        """The summary as lines a student reads."""
        head = f"Score {self.score:.1f} out of {self.asked} ({self.percent:.0f}%): {self.right} right"
        if self.answered < self.asked:
            head += f", {self.asked - self.answered} not answered"
        rows = [f"{KIND_NAMES[kind]}: {k.right} of {k.asked} right (score {k.score:.1f})"
                for kind, k in self.per_kind.items()]
        review = ["To review:", *(f"• {prompt} — {answer}" for prompt, answer in self.missed)] if self.missed else []
        return "\n".join([head + ".", *rows, *review])


@dataclass
class Quiz:
    """The questions and the student's graded answers; ``index`` is the question on screen."""

    atlas: Atlas
    questions: tuple[Question, ...]
    seed: int | str | None = None
    index: int = 0
    feedback: list[Feedback | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.feedback:
            self.feedback = [None] * len(self.questions)

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

    def answer(self, answer: object) -> Feedback:
        """Grade the question on screen; each question is graded once."""
        if self.finished:
            raise ValueError("the quiz is over")
        if self.answered:
            raise ValueError(f"question {self.index + 1} is already answered")
        result = grade(self.atlas, self.questions[self.index], answer)
        self.feedback[self.index] = result
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
        missed = tuple((q.prompt, f.message.split("\n")[0] if f is not None else "not answered")
                       for q, f in zip(self.questions, self.feedback) if f is None or not f.correct)
        return Summary(len(self.questions), len(done), sum(f.correct for f in done),
                       sum(f.score for f in done), MappingProxyType(per_kind), missed)
