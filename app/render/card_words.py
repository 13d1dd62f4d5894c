"""The technique card's own words, listed for ``pyside6-lupdate`` (context ``card``).

The card is composed in the model (:mod:`app.model.session.card`), which has no Qt, from its
English tables and phrases; a view passes :func:`card_words` to the card's ``how_to``,
``fields`` and the like to have them in the language installed. A test checks that every
phrase the model uses is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

__all__ = ["CARD_WORDS", "card_words"]

CARD_WORDS = (
    QT_TRANSLATE_NOOP("card", "the whole palm"),
    QT_TRANSLATE_NOOP("card", "the heel of the palm"),
    QT_TRANSLATE_NOOP("card", "the little-finger (ulnar) edge"),
    QT_TRANSLATE_NOOP("card", "the finger pads"),
    QT_TRANSLATE_NOOP("card", "the fingertips"),
    QT_TRANSLATE_NOOP("card", "the thumb"),
    QT_TRANSLATE_NOOP("card", "the knuckles of a loose fist"),
    QT_TRANSLATE_NOOP("card", "the fist"),
    QT_TRANSLATE_NOOP("card", "the cupped palm"),
    QT_TRANSLATE_NOOP("card", "the back of the hand"),
    QT_TRANSLATE_NOOP("card", "the forearm"),
    QT_TRANSLATE_NOOP("card", "flat, the fingers together"),
    QT_TRANSLATE_NOOP("card", "gripping, the thumb opposed to the fingers"),
    QT_TRANSLATE_NOOP("card", "with the thumb spread wide from the index finger"),
    QT_TRANSLATE_NOOP("card", "on the heel of the palm"),
    QT_TRANSLATE_NOOP("card", "on its little-finger edge"),
    QT_TRANSLATE_NOOP("card", "on its fingertips, the fingers bent"),
    QT_TRANSLATE_NOOP("card", "in a loose fist"),
    QT_TRANSLATE_NOOP("card", "cupped"),
    QT_TRANSLATE_NOOP("card", "both hands at once, each on its own side of the spine"),
    QT_TRANSLATE_NOOP("card", "the two hands take turns"),
    QT_TRANSLATE_NOOP("card", "one hand on the other, weighting it (one side, then the other)"),
    QT_TRANSLATE_NOOP("card", "one palm lifts the shoulder while the other hand works under the blade (one side, then the other)"),  # noqa: E501
    QT_TRANSLATE_NOOP("card", "strokes"),
    QT_TRANSLATE_NOOP("card", "circles"),
    QT_TRANSLATE_NOOP("card", "cycles"),
    QT_TRANSLATE_NOOP("card", "oscillations"),
    QT_TRANSLATE_NOOP("card", "taps"),
    QT_TRANSLATE_NOOP("card", "shakes"),
    QT_TRANSLATE_NOOP("card", "beats"),
    QT_TRANSLATE_NOOP("card", ": the lower back is worked with the outer side of the palm (seed 003)"),
    QT_TRANSLATE_NOOP("card", " (the lower back is worked with the outer side of the palm, seed 003)"),
    QT_TRANSLATE_NOOP("card", "{tempo} {unit} a minute"),
    QT_TRANSLATE_NOOP("card", " ({rate} a second)"),
    QT_TRANSLATE_NOOP("card", "With {contact} on the skin"),
    QT_TRANSLATE_NOOP("card", "Here the hand is held {pose}."),
    QT_TRANSLATE_NOOP("card", "Contact"),
    QT_TRANSLATE_NOOP("card", "Posture"),
    QT_TRANSLATE_NOOP("card", "Path"),
    QT_TRANSLATE_NOOP("card", "Tempo"),
    QT_TRANSLATE_NOOP("card", "Direction"),
    QT_TRANSLATE_NOOP("card", "Source"),
    QT_TRANSLATE_NOOP("card", "Dorsum's decision: {text}"),
    QT_TRANSLATE_NOOP("card", "{source}, row “{text}”"),
    QT_TRANSLATE_NOOP("card", "{source}: “{text}”"),
)


def card_words(text: str) -> str:
    """One of the card's English phrases in the language installed."""
    return translate("card", text)
