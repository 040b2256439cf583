#include "image/lab.h"

#include <opencv2/imgproc.hpp>

#include <array>
#include <cstdint>

namespace cs {

cv::Mat fastLab(const cv::Mat& rgb) {
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
