#!/usr/bin/env bash
# Renders the hicolor PNG icons from capture-station.svg. The PNGs are committed, so building the package
# does not need this; run it after editing the SVG. Needs rsvg-convert (Debian: librsvg2-bin; Debian's
# ImageMagick has no SVG reader of its own).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "$here/hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$here/capture-station.svg" -o "$here/hicolor/${size}x${size}/capture-station.png"
  echo "render-icons: ${size}x${size}"
done
