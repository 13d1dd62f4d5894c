"""Where plans live on this machine: the autosave that survives a crash, the recent files, and
the class notes drawn in presenter mode (one file per zones folder)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths

from ..model.documents.atomic import atomic_path
from ..model.errors import DorsumError
from ..model.plans.format import Plan, Therapist, load_plan, save_plan
from ..render.i18n import translate

__all__ = ["AUTOSAVE_MS", "plan_filter", "autosave_path", "autosave_time", "write_autosave", "read_autosave",
           "remove_autosave", "recent_plans", "add_recent", "remembered_therapist", "remember_therapist",
           "class_notes_path"]

AUTOSAVE_MS = 15_000
def plan_filter() -> str:
    """The file dialogs' filter for plans, in the installed language."""
    return translate("files", "Dorsum plans (*.dorsum.json *.json)")



RECENT_MAX = 8


def _data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / "dorsum"


def class_notes_path(zones_dir: Path) -> Path:
    """The class notes of a zones folder: named after the folder, with a hash of its full
    path so two folders of the same name (a copy edited for a course) keep notes apart."""
    folder = Path(zones_dir).resolve()
    digest = hashlib.sha1(str(folder).encode("utf-8")).hexdigest()[:10]
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", folder.name).strip("-") or "zones"
    return _data_dir() / "class-notes" / f"{name}-{digest}.json"


def autosave_path() -> Path:
    return _data_dir() / "autosave.dorsum.json"


def _meta_path() -> Path:
    return _data_dir() / "autosave.meta.json"


def write_autosave(plan: Plan, original: Path | None) -> None:
    """The unsaved plan and the file it belongs to, each written atomically."""
    folder = _data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DorsumError(f"cannot make the autosave folder: {exc.strerror}", folder) from None
    save_plan(plan, autosave_path())
    saved_at = dt.datetime.now().isoformat(timespec="seconds")
    meta = {"original": str(original) if original else None, "saved_at": saved_at}
    with atomic_path(_meta_path()) as tmp:
        tmp.write_text(json.dumps(meta), encoding="utf-8")


def read_autosave() -> tuple[Plan, Path | None] | None:
    """The autosaved plan and its original file, or None (also when it cannot be read)."""
    path = autosave_path()
    if not path.exists():
        return None
    try:
        plan = load_plan(path)
    except DorsumError:
        return None
    try:
        original = json.loads(_meta_path().read_text(encoding="utf-8")).get("original")
    except (OSError, ValueError, AttributeError):
        original = None
    return plan, Path(original) if original else None


def autosave_time() -> str:
    """When the autosave was written, as HH:MM on its day, or "an unknown time"."""
    try:
        stamp = json.loads(_meta_path().read_text(encoding="utf-8"))["saved_at"]
        when = dt.datetime.fromisoformat(stamp)
    except (OSError, ValueError, KeyError, TypeError):
        return translate("files", "an unknown time")
    return translate("files", "{time} on {date}").format(time=when.strftime("%H:%M"),
                                                         date=QLocale().toString(when.date(), "d MMMM"))


def remove_autosave() -> None:
    for path in (autosave_path(), _meta_path()):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _settings() -> QSettings:
    return QSettings("Dorsum", "Dorsum")


def recent_plans() -> list[Path]:
    value = _settings().value("recent_plans", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [Path(p) for p in paths if Path(p).exists()]


def add_recent(path: Path) -> None:
    paths = [str(Path(path).resolve())] + [str(p) for p in recent_plans() if p.resolve() != Path(path).resolve()]
    _settings().setValue("recent_plans", paths[:RECENT_MAX])


def remembered_therapist() -> Therapist:
    """The therapist's name and contact from the settings, for a new plan."""
    settings = _settings()
    return Therapist(name=str(settings.value("therapist/name", "") or "")[:200],
                     contact=str(settings.value("therapist/contact", "") or "")[:300])


def remember_therapist(therapist: Therapist) -> None:
    settings = _settings()
    settings.setValue("therapist/name", therapist.name)
    settings.setValue("therapist/contact", therapist.contact)
