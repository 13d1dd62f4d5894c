"""Write ``assets/plan.schema.json`` from the plan types: ``python tools/write_plan_schema.py``.

Run it after changing :mod:`app.model.plans.format`; ``tests/model/test_plan.py`` fails until the file
matches the types again.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model.plans.format import plan_schema  # noqa: E402

if __name__ == "__main__":
    target = ROOT / "assets" / "plan.schema.json"
    target.write_text(json.dumps(plan_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
