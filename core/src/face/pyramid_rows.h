#pragma once
// One level of dlib's face-search pyramid (pyramid_down<6>: each level 5/6 of the one above, bilinear),
// made a band of rows at a time. The arithmetic is dlib's resize_image for RGB images, step for step: row
// positions summed in double, column positions stepped in float four at a time with a double-precision tail,
// values truncated. So every level is bit-identical to the one dlib makes from the whole image, and the
// banded search finds exactly what dlib's own detector finds.
#include <vector>

#include <opencv2/core.hpp>

namespace cs {

class PyramidRows {
 public:
  PyramidRows(cv::Size in, cv::Size out);
  // Output rows, from the first, that the input rows [0, inputRows) are enough for.
  int rowsFrom(int inputRows) const;
  // Output rows [first, end) of `out` (8-bit RGB) from `in`.
  void compute(const cv::Mat& in, cv::Mat& out, int first, int end) const;

 private:
  struct RowSample {
    int top, bottom;
    double frac;
  };
  // An input row's bytes at the left and right samples of the single-precision part, as float.
  struct Gathered {
    int row = -1;
    std::vector<float> left, right;
  };
  void gather(const std::uint8_t* in, int inPixels, Gathered& g) const;
  void computeRow(const std::uint8_t* top, const std::uint8_t* bottom, const Gathered& gTop, const Gathered& gBottom,
                  double frac, std::uint8_t* out) const;

  std::vector<RowSample> rows_;
  // Per output pixel, the input pixels to its left and right; per output byte (column * 3 + channel), the
  // weight of the right one. The four-wide single-precision part of a row first, then its double-precision
  // tail.
  std::vector<int> left_, right_;
  std::vector<float> frac_;
  std::vector<double> tailFrac_;
  int tailStart_ = 0;  // first byte of the tail
};

}  // namespace cs
