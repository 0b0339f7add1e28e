# Shared steps of scripts/run-demo.sh and scripts/test.sh (sourced, not run).
#
# Every step checks first and only acts when something is missing, so a second
# run is fast: Debian packages (dpkg -s), python3-venv, the virtual environment
# .venv, the package (pip, skipped while pyproject.toml is unchanged) and the
# translations (.ts -> .qm when newer). Works without a TTY.

set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ORGDESIGNER_VENV:-$REPO/.venv}"
PYTHON="${PYTHON:-python3}"
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

# What Qt (PySide6-Essentials) needs offscreen, and in addition on a real X11 display (DESIGN.md).
# libgssapi-krb5-2: QtNetwork and pyside6-lrelease link it; a minimal Debian 13 lacks it.
QT_OFFSCREEN_PACKAGES=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 fonts-dejavu-core libgssapi-krb5-2)
QT_XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'FEIL: %s\n' "$*" >&2; exit 1; }

_installed() {  # a package, or its t64-renamed successor (Ubuntu 24.04, Debian 13), is installed
    local p
    for p in "$1" "${1}t64"; do
        if dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then return 0; fi
    done
    return 1
}

apt_install_line() {  # the one command an administrator runs to install PKG...
    printf 'apt-get update && apt-get install -y --no-install-recommends %s' "$*"
}

_missing_apt() {  # the packages of PKG... that are not installed
    local p
    for p in "$@"; do _installed "$p" || printf '%s\n' "$p"; done
}

_APT_UPDATED=0
ensure_apt() {  # ensure_apt PKG...: install the Debian packages that are missing (root or sudo -n)
    command -v dpkg >/dev/null 2>&1 || { log "Ikke Debian/Ubuntu: hopper over systempakker ($*)"; return 0; }
    local missing=() p
    mapfile -t missing < <(_missing_apt "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
            sudo=(sudo -n)
        else
            for p in $(python_packages); do  # ask for everything at once
                [[ " ${missing[*]} " == *" $p "* ]] || missing+=("$p")
            done
            local script="${BASH_SOURCE[-1]}"
            die "disse systempakkene mangler: ${missing[*]}.
Be en administrator kjøre denne kommandoen som root, og kjør så «bash ${script#"$REPO"/}» igjen:

    $(apt_install_line "${missing[@]}")
"
        fi
    fi
    log "Installerer systempakker: ${missing[*]}"
    if [ "$_APT_UPDATED" -eq 0 ]; then
        "${sudo[@]}" apt-get update -qq
        _APT_UPDATED=1
    fi
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
}

python_packages() {  # the Debian packages Python needs for a virtual environment, if any are missing
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        echo python3 python3-venv
    elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        echo python3-venv
    fi
}

ensure_venv() {  # a working virtual environment in $VENV
    command -v "$PYTHON" >/dev/null 2>&1 || die "fant ikke $PYTHON (OrgDesigner trenger Python 3.11 eller nyere)"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "OrgDesigner trenger Python 3.11 eller nyere ($("$PYTHON" --version 2>&1))"
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then return 0; fi
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        ensure_apt python3-venv
    fi
    log "Lager virtuelt miljø i $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
}

ensure_package() {  # ensure_package [EXTRA]: pip install -e ".[EXTRA]" unless already done for this pyproject
    local extra="${1:-}" spec="$REPO" stampfile="$VENV/.orgdesigner-installed" want have=""
    [ -n "$extra" ] && spec="$REPO[$extra]"
    want="$(sha256sum "$REPO/pyproject.toml" | cut -d' ' -f1) $REPO"
    [ -f "$stampfile" ] && have="$(cat "$stampfile")"
    # a stamp with the same pyproject (and, when an extra is wanted, that extra) means nothing to do
    if [ "${have%% extra=*}" = "$want" ] && { [ -z "$extra" ] || [[ "$have" == *" extra=$extra" ]]; } \
        && "$VENV/bin/python" -c 'import orgdesigner, PySide6, pluggy, openpyxl' >/dev/null 2>&1; then
        return 0
    fi
    log "Installerer OrgDesigner${extra:+ med [$extra]} i $VENV (første gang tar dette noen minutter)"
    "$VENV/bin/python" -m pip install -q -e "$spec"
    if [ -n "$extra" ]; then echo "$want extra=$extra" >"$stampfile"; else echo "$want" >"$stampfile"; fi
}

compile_translations() {  # orgdesigner/resources/translations/*.ts -> .qm beside them (skipped when none or up to date)
    local ts qm lrelease="$VENV/bin/pyside6-lrelease"
    shopt -s nullglob
    local files=("$REPO"/orgdesigner/resources/translations/*.ts)
    shopt -u nullglob
    [ ${#files[@]} -eq 0 ] && return 0
    [ -x "$lrelease" ] || { log "Fant ikke pyside6-lrelease; hopper over oversettelsene"; return 0; }
    for ts in "${files[@]}"; do
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$lrelease" -silent "$ts" -qm "$qm" \
                || log "Kunne ikke lage $(basename "$qm") (pyside6-lrelease feilet); programmet bruker bokmål"
        fi
    done
}

compile_gettext() {  # orgdesigner/resources/locale/*/LC_MESSAGES/*.po -> .mo (the Qt-free text; Babel)
    local po stale=0
    shopt -s nullglob
    for po in "$REPO"/orgdesigner/resources/locale/*/LC_MESSAGES/*.po; do
        [ ! -f "${po%.po}.mo" ] || [ "$po" -nt "${po%.po}.mo" ] && stale=1
    done
    shopt -u nullglob
    [ "$stale" -eq 0 ] && return 0
    "$VENV/bin/python" "$REPO/scripts/translations.py" compile \
        || log "Kunne ikke lage .mo-filene (Babel feilet); programmet leser .po-filene direkte"
}
