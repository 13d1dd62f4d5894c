"""Dorsum's own words in English, Ukrainian and Russian, through Qt's translation system.

Every word the drawing, the handout, the commands and the window show is written in English in
the code as ``translate(CONTEXT, "text")`` (or ``self.tr("text")`` in a widget);
``pyside6-lupdate`` collects them into ``assets/i18n/dorsum_uk.ts`` and ``dorsum_ru.ts``, where
the translations are written, and ``pyside6-lrelease`` builds the ``.qm`` files Qt loads (both
committed: a test rebuilds the ``.qm`` from the ``.ts`` and compares, and another checks that the
``.ts`` hold every string of the code, each translated). :func:`set_language` installs them, and
Qt's own translations (``qt_uk.qm`` or ``qtbase_uk.qm``, for Qt's dialogs) from PySide6's folder.

The zone files' texts are not here: they carry their three languages themselves
(:mod:`app.model.zonefiles.texts`). The model's fixed words (pressure words, mask rules,
landmark and node names) are English in the model, which has no Qt; they are translated where
they are shown, with :func:`word` (their English listed for lupdate in :mod:`.vocabulary_words`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..model.zonefiles.texts import LANGUAGES
from ..resources import i18n_dir

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "translate", "set_language", "language", "system_language", "word",
           "model_words", "qm_path"]

#: Each language in its own words, for the View ▸ Language menu.
LANGUAGE_NAMES = {"en": "English", "uk": "Українська", "ru": "Русский"}

translate = QCoreApplication.translate

_state: dict[str, object] = {"lang": "en", "translators": []}


def qm_path(lang: str) -> str:
    return str(i18n_dir() / f"dorsum_{lang}.qm")


def language() -> str:
    """The language installed last (``en`` until one is)."""
    return str(_state["lang"])


def set_language(lang: str) -> str:
    """Install ``lang``'s translations of Dorsum's words and of Qt's own, replacing those of the
    language before; ``en`` removes them. Needs a QCoreApplication. Returns ``lang``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QCoreApplication")
    translators: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for old in translators:
        QCoreApplication.removeTranslator(old)
    translators.clear()
    if lang != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # qt_uk.qm gathers Qt's modules' catalogues and fails to load when one of them is not
        # shipped (PySide6's wheel lacks some): qtbase_uk.qm, the widgets' and dialogs' words, then.
        for names, folder in (((f"dorsum_{lang}",), str(i18n_dir())), ((f"qt_{lang}", f"qtbase_{lang}"), qt_folder)):
            for name in names:
                translator = QTranslator(app)
                if translator.load(name, folder):
                    QCoreApplication.installTranslator(translator)
                    translators.append(translator)
                    break
    _state["lang"] = lang
    return lang


def system_language(default: str = "en") -> str:
    """The first of the system's languages Dorsum speaks (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, as Qt reads them), else ``default``."""
    import os

    candidates: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            candidates += [part.split("_")[0].split(".")[0].lower() for part in value.split(":")]
    candidates += [name.split("-")[0].split("_")[0].lower() for name in QLocale.system().uiLanguages()]
    for code in candidates:
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            return "en"
    return default


def word(text: str) -> str:
    """One of the model's fixed English words (``light``, ``no percussion``, ``inferior angle
    of scapula``) in the installed language."""
    return translate("words", text)


#: Where the model's composed phrases are (tools/update_translations.py lists them under these
#: contexts), then its fixed words.
MODEL_CONTEXTS = ("card", "quiz", "plans", "words")


def model_words(text: str) -> str:
    """One of the model's English phrases or words in the installed language: the ``tr`` a view
    passes to the model (:mod:`app.model.phrasing`) for the quiz and the technique card."""
    for context in MODEL_CONTEXTS:
        found = translate(context, text)
        if found != text:
            return found
    return text
