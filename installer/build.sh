#!/usr/bin/env bash
# Build the one-folder OrgDesigner bundle with PyInstaller.
#
#   installer/build.sh            -> dist/OrgDesigner/ and dist/OrgDesigner-<version>-<os>-bundle.SHA256SUMS
#
# Steps: render the icon (installer/make_icons.py), compile orgdesigner/resources/translations/*.ts
# to .qm (pyside6-lrelease), run PyInstaller on installer/orgdesigner.spec, write SHA-256
# checksums of every file in the bundle. Works on Linux and in Git Bash / MSYS2 on Windows.
# PYTHON overrides the interpreter (default: .venv's python, else python3/python); it needs
# the package installed with the "build" and "fast" extras:  pip install -e ".[build,fast]"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -z "${PYTHON:-}" ]]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 || [[ -x "$candidate" ]]; then PYTHON="$candidate"; break; fi
  done
fi
VERSION="$("$PYTHON" installer/buildinfo.py version | tr -d '\r')"
case "$(uname -s)" in
  Linux*) OS=linux ;; Darwin*) OS=macos ;; *) OS=windows ;;
esac
start=$(date +%s)
echo "build: OrgDesigner $VERSION ($OS) with $PYTHON"

mkdir -p build/icons
"$PYTHON" installer/make_icons.py build/icons

shopt -s nullglob
ts_files=(orgdesigner/resources/translations/*.ts)
if (( ${#ts_files[@]} )); then
  LRELEASE="$("$PYTHON" - <<'EOF' | tr -d '\r'
import shutil, sys
from pathlib import Path
home = Path(sys.executable).parent
for folder in (home, home / "Scripts", home / "bin"):
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).exists():
            print(folder / name)
            raise SystemExit
print(shutil.which("pyside6-lrelease") or "")
EOF
)"
  if [[ -z "$LRELEASE" ]]; then echo "build: pyside6-lrelease not found" >&2; exit 1; fi
  for ts in "${ts_files[@]}"; do
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
  done
  echo "build: compiled ${#ts_files[@]} translation(s)"
fi

"$PYTHON" -m PyInstaller --noconfirm --log-level "${PYI_LOG_LEVEL:-WARN}" \
  --distpath dist --workpath build/pyinstaller installer/orgdesigner.spec

BUNDLE="dist/OrgDesigner"
if [[ -n "${SIGN_CMD:-}" ]]; then  # e.g. SIGN_CMD=installer/sign.sh (see installer/README.md)
  for exe in "$BUNDLE"/*.exe; do
    # shellcheck disable=SC2086
    $SIGN_CMD "$exe"
  done
fi
SUMS="dist/OrgDesigner-$VERSION-$OS-bundle.SHA256SUMS"
(cd "$BUNDLE" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$SUMS"

end=$(date +%s)
size=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "build: $BUNDLE ($size MB, $files files) in $((end - start)) s; checksums in $SUMS"
