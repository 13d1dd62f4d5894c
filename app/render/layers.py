"""The picture's layers, by id, with the names people see (no Qt here: the window's view
state and the scene share them)."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LAYERS", "MOTION_LAYERS", "MUSCLE_VIEWS", "MUSCLE_VIEW_LAYERS"]

#: Layer id → the name shown in the panel, in drawing order from the bottom.
LAYERS: Mapping[str, str] = {
    "outline": "Body outline",
    "zones": "Zones",
    "bones": "Bones and kidneys",
    "masks": "Masks (where not to press)",
    "nodes": "Lymph nodes",
    "landmarks": "Landmarks",
    "lines": "Stroke lines",
    "spine": "Vertebrae",
    "legend": "Legend",
}
#: What moves over the back while the session plays.
MOTION_LAYERS: Mapping[str, str] = {"hands": "Hands and trail", "dose": "Dose map (pressure × time)"}
#: What the muscle layer shows: nothing, the muscles under the skin, or those under them.
MUSCLE_VIEWS: Mapping[str, str] = {
    "off": "No muscles",
    "superficial": "Superficial muscles",
    "deep": "Deep muscles (second and deep layers)",
}
#: The muscle layers (muscles.toml ``layer``) each view draws, bottom first.
MUSCLE_VIEW_LAYERS: Mapping[str, tuple[str, ...]] = {
    "off": (),
    "superficial": ("superficial",),
    "deep": ("deep", "second"),
}
