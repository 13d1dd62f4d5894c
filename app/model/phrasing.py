"""How the sentences the model composes reach a reader in the reader's language.

The model has no Qt. Where it composes words for people (the quiz's questions and grades, the
technique card), it writes them in English through ``tr``, a function the view passes (Qt's
translation, :func:`app.render.i18n.model_words`), and marks the English of its word tables with
:func:`N_`. ``tools/update_translations.py`` reads both from the code and lists them for
``pyside6-lupdate``, so no phrase can be left out of the ``.ts`` files. Commands and tests that
want English pass nothing: :func:`english` is the default.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Tr", "english", "N_"]

#: Translates one of the model's English phrases (a format string or a word of a table).
Tr = Callable[[str], str]


def english(text: str) -> str:
    """The phrase as written: the model's words in English."""
    return text


def N_(text: str) -> str:  # noqa: N802 (gettext's name for the mark, known to translators' tools)
    """Marks ``text`` as a phrase to translate where it is defined (a table's value); it is
    translated where it is shown, by ``tr``."""
    return text
