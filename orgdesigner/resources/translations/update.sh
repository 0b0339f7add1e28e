#!/bin/sh
# Refresh the .ts files from the source strings in orgdesigner/ui and plugins.
# Run after changing user-visible text; then translate new entries (pyside6-linguist or an editor)
# and commit the .ts files. The .qm files are built by build.sh during setup (never committed).
set -e
cd "$(dirname "$0")/../../.."
LUPDATE="${LUPDATE:-pyside6-lupdate}"
FILES=$(find orgdesigner/ui orgdesigner_plugins -name '*.py' | sort)
for lang in nb nn en; do
    # shellcheck disable=SC2086
    "$LUPDATE" -no-obsolete -locations relative -source-language nb_NO -target-language "$lang" \
        $FILES -ts "orgdesigner/resources/translations/orgdesigner_$lang.ts"
done
