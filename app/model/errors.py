"""The one error type users see: where (file, line) and what is wrong."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DorsumError"]


class DorsumError(Exception):
    """Bad input, reported as ``PATH:LINE: message`` (``PATH: message`` without a line)."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"
