#!/usr/bin/env bash
# Set up OrgDesigner and start it on the demo kommune (Fet + Skedsmo + Sørum -> Lillestrøm).
#
#   bash scripts/run-demo.sh          # as root on Debian/Ubuntu: installs what Qt needs, too
#   bash scripts/run-demo.sh --new    # write a fresh demo project first (discards edits to it)
#
# The demo project is written once to out/demo.orgd; later runs open it again.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

NEW=0
for arg in "$@"; do
    case "$arg" in
        --new) NEW=1 ;;
        -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "ukjent valg: $arg" ;;
    esac
done

ensure_apt "${QT_OFFSCREEN_PACKAGES[@]}" "${QT_XCB_PACKAGES[@]}"
ensure_venv
ensure_package
compile_translations

DEMO="${ORGDESIGNER_DEMO:-$REPO/out/demo.orgd}"
if [ "$NEW" -eq 1 ] || [ ! -f "$DEMO" ]; then
    mkdir -p "$(dirname "$DEMO")"
    "$VENV/bin/orgdesigner" demo --out "$DEMO"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "ingen skjerm (DISPLAY er ikke satt). Start fra et skrivebord, eller uten skjerm: xvfb-run -a bash scripts/run-demo.sh"
fi
log "Starter OrgDesigner med $DEMO"
exec "$VENV/bin/orgdesigner" "$DEMO"
