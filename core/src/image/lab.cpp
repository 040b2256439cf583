#include "image/lab.h"

#include <opencv2/imgproc.hpp>

#include <array>
#include <cstdint>
#include <utility>

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

// OpenCV stores L * 255 / 100 and a, b offset by 128. v * 100.f / 255.f is the float nearest
// v * 100 / 255 for every byte (checked for all 256), as the table this replaced held. Written as one
// formula for all three channels, v * kScale / kDivisor + kOffset, whose constants repeat every three
// values: 24 values (eight pixels) at a time the compiler turns it into vector instructions, which a loop
// that treats L, a and b apart stops it from doing (it ran one value at a time: 1.2 ms of a 480x640 photo).
// For a and b it is (v * 1) / 1 - 128, exactly v - 128; for L adding 0 changes nothing.
constexpr int kPeriod = 24;
constexpr float pattern(int k, float l, float ab) { return k % 3 == 0 ? l : ab; }
template <std::size_t... K>
constexpr std::array<float, kPeriod> repeated(float l, float ab, std::index_sequence<K...>) {
  return {pattern(K, l, ab)...};
}
constexpr auto kScale = repeated(100.f, 1.f, std::make_index_sequence<kPeriod>{});
constexpr auto kDivisor = repeated(255.f, 1.f, std::make_index_sequence<kPeriod>{});
constexpr auto kOffset = repeated(0.f, -128.f, std::make_index_sequence<kPeriod>{});

void toFloatLab(const std::uint8_t* in, float* out, int values) {
  int i = 0;
  for (; i + kPeriod <= values; i += kPeriod) {
    for (int k = 0; k < kPeriod; ++k) out[i + k] = static_cast<float>(in[i + k]) * kScale[k] / kDivisor[k] + kOffset[k];
  }
  for (; i < values; ++i) out[i] = static_cast<float>(in[i]) * kScale[i % 3] / kDivisor[i % 3] + kOffset[i % 3];
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
