// I5: nothing added to the photo, here its border. An editor's border is a flat strip along an edge of
// the photo that ends in a straight line running the edge's whole length; a camera never makes one.
// Measured on the whole analysed photo: a border means the file is not the camera's original. It counts
// when the crop window would show it, or when it is on two sides or more (a frame). Text and watermarks
// are not detected: the manual asks the photographer and the supervisor to look for them.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "checks/check_context.h"
#include "checks/checks.h"

namespace cs {
namespace {

constexpr int kWorkLongSide = 640;   // a 1 % border is still 6 px wide here
constexpr double kEndMargin = 0.08;  // the ends of an edge are skipped: a border on the next side meets it there
// Narrower strips are not borders: a camera or an editor can leave a one- or two-pixel fringe at the very
// edge (demosaicing, recolouring), and nobody sees it in the 480x640 photo.
constexpr int kMinWidth = 3;

enum Side { Top, Bottom, Left, Right };

struct EdgeLine {
  double coverage = 0;    // share of the edge's length with a sharp step at the strip's inner line
  double widthShare = 0;  // the strip's width over the photo's size across it
};

// The photo turned so that `side` is row 0: a copy for measuring only.
cv::Mat edgeFirst(const cv::Mat& grey, Side side) {
  cv::Mat out;
  if (side == Top) return grey;
  if (side == Bottom) {
    cv::flip(grey, out, 0);
  } else {
    cv::transpose(grey, out);
    if (side == Right) cv::flip(out, out, 0);
  }
  return out;
}

// The strongest straight line parallel to row 0 whose outer strip [0, k) is flat. The step is measured
// between rows k-2 and k+1, so a line softened over a pixel or two by resampling still counts.
EdgeLine strongestLine(const cv::Mat& m, const SpecProfile& p) {
  EdgeLine best;
  const int from = static_cast<int>(kEndMargin * m.cols);
  const int to = m.cols - from;
  const int maxWidth = std::max(2, static_cast<int>(p.borderMaxWidth * m.rows));
  double sum = 0, sumSq = 0, n = 0;
  for (int k = 1; k <= maxWidth && k + 1 < m.rows; ++k) {
    const std::uint8_t* added = m.ptr<std::uint8_t>(k - 1);
    for (int x = from; x < to; ++x) sum += added[x], sumSq += added[x] * added[x], ++n;
    const double mean = sum / n;
    if (std::sqrt(std::max(0.0, sumSq / n - mean * mean)) > p.borderStripStd) break;  // wider strips are not flat either
    if (k < kMinWidth) continue;
    const std::uint8_t* outer = m.ptr<std::uint8_t>(std::max(0, k - 2));
    const std::uint8_t* inner = m.ptr<std::uint8_t>(k + 1);
    int steps = 0;
    for (int x = from; x < to; ++x) steps += std::abs(outer[x] - inner[x]) >= p.borderStep;
    const double coverage = static_cast<double>(steps) / (to - from);
    if (coverage > best.coverage) best = {coverage, static_cast<double>(k) / m.rows};
  }
  return best;
}

// Whether the crop window reaches into a strip of `widthShare` along `side` (the output would show it).
bool windowShows(const CropPlan& plan, cv::Size photo, Side side, double widthShare) {
  const RectF& w = plan.window;
  switch (side) {
    case Top: return w.y < widthShare * photo.height;
    case Bottom: return w.bottom() > (1 - widthShare) * photo.height;
    case Left: return w.x < widthShare * photo.width;
    default: return w.right() > (1 - widthShare) * photo.width;
  }
}

}  // namespace

CheckResult checkNoBorder(const CheckContext& ctx) {  // I5
  const Limit& lim = ctx.profile.borderCoverage;
  CheckResult c = makeCheck("I5", "border", 36, "coverage", atMost(lim.warn, 2));
  cv::Mat grey;
  cv::cvtColor(ctx.rgb, grey, cv::COLOR_RGB2GRAY);
  const double scale = std::min(1.0, static_cast<double>(kWorkLongSide) / std::max(grey.cols, grey.rows));
  if (scale < 1.0) cv::resize(grey, grey, cv::Size(), scale, scale, cv::INTER_AREA);
  double shown = 0;  // the strongest line on a side the crop window shows
  std::array<double, 4> coverage{};
  for (Side side : {Top, Bottom, Left, Right}) {
    const EdgeLine line = strongestLine(edgeFirst(grey, side), ctx.profile);
    coverage[side] = line.coverage;
    if (windowShows(ctx.plan, ctx.rgb.size(), side, line.widthShare)) shown = std::max(shown, line.coverage);
  }
  std::sort(coverage.begin(), coverage.end());
  const double framed = coverage[2];  // the second-strongest side: a line on two sides is a frame
  c.value = std::max(framed, shown);
  setOutcome(c, gradeAbove(c.value, lim), "照片边缘有后加的边框，请使用相机拍摄的原始照片",
             "The photo has a border added along its edge: use the camera's original photo");
  return c;
}

}  // namespace cs
