#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test twice:
# the Release build (all parts) and the AddressSanitizer + UBSan build (core, CLI and their tests).
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
jobs=$(nproc)

echo "== Release build (warnings are errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
echo "== Release tests"
ctest --preset ci -j "$jobs"

echo "== AddressSanitizer + UBSan build"
cmake --preset ci-asan >/dev/null
cmake --build --preset ci-asan -j "$jobs"
echo "== AddressSanitizer + UBSan tests"
ctest --preset ci-asan -j "$jobs"
