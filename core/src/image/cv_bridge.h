#pragma once
// The one bridge between cs::Image and OpenCV (internal to core; public headers carry no cv:: types).
#include <opencv2/core.hpp>

#include "cs/core/image.h"

namespace cs {

// A cv::Mat header over the image's own RGB bytes (no copy): valid while `image` lives and is not resized.
inline cv::Mat asMat(const Image& image) {
  return cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.rgb.data()));
}

// A copy of an 8-bit 3-channel RGB Mat as an Image.
inline Image toImage(const cv::Mat& rgb) {
  Image out(rgb.cols, rgb.rows);
  cv::Mat view(rgb.rows, rgb.cols, CV_8UC3, out.rgb.data());
  rgb.copyTo(view);
  return out;
}

}  // namespace cs
