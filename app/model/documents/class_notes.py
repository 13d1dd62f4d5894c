"""An instructor's class notes: pen strokes drawn in presenter mode, kept per zone and apart
from any client's plan.

Why a document of its own: what an instructor draws on the collar zone for a class belongs to
the collar zone (and comes back when the class returns to it), not to the client whose plan
happens to be open. One object owns the strokes and the undo history of every zone; the
window only shows the strokes of the zone on screen. The file is JSON, one per zones folder,
written atomically after every change, so a crash never loses more than the stroke being
drawn.

>>> notes = ClassNotes()
>>> notes.add("collar", Annotation(points=[(0.0, 1.0), (2.0, 3.0)]))
>>> len(notes.strokes("collar")), len(notes.strokes("lumbar"))
(1, 0)
>>> notes.clear("collar"), notes.strokes("collar")
(True, ())
>>> notes.undo("collar"), len(notes.strokes("collar"))
(True, 1)
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from ..errors import DorsumError
from ..plans.format import Annotation
from .atomic import atomic_path

__all__ = ["OVERVIEW", "ClassNotes", "load_class_notes", "save_class_notes"]

#: The key of the strokes drawn on the whole back (no zone on screen).
OVERVIEW = "all"
#: How many changes of one zone can be undone (a lesson's worth; the oldest go first).
HISTORY = 200
_FORMAT: Literal["dorsum-class-notes"] = "dorsum-class-notes"


class _File(Struct, forbid_unknown_fields=True, frozen=True):
    """The file: its kind and version, the zones folder it was drawn for, the strokes."""

    format: Literal["dorsum-class-notes"]
    version: Literal[1]
    zones: dict[Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")], list[Annotation]]
    zones_folder: str = ""


class ClassNotes:
    """Strokes by zone id (``OVERVIEW`` for the whole back), each zone with its own undo: an
    undo on the zone on screen never takes back a stroke drawn on another."""

    def __init__(self, zones: dict[str, list[Annotation]] | None = None):
        self._zones: dict[str, list[Annotation]] = {k: list(v) for k, v in (zones or {}).items() if v}
        self._history: dict[str, list[list[Annotation]]] = {}

    def strokes(self, zone: str) -> tuple[Annotation, ...]:
        return tuple(self._zones.get(zone, ()))

    @property
    def zones(self) -> dict[str, tuple[Annotation, ...]]:
        """Every zone that has strokes."""
        return {k: tuple(v) for k, v in self._zones.items() if v}

    def _change(self, zone: str, strokes: list[Annotation]) -> None:
        history = self._history.setdefault(zone, [])
        history.append(list(self._zones.get(zone, [])))
        del history[:-HISTORY]
        self._zones[zone] = strokes

    def add(self, zone: str, stroke: Annotation) -> None:
        self._change(zone, [*self._zones.get(zone, []), stroke])

    def clear(self, zone: str) -> bool:
        """Remove the zone's strokes (undoable); False when it had none."""
        if not self._zones.get(zone):
            return False
        self._change(zone, [])
        return True

    def undo(self, zone: str) -> bool:
        """Take back the zone's last change: its last stroke, or a clear; False when none."""
        history = self._history.get(zone)
        if not history:
            return False
        self._zones[zone] = history.pop()
        return True

    def to_json(self, zones_folder: str = "") -> bytes:
        return msgspec.json.encode(_File(_FORMAT, 1, {k: list(v) for k, v in self.zones.items()}, zones_folder))

    @classmethod
    def from_json(cls, data: bytes, path: str | Path | None = None) -> ClassNotes:
        try:
            decoded = msgspec.json.decode(data, type=_File)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise DorsumError(f"not Dorsum class notes: {exc}", path) from None
        return cls(decoded.zones)


def load_class_notes(path: str | Path) -> ClassNotes:
    """The notes in ``path``; empty notes when there is no such file yet."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return ClassNotes()
    except OSError as exc:
        raise DorsumError(f"cannot read the class notes: {exc.strerror}", path) from None
    return ClassNotes.from_json(data, path)


def save_class_notes(notes: ClassNotes, path: str | Path, zones_folder: str = "") -> Path:
    """Write the notes atomically, making the folder if needed."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DorsumError(f"cannot make the folder for the class notes: {exc.strerror}", path.parent) from None
    with atomic_path(path) as tmp:
        tmp.write_bytes(notes.to_json(zones_folder))
    return path
