"""Collect Dorsum's translatable words into ``assets/i18n/dorsum_uk.ts`` and ``dorsum_ru.ts``
(``pyside6-lupdate``), then build the ``.qm`` files Qt loads (``pyside6-lrelease``).

Run after adding or changing a ``translate(...)`` or ``self.tr(...)`` in the code, write the new
translations into the ``.ts`` files (Qt Linguist: ``.venv/bin/pyside6-linguist``, or any text
editor), then run it again to build the ``.qm``. Both are committed: the app runs from a fresh
clone, a wheel and the bundle without a build step, and tests/render/test_translations.py checks
that the ``.ts`` hold every word of the code, each translated, and that the ``.qm`` are built from
them. Locations are left out of the ``.ts`` so that moving code does not change them.

    .venv/bin/python tools/update_translations.py
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("uk", "ru")


def tool(name: str) -> str:
    """A PySide6 tool beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (requirements/app.txt)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The code that shows words: everything under app/ but the model, which has no Qt."""
    return sorted(str(p.relative_to(root)) for p in (root / "app").rglob("*.py")
                  if "model" not in p.relative_to(root / "app").parts[:1])


ACTION_WORDS = ROOT / "app" / "ui" / "action_words.py"


def action_words() -> str:
    """``app/ui/action_words.py``: the action table's words (titles, help, menus, gestures) and
    the layers' names, written out as ``QT_TRANSLATE_NOOP`` calls for lupdate, which cannot read
    them from the table (app/ui/actions.py has no Qt, and builds some of them)."""
    sys.path.insert(0, str(ROOT))
    from app.render.layers import LAYERS, MOTION_LAYERS, MUSCLE_VIEWS
    from app.ui.actions import ACTIONS, GESTURES, LAYER_ROW, MENUS, PRESENTER_GESTURES

    def entries(context: str, texts) -> list[str]:
        out = [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for text in dict.fromkeys(texts) if text]
        return [line + ("  # noqa: E501" if len(line) > 120 else "") for line in out]

    menus = [*MENUS, "Layers", "Muscles", "Panels", "Language"]
    lines = [
        '"""Written by tools/update_translations.py from app/ui/actions.py and app/render/layers.py: their words',
        'for pyside6-lupdate (the table has no Qt). Do not edit; run the tool."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "WORDS = (",
        *entries("menus", menus),
        *entries("actions", [s.title for s in ACTIONS] + [s.help for s in ACTIONS] + [LAYER_ROW]
                 + [what for _, what in (*GESTURES, *PRESENTER_GESTURES)]
                 + [k for k, _ in (*GESTURES, *PRESENTER_GESTURES) if k.isalpha()]),
        *entries("layers", [*LAYERS.values(), *MOTION_LAYERS.values(), *MUSCLE_VIEWS.values()]),
        ")",
        "",
    ]
    return "\n".join(lines)


MODEL_PHRASES = ROOT / "app" / "render" / "model_phrases.py"
#: The model's modules that compose sentences for people, by the context their phrases go under
#: (app.render.i18n.model_words looks them up in these contexts).
MODEL_CONTEXTS = {
    "card": ("app/model/session/card.py",),
    "quiz": ("app/model/quiz/base.py", "app/model/quiz/questions.py", "app/model/quiz/recall.py"),
    "plans": ("app/model/plans/format.py", "app/model/plans/operations.py"),
}


def phrases_in(path: Path) -> list[str]:
    """The English the module gives ``tr(...)`` (or ``self.tr(...)``) or marks ``N_(...)``
    (app.model.phrasing), in the order it is written."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, first = node.func, node.args[0]
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if name in ("tr", "N_") and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((node.lineno, node.col_offset, first.value))
    return [text for _, _, text in sorted(found)]


def modules_with_phrases(root: Path = ROOT) -> list[str]:
    """Every module of the model that has phrases to translate (each must be in MODEL_CONTEXTS)."""
    return sorted(str(p.relative_to(root)) for p in (root / "app" / "model").rglob("*.py") if phrases_in(p))


def model_phrases(root: Path = ROOT) -> str:
    """``app/render/model_phrases.py``: the model's phrases as ``QT_TRANSLATE_NOOP`` calls for
    lupdate, which does not read the model (it has no Qt, and its ``tr`` is a parameter)."""
    lines = [
        '"""Written by tools/update_translations.py from the model\'s ``tr(...)`` and ``N_(...)`` phrases',
        '(app/model/phrasing.py), for pyside6-lupdate. Do not edit; run the tool."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "PHRASES = (",
    ]
    for context, modules in MODEL_CONTEXTS.items():
        texts = dict.fromkeys(text for module in modules for text in phrases_in(root / module))
        for text in texts:
            line = f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),"
            lines.append(line + ("  # noqa: E501" if len(line) > 120 else ""))
    return "\n".join([*lines, ")", ""])


def update(ts_files: list[Path], root: Path = ROOT) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(root), "-no-obsolete", "-locations", "none",
                    "-ts", *map(str, ts_files)], cwd=root, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    ts_files = [I18N / f"dorsum_{lang}.ts" for lang in LANGUAGES]
    ACTION_WORDS.write_text(action_words(), encoding="utf-8")
    MODEL_PHRASES.write_text(model_phrases(), encoding="utf-8")
    update(ts_files)
    for ts in ts_files:
        release(ts, ts.with_suffix(".qm"))
        print(ts.relative_to(ROOT), "→", ts.with_suffix(".qm").name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
