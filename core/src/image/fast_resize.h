#pragma once
// Shrinking that is both fast and free of aliasing: OpenCV's INTER_AREA is fast only for whole-number
// factors, so the bulk of a reduction is done by an integer area average and the rest (at most 2x) by
// bilinear interpolation.
#include <opencv2/core.hpp>

namespace cs {

// `src` scaled by `scale` (< 1 shrinks, >= 1 is a plain bilinear resize).
cv::Mat scaledFast(const cv::Mat& src, double scale);

}  // namespace cs
