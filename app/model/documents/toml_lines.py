"""Find the line of a key path (``lines[2].path[1].at``) in TOML text, for error messages.

``tomllib`` returns plain dicts without positions, so a value's line is found again by a
small scanner that knows TOML's table headers, keys, arrays and inline tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["locate", "parse_key_path"]

_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([A-Za-z0-9_.\-]+)[ \t]*\]\]?[ \t]*(?:#.*)?$", re.M)
_PATH_PART = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_\-]*)|\[(\d+)\]")


def parse_key_path(text: str) -> list[str | int]:
    """``"$.lines[0].path[1].at"`` → ``["lines", 0, "path", 1, "at"]``."""
    text = text.lstrip("$")
    return [name if name else int(idx) for name, idx in _PATH_PART.findall(text)]


def _element_start(text: str, pos: int, end: int, index: int) -> tuple[int, int] | None:
    """Start and end of element ``index`` of the array or inline table opening after ``pos``."""
    opening = re.compile(r"[\[{]").search(text, pos, end)
    if not opening:
        return None
    i = opening.end()
    depth, count, start = 0, 0, None
    quote = None
    while i < end:
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
            if start is None and depth == 0:
                start = i
        elif ch == "#":
            nl = text.find("\n", i, end)
            i = end if nl < 0 else nl
            continue
        elif ch in "[{":
            if depth == 0 and start is None:
                start = i
            depth += 1
        elif ch in "]}":
            if depth == 0:
                return (start, i) if start is not None and count == index else None
            depth -= 1
        elif ch == "," and depth == 0:
            if count == index and start is not None:
                return start, i
            count += 1
            start = None
        elif not ch.isspace() and start is None and depth == 0:
            start = i
        i += 1
    return None


def locate(text: str, path: Sequence[str | int]) -> int | None:
    """1-based line of the value at ``path``, or of the closest enclosing part found."""
    headers = list(_HEADER.finditer(text))
    pos, end, rest = 0, (headers[0].start() if headers else len(text)), list(path)
    if rest and isinstance(rest[0], str):
        name = rest[0]
        arrays = [h for h in headers if h.group(1) == "[[" and h.group(2) == name]
        tables = [h for h in headers if h.group(1) == "[" and h.group(2) == name]
        chosen = None
        if arrays and len(rest) > 1 and isinstance(rest[1], int) and rest[1] < len(arrays):
            chosen, rest = arrays[rest[1]], rest[2:]
        elif tables:
            chosen, rest = tables[0], rest[1:]
        if chosen is not None:
            pos = chosen.start()
            later = [h.start() for h in headers if h.start() > chosen.start()]
            end = later[0] if later else len(text)
    found = pos
    for part in rest:
        if isinstance(part, str):
            m = re.compile(rf"(?<![\w\-\"']){re.escape(part)}[ \t]*=").search(text, pos, end)
            if not m:
                break
            pos = found = m.start()
            pos = m.end()
        else:
            span = _element_start(text, pos, end, part)
            if span is None:
                break
            pos, end = span
            found = pos
    return text.count("\n", 0, found) + 1
