#!/usr/bin/env bash
# Build Dorsum into dist/dorsum/: a folder that runs without any Python of the user's.
#   bash packaging/build_bundle.sh        then  dist/dorsum/dorsum render back.png
# It makes its own venv (build/bundle-venv) from the locked requirements/bundle.txt, installs
# Dorsum into it the plain way (so its data comes as package data), and runs PyInstaller.
# The same script works on macOS; on Windows run the same three steps in PowerShell (README).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=build/bundle-venv
start=$(date +%s)
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r requirements/bundle.txt 2>&1 | grep -v '^WARNING: Location' || true
"$venv/bin/pip" install -q --no-deps --force-reinstall . 2>&1 | grep -v '^WARNING: Location' || true
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/dorsum.spec
echo "bundle: dist/dorsum ($(du -sh dist/dorsum | cut -f1)) built in $(( $(date +%s) - start )) s"
