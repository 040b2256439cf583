// The checks' Lab (fastLab): OpenCV's 8-bit conversion rescaled to L 0-100 and a*, b* around 0. The
// rescaling is arithmetic that must give exactly the values the thresholds were calibrated with, and a photo
// converted in parts (on two cores) must be the photo converted whole.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "image/lab.h"

namespace cs {
namespace {

// Every byte value in every channel, in many combinations: 256 x 256 pixels, R = column, G = row,
// B = (column + 3 * row) mod 256.
cv::Mat everyByte() {
  cv::Mat rgb(256, 256, CV_8UC3);
  for (int y = 0; y < rgb.rows; ++y) {
    for (int x = 0; x < rgb.cols; ++x) rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(x, y, (x + 3 * y) % 256);
  }
  return rgb;
}

void expectOpenCvs8BitLabRescaled(const cv::Mat& rgb) {
  cv::Mat lab8;
  cv::cvtColor(rgb, lab8, cv::COLOR_RGB2Lab);
  const cv::Mat lab = fastLab(rgb);
  ASSERT_EQ(lab.type(), CV_32FC3);
  for (int y = 0; y < rgb.rows; ++y) {
    for (int x = 0; x < rgb.cols; ++x) {
      const cv::Vec3b v = lab8.at<cv::Vec3b>(y, x);
      const cv::Vec3f got = lab.at<cv::Vec3f>(y, x);
      // OpenCV stores L * 255 / 100 and a, b offset by 128.
      ASSERT_EQ(got[0], static_cast<float>(v[0] * 100.0 / 255.0)) << x << "," << y;
      ASSERT_EQ(got[1], static_cast<float>(v[1] - 128)) << x << "," << y;
      ASSERT_EQ(got[2], static_cast<float>(v[2] - 128)) << x << "," << y;
    }
  }
}

TEST(FastLab, IsOpenCvs8BitLabRescaled) {
  expectOpenCvs8BitLabRescaled(everyByte());
  // Rows whose values are not a whole number of eight pixels: the rest is converted one value at a time.
  for (const int width : {1, 7, 13}) expectOpenCvs8BitLabRescaled(everyByte()(cv::Rect(0, 0, width, 256)).clone());
}

TEST(FastLab, RowsConvertedInPartsEqualTheWhole) {
  const cv::Mat rgb = everyByte();
  const cv::Mat whole = fastLab(rgb);
  cv::Mat parts(rgb.size(), CV_32FC3, cv::Scalar::all(-1));
  fastLabRows(rgb, parts, 0, 100);
  fastLabRows(rgb, parts, 100, 101);
  fastLabRows(rgb, parts, 101, rgb.rows);
  EXPECT_EQ(cv::norm(whole, parts, cv::NORM_INF), 0.0);
}

}  // namespace
}  // namespace cs
