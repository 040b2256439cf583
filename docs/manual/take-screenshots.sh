#!/usr/bin/env bash
# Takes the manual's own pictures from the real program, so they stay current:
#   docs/manual/images/first-run-dialog.png      the set-up dialog, filled in, in Chinese
#   docs/manual/images/first-run-dialog-en.png   the same in English
# (setup_ui_tests under the offscreen platform). The capture screens come from the station's
# scripts/screenshots.sh (-> docs/screenshots/), which the manual references rather than copies: run that
# too after the program changes.
#   docs/manual/take-screenshots.sh [BUILD_DIR]    default build/manual (configured with tests on)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/manual}"
out=docs/manual/images
mkdir -p "$out"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCS_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target setup_ui_tests -j "${CS_JOBS:-$(nproc)}" >/dev/null

# The dialog's Chinese strings, compiled from the set-up's own list (ui/setup/first_run_dialog_zh_CN.ts;
# the same entries belong in resources/translations/capture_station_zh_CN.ts).
lrelease="$(command -v lrelease || echo /usr/lib/qt6/bin/lrelease)"
qm="$build/manual-setup-zh_CN.qm"
"$lrelease" -silent ui/setup/first_run_dialog_zh_CN.ts -qm "$qm"

tests="$build/tests/setup_ui/setup_ui_tests"
export QT_QPA_PLATFORM=offscreen CS_MANUAL_SHOT_DIR="$out"
CS_MANUAL_QM="$qm" CS_MANUAL_SHOT_NAME=first-run-dialog.png "$tests" --gtest_filter='*RendersFilledIn*' >/dev/null
CS_MANUAL_SHOT_NAME=first-run-dialog-en.png "$tests" --gtest_filter='*RendersFilledIn*' >/dev/null
echo "saved $out/first-run-dialog.png, $out/first-run-dialog-en.png (capture screens: scripts/screenshots.sh)"
