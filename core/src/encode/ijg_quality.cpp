#include "encode/ijg_quality.h"

#include <algorithm>
#include <cstdlib>

namespace cs::encode {
namespace {

// The JPEG standard's example luminance table (Annex K), natural order; IJG quality 50.
constexpr std::array<int, 64> kStandardLuma = {
    16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
    14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
    18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};

}  // namespace

std::array<int, 64> ijgLuminanceTable(int quality) {
  quality = std::clamp(quality, 1, 100);
  const int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;  // jpeg_quality_scaling()
  std::array<int, 64> table{};
  for (std::size_t i = 0; i < 64; ++i) table[i] = std::clamp((kStandardLuma[i] * scale + 50) / 100, 1, 255);
  return table;
}

QualityEstimate estimateIjgQuality(const std::array<int, 64>& natural) {
  QualityEstimate best;
  long bestDistance = -1;
  for (int q = 1; q <= 100; ++q) {
    const auto table = ijgLuminanceTable(q);
    long distance = 0;
    for (std::size_t i = 0; i < 64; ++i) distance += std::abs(table[i] - natural[i]);
    if (bestDistance < 0 || distance < bestDistance) {
      bestDistance = distance;
      best = {q, distance == 0};
    }
  }
  return best;
}

}  // namespace cs::encode
