"""The model's fixed English words, listed for ``pyside6-lupdate`` (context ``words``).

The model (:mod:`app.model`) has no Qt, so its words (pressure, the mask rules, the masks'
titles, the sides, the techniques' ids, the bodies) stay English there; what shows them
translates them with :func:`app.render.i18n.word`. A test checks that every word the model can
give is listed here, so none is left untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["WORDS"]

WORDS = (
    # pressure (app.model.vocabulary.PRESSURE_WORDS)
    QT_TRANSLATE_NOOP("words", "none"), QT_TRANSLATE_NOOP("words", "light"),
    QT_TRANSLATE_NOOP("words", "moderate"), QT_TRANSLATE_NOOP("words", "firm"), QT_TRANSLATE_NOOP("words", "deep"),
    # the mask rules (app.model.atlas.masks.RULE_TEXT)
    QT_TRANSLATE_NOOP("words", "no pressure: the hands glide over or lift"),
    QT_TRANSLATE_NOOP("words", "no percussion"), QT_TRANSLATE_NOOP("words", "no deep pressure"),
    QT_TRANSLATE_NOOP("words", "no vibration"), QT_TRANSLATE_NOOP("words", "not touched: strokes go round it"),
    QT_TRANSLATE_NOOP("words", ", reduced pressure"),
    # the shipped masks' titles (Mask.title)
    QT_TRANSLATE_NOOP("words", "spine"), QT_TRANSLATE_NOOP("words", "kidney"),
    QT_TRANSLATE_NOOP("words", "scapula edges"), QT_TRANSLATE_NOOP("words", "above C6"),
    QT_TRANSLATE_NOOP("words", "heart"), QT_TRANSLATE_NOOP("words", "bony points"),
    QT_TRANSLATE_NOOP("words", "no go"),
    # the one level with a name (a zone's span may end there)
    QT_TRANSLATE_NOOP("words", "coccyx"),
    # which way a session's whole-back strokes run (app.model.session.timeline.WAYS)
    QT_TRANSLATE_NOOP("words", "from the neck down"), QT_TRANSLATE_NOOP("words", "from the sacrum up"),
    # which way a muscle's fibres run (app.model.vocabulary.FIBRE_WORDS)
    QT_TRANSLATE_NOOP("words", "up"), QT_TRANSLATE_NOOP("words", "down"),
    QT_TRANSLATE_NOOP("words", "out from the spine"), QT_TRANSLATE_NOOP("words", "up and out"),
    QT_TRANSLATE_NOOP("words", "down and out"), QT_TRANSLATE_NOOP("words", "down and in"),
    QT_TRANSLATE_NOOP("words", "up and in"),
    # sides and bodies
    QT_TRANSLATE_NOOP("words", "left"), QT_TRANSLATE_NOOP("words", "right"), QT_TRANSLATE_NOOP("words", "mid"),
    QT_TRANSLATE_NOOP("words", "male"), QT_TRANSLATE_NOOP("words", "female"),
    # the techniques' ids (app.model.vocabulary.TECHNIQUES), as tables and the protocol name them
    QT_TRANSLATE_NOOP("words", "stroking"), QT_TRANSLATE_NOOP("words", "squeezing"),
    QT_TRANSLATE_NOOP("words", "rubbing"), QT_TRANSLATE_NOOP("words", "kneading"),
    QT_TRANSLATE_NOOP("words", "vibration"), QT_TRANSLATE_NOOP("words", "percussion"),
    QT_TRANSLATE_NOOP("words", "shaking"),
    # the node groups (app.model.vocabulary.NODE_GROUPS)
    QT_TRANSLATE_NOOP("words", "supraclavicular"), QT_TRANSLATE_NOOP("words", "axillary"),
    QT_TRANSLATE_NOOP("words", "inguinal"),
    # what the two hands do (app.model.vocabulary.HANDS_MODES)
    QT_TRANSLATE_NOOP("words", "both"), QT_TRANSLATE_NOOP("words", "alternating"),
    QT_TRANSLATE_NOOP("words", "reinforced"), QT_TRANSLATE_NOOP("words", "one_lifts"),
)
