#pragma once
// One row of 8-bit RGB to the checks' float Lab (L 0-100, a* and b* around 0): OpenCV's 8-bit conversion
// (opencv_lab_tables.h) and its rescaling in one pass, eight pixels at a time where the CPU has AVX2
// (simd/simd_level.h). Either build gives the same floats: integer arithmetic to the same bytes as OpenCV,
// then L * 100 / 255 and a - 128, b - 128 in float, as fastLab always did.
#include <cstdint>

#include "simd/simd_level.h"

namespace cs {

// `pixels` RGB triplets in, as many L, a, b triplets out; and, when `chroma` is given, each pixel's chroma
// C* = sqrt(a*^2 + b*^2) there as a byte (truncated, at most 255), made while the row is at hand.
void rgbRowToLab(const std::uint8_t* rgb, float* lab, int pixels, SimdLevel level, std::uint8_t* chroma = nullptr);

}  // namespace cs
