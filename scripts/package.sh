#!/usr/bin/env bash
# Builds the Debian package capture-station_<version>_<arch>.deb (CPack, installer/CMakeLists.txt).
#   scripts/package.sh [BUILD_DIR]      default BUILD_DIR: build/package
# Prints the path of the .deb on its last line. Needs the packages of scripts/setup-debian.sh (dpkg-dev
# and file for the automatic shared-library dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/package}"
jobs="${CS_JOBS:-$(nproc)}"
mkdir -p "$build"

for tool in cmake cpack dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || { echo "package: '$tool' is missing: run scripts/setup-debian.sh" >&2; exit 2; }
done

# Release, no tests: the package holds only the programs and their data.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCS_BUILD_UI=ON -DCS_BUILD_TESTS=OFF >"$build/package-configure.log" 2>&1 \
  || { cat "$build/package-configure.log" >&2; echo "package: configure failed" >&2; exit 1; }
cmake --build "$build" --target capture-station capture-station-cli -j "$jobs"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake) >"$build/package-cpack.log" 2>&1 \
  || { cat "$build/package-cpack.log" >&2; echo "package: cpack failed" >&2; exit 1; }

deb="$(ls "$build"/packages/capture-station_*.deb)"
echo "package: contents"
dpkg-deb --field "$deb" | sed 's/^/  /'
dpkg-deb --contents "$deb" | awk '{print "  " $6}'
echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
