#include "face/pyramid_rows.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "image/pixel_floats.h"

namespace cs {

PyramidRows::PyramidRows(cv::Size in, cv::Size out) {
  // Corner-aligned: output pixel i samples the input at i * (in - 1) / (out - 1).
  const double xScale = (in.width - 1) / static_cast<double>(std::max(out.width - 1, 1));
  const double yScale = (in.height - 1) / static_cast<double>(std::max(out.height - 1, 1));
  double y = -yScale;  // summed row by row, as dlib does
  for (int r = 0; r < out.height; ++r) {
    y += yScale;
    const int top = static_cast<int>(std::floor(y));
    rows_.push_back({top, std::min(top + 1, in.height - 1), y - top});
  }
  // Four columns at a time in float, each lane stepped by 4 * xScale, until a lane's right neighbour would
  // leave the input; the columns from that group on are done one by one in double.
  const double start = -4 * xScale;
  float lanes[4] = {static_cast<float>(start), static_cast<float>(start + xScale),
                    static_cast<float>(start + 2 * xScale), static_cast<float>(start + 3 * xScale)};
  const float step = static_cast<float>(4 * xScale);
  const auto addColumn = [&](int left, int right, float frac, double tailFrac) {
    left_.push_back(left);
    right_.push_back(right);
    for (int ch = 0; ch < 3; ++ch) {
      frac_.push_back(frac);
      tailFrac_.push_back(tailFrac);
    }
  };
  int c = 0;
  for (;; c += 4) {
    int left[4];
    for (int k = 0; k < 4; ++k) {
      lanes[k] += step;
      left[k] = static_cast<int>(lanes[k]);
    }
    // (dlib stops here; the second test only guards against writing past the row, which dlib never does)
    if (left[3] + 1 >= in.width || c + 4 > out.width) break;
    for (int k = 0; k < 4; ++k) addColumn(left[k], left[k] + 1, lanes[k] - static_cast<float>(left[k]), 0.0);
  }
  tailStart_ = c * 3;
  double x = -xScale + c * xScale;
  for (; c < out.width; ++c) {
    x += xScale;
    const int left = static_cast<int>(std::floor(x));
    addColumn(left, std::min(left + 1, in.width - 1), 0.0f, x - left);
  }
}

int PyramidRows::rowsFrom(int inputRows) const {
  int n = 0;
  while (n < static_cast<int>(rows_.size()) && rows_[n].bottom < inputRows) ++n;
  return n;
}

void PyramidRows::gather(const std::uint8_t* in, int inPixels, Gathered& g) const {
  g.left.resize(static_cast<std::size_t>(tailStart_));
  g.right.resize(static_cast<std::size_t>(tailStart_));
  const int pixels = tailStart_ / 3;
  rgbPixelsAsFloats(in, inPixels, left_.data(), pixels, g.left.data());
  rgbPixelsAsFloats(in, inPixels, right_.data(), pixels, g.right.data());
}

void PyramidRows::compute(const cv::Mat& in, cv::Mat& out, int first, int end) const {
  // Consecutive output rows share input rows (six input rows make five output rows): each input row's
  // samples are gathered once into floats, and the weighted sums then run over contiguous arrays, which
  // the compiler vectorises. The arithmetic is unchanged.
  Gathered slots[2];
  const auto gathered = [&](int row) -> const Gathered& {
    for (Gathered& g : slots)
      if (g.row == row) return g;
    Gathered& older = slots[0].row < slots[1].row ? slots[0] : slots[1];  // rows only move down
    gather(in.ptr<std::uint8_t>(row), in.cols, older);
    older.row = row;
    return older;
  };
  for (int r = first; r < end; ++r) {
    const RowSample& s = rows_[r];
    const Gathered& top = gathered(s.top);
    const Gathered& bottom = gathered(s.bottom);
    computeRow(in.ptr<std::uint8_t>(s.top), in.ptr<std::uint8_t>(s.bottom), top, bottom, s.frac,
               out.ptr<std::uint8_t>(r));
  }
}

void PyramidRows::computeRow(const std::uint8_t* top, const std::uint8_t* bottom, const Gathered& gTop,
                             const Gathered& gBottom, double frac, std::uint8_t* out) const {
  const float tb = static_cast<float>(frac);
  const float invTb = static_cast<float>(1 - frac);
  // Single precision in dlib's order of operations: the weights first, then the four products summed left
  // to right, truncated. (No -ffast-math, so the compiler may vectorise this but not reorder it.)
  const float* tl = gTop.left.data();
  const float* tr = gTop.right.data();
  const float* bl = gBottom.left.data();
  const float* br = gBottom.right.data();
  const float* fr = frac_.data();
  const int n = tailStart_;  // a local: `out` could alias the member, which would stop vectorisation
  for (int i = 0; i < n; ++i) {
    const float lr = fr[i], invLr = 1 - fr[i];
    const float v = invTb * invLr * tl[i] + invTb * lr * tr[i] + tb * invLr * bl[i] + tb * lr * br[i];
    out[i] = static_cast<std::uint8_t>(static_cast<int>(v));
  }
  for (int i = tailStart_; i < 3 * static_cast<int>(left_.size()); ++i) {
    const int l = 3 * left_[i / 3] + i % 3, r = 3 * right_[i / 3] + i % 3;  // this byte's input bytes
    const double lr = tailFrac_[i];
    const double v = (1 - frac) * ((1 - lr) * top[l] + lr * top[r]) + frac * ((1 - lr) * bottom[l] + lr * bottom[r]);
    out[i] = static_cast<std::uint8_t>(v);
  }
}

}  // namespace cs
