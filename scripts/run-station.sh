#!/usr/bin/env bash
# Installs what is missing, builds the Release station and starts it. With no camera attached the
# station plays its built-in demo source. Extra arguments go to the station (e.g. --source FILE|DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/app/station/capture-station "$@"
