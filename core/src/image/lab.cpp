#include "image/lab.h"

#include <opencv2/imgproc.hpp>

#include "image/lab_row.h"

namespace cs {

void fastLabRows(const cv::Mat& rgb, cv::Mat& lab, int y0, int y1, cv::Mat* chroma) {
  const SimdLevel level = simdLevel();
  for (int y = y0; y < y1; ++y) {
    rgbRowToLab(rgb.ptr<std::uint8_t>(y), lab.ptr<float>(y), rgb.cols, level,
                chroma != nullptr ? chroma->ptr<std::uint8_t>(y) : nullptr);
  }
}

cv::Mat fastLab(const cv::Mat& rgb) {
  cv::Mat out(rgb.size(), CV_32FC3);
  fastLabRows(rgb, out, 0, rgb.rows);
  return out;
}

cv::Vec3f exactLab(const cv::Vec3d& rgb) {
  // OpenCV 4.6 builds its Lab tables on first use without a lock: two threads converting at once for the
  // first time both build them, and one may read half-built tables (ASan saw it when the backdrop checks
  // ran on two lanes). The first conversion, under a magic static that other threads wait for, builds them.
  static const bool built = [] {
    cv::Mat px(1, 1, CV_32FC3, cv::Scalar::all(0)), lab;
    cv::cvtColor(px, lab, cv::COLOR_RGB2Lab);
    return true;
  }();
  (void)built;
  cv::Mat px(1, 1, CV_32FC3, cv::Scalar(rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0));
  cv::cvtColor(px, px, cv::COLOR_RGB2Lab);
  return px.at<cv::Vec3f>(0, 0);
}

}  // namespace cs
