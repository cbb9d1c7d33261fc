#!/usr/bin/env bash
# Build the BackGuide one-folder bundle, dist/BackGuide/, and smoke-test it.
#
#   packaging/build.sh                 # builds in its own virtual environment, build/bundle-venv
#   PYTHON=.venv/bin/python packaging/build.sh   # or in one that has BackGuide's dependencies
#
# Its own environment gets the project (for its pinned dependencies) and
# PyInstaller; one given as $PYTHON gets PyInstaller only. Then, with no
# display and throw-away settings and data folders, the bundle must: load every
# shared library it ships, pass its self-test (every module, a pyqtgraph
# chart, a PDF), reach its first paint (--smoke), validate its content
# (check), and write a handout PDF (when this version has `handout`). Last it
# prints the bundle size and the start-up time. Needs Python 3.11+, binutils
# (strip) and, the first time, the network to PyPI. Takes about a minute; not
# part of CI.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYINSTALLER_SPEC='pyinstaller>=6.10,<7'

if [ -z "${PYTHON:-}" ]; then
  venv=build/bundle-venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  PYTHON=$venv/bin/python
  echo "== installing BackGuide's dependencies and PyInstaller into $venv"
  "$PYTHON" -m pip install -q --disable-pip-version-check "$ROOT" "$PYINSTALLER_SPEC"
else
  # An environment of the caller's: add PyInstaller only, and leave its
  # BackGuide (perhaps an editable install) as it is; the bundle is built
  # from this checkout either way.
  "$PYTHON" -c 'import PySide6.QtWidgets, pyqtgraph, yaml' 2>/dev/null || {
    echo "build.sh: $PYTHON lacks BackGuide's dependencies; run: $PYTHON -m pip install $ROOT" >&2
    exit 1
  }
  echo "== installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC"
fi

echo "== building dist/BackGuide"
rm -rf dist/BackGuide
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/backguide.spec

APP=dist/BackGuide/BackGuide
[ -x "$APP" ] || { echo "build.sh: $APP was not built" >&2; exit 1; }

# Every shared library must load. --smoke does not import everything (the
# diary's pyqtgraph and numpy load lazily), so the dynamic loader checks the
# rest: a library broken in the build fails here. A library neither shipped
# nor on this system is reported: a pruned one that something kept still uses
# shows up there, next to ones this machine lacks (e.g. Wayland's).
echo "== checking the bundle's shared libraries"
internal=$(dirname "$APP")/_internal
report=$(find "$internal" -name '*.so*' -type f -print0 \
  | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>&1 || true)
if grep -q 'error while loading' <<<"$report"; then
  echo "build.sh: libraries in the bundle do not load:" >&2
  grep 'error while loading' <<<"$report" >&2
  exit 1
fi
missing=$(grep 'not found' <<<"$report" | sort -u || true)
if [ -n "$missing" ]; then
  echo "needed but neither in the bundle nor on this system (only a problem if used):"
  echo "$missing"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache XDG_DATA_HOME=$scratch/share
export BACKGUIDE_DATA_DIR=$scratch/data

echo "== self-test: the chart, printing and every module, which --smoke does not load"
BACKGUIDE_BUNDLE_SELFTEST=1 "$APP"

echo "== smoke start (3 runs; the first has a cold cache)"
startups=()
for run in 1 2 3; do
  launched=$("$PYTHON" -c 'import time; print(time.monotonic())')
  out=$("$APP" --smoke)
  painted=$(printf '%s\n' "$out" | sed -n 's/^first paint at monotonic //p')
  [ -n "$painted" ] || { echo "build.sh: no first paint; output: $out" >&2; exit 1; }
  ms=$("$PYTHON" -c "print(round(($painted - $launched) * 1000))")
  startups+=("$ms")
  echo "run $run: first paint after $ms ms"
done

echo "== check"
"$APP" check

if "$APP" --help | grep -qw handout; then
  echo "== handout"
  "$APP" handout lumbar-left -o "$scratch/handout.pdf"
  head -c 5 "$scratch/handout.pdf" | grep -q '%PDF-' \
    || { echo "build.sh: the handout is not a PDF" >&2; exit 1; }
  echo "wrote a $(du -k "$scratch/handout.pdf" | cut -f1) KB PDF"
else
  echo "== handout: this version has no 'handout' command; skipped"
fi

echo "== result"
echo "bundle: $(du -sh dist/BackGuide | cut -f1) in dist/BackGuide ($(find dist/BackGuide -type f | wc -l) files)"
echo "start-up to first paint: ${startups[*]} ms"
