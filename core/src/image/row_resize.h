#pragma once
// Shrinking an image a band of rows at a time, so it can be done while the image's rows are still arriving
// (a JPEG being decoded). Each output row depends only on its own few input rows and is computed the same way
// whichever band it falls in, so the result never depends on how the rows arrived.
#include <vector>

#include <opencv2/core.hpp>

namespace cs {

// Where each output row (or column) samples its input: out[i] = in[lo[i]] * (1 - w[i]) + in[hi[i]] * w[i].
struct BilinearAxis {
  std::vector<int> lo, hi;
  std::vector<float> w;

  // Output pixel centres at (i + 0.5) * in / out - 0.5, clamped to the image (OpenCV's INTER_LINEAR).
  static BilinearAxis pixelCentres(int inSize, int outSize);

  int size() const { return static_cast<int>(lo.size()); }
  // How many outputs, from the first, can be computed from the inputs [0, inputs).
  int outputsFrom(int inputs) const;
};

// 8-bit RGB bilinear resizing, rounded, a band of rows at a time.
class BilinearRows {
 public:
  BilinearRows(cv::Size in, cv::Size out);
  cv::Size outSize() const { return {static_cast<int>(left_.size()), ys_.size()}; }
  int rowsFrom(int inputRows) const { return ys_.outputsFrom(inputRows); }
  // Input rows [0, n) that the output rows [0, outputRows) read.
  int inputRowsFor(int outputRows) const { return outputRows > 0 ? ys_.hi[outputRows - 1] + 1 : 0; }
  void compute(const cv::Mat& in, cv::Mat& out, int first, int end) const;

 private:
  BilinearAxis ys_;
  // Per output pixel, its input pixels to the left and right; per output byte (column * 3 + channel), the
  // right one's weight.
  std::vector<int> left_, right_;
  std::vector<float> weight_;
};

// scaledFast() (an integer area average for the bulk of a reduction, then bilinear), a band at a time.
// compute() must be called for bands in order, from one thread at a time: it keeps the area-averaged rows.
class ShrinkRows {
 public:
  ShrinkRows(cv::Size in, double scale);
  // The size an image of `in` is shrunk to (as scaledFast makes it).
  static cv::Size outSizeFor(cv::Size in, double scale);
  cv::Size outSize() const { return bilinear_.outSize(); }
  // Output rows computable from the input rows [0, inputRows).
  int rowsFrom(int inputRows) const;
  void compute(const cv::Mat& in, cv::Mat& out, int first, int end);

 private:
  int factor_;       // the integer area factor (1: none)
  cv::Mat averaged_; // the area-averaged image, filled as far as averagedRows_
  int averagedRows_ = 0;
  BilinearRows bilinear_;
};

}  // namespace cs
