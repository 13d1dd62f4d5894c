"""Find the line of a key path (``steps[5].minutes``) in JSON text, for error messages.

``json`` returns plain values without positions, so the path is walked again through the text:
each member's key and each element's start are found with the decoder's own scanner, never by
searching for the first place a key's name appears.

>>> locate('{"a": 1,\\n "steps": [\\n  {"minutes": 1},\\n  {"minutes": "x"}]}', ["steps", 1, "minutes"])
4
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

__all__ = ["locate"]

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _value_end(text: str, pos: int) -> int:
    return _DECODER.raw_decode(text, pos)[1]


def _member(text: str, pos: int, name: str) -> tuple[int, int] | None:
    """(key start, value start) of the last member ``name`` of the object at ``pos``: the one
    ``json.loads`` keeps when a key is repeated."""
    found = None
    pos = _skip(text, pos + 1)
    while pos < len(text) and text[pos] == '"':
        key, after = _DECODER.raw_decode(text, pos)  # the key string, and the index past it
        value = _skip(text, _skip(text, after) + 1)  # past the colon
        if key == name:
            found = (pos, value)
        pos = _skip(text, _value_end(text, value))
        if pos >= len(text) or text[pos] != ",":
            break
        pos = _skip(text, pos + 1)
    return found


def _element(text: str, pos: int, index: int) -> int | None:
    """Start of element ``index`` of the array at ``pos``."""
    pos = _skip(text, pos + 1)
    for i in range(index + 1):
        if pos >= len(text) or text[pos] == "]":
            return None
        if i == index:
            return pos
        pos = _skip(text, _value_end(text, pos))
        if pos >= len(text) or text[pos] != ",":
            return None
        pos = _skip(text, pos + 1)
    return None


def locate(text: str, path: Sequence[str | int]) -> int | None:
    """1-based line of the value at ``path`` (of its key, for an object's member), or of the
    closest enclosing part found; None if the text is not JSON."""
    try:
        pos = _skip(text, 0)
        found = pos
        for part in path:
            if pos >= len(text):
                break
            if isinstance(part, str):
                if text[pos] != "{":
                    break
                member = _member(text, pos, part)
                if member is None:
                    break
                found, pos = member
            else:
                if text[pos] != "[":
                    break
                element = _element(text, pos, part)
                if element is None:
                    break
                found = pos = element
    except (ValueError, IndexError):
        return None
    return text.count("\n", 0, found) + 1
