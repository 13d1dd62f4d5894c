"""A cache of read zone sets, so the window and the commands start without parsing and checking
the zone files again (~40 ms in a fresh process since their texts hold three languages).

An entry is what :func:`~.loader.load_zone_set` returned for one folder (as given) and language,
written with msgspec (typed: decoding it runs no code). It is used only when its key matches:
the bytes of every zone file the folder and the shipped folder hold (a file added, removed or
edited, however quickly and to whatever size, changes it), the folder as given, the language,
and the model's code (each module's size and modification time, or the frozen app's executable),
Python's and msgspec's versions. Anything else (no entry, another key, a file that does not
decode) reads the folder as :func:`load_zone_set` does and writes the entry again, atomically;
a cache folder that cannot be written costs nothing but the cache. Errors are never cached.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import msgspec

from ..documents.atomic import atomic_path
from ..errors import DorsumError
from . import loader
from .loader import ZoneSet, load_zone_set
from .texts import check_language

__all__ = ["load_zone_set_cached", "entry_path"]

#: Changes when what an entry holds changes shape.
FORMAT = "dorsum-zone-set-1"
_MODEL = Path(__file__).resolve().parents[1]  # app/model


def load_zone_set_cached(folder: str | Path, lang: str, cache_dir: Path | None) -> ZoneSet:
    """:func:`load_zone_set` ``(folder, lang)``, from the entry in ``cache_dir`` when it is up
    to date (None: no cache)."""
    if cache_dir is None:
        return load_zone_set(folder, lang)
    check_language(lang)
    try:
        key = _key(folder, lang)
    except OSError:  # a file that cannot be read: the loader says which and why
        return load_zone_set(folder, lang)
    entry = entry_path(cache_dir, folder, lang)
    cached = _read(entry, key)
    if cached is not None:
        return cached
    zone_set = load_zone_set(folder, lang)
    try:
        unchanged = _key(folder, lang) == key  # not edited while it was read
    except OSError:
        unchanged = False
    if unchanged:
        _write(entry, key, zone_set)
    return zone_set


def entry_path(cache_dir: Path, folder: str | Path, lang: str) -> Path:
    """The file that holds ``folder``'s zone set in ``lang``: one per folder and language."""
    name = hashlib.sha256(f"{folder}\0{lang}".encode()).hexdigest()[:24]
    return cache_dir / f"zones-{name}.msgpack"


def _key(folder: str | Path, lang: str) -> bytes:
    digest = hashlib.sha256()
    for part in (FORMAT, sys.version, msgspec.__version__, _code_stamp(), str(folder), lang):
        digest.update(part.encode() + b"\0")
    shipped = loader.default_zones_dir()
    for path in dict.fromkeys([*sorted(Path(folder).glob("*.toml")), *sorted(shipped.glob("*.toml"))]):
        data = path.read_bytes()
        digest.update(f"{path}\0{len(data)}\0".encode() + data)
    return digest.hexdigest().encode()


def _code_stamp() -> str:
    """The model's code as it is now: what reads, checks and shapes the zone files."""
    frozen = getattr(sys, "frozen", False)  # a bundle: its code changes only with its executable
    files = [Path(sys.executable)] if frozen else sorted(_MODEL.rglob("*.py"))
    stamps = []
    for path in files:
        stat = path.stat()
        stamps.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(stamps)


def _read(entry: Path, key: bytes) -> ZoneSet | None:
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    head, newline, body = data.partition(b"\n")
    if not newline or head != key:
        return None
    try:
        zone_set = _decoder().decode(body)
    except (msgspec.DecodeError, ValueError, TypeError):
        return None
    return replace(zone_set, sources=MappingProxyType(dict(zone_set.sources)))


def _write(entry: Path, key: bytes, zone_set: ZoneSet) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        data = key + b"\n" + msgspec.msgpack.encode(zone_set, enc_hook=_enc_hook)
        with atomic_path(entry) as tmp:
            tmp.write_bytes(data)
    except (OSError, DorsumError):
        pass  # a read-only or full disk: start without the cache


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, MappingProxyType):
        return dict(obj)
    raise NotImplementedError(f"cannot cache a {type(obj).__name__}")


@cache
def _decoder() -> msgspec.msgpack.Decoder[ZoneSet]:
    return msgspec.msgpack.Decoder(ZoneSet)
