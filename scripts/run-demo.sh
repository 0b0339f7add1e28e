#!/usr/bin/env bash
# Set up OrgDesigner and start it on the demo kommune (Fet + Skedsmo + Sørum -> Lillestrøm).
#
#   bash scripts/run-demo.sh          # as root on Debian/Ubuntu: installs what Qt needs, too
#   bash scripts/run-demo.sh --new    # write a fresh demo project first (discards edits to it)
#
# The demo project is written once to out/demo.orgd; later runs open it again. Without a
# display it starts on a virtual one (Xvfb). Not root: it names the apt-get line to ask for.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

NEW=0
for arg in "$@"; do
    case "$arg" in
        --new) NEW=1 ;;
        -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) die "ukjent valg: $arg" ;;
    esac
done

HEADLESS=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    HEADLESS=1
fi
XVFB_PACKAGES=()
[ "$HEADLESS" -eq 1 ] && XVFB_PACKAGES=(xvfb xauth)
ensure_apt "${QT_OFFSCREEN_PACKAGES[@]}" "${QT_XCB_PACKAGES[@]}" "${XVFB_PACKAGES[@]}"
ensure_venv
ensure_package
compile_translations
compile_gettext

DEMO="${ORGDESIGNER_DEMO:-$REPO/out/demo.orgd}"
if [ "$NEW" -eq 1 ] || [ ! -f "$DEMO" ]; then
    mkdir -p "$(dirname "$DEMO")"
    "$VENV/bin/orgdesigner" demo --out "$DEMO"
fi

if [ "$HEADLESS" -eq 1 ]; then
    command -v xvfb-run >/dev/null 2>&1 || die "ingen skjerm, og xvfb-run finnes ikke: $(apt_install_line xvfb xauth)"
    log "Ingen skjerm (DISPLAY er ikke satt): starter OrgDesigner med $DEMO på en virtuell skjerm (Xvfb); avslutt med Ctrl+C"
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$VENV/bin/orgdesigner" "$DEMO"
fi
log "Starter OrgDesigner med $DEMO"
exec "$VENV/bin/orgdesigner" "$DEMO"
