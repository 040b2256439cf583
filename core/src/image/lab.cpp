#include "image/lab.h"

#include <opencv2/imgproc.hpp>

#include <cstdint>

namespace cs {

namespace {

// OpenCV 4.6 builds its RGB->Lab tables on first use without a lock: two threads converting at once for
// the first time both build them, and one may read half-built tables (ASan saw the lost copies when the
// still analysis began running I1 beside the hair top; the station's live and capture threads could meet
// the same way). Conversions under a magic static, which other threads wait for, build them first.
void buildOpenCvTablesOnce() {
  static const bool built = [] {
    cv::Mat bytes(1, 1, CV_8UC3, cv::Scalar::all(0)), floats(1, 1, CV_32FC3, cv::Scalar::all(0)), lab;
    cv::cvtColor(bytes, lab, cv::COLOR_RGB2Lab);
    cv::cvtColor(floats, lab, cv::COLOR_RGB2Lab);  // the backdrop checks' reference colours
    return true;
  }();
  (void)built;
}

// OpenCV stores L * 255 / 100 and a, b offset by 128. Written as arithmetic rather than a table so the
// loop vectorises; v * 100.f / 255.f is the float nearest v * 100 / 255 for every byte (checked for all
// 256), as the table it replaces held.
void toFloatLab(const std::uint8_t* in, float* out, int values) {
  for (int i = 0; i + 2 < values; i += 3) {
    out[i] = static_cast<float>(in[i]) * 100.f / 255.f;
    out[i + 1] = static_cast<float>(in[i + 1]) - 128.f;
    out[i + 2] = static_cast<float>(in[i + 2]) - 128.f;
  }
}

}  // namespace

void fastLabRows(const cv::Mat& rgb, cv::Mat& lab, int y0, int y1) {
  buildOpenCvTablesOnce();
  if (y1 <= y0) return;
  cv::Mat lab8;
  cv::cvtColor(rgb.rowRange(y0, y1), lab8, cv::COLOR_RGB2Lab);
  for (int y = 0; y < lab8.rows; ++y) toFloatLab(lab8.ptr<std::uint8_t>(y), lab.ptr<float>(y0 + y), lab8.cols * 3);
}

cv::Mat fastLab(const cv::Mat& rgb) {
  cv::Mat out(rgb.size(), CV_32FC3);
  fastLabRows(rgb, out, 0, rgb.rows);
  return out;
}

}  // namespace cs
