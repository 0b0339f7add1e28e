#!/bin/sh
# Compile every .ts here into a .qm beside it (the app loads orgdesigner_<lang>.qm and, where Qt
# ships no qtbase_<lang>.qm, orgdesigner_qt_<lang>.qm for Qt's own buttons and dialogs).
set -e
cd "$(dirname "$0")"
LRELEASE="${LRELEASE:-pyside6-lrelease}"
for ts in *.ts; do
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
