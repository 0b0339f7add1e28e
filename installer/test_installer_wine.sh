#!/usr/bin/env bash
# Install test of the OrgDesigner MSI under wine (Debian's wine64), around a stand-in payload.
#
#   installer/test_installer_wine.sh
#
# A Windows build of the Qt app cannot run under wine (it needs ICU that wine lacks), so the
# MSI is built around a tiny stand-in bundle (wine's own hostname.exe as OrgDesigner.exe plus
# a few nested files) with the real installer definition. Under a fresh wine prefix it checks:
#   silent install (msiexec /i /qn): files in Program Files, Start-menu shortcut, .orgd file
#   association, uninstall registry key, %ProgramData%\OrgDesigner\settings.json + plugins\;
#   a settings.json IT edited survives a reinstall; a rebuild of the same version and an
#   upgrade (higher version) each replace the installed one (one uninstall key); a downgrade
#   is refused; silent uninstall (msiexec /x {ProductCode} /qn) removes program
#   files, shortcut, association and uninstall key, and leaves the user's documents, IT's
#   settings.json and the plugin IT dropped into the machine plugin folder alone. With
#   osslsigncode and openssl present, the MSI is signed through SIGN_CMD=installer/sign.sh
#   with a throwaway certificate, and the signed MSI is the one installed.
# Exit status 0 when every check passes. Installs wine64/wixl with apt-get when missing (root).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
need=()
command -v wine >/dev/null || need+=(wine64 wine)
command -v wixl >/dev/null || need+=(wixl)
command -v msiinfo >/dev/null || need+=(msitools)
if (( ${#need[@]} )); then
  echo "wine-test: installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null || exit 1
fi

WORK="$ROOT/build/wine-test"
rm -rf "$WORK" && mkdir -p "$WORK"
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
failures=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }
reg_value() {  # reg_value KEY [NAME] -> the value's data (empty when missing)
  local out
  if [[ -n "${2:-}" ]]; then out="$(wine reg query "$1" /v "$2" 2>/dev/null)"; else out="$(wine reg query "$1" /ve 2>/dev/null)"; fi
  printf '%s\n' "$out" | tr -d '\r' | awk -F'    ' 'NF >= 4 {print $4; exit}'
}
reg_exists() { wine reg query "$1" >/dev/null 2>&1; }

# --- stand-in payload and the MSI built from the real installer definition -----------------
PAYLOAD="$WORK/payload/OrgDesigner"
mkdir -p "$PAYLOAD/_internal/resources/demo" "$PAYLOAD/_internal/PySide6/Qt/plugins/platforms"
PE="$(find /usr/lib/x86_64-linux-gnu/wine /usr/lib/wine -name hostname.exe -path '*x86_64-windows*' 2>/dev/null | head -1)"
[[ -n "$PE" ]] || PE="$(find /usr/lib -name hostname.exe 2>/dev/null | head -1)"
cp "$PE" "$PAYLOAD/OrgDesigner.exe"
cp "$PE" "$PAYLOAD/orgdesigner-cli.exe"
echo "stand-in" > "$PAYLOAD/_internal/base_library.zip"
echo "stand-in" > "$PAYLOAD/_internal/PySide6/Qt/plugins/platforms/qwindows.dll"
echo "demo" > "$PAYLOAD/_internal/resources/demo/Sørum ansatte.xlsx"

t0=$(date +%s)
# code signing as a kommune would plug it in, with a throwaway self-signed certificate
SIGNED=no
if command -v osslsigncode >/dev/null && command -v openssl >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 \
    -subj "/CN=Testkommune IT" -addext "extendedKeyUsage=codeSigning" >/dev/null 2>&1 &&
  openssl pkcs12 -export -inkey "$WORK/key.pem" -in "$WORK/cert.pem" -out "$WORK/test.pfx" \
    -passout pass:test >/dev/null 2>&1 && SIGNED=yes
fi
if [[ $SIGNED == yes ]]; then
  export SIGN_PFX="$WORK/test.pfx" SIGN_PASSWORD=test SIGN_CMD=installer/sign.sh
fi
installer/build_msi.sh "$PAYLOAD" "$WORK/OrgDesigner-test.msi" 2>&1 | grep -v -E "^$|GLib" | sed 's/^/  /' || true
unset SIGN_CMD
if [[ $SIGNED == yes ]]; then
  check "MSI signed (osslsigncode verify)" osslsigncode verify -CAfile "$WORK/cert.pem" -in "$WORK/OrgDesigner-test.msi"
  check "checksum written after signing" bash -c "cd '$WORK' && sha256sum -c OrgDesigner-test.msi.sha256"
else
  echo "  note osslsigncode/openssl missing: signing not tested"
fi
installer/build_msi.sh "$PAYLOAD" "$WORK/OrgDesigner-rebuild.msi" >/dev/null 2>&1
MSI_VERSION=99.0.1.0 installer/build_msi.sh "$PAYLOAD" "$WORK/OrgDesigner-upgrade.msi" >/dev/null 2>&1
[[ -f "$WORK/OrgDesigner-test.msi" && -f "$WORK/OrgDesigner-upgrade.msi" ]] || { echo "wine-test: MSI build failed"; exit 1; }
code_of() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" {print $2}'; }
CODE="$(code_of "$WORK/OrgDesigner-test.msi")"
CODE1="$(code_of "$WORK/OrgDesigner-rebuild.msi")"
CODE2="$(code_of "$WORK/OrgDesigner-upgrade.msi")"
echo "wine-test: MSI built ($(du -k "$WORK/OrgDesigner-test.msi" | cut -f1) kB), ProductCode $CODE"

echo "wine-test: wineboot (fresh prefix)"
wineboot --init >/dev/null 2>&1
C="$WINEPREFIX/drive_c"
APPDIR="$C/Program Files/OrgDesigner"
DATADIR="$C/ProgramData/OrgDesigner"
UNINSTALL='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
# Windows Installer puts a per-machine shortcut into the all-users Programs folder; wine's
# msi resolves ProgramMenuFolder to the user's one even with ALLUSERS=1, so accept either.
lnk_path() { find "$C/ProgramData/Microsoft/Windows/Start Menu/Programs" "$C/users" -name OrgDesigner.lnk 2>/dev/null | head -1; }
winpath() { echo "Z:${1//\//\\}"; }

# a user's own document, written before the program is there at all
USERDOC="$C/users/$(whoami)/Documents/Fremtidig organisasjon.orgd"
mkdir -p "$(dirname "$USERDOC")" && echo "brukerens prosjekt" > "$USERDOC"

echo "wine-test: silent install"
wine msiexec /i "$(winpath "$WORK/OrgDesigner-test.msi")" /qn /l*v "$(winpath "$WORK/install.log")"
rc=$?
check "msiexec /i /qn exits 0 (got $rc)" test "$rc" -eq 0
check "OrgDesigner.exe in Program Files" test -f "$APPDIR/OrgDesigner.exe"
check "orgdesigner-cli.exe in Program Files" test -f "$APPDIR/orgdesigner-cli.exe"
check "nested bundle files installed" test -f "$APPDIR/_internal/PySide6/Qt/plugins/platforms/qwindows.dll"
check "non-ASCII file name installed" test -f "$APPDIR/_internal/resources/demo/Sørum ansatte.xlsx"
LNK="$(lnk_path)"
check "Start-menu shortcut OrgDesigner.lnk" test -n "$LNK"
check "shortcut points at OrgDesigner.exe" grep -a -q 'Program Files\\OrgDesigner\\OrgDesigner.exe' "$LNK"
[[ "$LNK" == *"/ProgramData/"* ]] || echo "  note shortcut is in the per-user Programs folder (wine; see README)"
check ".orgd -> OrgDesigner.Project" test "$(reg_value 'HKCR\.orgd')" = "OrgDesigner.Project"
open_cmd="$(reg_value 'HKCR\OrgDesigner.Project\shell\open\command')"
check "open command: $open_cmd" test "$open_cmd" = '"C:\Program Files\OrgDesigner\OrgDesigner.exe" "%1"'
check "uninstall key $CODE" reg_exists "$UNINSTALL\\$CODE"
check "uninstall DisplayName OrgDesigner" test "$(reg_value "$UNINSTALL\\$CODE" DisplayName)" = OrgDesigner
check "uninstall DisplayVersion $(reg_value "$UNINSTALL\\$CODE" DisplayVersion)" test -n "$(reg_value "$UNINSTALL\\$CODE" DisplayVersion)"
check "machine settings.json in ProgramData" test -f "$DATADIR/settings.json"
check "machine plugin folder in ProgramData" test -d "$DATADIR/plugins"
check "settings.json is valid JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8-sig"))' "$DATADIR/settings.json"
check "HKLM\\Software\\OrgDesigner InstallDir" test "$(reg_value 'HKLM\Software\OrgDesigner' InstallDir)" = 'C:\Program Files\OrgDesigner\'

echo "wine-test: IT pre-fills settings, drops a plugin; reinstall keeps them"
printf '{"language": "nn", "disabled_plugins": ["eksempel"]}\n' > "$DATADIR/settings.json"
mkdir -p "$DATADIR/plugins" && echo "# kommunens tillegg" > "$DATADIR/plugins/kommunens_tillegg.py"
wine msiexec /i "$(winpath "$WORK/OrgDesigner-test.msi")" /qn REINSTALL=ALL REINSTALLMODE=vomus >/dev/null 2>&1
check "repair/reinstall keeps IT's settings.json" grep -q '"nn"' "$DATADIR/settings.json"

echo "wine-test: a rebuild of the same version replaces the installed one"
wine msiexec /i "$(winpath "$WORK/OrgDesigner-rebuild.msi")" /qn >/dev/null 2>&1
rc=$?
check "same-version rebuild exits 0 (got $rc)" test "$rc" -eq 0
check "new product code for the rebuild" test "$CODE1" != "$CODE"
check "first build's uninstall key gone" bash -c "! wine reg query '$UNINSTALL\\$CODE' >/dev/null 2>&1"
check "rebuild's uninstall key $CODE1" reg_exists "$UNINSTALL\\$CODE1"

echo "wine-test: upgrade to a higher version replaces the old one"
wine msiexec /i "$(winpath "$WORK/OrgDesigner-upgrade.msi")" /qn >/dev/null 2>&1
rc=$?
check "upgrade exits 0 (got $rc)" test "$rc" -eq 0
check "old uninstall key gone after upgrade" bash -c "! wine reg query '$UNINSTALL\\$CODE1' >/dev/null 2>&1"
check "new uninstall key $CODE2" reg_exists "$UNINSTALL\\$CODE2"
check "upgrade keeps IT's settings.json" grep -q '"nn"' "$DATADIR/settings.json"
check "program still installed after upgrade" test -f "$APPDIR/OrgDesigner.exe"
wine msiexec /i "$(winpath "$WORK/OrgDesigner-test.msi")" /qn >/dev/null 2>&1
rc=$?
check "downgrade refused (exit $rc)" test "$rc" -ne 0
check "newer version still installed after refused downgrade" reg_exists "$UNINSTALL\\$CODE2"

echo "wine-test: silent uninstall"
wine msiexec /x "$CODE2" /qn /l*v "$(winpath "$WORK/uninstall.log")"
rc=$?
check "msiexec /x {ProductCode} /qn exits 0 (got $rc)" test "$rc" -eq 0
check "program files removed" test ! -e "$APPDIR/OrgDesigner.exe"
check "install folder removed" test ! -e "$APPDIR"
check "Start-menu shortcut removed" test -z "$(lnk_path)"
check ".orgd association removed" bash -c "! wine reg query 'HKCR\\.orgd' >/dev/null 2>&1"
check "OrgDesigner.Project removed" bash -c "! wine reg query 'HKCR\\OrgDesigner.Project' >/dev/null 2>&1"
check "uninstall key removed" bash -c "! wine reg query '$UNINSTALL\\$CODE2' >/dev/null 2>&1"
check "user's document left alone" grep -q "brukerens prosjekt" "$USERDOC"
check "IT's settings.json left alone" grep -q '"nn"' "$DATADIR/settings.json"
check "IT's plugin left alone" test -f "$DATADIR/plugins/kommunens_tillegg.py"

t1=$(date +%s)
echo "wine-test: $failures failure(s) in $((t1 - t0)) s (logs in $WORK)"
[[ $failures -eq 0 ]]
