#!/usr/bin/env bash
# Scripted run of the station under Xvfb (1366x768) on the demo material: saves screenshots of the main
# states into docs/screenshots/ (no face, face out of the bands, all green, capture review), then, with
# --bench, prints the preview and analysis rates with the demo source at 1280x720 and 1920x1080.
#
#   scripts/screenshots.sh [--bench] [--lang zh_CN|en]
# Environment: CS_BUILD_DIR (default build/release) is configured and built when the station is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CS_BUILD_DIR:-build/release}"
lang=zh_CN
bench=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bench) bench=1 ;;
    --lang) lang="$2"; shift ;;
    *) echo "usage: $0 [--bench] [--lang zh_CN|en]" >&2; exit 2 ;;
  esac
  shift
done

station="$build/app/station/capture-station"
if [ ! -x "$station" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target capture-station -j "$(nproc)"
fi
for tool in xvfb-run ffmpeg; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup-debian.sh" >&2; exit 1; }
done

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
clip=resources/demo/demo-portraits.mp4
frames="$work/frames"; mkdir -p "$frames"
# One photo per state, taken from the demo clip (the station shows them in file-name order and presses
# Space on the last one): an empty backdrop, the face still small and to the side, the face well framed.
ffmpeg -hide_banner -loglevel error -ss 0.5 -i "$clip" -frames:v 1 -vf "crop=560:315:720:0,scale=1280:720" -q:v 2 "$frames/1-no-face.jpg"
ffmpeg -hide_banner -loglevel error -ss 0.3 -i "$clip" -frames:v 1 -q:v 2 "$frames/2-face-out-of-bands.jpg"
ffmpeg -hide_banner -loglevel error -ss 4.9 -i "$clip" -frames:v 1 -q:v 2 "$frames/3-all-green.jpg"

out=docs/screenshots
[ "$lang" = zh_CN ] || out="docs/screenshots/$lang"
mkdir -p "$out"
run() { xvfb-run -a -s '-screen 0 1366x768x24' "$station" "$@" 2> >(grep -vE 'propagateSizeHints|XDG_RUNTIME_DIR|PulseAudio|RHI' >&2); }
run --source "$frames" --screenshot-dir "$out" --batch "$work/batch" --demo-roster --lang "$lang" --operator demo
echo "screenshots in $out/"

if [ "$bench" = 1 ]; then
  ffmpeg -hide_banner -loglevel error -i "$clip" -vf scale=1920:1080 -c:v libx264 -preset veryfast -crf 23 "$work/demo-1080p.mp4"
  for source in "$clip" "$work/demo-1080p.mp4"; do
    run --source "$source" --bench 10 --batch "$work/bench-batch" --demo-roster
  done
fi
