"""The atlas as a GeoJSON FeatureCollection in centimetres (origin at the C7 tip, x toward
the patient's right, y up), for other tools and for checking the model by eye."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from ..body.anatomy import SIDES
from ..documents.atomic import atomic_path
from .build import Atlas

__all__ = ["GEOJSON_LANDMARKS", "atlas_features", "feature_collection", "write_geojson"]

#: Landmark ids written as ``landmark`` points (the format's fixed set, plus the coccyx tip).
GEOJSON_LANDMARKS = (
    "scapula_superior_angle",
    "scapula_spine_root",
    "scapula_inferior_angle",
    "iliac_crest_top",
    "psis",
    "rib12_tip",
    "acromion",
    "axilla",
    "gluteal_fold",
)


#: A GeoJSON object, as json.dumps takes it.
JsonObject = dict[str, Any]


def _round(obj: object, digits: int = 3) -> object:
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, (list, tuple)):
        return [_round(v, digits) for v in obj]
    if isinstance(obj, dict):
        return {k: _round(v, digits) for k, v in obj.items()}
    return obj


def _feature(geom: BaseGeometry, **props: object) -> JsonObject:
    return {"type": "Feature", "geometry": _round(mapping(geom)), "properties": props}


def atlas_features(atlas: Atlas) -> list[JsonObject]:
    """Every feature of the format, bottom layer first."""
    body = atlas.body
    # The whole figure in view (head, neck, trunk, arms, the tops of the thighs); the back the
    # hands work on is the zones' union, and ``trunk`` its outline.
    out = [_feature(body.figure, kind="outline", id="back"), _feature(body.outline, kind="outline", id="trunk")]
    out += [_feature(p, kind="vertebra", id=name) for name, p in body.vertebra_points().items()]
    out.append(_feature(body.sacrum, kind="sacrum", id="sacrum"))
    for side in SIDES:
        for name in GEOJSON_LANDMARKS:
            out.append(_feature(body.landmarks[(name, side)], kind="landmark", id=name, side=side))
        out.append(_feature(body.scapulae[side], kind="scapula", id="scapula", side=side))
        out.append(_feature(body.kidneys[side], kind="kidney", id="kidney", side=side))
        for rib in ("rib11", "rib12"):
            out.append(_feature(body.ribs[(rib, side)], kind="rib", id=rib, side=side))
        for node in ("supraclavicular", "axillary", "inguinal"):
            out.append(_feature(body.nodes[(node, side)], kind="node", id=node, side=side))
    out.append(_feature(body.landmarks[("coccyx_tip", "mid")], kind="landmark", id="coccyx_tip"))
    out.append(_feature(body.landmarks[("occiput", "mid")], kind="landmark", id="occiput"))
    for muscle in atlas.muscles.muscles:  # the whole muscle, then its fibres from origin to insertion
        out.append(_feature(muscle.sheet, kind="muscle", id=muscle.id, side=muscle.side, layer=muscle.layer,
                            name=muscle.name))
        out += [_feature(fibre, kind="fibre", id=f"{muscle.id}.{muscle.side}.{i}", muscle=muscle.id, side=muscle.side)
                for i, fibre in enumerate(muscle.fibres, 1)]
    for zone in atlas.zones:
        out.append(_feature(zone.area, kind="zone", id=zone.id, name=zone.name))
    for mask in atlas.masks:
        out.append(_feature(mask.geometry, kind="mask", id=mask.id, rule=mask.rule, client=mask.client))
    for line in atlas.lines:
        out.append(
            _feature(
                line.path,
                kind="line",
                id=line.id,
                zone=line.zone,
                number=line.number,
                side=line.side,
                target=line.target,
                techniques=list(line.techniques),
                pressure=line.pressure,
                name=line.name,
                muscle=line.muscle,
                masked=[
                    {"from_cm": round(s.start, 2), "to_cm": round(s.end, 2), "masks": list(s.masks),
                     "pressure": s.pressure, "techniques": list(s.techniques)}
                    for s in line.stretches
                    if s.limited
                ],
                rerouted_around=list(line.rerouted),
            )
        )
    return out


def feature_collection(atlas: Atlas) -> JsonObject:
    body = atlas.body
    return {
        "type": "FeatureCollection",
        "properties": {
            "units": "cm",
            "origin": "tip of the C7 spinous process; x toward the patient's right, y up",
            "body": body.sex,
            "stature_cm": round(body.stature, 1),
        },
        "features": atlas_features(atlas),
    }


def write_geojson(atlas: Atlas, path: str | Path) -> Path:
    """Write the collection to ``path`` atomically."""
    text = json.dumps(feature_collection(atlas), indent=1)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)
