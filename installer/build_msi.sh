#!/usr/bin/env bash
# Wrap a PyInstaller bundle in the OrgDesigner MSI (installer/orgdesigner.wxs) with wixl.
#
#   installer/build_msi.sh [BUNDLE_DIR [OUT.msi]]
#     BUNDLE_DIR  default dist/OrgDesigner (made by installer/build.sh)
#     OUT.msi     default dist/OrgDesigner-<version>-x64.msi
#
# Needs wixl and wixl-heat (Debian: apt-get install wixl; MSYS2 on Windows:
# pacman -S mingw-w64-ucrt-x86_64-msitools). The version comes from orgdesigner.__version__.
# Writes OUT.msi.sha256 next to the MSI. SIGN_CMD, when set, is run on the MSI after the
# build with the file name appended (e.g. osslsigncode or signtool; see installer/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 || [[ -x "$candidate" ]]; then PYTHON="$candidate"; break; fi
  done
fi
VERSION="$("$PYTHON" installer/buildinfo.py version | tr -d '\r')"
# MSI_VERSION may be overridden only by the install test (to build an "upgrade")
MSI_VERSION="${MSI_VERSION:-$("$PYTHON" installer/buildinfo.py msi-version | tr -d '\r')}"
BUNDLE="${1:-dist/OrgDesigner}"
OUT="${2:-dist/OrgDesigner-$VERSION-x64.msi}"
ICON="${ICON:-build/icons/orgdesigner.ico}"
SETTINGS="${SETTINGS:-installer/settings.json}"

for tool in wixl wixl-heat; do
  command -v "$tool" >/dev/null || { echo "build_msi: $tool not found (apt-get install wixl)" >&2; exit 1; }
done
# a Windows bundle only (MSI_ANY_PAYLOAD=1 lets a Linux bundle through, for size experiments)
[[ -f "$BUNDLE/OrgDesigner.exe" || ( -n "${MSI_ANY_PAYLOAD:-}" && -f "$BUNDLE/OrgDesigner" ) ]] || {
  echo "build_msi: $BUNDLE holds no OrgDesigner.exe; build the bundle on Windows with installer/build.sh" >&2; exit 1; }
[[ -f "$ICON" ]] || "$PYTHON" installer/make_icons.py "$(dirname "$ICON")"

start=$(date +%s)
WORK="build/msi-$$"  # relative: wixl resolves sources against the working directory
rm -rf "$WORK" && mkdir -p "$WORK" "$(dirname "$OUT")"
trap 'rm -rf "$WORK"' EXIT
BUNDLE_ABS="$(cd "$BUNDLE" && pwd)"
# wixl resolves File sources relative to the working directory only
BUNDLE_REL="$(realpath --relative-to=. "$BUNDLE_ABS")"
# component list of the bundle (paths relative to the bundle folder)
(cd "$BUNDLE_ABS" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) \
  | sed 's|^|bundle/|' \
  | wixl-heat --var var.SourceDir -p bundle/ --component-group Bundle --directory-ref INSTALLDIR --win64 \
  > "$WORK/bundle.wxs"

wixl -a x64 -o "$OUT" \
  -D Version="$MSI_VERSION" -D SourceDir="$BUNDLE_REL" -D Win64=yes \
  -D IconFile="$ICON" -D SettingsFile="$SETTINGS" \
  installer/orgdesigner.wxs "$WORK/bundle.wxs"

# settings.json: NeverOverwrite (128) + Permanent (16) on top of 64-bit (256); wixl cannot say it
msibuild "$OUT" -q "UPDATE \`Component\` SET \`Attributes\` = 400 WHERE \`Component\` = 'MachineSettings'"
attrs="$(msiinfo export "$OUT" Component | awk -F'\t' '$1 == "MachineSettings" {print $4}')"
[[ "$attrs" == 400 ]] || { echo "build_msi: could not mark settings.json permanent (attributes $attrs)" >&2; exit 1; }

# same-version rebuilds upgrade too (WiX's AllowSameVersionUpgrades): MigrateFeatures 1 +
# VersionMaxInclusive 512 on the row that finds older installs
# (Attributes is part of the table's key, so the row is replaced rather than updated)
UPGRADE_CODE="$(msiinfo export "$OUT" Property | tr -d '\r' | awk -F'\t' '$1 == "UpgradeCode" {print $2}')"
msibuild "$OUT" -q "DELETE FROM \`Upgrade\` WHERE \`ActionProperty\` = 'WIX_UPGRADE_DETECTED'"
msibuild "$OUT" -q "INSERT INTO \`Upgrade\` (\`UpgradeCode\`, \`VersionMax\`, \`Attributes\`, \`ActionProperty\`) VALUES ('$UPGRADE_CODE', '$MSI_VERSION', 513, 'WIX_UPGRADE_DETECTED')"
msiinfo export "$OUT" Upgrade | tr -d '\r' | grep -q "	513		WIX_UPGRADE_DETECTED" || {
  echo "build_msi: could not allow same-version upgrades" >&2; exit 1; }

# %ProgramData%\OrgDesigner: full control for SYSTEM and Administrators, read/execute for
# Users; protected from the ProgramData ACL, under which every user may add files (and so
# plugins that would run for everybody). Windows Installer 5 applies it in CreateFolders.
# (SQL rather than an .idt import: msibuild -i crashes on some small databases)
SDDL='D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)'
msibuild "$OUT" -q "CREATE TABLE \`MsiLockPermissionsEx\` (\`MsiLockPermissionsEx\` CHAR(72) NOT NULL, \`LockObject\` CHAR(72) NOT NULL, \`Table\` CHAR(32) NOT NULL, \`SDDLText\` CHAR(255) NOT NULL, \`Condition\` CHAR(255) PRIMARY KEY \`MsiLockPermissionsEx\`)"
msibuild "$OUT" -q "INSERT INTO \`MsiLockPermissionsEx\` (\`MsiLockPermissionsEx\`, \`LockObject\`, \`Table\`, \`SDDLText\`) VALUES ('LockMachineData', 'MACHINEDATADIR', 'CreateFolder', '$SDDL')"
msiinfo export "$OUT" MsiLockPermissionsEx | grep -q "$SDDL" || { echo "build_msi: MsiLockPermissionsEx missing" >&2; exit 1; }

if [[ -n "${SIGN_CMD:-}" ]]; then
  # shellcheck disable=SC2086
  $SIGN_CMD "$OUT"
fi
(cd "$(dirname "$OUT")" && sha256sum "$(basename "$OUT")") > "$OUT.sha256"
end=$(date +%s)
echo "build_msi: $OUT ($(du -m "$OUT" | cut -f1) MB, version $MSI_VERSION) in $((end - start)) s"
cat "$OUT.sha256"
