#!/usr/bin/env bash
# Screenshots of the supervisor's review window (capture-station-review) under Xvfb at 1366x768:
# builds a demo batch through capture-station-cli (roster, real photos through the real pipeline, a
# photo kept despite a failed check, a re-take, approvals and a rejection), then lets the review window's
# scripted run save docs/screenshots/review-*.png (grid with bands, kept-despite-failed-check, reject
# dialog, export refused with its list).
#
#   scripts/review-screenshots.sh [--lang zh_CN|en] [--keep-batch]
# Environment: CS_BUILD_DIR (default build/release) is configured and built when the programs are missing.
# Photos: ../shared/testdata/idstyle 001-017 (CC BY 4.0, Face Research Lab London Set) when present, else
# the CC BY photos committed in resources/demo/photos and tests/fixtures (see their ATTRIBUTION.md).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${CS_BUILD_DIR:-build/release}"
lang=zh_CN
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang="$2"; shift ;;
    --keep-batch) keep=1 ;;
    *) echo "usage: $0 [--lang zh_CN|en] [--keep-batch]" >&2; exit 2 ;;
  esac
  shift
done
cli="$build/app/capture-station-cli"
review="$build/app/review/capture-station-review"
if [ ! -x "$cli" ] || [ ! -x "$review" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target capture-station-cli capture-station-review -j "$(nproc)"
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: run scripts/setup-debian.sh" >&2; exit 1; }

work="$(mktemp -d)"
if [ "$keep" = 1 ]; then echo "batch kept in $work/batch"; else trap 'rm -rf "$work"' EXIT; fi
batch="$work/batch"

# Photos, in roster order (the last ones fail a check and are kept with a reason, or re-taken).
shared=../shared/testdata/idstyle/images
if [ -d "$shared" ]; then
  photos=("$shared"/001_* "$shared"/002_* "$shared"/004_* "$shared"/006_* "$shared"/008_* "$shared"/010_*
          "$shared"/014_* "$shared"/012_* tests/fixtures/derived-v07-lilac.jpg "$shared"/002_*)
else
  photos=(resources/demo/photos/london-002.jpg resources/demo/photos/london-004.jpg resources/demo/photos/london-010.jpg
          tests/fixtures/london-002-pass.jpg resources/demo/photos/london-004.jpg resources/demo/photos/london-010.jpg
          tests/fixtures/derived-v04-side-light.jpg tests/fixtures/london-012-teeth.jpg
          tests/fixtures/derived-v07-lilac.jpg resources/demo/photos/london-002.jpg)
fi

# A roster of 12 with valid ID numbers (GB 11643 check digit).
python3 - "$work/roster.csv" <<'PY'
import sys
names = ["王小明", "李娜", "张伟", "刘洋", "陈静", "杨帆", "黄丽", "赵磊", "周杰", "吴敏", "徐强", "孙丽"]
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("姓名,身份证号,准考证号\n")
    for i, name in enumerate(names):
        first = "3301062008%02d%02d%03d" % (1 + i % 12, 1 + i, 11 + 2 * i)
        check = "10X98765432"[sum(int(d) * w for d, w in zip(first, weights)) % 11]
        out.write(f"{name},{first}{check},{2026330100 + i + 1}\n")
PY
"$cli" batch create "$batch" --name "2026 高考 城关镇考点" --site 城关镇 --station "1 号机" --operator 王军 >/dev/null
"$cli" batch import-roster "$batch" "$work/roster.csv" --operator 王军 >/dev/null

ticket() { echo $((2026330100 + $1)); }
add() {  # add N PHOTO: one attempt for candidate N; a photo that fails a check is kept with a reason
  if ! "$cli" batch add "$batch" "$2" --ticket "$(ticket "$1")" --operator 李华 >/dev/null 2>&1; then
    "$cli" batch add "$batch" "$2" --ticket "$(ticket "$1")" --operator 李华 \
      --override-reason "考生因面部原因无法调整，已与考生核实" >/dev/null
  fi
}
for n in 1 2 3 4 5 6 7 8; do add "$n" "${photos[$((n - 1))]}"; done
add 9 "${photos[8]}"                     # 周杰: first photo on a lilac backdrop, kept with a reason ...
"$cli" batch reject "$batch" --ticket "$(ticket 9)" --reviewer 王军 --reason "背景颜色不对，请换浅蓝背景重拍" >/dev/null
add 9 "${photos[9]}"                     # ... re-taken: now waiting for review
add 10 "${photos[1]}"
"$cli" batch reject "$batch" --ticket "$(ticket 10)" --reviewer 王军 --reason "闭眼，请重拍" >/dev/null
for n in 3 4; do "$cli" batch approve "$batch" --ticket "$(ticket "$n")" --reviewer 王军 >/dev/null; done
# 11 徐强 and 12 孙丽 are not captured yet.

out=docs/screenshots
mkdir -p "$out"
xvfb-run -a -s '-screen 0 1366x768x24' "$review" --lang "$lang" --screenshot-dir "$work/shots" "$batch"
suffix=""; [ "$lang" = zh_CN ] || suffix="-$lang"
for shot in "$work"/shots/*.png; do
  cp "$shot" "$out/$(basename "$shot" .png)$suffix.png"
  echo "$out/$(basename "$shot" .png)$suffix.png"
done
