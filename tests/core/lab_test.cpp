// The checks' Lab (fastLab): OpenCV's 8-bit conversion rescaled to L 0-100 and a*, b* around 0, computed
// by our own loop over OpenCV's tables. It must give exactly the values the thresholds were calibrated with
// (OpenCV's bytes, rescaled) for every colour and on either build, and a photo converted in parts (on two
// cores) must be the photo converted whole.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "image/lab.h"
#include "image/lab_row.h"

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

// OpenCV's 8-bit Lab of `rgb`, rescaled: OpenCV stores L * 255 / 100 and a, b offset by 128.
cv::Mat openCvLabRescaled(const cv::Mat& rgb) {
  cv::Mat lab8;
  cv::cvtColor(rgb, lab8, cv::COLOR_RGB2Lab);
  cv::Mat lab(rgb.size(), CV_32FC3);
  for (int y = 0; y < rgb.rows; ++y) {
    for (int x = 0; x < rgb.cols; ++x) {
      const cv::Vec3b v = lab8.at<cv::Vec3b>(y, x);
      lab.at<cv::Vec3f>(y, x) = {static_cast<float>(v[0] * 100.0 / 255.0), static_cast<float>(v[1] - 128),
                                 static_cast<float>(v[2] - 128)};
    }
  }
  return lab;
}

// The first pixel where two Lab images differ, as "x,y", or "" when they are the same bits.
std::string firstDifference(const cv::Mat& want, const cv::Mat& got) {
  for (int y = 0; y < want.rows; ++y) {
    for (int x = 0; x < want.cols; ++x) {
      const cv::Vec3f w = want.at<cv::Vec3f>(y, x), g = got.at<cv::Vec3f>(y, x);
      if (w[0] != g[0] || w[1] != g[1] || w[2] != g[2]) return std::to_string(x) + "," + std::to_string(y);
    }
  }
  return "";
}

void expectOpenCvs8BitLabRescaled(const cv::Mat& rgb) {
  const cv::Mat lab = fastLab(rgb);
  ASSERT_EQ(lab.type(), CV_32FC3);
  EXPECT_EQ(firstDifference(openCvLabRescaled(rgb), lab), "");
}

std::vector<SimdLevel> levelsThisCpuRuns() {
  std::vector<SimdLevel> levels{SimdLevel::Baseline};
  if (simdLevel() == SimdLevel::Avx2) levels.push_back(SimdLevel::Avx2);
  return levels;
}

cv::Mat labByRows(const cv::Mat& rgb, SimdLevel level) {
  cv::Mat lab(rgb.size(), CV_32FC3);
  for (int y = 0; y < rgb.rows; ++y) rgbRowToLab(rgb.ptr<std::uint8_t>(y), lab.ptr<float>(y), rgb.cols, level);
  return lab;
}

TEST(FastLab, IsOpenCvs8BitLabRescaled) {
  expectOpenCvs8BitLabRescaled(everyByte());
  // Rows whose values are not a whole number of eight pixels: the rest is converted one value at a time.
  for (const int width : {1, 7, 13}) expectOpenCvs8BitLabRescaled(everyByte()(cv::Rect(0, 0, width, 256)).clone());
}

// All 16.7 million colours, 65,536 at a time (one red value, every green and blue), on each build this CPU
// runs: the tables rebuilt with OpenCV's soft floats and our integer steps give OpenCV's bytes for every one.
TEST(FastLab, EveryColourIsOpenCvsOnEitherBuild) {
  cv::Mat rgb(256, 256, CV_8UC3);
  for (int red = 0; red < 256; ++red) {
    for (int g = 0; g < 256; ++g) {
      for (int b = 0; b < 256; ++b) rgb.at<cv::Vec3b>(g, b) = cv::Vec3b(red, g, b);
    }
    const cv::Mat want = openCvLabRescaled(rgb);
    for (const SimdLevel level : levelsThisCpuRuns()) {
      ASSERT_EQ(firstDifference(want, labByRows(rgb, level)), "")
          << "red " << red << (level == SimdLevel::Avx2 ? ", AVX2" : ", baseline");
    }
  }
}

// Rows of every length from 1 to 40 pixels: the vector steps and the pixels left after them.
TEST(FastLab, RowsOfAnyLengthOnEitherBuild) {
  const cv::Mat rgb = everyByte();
  for (int width = 1; width <= 40; ++width) {
    const cv::Mat part = rgb(cv::Rect(0, 0, width, 256)).clone();
    const cv::Mat want = openCvLabRescaled(part);
    for (const SimdLevel level : levelsThisCpuRuns()) EXPECT_EQ(firstDifference(want, labByRows(part, level)), "") << width;
  }
}

TEST(FastLab, ExactLabIsOpenCvsFloatConversion) {
  cv::Mat px(1, 1, CV_32FC3, cv::Scalar(200 / 255.0, 220 / 255.0, 240 / 255.0)), lab;
  cv::cvtColor(px, lab, cv::COLOR_RGB2Lab);
  EXPECT_EQ(exactLab(cv::Vec3d(200, 220, 240)), lab.at<cv::Vec3f>(0, 0));
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

// I5's coloured text reads the chroma made beside the Lab: on either build, every pixel's is the whole part of
// |a*, b*| of its own Lab, and rows of any length (the vector steps and the pixels after them) agree.
TEST(FastLab, ChromaIsTheLabsOwnOnEitherBuild) {
  const cv::Mat rgb = everyByte();
  for (int width = 1; width <= 40; ++width) {
    const cv::Mat part = rgb(cv::Rect(0, 0, width, 256)).clone();
    for (const SimdLevel level : levelsThisCpuRuns()) {
      cv::Mat lab(part.size(), CV_32FC3);
      cv::Mat chroma(part.size(), CV_8U, cv::Scalar(7));
      for (int y = 0; y < part.rows; ++y) {
        rgbRowToLab(part.ptr<std::uint8_t>(y), lab.ptr<float>(y), part.cols, level, chroma.ptr<std::uint8_t>(y));
      }
      for (int y = 0; y < part.rows; ++y) {
        for (int x = 0; x < part.cols; ++x) {
          const cv::Vec3f px = lab.at<cv::Vec3f>(y, x);
          const int want = static_cast<int>(std::min(255.f, std::sqrt(px[1] * px[1] + px[2] * px[2])));
          ASSERT_EQ(chroma.at<std::uint8_t>(y, x), want) << "width " << width << " at " << x << "," << y;
        }
      }
    }
  }
}

}  // namespace
}  // namespace cs
