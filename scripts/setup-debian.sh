#!/usr/bin/env bash
# Installs every Debian 12 package Capture Station needs to build, run and test.
# Idempotent: packages already present are skipped by apt. Run as root (or with sudo available).
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake g++ make pkg-config clang ninja-build
  # Qt 6 (Widgets, Multimedia, translations)
  qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
  # vision: OpenCV modules (no highgui), dlib + its 68-landmark model; dlib's CMake config names BLAS/LAPACK .so files
  libopencv-dev opencv-data libdlib-dev libdlib-data libblas-dev liblapack-dev
  # file format: EXIF writer, libjpeg-turbo (scaled decode, JFIF density), PNG
  libexif-dev libjpeg62-turbo-dev libturbojpeg0-dev libpng-dev
  # batch storage, password hashing, roster reading/writing
  libsqlite3-dev libsodium-dev libzip-dev libexpat1-dev libxlsxwriter-dev zlib1g-dev
  # JSON for the CLI report
  nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # media backends for the demo source and camera
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # tools the tests and scripts use: GUI under Xvfb, independent image readers, packaging
  xvfb xauth imagemagick libimage-exiftool-perl ffmpeg dpkg-dev file python3 fonts-noto-cjk
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
