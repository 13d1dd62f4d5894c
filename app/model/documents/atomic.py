"""Write users' files atomically: a crash mid-write never leaves a broken file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import DorsumError

__all__ = ["atomic_path"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block succeeds it replaces ``path``
    (with the permissions a normal write would give), otherwise it is removed."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DorsumError("the folder to write into does not exist", path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise DorsumError(f"cannot write here: {exc.strerror}", path) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        raise DorsumError(f"cannot write: {exc.strerror}", path) from None
    finally:
        if tmp.exists():
            tmp.unlink()
