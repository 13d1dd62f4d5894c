"""Points named relative to landmarks (levels, landmarks, node groups), resolved on a body."""

from __future__ import annotations

from ..zonefiles.spec import NODE_GROUPS, Anchor
from .anatomy import LEVELS, Body, level_height, side_sign

__all__ = ["LANDMARK_IDS", "anchor_kind", "resolve_anchor", "level_y"]

#: Landmarks an anchor may name (anatomy.md, "Landmarks on the posterior trunk"); all are
#: bilateral but the occiput, which lies on the midline.
LANDMARK_IDS = (
    "occiput",
    "scapula_superior_angle",
    "scapula_spine_root",
    "scapula_inferior_angle",
    "acromion",
    "iliac_crest_top",
    "psis",
    "rib11_tip",
    "rib12_tip",
    "kidney_hilum",
    "axilla",
    "gluteal_fold",
)
#: Heights that are not vertebral levels: the outline's top and the gluteal folds.
SPECIAL_HEIGHTS = ("top", "fold")


def anchor_kind(name: str) -> str | None:
    """``"level"``, ``"landmark"``, ``"node"``, ``"height"`` or None for an unknown name."""
    if name in NODE_GROUPS:
        return "node"
    if name in LANDMARK_IDS:
        return "landmark"
    if name in SPECIAL_HEIGHTS:
        return "height"
    try:
        level_height(dict.fromkeys(LEVELS, 0.0), name)
    except KeyError:
        return None
    return "level"


def level_y(body: Body, name: str) -> float:
    """Height of a level or of ``top``/``fold``."""
    if name == "top":
        return body.top_y
    if name == "fold":
        return body.gluteal_fold_y
    return body.y_of(name)


def resolve_anchor(body: Body, anchor: Anchor, side: str) -> tuple[float, float]:
    """The anchor's point on ``side`` of ``body``, in cm."""
    k = side_sign(side)
    kind = anchor_kind(anchor.at)
    if kind is None:
        raise KeyError(anchor.at)
    if kind in ("landmark", "node"):
        table = body.nodes if kind == "node" else body.landmarks
        p = table.get((anchor.at, side)) or table[(anchor.at, "mid")]
        x0, y0 = p.x, p.y
    else:
        x0, y0 = 0.0, level_y(body, anchor.at)
    y = y0 + anchor.up * body.scale
    if anchor.inset is not None:
        return k * max(body.half_width_at(y) - anchor.inset * body.scale, 0.0), y
    return x0 + k * anchor.out * body.scale, y
