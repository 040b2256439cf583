#include "face/fhog_votes.h"

#include <cmath>

#include "simd/lanes.h"

namespace cs {
namespace {

constexpr int kCell = FhogVotes::kCell;
constexpr int kBins = FhogVotes::kBins;

// dlib's unit vectors of the nine orientations, written as double literals into floats as dlib does.
const float kDirections[9][2] = {
    {static_cast<float>(1.0000), static_cast<float>(0.0000)},  {static_cast<float>(0.9397), static_cast<float>(0.3420)},
    {static_cast<float>(0.7660), static_cast<float>(0.6428)},  {static_cast<float>(0.500), static_cast<float>(0.8660)},
    {static_cast<float>(0.1736), static_cast<float>(0.9848)},  {static_cast<float>(-0.1736), static_cast<float>(0.9848)},
    {static_cast<float>(-0.5000), static_cast<float>(0.8660)}, {static_cast<float>(-0.7660), static_cast<float>(0.6428)},
    {static_cast<float>(-0.9397), static_cast<float>(0.3420)}};

enum Channel { kRed, kGreen, kBlue };

struct VoteJob {
  const float* rows[3][3];  // [above, here, below][red, green, blue]
  int blocksEnd, visibleCols;
  const std::int32_t* bin;
  const float* toLeft;
  const float* toRight;
  float vyUpper, vyLower;
  float* upper;
  float* lower;
};

// The four votes of one pixel, in dlib's order.
[[gnu::always_inline]] inline void addVotes(const VoteJob& j, int at, float upperLeft, float lowerLeft,
                                            float upperRight, float lowerRight) {
  j.upper[at] += upperLeft;
  j.lower[at] += lowerLeft;
  j.upper[at + kBins] += upperRight;
  j.lower[at + kBins] += lowerRight;
}

// dlib's vector loop on columns [x, x + L::n): the gradients in integers (exact in floats too), the
// strongest channel (a later channel wins a tie), the orientation by the largest dot product.
template <class L>
[[gnu::always_inline]] inline void voteLanes(const VoteJob& j, int x) {
  using Vec = typename L::Vec;
  using Ints = typename L::Ints;
  using simd::at;
  const auto& above = j.rows[0];
  const auto& here = j.rows[1];
  const auto& below = j.rows[2];
  const Vec gxRed = *at<L>(here[kRed] + x + 1) - *at<L>(here[kRed] + x - 1);
  const Vec gyRed = *at<L>(below[kRed] + x) - *at<L>(above[kRed] + x);
  const Vec gxGreen = *at<L>(here[kGreen] + x + 1) - *at<L>(here[kGreen] + x - 1);
  const Vec gyGreen = *at<L>(below[kGreen] + x) - *at<L>(above[kGreen] + x);
  const Vec gxBlue = *at<L>(here[kBlue] + x + 1) - *at<L>(here[kBlue] + x - 1);
  const Vec gyBlue = *at<L>(below[kBlue] + x) - *at<L>(above[kBlue] + x);
  const Vec lenRed = gxRed * gxRed + gyRed * gyRed;
  const Vec lenGreen = gxGreen * gxGreen + gyGreen * gyGreen;
  const Vec lenBlue = gxBlue * gxBlue + gyBlue * gyBlue;
  Ints pick = lenRed > lenGreen;
  const Vec gx2 = pick ? gxRed : gxGreen, gy2 = pick ? gyRed : gyGreen, len2 = pick ? lenRed : lenGreen;
  pick = len2 > lenBlue;
  const Vec gx = pick ? gx2 : gxBlue, gy = pick ? gy2 : gyBlue;
  Vec magnitude = pick ? len2 : lenBlue;
  for (int k = 0; k < L::n; ++k) magnitude[k] = std::sqrt(magnitude[k]);

  Vec bestDot = {};
  Ints best = {};
  for (int o = 0; o < 9; ++o) {
    Vec dot = gx * kDirections[o][0] + gy * kDirections[o][1];
    Ints better = dot > bestDot;
    bestDot = better ? dot : bestDot;
    dot *= -1.0f;
    best = better ? Ints{} + o : best;
    better = dot > bestDot;
    bestDot = better ? dot : bestDot;
    best = better ? Ints{} + (o + 9) : best;
  }
  const Vec toLeft = *at<L>(j.toLeft + x) * magnitude;
  const Vec toRight = *at<L>(j.toRight + x) * magnitude;
  const Vec upperLeft = toLeft * j.vyUpper, lowerLeft = toLeft * j.vyLower;
  const Vec upperRight = toRight * j.vyUpper, lowerRight = toRight * j.vyLower;
  for (int k = 0; k < L::n; ++k) {
    addVotes(j, j.bin[x + k] + best[k], upperLeft[k], lowerLeft[k], upperRight[k], lowerRight[k]);
  }
}

// dlib's scalar loop for the columns left over: the first channel wins a tie here, and the shares are
// multiplied in another order.
[[gnu::always_inline]] inline void voteOne(const VoteJob& j, int x) {
  const auto& above = j.rows[0];
  const auto& here = j.rows[1];
  const auto& below = j.rows[2];
  float gx = here[kRed][x + 1] - here[kRed][x - 1];
  float gy = below[kRed][x] - above[kRed][x];
  float len = gx * gx + gy * gy;
  for (const Channel c : {kGreen, kBlue}) {
    const float cx = here[c][x + 1] - here[c][x - 1];
    const float cy = below[c][x] - above[c][x];
    const float cLen = cx * cx + cy * cy;
    if (cLen > len) {
      len = cLen;
      gx = cx;
      gy = cy;
    }
  }
  float bestDot = 0;
  int best = 0;
  for (int o = 0; o < 9; o++) {
    const float dot = kDirections[o][0] * gx + kDirections[o][1] * gy;
    if (dot > bestDot) {
      bestDot = dot;
      best = o;
    } else if (-dot > bestDot) {
      bestDot = -dot;
      best = o + 9;
    }
  }
  const float magnitude = std::sqrt(len);
  addVotes(j, j.bin[x] + best, j.vyUpper * j.toLeft[x] * magnitude, j.vyLower * j.toLeft[x] * magnitude,
           j.vyUpper * j.toRight[x] * magnitude, j.vyLower * j.toRight[x] * magnitude);
}

template <class L>
[[gnu::always_inline]] inline void vote(const VoteJob& j) {
  int x = 1;
  for (; x < j.blocksEnd; x += 8) {
    for (int lane = x; lane < x + 8; lane += L::n) voteLanes<L>(j, lane);
  }
  for (; x < j.visibleCols; ++x) voteOne(j, x);
}

[[gnu::target("avx2")]] void voteAvx2(const VoteJob& j) { vote<simd::Lanes8>(j); }
void voteBaseline(const VoteJob& j) { vote<simd::Lanes4>(j); }

// One 8-bit RGB row as three float planes.
[[gnu::always_inline]] inline void splitRow(const std::uint8_t* rgb, int width, float* planes) {
  float* red = planes;
  float* green = planes + width;
  float* blue = planes + 2 * width;
  for (int x = 0; x < width; ++x) {
    red[x] = rgb[3 * x];
    green[x] = rgb[3 * x + 1];
    blue[x] = rgb[3 * x + 2];
  }
}

[[gnu::target("avx2")]] void splitRowAvx2(const std::uint8_t* rgb, int width, float* planes) {
  splitRow(rgb, width, planes);
}
void splitRowBaseline(const std::uint8_t* rgb, int width, float* planes) { splitRow(rgb, width, planes); }

}  // namespace

FhogVotes::FhogVotes(int width, int visibleCols, SimdLevel simd)
    : width_(width), visibleCols_(visibleCols), bin_(width), toLeft_(width), toRight_(width), simd_(simd) {
  blocksEnd_ = 1;
  while (blocksEnd_ < visibleCols - 7) blocksEnd_ += 8;
  for (int x = 1; x < visibleCols; ++x) {
    if (x < blocksEnd_) {
      // dlib's vector loop: x + 0.5 in float, the cell to the left by truncation, one cell further right.
      const float xp = (static_cast<float>(x) + 0.5f) / static_cast<float>(kCell) + 0.5f;
      const int cell = static_cast<int>(xp);
      toRight_[x] = xp - static_cast<float>(cell);
      toLeft_[x] = 1.0f - toRight_[x];
      bin_[x] = cell * kBins;
    } else {
      // dlib's scalar loop: x + 0.5 in double, rounded to float, the cell to the left by floor.
      const float xp = (static_cast<double>(x) + 0.5) / static_cast<double>(kCell) - 0.5;
      const int cell = static_cast<int>(std::floor(xp));
      toRight_[x] = xp - static_cast<float>(cell);
      toLeft_[x] = 1.0 - toRight_[x];
      bin_[x] = (cell + 1) * kBins;
    }
  }
  for (auto& p : planes_) p.resize(static_cast<std::size_t>(3) * width);
}

const float* FhogVotes::planar(const cv::Mat& rgb, int row) {
  const int slot = row % 3;
  if (planesRow_[slot] != row) {
    if (simd_ == SimdLevel::Avx2) {
      splitRowAvx2(rgb.ptr<std::uint8_t>(row), width_, planes_[slot].data());
    } else {
      splitRowBaseline(rgb.ptr<std::uint8_t>(row), width_, planes_[slot].data());
    }
    planesRow_[slot] = row;
  }
  return planes_[slot].data();
}

void FhogVotes::voteRow(const cv::Mat& rgb, int y, float* upper, float* lower, float vyUpper, float vyLower) {
  VoteJob job{};
  for (int r = 0; r < 3; ++r) {
    const float* p = planar(rgb, y - 1 + r);
    for (int c = 0; c < 3; ++c) job.rows[r][c] = p + c * width_;
  }
  job.blocksEnd = blocksEnd_;
  job.visibleCols = visibleCols_;
  job.bin = bin_.data();
  job.toLeft = toLeft_.data();
  job.toRight = toRight_.data();
  job.vyUpper = vyUpper;
  job.vyLower = vyLower;
  job.upper = upper;
  job.lower = lower;
  if (simd_ == SimdLevel::Avx2) {
    voteAvx2(job);
  } else {
    voteBaseline(job);
  }
}

}  // namespace cs
