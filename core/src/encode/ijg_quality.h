#pragma once
// Estimates the IJG quality factor a JPEG was saved with from its luminance quantisation table (F5), the
// same way as ../shared/tools/verify_photo.py: the quality 1..100 whose standard IJG table is nearest
// (sum of absolute differences; the lowest such quality on a tie).
#include <array>

namespace cs::encode {

struct QualityEstimate {
  int quality = 0;
  bool exact = false;  // the table is exactly the IJG table for that quality
};

// `natural`: quantisation table 0 in natural (row-major) order.
QualityEstimate estimateIjgQuality(const std::array<int, 64>& natural);

// The IJG luminance table libjpeg's jpeg_set_quality(quality, force_baseline = TRUE) writes.
std::array<int, 64> ijgLuminanceTable(int quality);

}  // namespace cs::encode
