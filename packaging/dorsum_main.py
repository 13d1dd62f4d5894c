"""The bundle's entry point. It lives here, not at the root, so that PyInstaller takes the
installed ``app`` package (with its package data) rather than the source tree's."""

import os
import sys

from app.cli import main

if __name__ == "__main__":
    # Started from a bare environment (a desktop launcher, `env -i`), no locale is set; Qt then
    # warns and falls back to C.UTF-8 anyway. Say so first and spare the user the warning.
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    sys.exit(main())
