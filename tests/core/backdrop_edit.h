#pragma once
// Editing a portrait's backdrop in a test, as a person with an image editor would: a flood fill from the top
// corners and the top middle finds it (each step at most 3 levels), and only those pixels are changed.
#include <opencv2/imgproc.hpp>

#include "cs/core/image.h"

namespace cs::test {

// A view of the photo's pixels (RGB), to edit in place.
inline cv::Mat pixelsOf(Image& photo) { return cv::Mat(photo.height, photo.width, CV_8UC3, photo.rgb.data()); }

// 255 where the backdrop is.
inline cv::Mat backdropMask(const cv::Mat& rgb) {
  cv::Mat reached(rgb.rows + 2, rgb.cols + 2, CV_8U, cv::Scalar(0));
  for (const cv::Point seed : {cv::Point(5, 5), cv::Point(rgb.cols - 6, 5), cv::Point(rgb.cols / 2, 5)}) {
    cv::floodFill(rgb, reached, seed, {}, nullptr, cv::Scalar::all(3), cv::Scalar::all(3),
                  4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
  }
  return reached(cv::Rect(1, 1, rgb.cols, rgb.rows)).clone();
}

}  // namespace cs::test
