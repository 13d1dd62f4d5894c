#!/usr/bin/env bash
# Refresh the locks in requirements/ from pyproject.toml's ranges: bash tools/update_locks.sh
#
# requirements/app.txt runs the app; requirements/test.txt runs the tests and the static checks
# too (the test and dev extras: the README's quick start and CI install it);
# requirements/bundle.txt builds the standalone app. All three are universal (any OS, Python
# >= 3.11, with markers where versions differ) and carry every file's hash, so `pip install -r`
# installs exactly these files or refuses. With no argument, versions already locked are kept
# while the ranges allow them; pass --upgrade (everything) or --upgrade-package NAME
# (repeatable) to move them.
set -euo pipefail
cd "$(dirname "$0")/.."
compile() {  # OUT [uv options...]
  local out=$1; shift
  bash tools/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "bash tools/update_locks.sh" -q -o "$out" "$@"
}
mkdir -p requirements
compile requirements/app.txt "$@"
compile requirements/test.txt --extra test --extra dev "$@"
compile requirements/bundle.txt --extra bundle "$@"
echo "locked: $(grep -c '^[a-z]' requirements/app.txt) pins for the app, $(grep -c '^[a-z]' requirements/test.txt) with the tests and checks"
