"""What every kind of quiz question shares: the question as asked and the graded answer.

Its own module so the kinds can live in modules of their own (see :mod:`.recall`) without
importing each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ..phrasing import Tr

__all__ = ["Question", "Feedback", "listed"]


@dataclass(frozen=True)
class Question:
    """One question. ``subject`` is a level ("T7"), a zone id, a line id ("lumbar.2.left"),
    a zone's line by number ("lumbar.4"), a mask rule ("no_percussion"), a screening item's
    id or a zone's technique ("lumbar.kneading"); ``choices`` are the techniques to order
    (already shuffled) or the answers to choose from."""

    kind: str
    subject: str
    prompt: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feedback:
    """A graded answer. ``message`` is plain sentences, one point a line (right, wrong, a
    hint), for a student to read. ``geometry`` is where the right answer lies on the back (the
    spinous tip, the zone's area, the line's path; the zone's area for an order or technique
    question, the masks under the asked rule, the line asked how hard; None for a
    contraindication), ``label`` names it, ``target`` is the node group a line drains to,
    ``order`` the right technique order, and ``checks`` each criterion graded (a line's start,
    direction and target; an order's positions) with whether it passed. ``answer`` is the right
    choice of a question answered by choosing (a pressure word, absolute or local, a
    technique id)."""

    kind: str
    correct: bool
    score: float
    message: str
    geometry: BaseGeometry | None = None
    label: str = ""
    target: Point | None = None
    order: tuple[str, ...] = ()
    checks: tuple[tuple[str, bool], ...] = ()
    answer: str = ""


def listed(names: Sequence[str], tr: Tr) -> str:
    """“a”, “b” and “c”: names as a sentence lists them, in ``tr``'s words."""
    if len(names) < 2:
        return "".join(names)
    return tr("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])
