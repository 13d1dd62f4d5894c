"""Texts in three languages in the zone files, resolved to one language as they are read.

A text field of a zone file (a name, a summary, a line's ``why``, a technique's ``posture`` …)
is either a plain string, English, or an inline table with the text in each language::

    name = { en = "Collar zone", uk = "Комірцева зона", ru = "Воротниковая зона" }

:func:`localize` picks one language out of the raw TOML data before it is converted to the
documents of :mod:`.spec`, falling back to English where a language is missing, so every
consumer of the zones keeps getting ``str`` and never needs to know about languages. On the
way it notes the key path of every text that lacks a language, which ``check`` reports with
its file and line. A citation's ``quote`` is not a text: it is a verbatim quotation of a seed
file, and stays English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "TEXT_KEYS", "Untranslated", "localize", "check_language"]

#: The languages a zone text is written in: English first, the language everything falls back to.
LANGUAGES: Final = ("en", "uk", "ru")
DEFAULT_LANGUAGE: Final = "en"
#: The keys whose string values are texts shown to people (``path`` only where it is a string:
#: a technique's path over the skin, not a line's path of anchors).
TEXT_KEYS: Final = frozenset(
    {"name", "summary", "text", "why", "note", "posture", "path", "direction", "label", "effect", "how", "finale_name"}
)
#: Keys never resolved to one language: quotations of the sources stay verbatim, and a glossary
#: term's ``words`` are shown in all three languages at once.
_VERBATIM: Final = frozenset({"quote", "source", "row", "words"})

KeyPath = list[str | int]


@dataclass(frozen=True)
class Untranslated:
    """A text at ``path`` (a key path into the document) that lacks ``missing`` languages."""

    path: tuple[str | int, ...]
    missing: tuple[str, ...]

    def message(self) -> str:
        return f"no {' or '.join(self.missing)} translation of this text"


class TextTableError(ValueError):
    """A language table that cannot be read; ``path`` is where it is."""

    def __init__(self, path: KeyPath, message: str):
        super().__init__(message)
        self.path = path


def check_language(lang: str) -> str:
    """``lang`` if it is one of :data:`LANGUAGES`; raises ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected {', '.join(LANGUAGES)}")
    return lang


def _is_text_table(value: object) -> bool:
    """An inline table of languages: strings under keys that look like language codes, one of
    them a known language (an anchor's ``{ at = "T7" }`` is not one)."""
    return (isinstance(value, dict) and any(k in LANGUAGES for k in value)
            and all(isinstance(v, str) for v in value.values())
            and all(isinstance(k, str) and len(k) == 2 and k.isalpha() and k.islower() for k in value))


def localize(data: Any, lang: str = DEFAULT_LANGUAGE) -> tuple[Any, list[Untranslated]]:
    """``data`` (as ``tomllib`` reads it) with every language table replaced by its text in
    ``lang`` (English where that is missing), and the texts that lack a language.

    Raises :class:`TextTableError` for a table naming an unknown language or lacking English.
    """
    check_language(lang)
    missing: list[Untranslated] = []
    return _walk(data, lang, [], missing), missing


def _walk(value: Any, lang: str, path: KeyPath, missing: list[Untranslated]) -> Any:
    if isinstance(value, list):
        return [_walk(v, lang, path + [i], missing) for i, v in enumerate(value)]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        here = path + [key]
        if key in _VERBATIM:
            out[key] = item
        elif _is_text_table(item):
            out[key] = _pick(item, lang, here, missing)
        elif key in TEXT_KEYS and isinstance(item, str):
            if item.strip():
                missing.append(Untranslated(tuple(here), LANGUAGES[1:]))
            out[key] = item
        else:
            out[key] = _walk(item, lang, here, missing)
    return out


def _pick(table: dict[str, str], lang: str, path: KeyPath, missing: list[Untranslated]) -> str:
    unknown = [k for k in table if k not in LANGUAGES]
    if unknown:
        raise TextTableError(path + [unknown[0]],
                             f"unknown language {unknown[0]!r} in a text: expected {', '.join(LANGUAGES)}")
    if not table.get(DEFAULT_LANGUAGE, "").strip():
        raise TextTableError(path, "a text needs its English (en), the language the others fall back to")
    lacking = tuple(k for k in LANGUAGES if not table.get(k, "").strip())
    if lacking:
        missing.append(Untranslated(tuple(path), lacking))
    text = table.get(lang, "")
    return text if text.strip() else table[DEFAULT_LANGUAGE]
