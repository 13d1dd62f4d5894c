"""Where Dorsum's shipped data lives: the zone files, the fonts and the plan schema.

They are package data (``app.zones`` and ``app.assets``, from the top-level ``zones/`` and
``assets/`` folders), read through importlib.resources, so an installed wheel, an editable
install and a frozen bundle all find them. Run from a source tree with nothing installed,
the folders beside ``app/`` are used.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["zones_dir", "fonts_dir", "plan_schema_path", "i18n_dir"]

_SOURCE_TREE = Path(__file__).resolve().parents[1]


def _folder(package: str, beside: str) -> Path:
    try:
        found = resources.files(package)
    except ModuleNotFoundError:
        return _SOURCE_TREE / beside
    # Installed or frozen, the package is a real folder: Dorsum ships no zipped install.
    return Path(str(found))


def zones_dir() -> Path:
    """The shipped zones folder (``zones/``)."""
    return _folder("app.zones", "zones")


def fonts_dir() -> Path:
    """The shipped DejaVu fonts (``assets/fonts/``)."""
    return _folder("app.assets", "assets") / "fonts"


def plan_schema_path() -> Path:
    """The published JSON Schema of plans (``assets/plan.schema.json``)."""
    return _folder("app.assets", "assets") / "plan.schema.json"


def i18n_dir() -> Path:
    """The translations of Dorsum's own words (``assets/i18n/``: ``dorsum_uk.ts`` sources and
    the ``.qm`` files built from them)."""
    return _folder("app.assets", "assets") / "i18n"
