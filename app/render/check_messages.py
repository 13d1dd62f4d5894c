"""``dorsum check``'s messages in the chosen language.

The model, which finds what is wrong with a file, has no Qt and words its messages in English
(:class:`~app.model.errors.DorsumError`). The commonest of them are listed here as templates,
``{name}`` standing for what varies; a message that matches one is given in the template's
translation with the same values put back. A message that matches none stays English: still
exact, with its file and line.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..model.errors import DorsumError
from .i18n import translate

__all__ = ["TEMPLATES", "check_message", "check_error"]

TEMPLATES = (
    QT_TRANSLATE_NOOP("check", "no {languages} translation of this text"),
    QT_TRANSLATE_NOOP("check", "unknown language {lang} in a text: expected en, uk, ru"),
    QT_TRANSLATE_NOOP("check", "a text needs its English (en), the language the others fall back to"),
    QT_TRANSLATE_NOOP("check", "unknown vertebral level {level} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)"),
    QT_TRANSLATE_NOOP("check", "unknown landmark {name}: expected a vertebral level (e.g. T7 or T7.5), a landmark "
                               "(e.g. scapula_inferior_angle) or a node group"),
    QT_TRANSLATE_NOOP("check", "no such file"),
    QT_TRANSLATE_NOOP("check", "no such folder"),
    QT_TRANSLATE_NOOP("check", "the file is empty"),
    QT_TRANSLATE_NOOP("check", "not valid TOML: {reason}"),
    QT_TRANSLATE_NOOP("check", "a seed citation needs the quote it rests on"),
    QT_TRANSLATE_NOOP("check", "a project decision (dorsum) needs its why"),
    QT_TRANSLATE_NOOP("check", "line number {number} is used twice in this zone"),
    QT_TRANSLATE_NOOP("check", "span top {top} is not above its bottom {bottom}"),
    QT_TRANSLATE_NOOP("check", "step {technique} names line {number}, which this zone does not have"),
    QT_TRANSLATE_NOOP("check", "{where}: unknown key; this table takes {keys}"),
    QT_TRANSLATE_NOOP("check", "{where}: the key {key} is missing"),
    QT_TRANSLATE_NOOP("check", "holds no zone files (*.toml)"),
    QT_TRANSLATE_NOOP("check", "{variant} minutes run backwards: {low} > {high}"),
    QT_TRANSLATE_NOOP("check", "{key} range runs backwards: {low} > {high}"),
    # reading and writing files
    QT_TRANSLATE_NOOP("check", "is a folder, not a TOML file"),
    QT_TRANSLATE_NOOP("check", "is a folder, not a plan"),
    QT_TRANSLATE_NOOP("check", "cannot read: {reason}"),
    QT_TRANSLATE_NOOP("check", "not valid JSON: {reason}"),
    QT_TRANSLATE_NOOP("check", "the folder to write into does not exist"),
    QT_TRANSLATE_NOOP("check", "cannot write here: {reason}"),
    QT_TRANSLATE_NOOP("check", "cannot write: {reason}"),
    QT_TRANSLATE_NOOP("check", "made by a newer Dorsum (plan format {version}); this one reads format {supported} "
                               "and older: update Dorsum to open it"),
    # a plan that does not fit the zones
    QT_TRANSLATE_NOOP("check", "{where}: unknown zone {zone} (this zones folder has {known})"),
    QT_TRANSLATE_NOOP("check", "{where}: zone {zone} has no line {number}"),
    QT_TRANSLATE_NOOP("check", "{where}: line {number} of {zone} does not take {technique}"),
    QT_TRANSLATE_NOOP("check", "{where}: no line of {zone} takes {technique}"),
    QT_TRANSLATE_NOOP("check", "{where}: unknown condition {condition}"),
    QT_TRANSLATE_NOOP("check", "{where}: {id} is used twice"),
    QT_TRANSLATE_NOOP("check", "this zones folder has no screening.toml"),
    # a value of the wrong kind (the kinds' names stay English)
    QT_TRANSLATE_NOOP("check", "{where}: unknown value {value}; expected one of {choices}"),
    QT_TRANSLATE_NOOP("check", "{where}: expected {expected}, got {got}"),
    QT_TRANSLATE_NOOP("check", "{where}: {value} is out of range: it must be {bounds}"),
    QT_TRANSLATE_NOOP("check", "{where}: must not be empty"),
    # zone files
    QT_TRANSLATE_NOOP("check", "zone id {id} is also used by {path}"),
    QT_TRANSLATE_NOOP("check", "mask id {id} is used twice"),
    QT_TRANSLATE_NOOP("check", "unknown zone {zone}; known: {known}"),
    QT_TRANSLATE_NOOP("check", "unknown muscle {muscle}; known: {known}"),
    QT_TRANSLATE_NOOP("check", "has no masks.toml: the spine mask must be defined"),
    QT_TRANSLATE_NOOP("check", "no mask with id 'spine': pressure on the spinous processes must be masked"),
)
#: Words inside the values that are themselves translated.
_VALUES = {"uk or ru": QT_TRANSLATE_NOOP("check", "uk or ru"),
           "general": QT_TRANSLATE_NOOP("check", "general"), "therapeutic": QT_TRANSLATE_NOOP("check", "therapeutic")}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.S)


def check_message(message: str) -> str:
    """``message`` (one of the model's, in English) in the installed language."""
    for template in TEMPLATES:
        found = _pattern(template).match(message)
        if found:
            values = {k: translate("check", _VALUES[v]) if v in _VALUES else v for k, v in found.groupdict().items()}
            return translate("check", template).format(**values)
    return message


def check_error(error: DorsumError) -> str:
    """``PATH:LINE: message``, the message in the installed language."""
    return str(DorsumError(check_message(error.message), error.path, error.line))
