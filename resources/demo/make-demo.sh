#!/usr/bin/env bash
# Re-creates the demo material from the CC BY 4.0 London Set portraits in ../shared/testdata/idstyle
# (see ATTRIBUTION.md). Each portrait starts small and to the side (face too small / off centre: the bands
# are red), zooms and pans slowly to a good framing, then holds still (all green, auto-capture can fire).
# Output: demo-portraits.mp4 (1280x720 H.264, 25 fps) and photos/*.jpg (a folder source).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../../shared/testdata/idstyle/images}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
portraits=(002 004 010)
declare -A fuzz=([002]=9 [004]=6 [010]=5)  # flood-fill tolerance per portrait: shirt vs backdrop
seg=5   # seconds per portrait

# The London sitters wear white T-shirts on a light grey backdrop, which the clothing check (C1) rightly
# flags. For a demo that can turn all green, the T-shirt is recoloured blue (texture kept: multiply),
# selected by flood fill from seed points on the shirt.
recolour_shirt() {  # in out id
  local seeds=(-draw "color 300,1250 floodfill" -draw "color 1050,1250 floodfill"
               -draw "color 200,1330 floodfill" -draw "color 1150,1330 floodfill")
  [ "$3" = 004 ] && seeds+=(-draw "color 675,1330 floodfill")  # his V-neck leaves the centre white
  convert "$1" -fuzz "${fuzz[$3]}%" -fill '#ff00ff' "${seeds[@]}" -fill black +opaque '#ff00ff' \
    -fill white -opaque '#ff00ff' -morphology Close Disk:6 -blur 0x1.5 "$work/mask.png"
  convert "$1" \( +clone -fill '#5573a8' -colorize 100 \) -compose Multiply -composite "$work/tinted.png"
  convert "$1" "$work/tinted.png" "$work/mask.png" -compose Over -composite -quality 95 "$2"
}

i=0
for id in "${portraits[@]}"; do
  recolour_shirt "$(ls "$src"/${id}_*.jpg | head -1)" "$work/portrait$id.jpg" "$id"
  f="$work/portrait$id.jpg"
  # The portrait with a mirrored copy of its bottom 30 % below it (more shirt: room under the chin), then
  # extended upwards by 1.5x its size and sideways by 2x on each side by repeating its edge pixels (no
  # hard photo border in the frame). Result: 5s x 2.8s for a portrait of side s, at half resolution.
  convert "$f" \( "$f" -gravity south -crop 100%x30%+0+0 +repage -flip \) -append \
    -set option:distort:viewport 6750x3780-2700-2025 -virtual-pixel Edge -distort SRT 0 +repage \
    -resize 3375x1890 -quality 92 "$work/big$i.jpg"
  bg=$(convert "$f" -crop 100x60+625+10 -resize 1x1 -format '%[hex:p{0,0}]' info:)
  # Portrait size s: 330 px -> 540 px over 3.2 s, then held (the portrait's own bottom edge stays
  # 8 % of s above the frame's bottom); x: from the left third to the centre.
  s="if(lt(t,3.2),330+210*t/3.2,540)"
  ffmpeg -hide_banner -loglevel error -y -loop 1 -t $seg -framerate 25 -i "$work/big$i.jpg" \
    -f lavfi -i "color=c=0x${bg}:s=1280x720:r=25:d=$seg" \
    -filter_complex "[0:v]scale=w='5*($s)':h='2.8*($s)':eval=frame[p];[1:v][p]overlay=x='if(lt(t,3.2),300+(640-300)*t/3.2,640)-w/2':y='720-1.08*($s)-1.5*($s)':eval=frame:shortest=1,format=yuv420p" \
    -c:v libx264 -preset slow -crf 27 -g 50 "$work/seg$i.mp4"
  i=$((i+1))
done
printf "file '%s'\n" "$work"/seg*.mp4 > "$work/list.txt"
ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i "$work/list.txt" -c copy -movflags +faststart \
  "$here/demo-portraits.mp4"
mkdir -p "$here/photos"
for id in "${portraits[@]}"; do
  f="$work/portrait$id.jpg"
  convert "$f" -resize 960x960 -quality 85 "$here/photos/london-${id}.jpg"
done
ls -l "$here/demo-portraits.mp4" "$here"/photos
