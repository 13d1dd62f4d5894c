"""Check plain data (read from TOML or JSON) against a document type, in Dorsum's own words.

msgspec does the checking. When it refuses a document, the smallest part that fails is found
again by walking the type's annotations, and described here: the key path (``steps[5].
minutes``) for the caller's line locator, and a message that does not depend on msgspec's
wording, which changes between its releases.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import msgspec

__all__ = ["Invalid", "convert", "describe_type"]

T = TypeVar("T")
KeyPath = list[str | int]


@dataclass
class Invalid(Exception):
    """A document that does not fit its type: where (a key path) and what is wrong."""

    path: tuple[str | int, ...]
    message: str

    @property
    def key(self) -> str:
        """``("steps", 5, "minutes")`` → ``"steps[5].minutes"``."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def __str__(self) -> str:
        return f"{self.key}: {self.message}" if self.path else self.message


def convert(data: Any, kind: type[T], *, strict: bool = True, mapping: str = "table") -> T:
    """``msgspec.convert``, raising :class:`Invalid` at the smallest part that fails.

    ``mapping`` names a key-value block in the file's own language ("table" for TOML,
    "object" for JSON).
    """
    try:
        return msgspec.convert(data, kind, strict=strict)
    except msgspec.ValidationError:
        found = _Walker(strict, mapping).problem(data, kind, [])
        raise (Invalid(tuple(found[0]), found[1]) if found else Invalid((), "this document is not valid")) from None


# Patterns that have a plain name; any other is shown as it is.
_PATTERNS = {r"^[a-z][a-z0-9_]*$": "an id: lower-case letters, digits and _, starting with a letter",
             r"^#[0-9A-Fa-f]{6}$": "a colour written #RRGGBB"}


def _number(x: float) -> str:
    return f"{x:g}"


def describe_type(tp: Any, mapping: str = "table") -> str:
    """A reader's name for a type: ``list[float]`` → "a list of numbers"."""
    tp, meta = _unwrap(tp)
    origin = get_origin(tp)
    if tp is type(None):
        return "nothing (null)"
    if tp is bool:
        return "true or false"
    if tp is int:
        return "a whole number"
    if tp is float:
        return "a number"
    if tp is str:
        return "text"
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return f"a {mapping}" if mapping[0] not in "aeiou" else f"an {mapping}"
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(describe_type(a, mapping) for a in get_args(tp))
    if origin is list:
        (item,) = get_args(tp)
        size = ""
        if meta.get("min_length") is not None and meta.get("min_length") == meta.get("max_length"):
            size = f"{meta['min_length']} "
        return f"a list of {size}" + _plural(describe_type(item, mapping))
    if origin is tuple:
        items = get_args(tp)
        return f"a list of {len(items)} " + _plural(describe_type(items[0], mapping))
    return getattr(tp, "__name__", str(tp))


def _plural(name: str) -> str:
    """"a number" → "numbers", "text" → "texts", "one of a, b" → "values, each one of a, b"."""
    if name.startswith("one of") or " or " in name:
        return f"values, each {name}"
    for article in ("a ", "an "):
        if name.startswith(article):
            return name[len(article):] + "s"
    return name + "s"


def describe_value(value: Any, mapping: str = "table") -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"the text {shown!r}"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return f"a {mapping}" if mapping[0] not in "aeiou" else f"an {mapping}"
    return type(value).__name__


def _unwrap(tp: Any) -> tuple[Any, dict[str, Any]]:
    """``Annotated[float, Meta(ge=0)]`` → ``(float, {"ge": 0})`` (nested Annotated merged)."""
    meta: dict[str, Any] = {}
    while get_origin(tp) is Annotated:
        tp, *extras = get_args(tp)
        for extra in extras:
            if isinstance(extra, msgspec.Meta):
                for name in ("ge", "gt", "le", "lt", "min_length", "max_length", "pattern"):
                    if getattr(extra, name) is not None:
                        meta[name] = getattr(extra, name)
    return tp, meta


def _constraint(value: Any, meta: dict[str, Any]) -> str:
    """What the value breaks, given that its type is right."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        bounds = []
        if "ge" in meta:
            bounds.append(f"at least {_number(meta['ge'])}")
        if "gt" in meta:
            bounds.append(f"more than {_number(meta['gt'])}")
        if "le" in meta:
            bounds.append(f"at most {_number(meta['le'])}")
        if "lt" in meta:
            bounds.append(f"less than {_number(meta['lt'])}")
        return f"{value!r} is out of range: it must be {' and '.join(bounds)}"
    unit = "characters" if isinstance(value, str) else "items"
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    low, high = meta.get("min_length"), meta.get("max_length")
    if low is not None and size < low:
        if low == 1:
            return "must not be empty"
        return f"has {size} {unit}; it needs at least {low}"
    if high is not None and size > high:
        return f"has {size} {unit}; it takes at most {high}"
    if "pattern" in meta and isinstance(value, str) and not re.search(meta["pattern"], value):
        wanted = _PATTERNS.get(meta["pattern"], f"text matching {meta['pattern']}")
        return f"{value!r} is not {wanted}"
    return "is not allowed here"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "str"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "dict"
    return "other"


def _type_kind(tp: Any) -> str:
    tp, _ = _unwrap(tp)
    origin = get_origin(tp)
    if tp is type(None):
        return "null"
    if tp is bool:
        return "bool"
    if tp in (int, float):
        return "number"
    if tp is str:
        return "str"
    if origin in (list, tuple):
        return "list"
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return "dict"
    if origin is Literal:
        kinds = {_kind(a) for a in get_args(tp)}
        return kinds.pop() if len(kinds) == 1 else "other"
    return "other"


class _Walker:
    def __init__(self, strict: bool, mapping: str):
        self.strict, self.mapping = strict, mapping

    def passes(self, value: Any, tp: Any) -> bool:
        try:
            msgspec.convert(value, tp, strict=self.strict)
        except msgspec.ValidationError:
            return False
        return True

    def expected(self, path: KeyPath, value: Any, tp: Any) -> tuple[KeyPath, str]:
        return path, f"expected {describe_type(tp, self.mapping)}, got {describe_value(value, self.mapping)}"

    def problem(self, value: Any, tp: Any, path: KeyPath) -> tuple[KeyPath, str] | None:
        """The deepest key path under ``path`` where ``value`` does not fit ``tp``, and why."""
        if self.passes(value, tp):
            return None
        base, meta = _unwrap(tp)
        if meta and self.passes(value, base):
            return path, _constraint(value, meta)
        origin = get_origin(base)
        if isinstance(base, type) and issubclass(base, msgspec.Struct):
            return self.struct_problem(value, base, path)
        if origin in (Union, types.UnionType):
            fitting = [m for m in get_args(base) if _type_kind(m) == _kind(value)]
            if len(fitting) == 1:
                return self.problem(value, fitting[0], path)
            return self.expected(path, value, base)
        if origin is Literal:
            choices = ", ".join(str(a) for a in get_args(base))
            if isinstance(value, str):
                return path, f"unknown value {value!r}; expected one of {choices}"
            return self.expected(path, value, base)
        if origin is list and isinstance(value, list):
            (item,) = get_args(base)
            for i, element in enumerate(value):
                found = self.problem(element, item, [*path, i])
                if found:
                    return found
        if origin is tuple and isinstance(value, list) and len(value) == len(get_args(base)):
            for i, (element, item) in enumerate(zip(value, get_args(base))):
                found = self.problem(element, item, [*path, i])
                if found:
                    return found
        return self.expected(path, value, base)

    def struct_problem(self, value: Any, kind: type[msgspec.Struct], path: KeyPath) -> tuple[KeyPath, str] | None:
        if not isinstance(value, dict):
            return self.expected(path, value, kind)
        fields = msgspec.structs.fields(kind)
        names = [f.encode_name for f in fields]
        if kind.__struct_config__.forbid_unknown_fields:
            for key in value:
                if key not in names:
                    return [*path, key], f"unknown key; this {self.mapping} takes {', '.join(names)}"
        for field in fields:
            required = field.default is msgspec.NODEFAULT and field.default_factory is msgspec.NODEFAULT
            if field.encode_name not in value:
                if required:
                    return path, f"the key {field.encode_name!r} is missing"
                continue
            found = self.problem(value[field.encode_name], field.type, [*path, field.encode_name])
            if found:
                return found
        return None

