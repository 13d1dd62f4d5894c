"""Print what an environment has installed against the lock: ``python compare_pins.py LOCK``.

Run with the environment's own Python (it needs ``packaging``, which pytest brings).
"""

import re
import sys
from importlib.metadata import distributions

from packaging.markers import Marker
from packaging.utils import canonicalize_name

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def locked(path: str) -> dict[str, str]:
    pins = {}
    with open(path, encoding="utf-8") as lock:
        for line in lock:
            m = PIN.match(line.strip())
            if m and (not m.group(3) or Marker(m.group(3)).evaluate()):
                pins[canonicalize_name(m.group(1))] = m.group(2)
    return pins


def main() -> int:
    pins = locked(sys.argv[1])
    have = {canonicalize_name(d.metadata["Name"]): d.version for d in distributions()}
    changed = [(n, pins[n], have[n]) for n in sorted(pins) if n in have and have[n] != pins[n]]
    new = sorted(n for n in have if n not in pins and n not in ("pip", "setuptools", "dorsum", "wheel"))
    for name, old, now in changed:
        print(f"  {name}: locked {old}, now {now}")
    for name in new:
        print(f"  {name}: {have[name]} (not in the lock)")
    if not changed and not new:
        print("  nothing: the newest allowed versions are the locked ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
