"""Labels laid out for one zoom: on their points where they overlap nothing, else in a column in
the margin with a leader, as an anatomical atlas plate does; no label is ever dropped.

Vertebra chips sit on the spine where they fit (the levels students count from get their place
first) and the rest go to a ruler in the right margin; landmark and node names sit beside their
points where that is free, else in the left margin. The arithmetic is in pixels and lives in
:mod:`.label_layout`; this module only reads and moves the scene's items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from .label_layout import column_extent, free, spread_clear

__all__ = ["Label", "Extents", "layout_labels", "rect_px"]


@dataclass(eq=False)
class Label:
    """A label item, the scene point it names, its leader (hidden while on the point), and
    where the item's origin goes when it sits on its point (pixels from the point)."""

    item: QGraphicsItem
    anchor: QPointF
    leader: QGraphicsItem
    kind: str  # vertebra, landmark, node
    offset: QPointF = field(default_factory=QPointF)


@dataclass(frozen=True)
class Extents:
    """Pixels the margin columns reach beyond the content rectangle, on each side."""

    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0


def rect_px(item: QGraphicsItem, pos: QPointF) -> tuple[float, float, float, float]:
    """The item's rectangle in pixels when its origin is at ``pos`` (pixels)."""
    r = item.boundingRect()
    return (pos.x() + r.left(), pos.y() + r.top(), pos.x() + r.right(), pos.y() + r.bottom())


def _obstacles(items, s: float) -> list[tuple[float, float, float, float]]:
    return [rect_px(i, i.pos() * s) for i in items if i.isVisible()]


def _put(label: Label, s: float, x: float, y: float, side: str | None) -> tuple[float, float, float, float]:
    """Move the label so its rectangle's ``side`` edge ("left"/"right") is at ``x`` and its middle
    at ``y`` (pixels); ``side`` None puts it back on its point. Returns the rectangle."""
    r = label.item.boundingRect()
    if side is None:
        pos = label.anchor * s + label.offset
    else:
        pos = QPointF(x - (r.left() if side == "left" else r.right()), y - r.center().y())
    label.item.setPos(pos / s)
    return rect_px(label.item, pos)


def _column(labels: list[Label], s: float, x: float, side: str, lo: float, hi: float, style, obstacles
            ) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, float, float]]]:
    """Spread ``labels`` down a column, each with its ``side`` edge ("left"/"right") at ``x``,
    clear of the ``obstacles`` (pixel rectangles) in its strip, and draw their leaders. Returns
    the labels' rectangles and the leaders' level runs (as rectangles of no height), in pixels."""
    gap, dot = style.px(3), style.px(4)
    labels = sorted(labels, key=lambda lb: lb.anchor.y())
    heights = np.array([lb.item.boundingRect().height() for lb in labels])
    width = max((lb.item.boundingRect().width() for lb in labels), default=0.0)
    strip = (x - width, x) if side == "right" else (x, x + width)
    blocked = [(r[1], r[3]) for r in obstacles if r[0] < strip[1] and r[2] > strip[0]]
    anchors = np.array([lb.anchor.y() * s for lb in labels])
    centres = spread_clear(anchors, heights, gap, lo, hi, blocked)
    # One knee for the whole column, so no leader's level run meets another's slant; further
    # out when labels moved far, so the slants fan out instead of bunching along the column.
    shift = float(np.abs(centres - anchors).max()) if len(labels) else 0.0
    elbow = min(max(style.px(18), 0.3 * shift), style.px(64))
    toward = 1.0 if side == "right" else -1.0  # from the column's edge toward the body
    knee = x + toward * elbow
    rects, runs = [], []
    for label, y in zip(labels, centres):
        rects.append(_put(label, s, x, float(y), side))
        a = label.anchor * s
        end = QPointF(x, float(y))
        points = [a, QPointF(knee, a.y()), end] if (a.x() - knee) * toward > 0 else [a, end]
        runs.append((min(a.x(), knee), a.y(), max(a.x(), knee), a.y()))
        label.leader.set_points([p / s for p in points], dot / s)
        label.leader.setVisible(True)
    return rects, runs


def _on_points(labels: list[Label], s: float, box, blocked: list, forced: set[int], gap: float
               ) -> tuple[list[tuple[Label, tuple[float, float, float, float]]], list[Label], list[Label]]:
    """Put each label on its point if it fits there; returns those placed (with their
    rectangles) and those for the right and left columns."""
    taken = np.empty((len(blocked) + len(labels), 4))
    taken[:len(blocked)] = np.array(blocked).reshape(-1, 4)
    n = len(blocked)
    placed, right, left = [], [], []
    for label in labels:
        label.leader.setVisible(False)
        label.item.setVisible(True)  # the layer decides; this layout hides only what it must
        r = _put(label, s, 0.0, 0.0, None)
        if not label.item.isVisible():
            continue
        inside_y = box[1] <= label.anchor.y() * s <= box[3]
        within = box[0] <= r[0] and r[2] <= box[2] and box[1] <= r[1] and r[3] <= box[3]
        # a label is on its point wholly inside the picture's subject, or wholly outside it
        fitting = within if inside_y else free(r, [box])
        if id(label) not in forced and fitting and free(r, taken[:n], gap / 2):
            taken[n] = r
            n += 1
            placed.append((label, r))
        elif inside_y:
            (right if label.kind == "vertebra" else left).append(label)
        else:
            label.item.setVisible(False)
    return placed, right, left


def _overflow(labels: list[Label], span: tuple[float, float], gap: float) -> float:
    """Pixels by which a column of ``labels`` would overrun 90 % of ``span`` (0 when it fits;
    the rest is room to step round the marks the column passes)."""
    need = column_extent([lb.item.boundingRect().height() for lb in labels], gap)
    return max(0.0, need - 0.9 * (span[1] - span[0]))


def _rulers(labels: list[Label], right: list[Label], left: list[Label], s: float, box, span: tuple[float, float],
            gap: float) -> tuple[list[Label], list[Label]]:
    """The vertebrae for the right-hand ruler, and the left column. A ruler is read as a whole:
    when most vertebrae need it and all fit in it, all go to it. When the ruler cannot hold
    those that need it, the fewest top ones go to the left margin (beside the neck, where it is
    free) that let both columns fit, or, if none does, that overrun the least."""
    vertebrae = [lb for lb in labels if lb.kind == "vertebra" and lb.item.isVisible()
                 and box[1] <= lb.anchor.y() * s <= box[3]]
    if len(right) * 2 > len(vertebrae) and not _overflow(vertebrae, span, gap):
        return vertebrae, left
    right = sorted(right, key=lambda lb: lb.anchor.y())
    if not _overflow(right, span, gap):
        return right, left
    best = min(range(len(right) + 1), key=lambda k: (max(_overflow(right[k:], span, gap),
                                                         _overflow(left + right[:k], span, gap)), k))
    return right[best:], left + right[:best]


def _straddles(r, frame) -> bool:
    inside = frame[0] <= r[0] and r[2] <= frame[2] and frame[1] <= r[1] and r[3] <= frame[3]
    return not inside and not free(r, [frame])


def _hide_cut(placed, box, columns, span: tuple[float, float], s: float) -> None:
    """Hide a label on a point outside the content that the picture's edge would cut: an
    export shows the content and the columns, nothing round them; a view shows the height
    the columns were given, about the content."""
    edges = np.array([box, *columns])
    region = (edges[:, 0].min(), edges[:, 1].min(), edges[:, 2].max(), edges[:, 3].max())
    band = (-np.inf, span[0], np.inf, span[1])
    for label, r in placed:
        a = label.anchor * s
        if not box[1] <= a.y() <= box[3] and (_straddles(r, region) or _straddles(r, band)):
            label.item.setVisible(False)


def layout_labels(labels: list[Label], blockers: list[QGraphicsItem], content: QRectF, s: float,
                  style, height: float | None = None, span: tuple[float, float] | None = None) -> Extents:
    """Place ``labels`` for ``s`` pixels per cm around ``content`` (the scene rectangle the
    picture is about) and return how far the margin columns reach past it, in pixels. The
    columns may use ``height`` pixels centred on ``content`` (default: its own height), or the
    pixel ``span`` from top to bottom when given (a view zoomed in: what it shows).

    ``labels`` come in priority order; ``blockers`` (badges and markers) stay uncovered. A label
    whose point lies above or below ``content`` (a focused zone's neighbours) keeps its point if
    that is free and is hidden otherwise: it is not what the picture is about. A label on its
    point that a leader would run through goes to the margin too, so leaders cross no label."""
    gap, pad = style.px(3), style.px(8)
    box = (content.left() * s, content.top() * s, content.right() * s, content.bottom() * s)
    blocked = _obstacles(blockers, s)
    if span is None:
        middle, half = (box[1] + box[3]) / 2, max(height or 0.0, box[3] - box[1]) / 2
        span = (middle - half, middle + half)
    forced: set[int] = set()
    for _ in range(len(labels)):
        placed, right, left = _on_points(labels, s, box, blocked, forced, gap)
        right, left = _rulers(labels, right, left, s, box, span, gap)
        obstacles = blocked + [r for _, r in placed]
        west, west_runs = _column(left, s, box[0] - pad, "right", *span, style, obstacles)
        east, east_runs = _column(right, s, box[2] + pad, "left", *span, style, obstacles)
        runs = np.array(west_runs + east_runs).reshape(-1, 4)
        crossed = {id(lb) for lb, r in placed if lb not in right and not free(r, runs)}
        if not crossed:
            break
        forced |= crossed
    columns = west + east
    _hide_cut(placed, box, columns, span, s)
    return Extents(
        left=box[0] - min([box[0]] + [r[0] for r in west]),
        top=box[1] - min([box[1]] + [r[1] for r in columns]),
        right=max([box[2]] + [r[2] for r in east]) - box[2],
        bottom=max([box[3]] + [r[3] for r in columns]) - box[3],
    )
