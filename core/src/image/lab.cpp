#include "image/lab.h"

#include <opencv2/imgproc.hpp>

#include <array>
#include <cstdint>

namespace cs {

cv::Mat fastLab(const cv::Mat& rgb) {
  // OpenCV 4.6 builds its RGB->Lab tables on first use without a lock: two threads converting at once for
  // the first time both build them, and one may read half-built tables (ASan saw the lost copies when the
  // still analysis began running I1 beside the hair top; the station's live and capture threads could meet
  // the same way). Conversions under a magic static, which other threads wait for, build them first.
  static const bool openCvTablesBuilt = [] {
    cv::Mat bytes(1, 1, CV_8UC3, cv::Scalar::all(0)), floats(1, 1, CV_32FC3, cv::Scalar::all(0)), lab;
    cv::cvtColor(bytes, lab, cv::COLOR_RGB2Lab);
    cv::cvtColor(floats, lab, cv::COLOR_RGB2Lab);  // the backdrop checks' reference colours
    return true;
  }();
  (void)openCvTablesBuilt;
  static const auto tables = [] {
    std::array<std::array<float, 256>, 3> t{};
    for (int v = 0; v < 256; ++v) {
      t[0][v] = static_cast<float>(v * 100.0 / 255.0);  // OpenCV stores L * 255 / 100
      t[1][v] = t[2][v] = static_cast<float>(v - 128);   // ... and a, b offset by 128
    }
    return t;
  }();
  cv::Mat lab8;
  cv::cvtColor(rgb, lab8, cv::COLOR_RGB2Lab);
  cv::Mat out(lab8.size(), CV_32FC3);
  for (int y = 0; y < lab8.rows; ++y) {
    const std::uint8_t* in = lab8.ptr<std::uint8_t>(y);
    float* o = out.ptr<float>(y);
    for (int i = 0; i < lab8.cols * 3; i += 3) {
      o[i] = tables[0][in[i]];
      o[i + 1] = tables[1][in[i + 1]];
      o[i + 2] = tables[2][in[i + 2]];
    }
  }
  return out;
}

}  // namespace cs
