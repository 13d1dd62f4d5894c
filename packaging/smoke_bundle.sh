#!/usr/bin/env bash
# Check a built bundle as a user without Python would run it: an empty environment
# (no venv, PATH=/usr/bin:/bin), from another folder. Needs xvfb-run for the window check.
#   bash packaging/smoke_bundle.sh [dist/dorsum]
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(cd "${1:-dist/dorsum}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { (cd "$work" && env -i PATH=/usr/bin:/bin "$@"); }

run "$bundle/dorsum" --version
run "$bundle/dorsum" render back.png --size 640x360
run "$bundle/dorsum" geometry back.geojson
run "$bundle/dorsum" protocol --json > "$work/protocol.json"
python3 - "$work" <<'PY'
import json, struct, sys
from pathlib import Path
work = Path(sys.argv[1])
png = (work / "back.png").read_bytes()
assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (640, 360), "render: not a 640x360 PNG"
kinds = {f["properties"]["kind"] for f in json.loads((work / "back.geojson").read_text())["features"]}
assert {"zone", "line", "mask"} <= kinds, kinds
assert json.loads((work / "protocol.json").read_text()), "protocol: no steps"
PY
# Ukrainian and Russian: Dorsum's own words (its .qm) and Qt's (qtbase_*.qm, for Qt's dialogs) ship.
for lang in uk ru; do
  test -f "$bundle/_internal/PySide6/Qt/translations/qtbase_$lang.qm" || { echo "smoke: no qtbase_$lang.qm" >&2; exit 1; }
done
run "$bundle/dorsum" check "$bundle/_internal/app/zones" --lang uk | grep -q "помилок немає" \
  || { echo "smoke: check --lang uk did not answer in Ukrainian" >&2; exit 1; }
run "$bundle/dorsum" check "$bundle/_internal/app/zones" --lang ru | grep -q "ошибок нет" \
  || { echo "smoke: check --lang ru did not answer in Russian" >&2; exit 1; }
if command -v xvfb-run >/dev/null; then
  run xvfb-run -a -s "-screen 0 1600x1000x24" "$bundle/dorsum" --screenshot window.png --size 1400x900
  python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(); assert struct.unpack('>II', d[16:24]) == (1400, 900)" \
    "$work/window.png"
  echo "smoke: the window opened on a virtual display"
  run env LANG=uk_UA.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" "$bundle/dorsum" --screenshot window-uk.png \
    --size 1400x900
  if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx ukr; then
    tesseract "$work/window-uk.png" - -l ukr 2>/dev/null | grep -q "Файл" \
      || { echo "smoke: the window under LANG=uk_UA has no Ukrainian menu" >&2; exit 1; }
    echo "smoke: the window speaks Ukrainian under LANG=uk_UA"
  fi
else
  echo "smoke: xvfb-run missing, window not checked" >&2
fi
samples=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N); run "$bundle/dorsum" render again.png --size 640x360; t1=$(date +%s%N)
  samples+=($(( (t1 - t0) / 1000000 )))
done
median=$(printf '%s\n' "${samples[@]}" | sort -n | sed -n 3p)
echo "smoke: passed; bundle $(du -sh "$bundle" | cut -f1), render from an empty environment: median ${median} ms of 5"
