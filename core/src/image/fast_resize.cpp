#include "image/fast_resize.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cs {

cv::Mat scaledFast(const cv::Mat& src, double scale) {
  cv::Mat out;
  if (scale >= 1.0) {
    cv::resize(src, out, cv::Size(), scale, scale, cv::INTER_LINEAR);
    return out;
  }
  const int factor = static_cast<int>(std::floor(0.5 / scale));  // leaves between 1x and 2x for bilinear
  cv::Mat work = src;
  if (factor >= 2) {
    cv::resize(src, work, cv::Size(src.cols / factor, src.rows / factor), 0, 0, cv::INTER_AREA);
  }
  const cv::Size target(std::max(1, static_cast<int>(std::lround(src.cols * scale))),
                        std::max(1, static_cast<int>(std::lround(src.rows * scale))));
  cv::resize(work, out, target, 0, 0, cv::INTER_LINEAR);
  return out;
}

}  // namespace cs
