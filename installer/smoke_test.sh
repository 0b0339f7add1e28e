#!/usr/bin/env bash
# Smoke test of the frozen (PyInstaller) OrgDesigner on Linux.
#
#   installer/smoke_test.sh            build with installer/build.sh, then test dist/OrgDesigner
#   installer/smoke_test.sh --no-build test an existing dist/OrgDesigner
#
# Runs the frozen executables from outside the repository, with a private HOME and
# settings, and a machine plugin folder holding two kommune plugins (a single file and a
# package): --version; demo --out; info --json; plugins --json --strict (every name in
# orgdesigner_plugins.BUILTIN and both kommune plugins active); a clear error without traceback for a
# missing file; the GUI offscreen on the demo (ORGDESIGNER_SMOKE_EXIT_MS makes the frozen
# entry quit after the main window is shown; a picture of it goes to build/smoke-window.png).
# Prints build time and bundle size.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$ROOT/dist/OrgDesigner"
cd "$ROOT"
if [[ "${1:-}" != "--no-build" ]]; then
  t0=$(date +%s)
  installer/build.sh || { echo "smoke: build failed"; exit 1; }
  echo "smoke: build took $(($(date +%s) - t0)) s"
fi
[[ -x "$BUNDLE/orgdesigner-cli" ]] || { echo "smoke: $BUNDLE/orgdesigner-cli missing"; exit 1; }
VERSION="$(python3 installer/buildinfo.py version)"
mapfile -t BUILTIN < <(python3 installer/buildinfo.py builtin)

# what the spec must have put into the bundle
missing=()
for f in orgdesigner/resources/icons/orgdesigner.svg orgdesigner/resources/icons/orgdesigner.ico orgdesigner/resources/icons/orgdesigner.png; do
  [[ -f "$BUNDLE/_internal/$f" ]] || missing+=("$f")
done
for f in resources/demo/*.xlsx; do [[ -f "$BUNDLE/_internal/$f" ]] || missing+=("$f"); done
for f in orgdesigner/resources/translations/*.ts; do
  [[ -e "$f" ]] || continue
  qm="$(basename "${f%.ts}.qm")"
  [[ -f "$BUNDLE/_internal/orgdesigner/resources/translations/$qm" ]] || missing+=("orgdesigner/resources/translations/$qm")
done
T="$(mktemp -d /tmp/orgdesigner-smoke.XXXXXX)"
failures=0
trap '[[ $failures -eq 0 ]] && rm -rf "$T" || echo "smoke: output kept in $T"' EXIT
mkdir -p "$T/home" "$T/machine/plugins/kommune_pakke"
# a kommune's plugins as IT would drop them into %ProgramData%\OrgDesigner\plugins
cat > "$T/machine/plugins/kommune_fil.py" <<'EOF'
"""A kommune's own validator, as one file; uses stdlib modules the app itself may not."""
import csv
import statistics

from orgdesigner.hookspecs import Validator, hookimpl

__version__ = "1.2"


def _check(project, scenario, settings):
    statistics.mean([1, 2, 3]), csv.excel
    return []


@hookimpl
def orgdesigner_validators():
    return [Validator("kommune.fil", "Kommunens egen regel", "warning", _check)]
EOF
cat > "$T/machine/plugins/kommune_pakke/__init__.py" <<'EOF'
"""A kommune's own plugin as a package with a relative import."""
from orgdesigner.hookspecs import hookimpl

from .regler import REGLER

__version__ = "2.0"


@hookimpl
def orgdesigner_settings():
    return dict(REGLER)
EOF
echo 'REGLER = {"kommune_pakke.maks_nivaa": 6}' > "$T/machine/plugins/kommune_pakke/regler.py"
printf '{"language": "nb", "disabled_plugins": []}\n' > "$T/machine/settings.json"

export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" XDG_DATA_HOME="$T/home/.local/share"
export ORGDESIGNER_DATA_DIR="$T/home/data" ORGDESIGNER_CONFIG_DIR="$T/home/config"
export ORGDESIGNER_MACHINE_SETTINGS="$T/machine/settings.json" ORGDESIGNER_MACHINE_PLUGINS="$T/machine/plugins"
export ORGDESIGNER_USER_PLUGINS="$T/home/plugins"
unset PYTHONPATH PYTHONHOME
cd "$T"

pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; failures=$((failures + 1)); }
run() {  # run NAME CMD... ; stdout in $T/NAME.out, stderr in $T/NAME.err, status in $rc
  local name="$1"; shift
  local t=$(date +%s%N)
  "$@" >"$T/$name.out" 2>"$T/$name.err"; rc=$?
  echo "  ..   $name: exit $rc in $(( ($(date +%s%N) - t) / 1000000 )) ms"
}
CLI="$BUNDLE/orgdesigner-cli"
(( ${#missing[@]} == 0 )) && pass "bundle holds icons, demo staff lists and compiled translations" || fail "missing in bundle: ${missing[*]}"

run version "$CLI" --version
[[ $rc -eq 0 && "$(cat "$T/version.out")" == "OrgDesigner $VERSION" ]] && pass "--version: $(cat "$T/version.out")" || fail "--version: $(cat "$T/version.out" "$T/version.err")"

run demo "$CLI" demo --out "$T/demo.orgd"
[[ $rc -eq 0 && -s "$T/demo.orgd" ]] && pass "demo --out demo.orgd ($(du -k "$T/demo.orgd" | cut -f1) kB)" || fail "demo: $(tail -5 "$T/demo.err")"

run info "$CLI" info "$T/demo.orgd" --json
if [[ $rc -eq 0 ]] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d' "$T/info.out" 2>/dev/null; then
  pass "info demo.orgd --json ($(wc -c <"$T/info.out") bytes of JSON)"
else
  fail "info --json: $(tail -5 "$T/info.err")"
fi

run plugins "$CLI" plugins --json --strict
python3 - "$T/plugins.out" "${BUILTIN[@]}" <<'EOF' && pass "plugins --json --strict: built-ins and kommune plugins active" || fail "plugins: $(tail -5 "$T/plugins.err")"
import json, sys
data = json.load(open(sys.argv[1]))
found = {p["name"]: p for p in data["plugins"]}
want = [m.rsplit(".", 1)[-1] for m in sys.argv[2:]] + ["kommune_fil", "kommune_pakke"]
bad = [n for n in want if found.get(n, {}).get("status") != "active"]
for p in data["plugins"]:
    print(f"       {p['name']:<20} {p['version'] or '-':<8} {p['source']:<15} {p['status']} {p['problem']}")
assert found["kommune_fil"]["source"] == "machine folder" and found["kommune_fil"]["version"] == "1.2"
assert found["kommune_pakke"]["version"] == "2.0"
sys.exit(1 if bad or data["problems"] else 0)
EOF

# IT's machine settings reach the frozen app: a plugin turned off there is listed as off
printf '{"language": "nn", "disabled_plugins": ["kommune_fil"]}\n' > "$T/machine/it-settings.json"
run it_settings env ORGDESIGNER_MACHINE_SETTINGS="$T/machine/it-settings.json" "$CLI" plugins --json --strict
python3 -c 'import json,sys; d={p["name"]: p["status"] for p in json.load(open(sys.argv[1]))["plugins"]}; sys.exit(d.get("kommune_fil") != "disabled" or d.get("kommune_pakke") != "active")' "$T/it_settings.out" \
  && pass "machine settings.json: disabled_plugins turns kommune_fil off" || fail "machine settings: $(cat "$T/it_settings.out" "$T/it_settings.err" | tail -5)"

run missing "$CLI" info "$T/finnes-ikke.orgd"
[[ $rc -ne 0 ]] && ! grep -q Traceback "$T/missing.err" && pass "missing file: exit $rc, message without traceback" || fail "missing file: exit $rc $(cat "$T/missing.err")"

run gui env QT_QPA_PLATFORM=offscreen ORGDESIGNER_SMOKE_EXIT_MS="${SMOKE_MS:-3000}" \
  ORGDESIGNER_SMOKE_SCREENSHOT="$ROOT/build/smoke-window.png" timeout 120 "$BUNDLE/OrgDesigner" "$T/demo.orgd"
[[ $rc -eq 0 ]] && grep -q "smoke: ok.*demo\.orgd" "$T/gui.err" && pass "GUI offscreen on demo.orgd: $(grep 'smoke: ok' "$T/gui.err")" || fail "GUI: exit $rc $(tail -8 "$T/gui.err")"

# the smoke check itself can fail: a file that cannot be opened leaves an error dialog
run gui_bad env QT_QPA_PLATFORM=offscreen ORGDESIGNER_SMOKE_EXIT_MS="${SMOKE_MS:-3000}" timeout 120 "$BUNDLE/OrgDesigner" "$T/finnes-ikke.orgd"
[[ $rc -eq 4 ]] && grep -q "smoke: a dialog is open" "$T/gui_bad.err" && pass "GUI on a missing file: error dialog seen (exit 4)" || fail "GUI on a missing file: exit $rc $(tail -3 "$T/gui_bad.err")"

size=$(du -sm "$BUNDLE" | cut -f1)
echo "smoke: bundle $BUNDLE: $size MB, $(find "$BUNDLE" -type f | wc -l) files"
echo "smoke: $failures failure(s)"
[[ $failures -eq 0 ]]
