#include "image/row_resize.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "image/pixel_floats.h"

namespace cs {
namespace {

BilinearAxis sampled(int inSize, int outSize, double scale, double offset) {
  BilinearAxis a;
  a.lo.resize(outSize);
  a.hi.resize(outSize);
  a.w.resize(outSize);
  for (int i = 0; i < outSize; ++i) {
    const double at = std::clamp(i * scale + offset, 0.0, static_cast<double>(inSize - 1));
    const int lo = static_cast<int>(std::floor(at));
    a.lo[i] = lo;
    a.hi[i] = std::min(lo + 1, inSize - 1);
    a.w[i] = static_cast<float>(at - lo);
  }
  return a;
}

}  // namespace

BilinearAxis BilinearAxis::pixelCentres(int inSize, int outSize) {
  const double scale = static_cast<double>(inSize) / outSize;
  return sampled(inSize, outSize, scale, 0.5 * scale - 0.5);
}

int BilinearAxis::outputsFrom(int inputs) const {
  // Sample positions only grow, so the outputs that can be made are a prefix.
  int n = 0;
  while (n < size() && hi[n] < inputs) ++n;
  return n;
}

BilinearRows::BilinearRows(cv::Size in, cv::Size out) : ys_(BilinearAxis::pixelCentres(in.height, out.height)) {
  const BilinearAxis xs = BilinearAxis::pixelCentres(in.width, out.width);
  left_ = xs.lo;
  right_ = xs.hi;
  for (int c = 0; c < xs.size(); ++c) {
    for (int ch = 0; ch < 3; ++ch) weight_.push_back(xs.w[c]);
  }
}

void BilinearRows::compute(const cv::Mat& in, cv::Mat& out, int first, int end) const {
  // Each input row interpolated across once (a row can serve two output rows), then the rows blended over
  // contiguous arrays, which the compiler vectorises. The arithmetic is unchanged: the input pixels to the
  // left and right are picked out as floats first, then weighed.
  struct Across {
    int row = -1;
    std::vector<float> values;
  } slots[2];
  const int pixels = static_cast<int>(left_.size());
  const int bytes = 3 * pixels;
  const float* weight = weight_.data();
  std::vector<float> lefts(static_cast<std::size_t>(bytes)), rights(static_cast<std::size_t>(bytes));
  const auto across = [&](int row) -> const float* {
    for (Across& a : slots)
      if (a.row == row) return a.values.data();
    Across& older = slots[0].row < slots[1].row ? slots[0] : slots[1];  // rows only move down
    older.values.resize(static_cast<std::size_t>(bytes));
    rgbPixelsAsFloats(in.ptr<std::uint8_t>(row), in.cols, left_.data(), pixels, lefts.data());
    rgbPixelsAsFloats(in.ptr<std::uint8_t>(row), in.cols, right_.data(), pixels, rights.data());
    const float* l = lefts.data();
    const float* r = rights.data();
    float* v = older.values.data();
    for (int i = 0; i < bytes; ++i) v[i] = (1 - weight[i]) * l[i] + weight[i] * r[i];
    older.row = row;
    return v;
  };
  for (int r = first; r < end; ++r) {
    const float* upper = across(ys_.lo[r]);
    const float* lower = across(ys_.hi[r]);
    std::uint8_t* o = out.ptr<std::uint8_t>(r);
    const float fy = ys_.w[r];
    for (int i = 0; i < bytes; ++i) o[i] = static_cast<std::uint8_t>((1 - fy) * upper[i] + fy * lower[i] + 0.5f);
  }
}

namespace {

// The factor of the integer area average scaledFast() does first: what is left is at most 2x for bilinear.
int areaFactor(double scale) { return scale >= 1.0 ? 1 : std::max(1, static_cast<int>(std::floor(0.5 / scale))); }

cv::Size averagedSize(cv::Size in, int factor) { return {in.width / factor, in.height / factor}; }

cv::Size shrunkSize(cv::Size in, double scale) {
  return {std::max(1, static_cast<int>(std::lround(in.width * scale))),
          std::max(1, static_cast<int>(std::lround(in.height * scale)))};
}

// Rows [first, end) of the factor x factor block average of `in`, rounded.
void averageRows(const cv::Mat& in, cv::Mat& out, int factor, int first, int end) {
  const int area = factor * factor;
  std::vector<int> sums(static_cast<std::size_t>(out.cols) * 3);
  for (int r = first; r < end; ++r) {
    std::fill(sums.begin(), sums.end(), 0);
    for (int k = 0; k < factor; ++k) {
      const std::uint8_t* row = in.ptr<std::uint8_t>(r * factor + k);
      for (int c = 0; c < out.cols; ++c) {
        for (int j = 0; j < factor; ++j) {
          for (int ch = 0; ch < 3; ++ch) sums[c * 3 + ch] += row[(c * factor + j) * 3 + ch];
        }
      }
    }
    std::uint8_t* o = out.ptr<std::uint8_t>(r);
    for (int i = 0; i < out.cols * 3; ++i) o[i] = static_cast<std::uint8_t>((sums[i] + area / 2) / area);
  }
}

}  // namespace

cv::Size ShrinkRows::outSizeFor(cv::Size in, double scale) { return shrunkSize(in, scale); }

ShrinkRows::ShrinkRows(cv::Size in, double scale)
    : factor_(areaFactor(scale)),
      bilinear_(averagedSize(in, areaFactor(scale)), shrunkSize(in, scale)) {
  if (factor_ > 1) averaged_.create(averagedSize(in, factor_), CV_8UC3);
}

int ShrinkRows::rowsFrom(int inputRows) const {
  return bilinear_.rowsFrom(factor_ > 1 ? std::min(inputRows / factor_, averaged_.rows) : inputRows);
}

void ShrinkRows::compute(const cv::Mat& in, cv::Mat& out, int first, int end) {
  if (factor_ == 1) {
    bilinear_.compute(in, out, first, end);
    return;
  }
  // The averaged rows the bilinear rows up to `end` read, made once each.
  const int needed = bilinear_.inputRowsFor(end);
  if (needed > averagedRows_) {
    averageRows(in, averaged_, factor_, averagedRows_, needed);
    averagedRows_ = needed;
  }
  bilinear_.compute(averaged_, out, first, end);
}

}  // namespace cs
