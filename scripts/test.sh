#!/usr/bin/env bash
# Set up OrgDesigner with its development tools and run the whole test suite offscreen.
#
#   bash scripts/test.sh              # as root on Debian/Ubuntu: installs what Qt needs, too
#   bash scripts/test.sh -x -k demo   # extra arguments go to pytest
#   bash scripts/test.sh tests/test_demo.py   # only these tests
#
# Exits non-zero when a test fails, and also when no test was collected.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_apt "${QT_OFFSCREEN_PACKAGES[@]}" "${QT_XCB_PACKAGES[@]}" xvfb xauth dbus at-spi2-core poppler-utils libreoffice-calc-nogui libreoffice-impress-nogui postgresql
ensure_venv
ensure_package dev
compile_translations
compile_gettext

cd "$REPO"
export QT_QPA_PLATFORM=offscreen
targets=(tests)
for arg in "$@"; do
    if [[ "$arg" != -* && -e "${arg%%::*}" ]]; then targets=(); break; fi  # the caller named tests
done
set +e
"$VENV/bin/python" -m pytest "${targets[@]}" "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    die "pytest fant ingen tester"
fi
exit "$status"
