#pragma once
// The tables behind OpenCV's 8-bit RGB->Lab conversion (cvtColor COLOR_RGB2Lab on CV_8UC3, OpenCV 4.x's
// RGB2Lab_b in color_lab.cpp), rebuilt here with OpenCV's own software floating point (cv::softfloat,
// public API) exactly as OpenCV builds them, so that our per-pixel loop (lab_row.h) can give the same bytes
// without calling cvtColor. The test converts all 16.7 million colours both ways and compares every byte:
// if a future OpenCV changed its tables, that test fails rather than the checks shifting silently.
//
// The conversion: each channel through the sRGB gamma table (to 11 bits), a 3x3 integer matrix to X, Y, Z
// (D65 white, 12-bit fixed point), each through the cube-root table, then L, a and b in 15-bit fixed point.
#include <array>
#include <cstdint>

namespace cs {

struct OpenCvLabTables {
  static constexpr int kGammaShift = 3;   // the gamma table's extra bits: 0-255 becomes 0-2040
  static constexpr int kXyzShift = 12;    // the matrix's fixed point
  static constexpr int kLabShift = 15;    // the cube roots' fixed point (kXyzShift + kGammaShift)
  static constexpr int kCbrtSize = 256 * 3 / 2 * (1 << kGammaShift);
  static constexpr int kLScale = (116 * 255 + 50) / 100;
  static constexpr int kLShift = -((16 * 255 * (1 << kLabShift) + 50) / 100);
  static constexpr int kOpponentOffset = 128 << kLabShift;  // a* and b* are stored as bytes from 128

  // 32-bit entries although every value fits 16 bits: eight of them are gathered by one AVX2 instruction.
  std::array<std::int32_t, 256> gamma{};
  std::array<std::int32_t, kCbrtSize> cubeRoot{};
  std::array<std::int32_t, 9> matrix{};  // X from R, G, B; then Y; then Z
};

// Built once, on first use (thread-safe).
const OpenCvLabTables& openCvLabTables();

}  // namespace cs
