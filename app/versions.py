"""The versions Dorsum runs with, for ``dorsum --version``, ``bench --json`` and bug reports."""

from __future__ import annotations

import platform
import sys

from . import __version__

__all__ = ["versions", "version_text"]


def versions() -> dict[str, str]:
    """Dorsum's version and those of Python, PySide6, Qt, numpy, shapely and msgspec."""
    import msgspec
    import numpy
    import PySide6
    import shapely
    from PySide6.QtCore import qVersion

    return {
        "dorsum": __version__,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "numpy": numpy.__version__,
        "shapely": shapely.__version__,
        "msgspec": msgspec.__version__,
        "platform": f"{sys.platform}-{platform.machine()}" + (" (bundle)" if getattr(sys, "frozen", False) else ""),
    }


def version_text() -> str:
    """``dorsum 0.1.0`` and one line of the rest."""
    found = versions()
    rest = ", ".join(f"{name} {found[name]}" for name in ("python", "pyside6", "qt", "numpy", "shapely", "msgspec"))
    return f"dorsum {found['dorsum']}\n{rest}; {found['platform']}"
