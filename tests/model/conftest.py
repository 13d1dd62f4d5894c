"""Shared fixtures for the pure-model tests: the shipped zones, bodies and atlases, cached.

Bodies and atlases are immutable, so one of each per (sex, stature) serves the whole run.
"""

from __future__ import annotations

from functools import cache

import pytest

from app.model.atlas.build import Atlas, build_atlas
from app.model.body.anatomy import Body, build_body
from app.model.zonefiles.loader import ZoneSet, default_zones_dir, load_zone_set

#: (sex, stature in cm or None for the ANSUR II mean of that sex)
DEFAULT_BODIES = [("male", None), ("female", None)]
SCALED_BODIES = [("male", 150.0), ("male", 200.0), ("female", 150.0), ("female", 200.0)]
ALL_BODIES = DEFAULT_BODIES + SCALED_BODIES


def body_id(case: tuple[str, float | None]) -> str:
    sex, stature = case
    return f"{sex}-{'default' if stature is None else f'{stature:g}cm'}"


@cache
def shipped_zone_set() -> ZoneSet:
    return load_zone_set(default_zones_dir())


@cache
def cached_body(sex: str, stature: float | None) -> Body:
    return build_body(sex, stature)


@cache
def cached_atlas(sex: str, stature: float | None) -> Atlas:
    return build_atlas(cached_body(sex, stature), shipped_zone_set())


@pytest.fixture(scope="session")
def zone_set() -> ZoneSet:
    return shipped_zone_set()


@pytest.fixture(scope="session", params=ALL_BODIES, ids=body_id)
def body(request) -> Body:
    """Every body: both sexes at their mean stature and at 150 and 200 cm."""
    return cached_body(*request.param)


@pytest.fixture(scope="session", params=DEFAULT_BODIES, ids=body_id)
def default_body(request) -> Body:
    """Both sexes at their ANSUR II mean stature."""
    return cached_body(*request.param)


@pytest.fixture(scope="session", params=ALL_BODIES, ids=body_id)
def atlas(request) -> Atlas:
    """The shipped zones laid on every body, without client masks."""
    return cached_atlas(*request.param)


@pytest.fixture(scope="session")
def body_of():
    """``body_of(sex, stature)``: the cached body."""
    return cached_body


@pytest.fixture(scope="session")
def atlas_of():
    """``atlas_of(sex, stature)``: the shipped zones on the cached body, no client masks."""
    return cached_atlas
