#!/usr/bin/env bash
# Authenticode-sign Windows files (the two .exe files, the MSI) in place.
#
#   SIGN_PFX=kommune.pfx SIGN_PASSWORD=... installer/sign.sh FILE...
#   SIGN_CMD=installer/sign.sh installer/build.sh       # signs the .exe files before the checksums
#   SIGN_CMD=installer/sign.sh installer/build_msi.sh   # signs the MSI before its checksum
#
# Uses signtool (Windows SDK) when it is on PATH, else osslsigncode (Debian:
# apt-get install osslsigncode). SIGN_TIMESTAMP_URL (e.g. the certificate vendor's RFC 3161
# server) adds a timestamp so the signature outlives the certificate; timestamping needs
# network at build time only. A certificate on a hardware token or in a cloud signing
# service: point SIGN_CMD at your own command instead; it gets the file name last.
set -euo pipefail

: "${SIGN_PFX:?set SIGN_PFX to the .pfx/.p12 file of the code-signing certificate}"
: "${SIGN_PASSWORD:?set SIGN_PASSWORD to the password of $SIGN_PFX}"
TS="${SIGN_TIMESTAMP_URL:-}"
DESCRIPTION="${SIGN_DESCRIPTION:-OrgDesigner}"

for file in "$@"; do
  if command -v signtool >/dev/null 2>&1; then
    args=(sign /fd SHA256 /f "$SIGN_PFX" /p "$SIGN_PASSWORD" /d "$DESCRIPTION")
    [[ -n "$TS" ]] && args+=(/tr "$TS" /td SHA256)
    signtool "${args[@]}" "$file"
  elif command -v osslsigncode >/dev/null 2>&1; then
    args=(sign -pkcs12 "$SIGN_PFX" -pass "$SIGN_PASSWORD" -h sha256 -n "$DESCRIPTION")
    [[ -n "$TS" ]] && args+=(-ts "$TS")
    osslsigncode "${args[@]}" -in "$file" -out "$file.signed" >/dev/null
    mv -f "$file.signed" "$file"
  else
    echo "sign: neither signtool nor osslsigncode found" >&2
    exit 1
  fi
  echo "sign: signed $file"
done
