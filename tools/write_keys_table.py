"""Write the README's key tables from the action table: ``python tools/write_keys_table.py``.

The tables sit between ``<!-- keys -->`` and ``<!-- /keys -->``; ``tests/ui/test_actions.py``
fails until they match ``app/ui/actions.py`` again.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ui.actions import keys_markdown  # noqa: E402

BLOCK = re.compile(r"(<!-- keys -->\n).*?(<!-- /keys -->)", re.S)

if __name__ == "__main__":
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if not BLOCK.search(text):
        sys.exit("README.md has no <!-- keys --> … <!-- /keys --> block")
    readme.write_text(BLOCK.sub(lambda m: m.group(1) + keys_markdown() + m.group(2), text), encoding="utf-8")
    print("wrote the key tables in README.md")
