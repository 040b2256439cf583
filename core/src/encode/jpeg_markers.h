#pragma once
// Reads a JPEG's own marker segments (SOF, JFIF APP0, EXIF APP1, DQT) straight from the bytes, so the
// verifier trusts nothing the encoder remembers. Stops at the first scan (SOS): the headers come before it.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace cs::encode {

struct FrameHeader {
  std::uint8_t marker = 0;  // 0xC0 baseline, 0xC1 extended, 0xC2 progressive, ...
  int precision = 0;        // bits per sample
  int width = 0;
  int height = 0;
  int components = 0;
};

struct JfifDensity {
  int units = 0;  // 0 = aspect ratio only, 1 = dots per inch, 2 = dots per cm
  int x = 0;
  int y = 0;
};

struct JpegMarkers {
  std::optional<FrameHeader> frame;
  std::optional<JfifDensity> jfif;
  std::span<const std::uint8_t> exifApp1;                // payload from "Exif\0\0"; empty when absent
  std::optional<std::array<int, 64>> lumaTableNatural;  // quantisation table 0, natural (row-major) order
  bool endsWithEoi = false;                             // FF D9 at the end (trailing zero bytes ignored)
  std::size_t scanDataOffset = 0;                       // where the first scan's coded data starts; 0 = no scan
};

struct MarkerParse {
  JpegMarkers markers;
  std::string error;  // empty when the header could be read
};

MarkerParse parseJpegMarkers(std::span<const std::uint8_t> bytes);

}  // namespace cs::encode
