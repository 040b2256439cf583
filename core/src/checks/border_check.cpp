// I5: nothing added to the photo, here its border. An editor's border is a flat strip along an edge of
// the photo that ends in a straight line running the edge's whole length; a camera never makes one.
// Measured on the whole analysed photo: a border means the file is not the camera's original. It counts
// when the crop window would show it, or when it is on two sides or more (a frame). Added text is
// text_check.cpp's.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "image/fast_resize.h"

namespace cs {
namespace {

constexpr int kWorkLongSide = 640;   // a 1 % border is still 6 px wide here
constexpr double kEndMargin = 0.08;  // the ends of an edge are skipped: a border on the next side meets it there
// Narrower strips are not borders: a camera or an editor can leave a one- or two-pixel fringe at the very
// edge (demosaicing, recolouring), and nobody sees it in the 480x640 photo.
constexpr int kMinWidth = 3;

enum Side { Top, Bottom, Left, Right };  // the order of BorderLines

// How far a border may reach into the photo, in working pixels, across an extent of `extent` of them.
int maxBorderWidth(int extent, const SpecProfile& p) { return std::max(2, static_cast<int>(p.borderMaxWidth * extent)); }

// The strip along `side` that a border could occupy, in grey at the working scale, turned so that the
// edge is row 0. Only the strips are converted and shrunk (the whole photo took ~1.8 ms a still), and
// shrunk as the face search's image is.
cv::Mat edgeStrip(const cv::Mat& rgb, Side side, double scale, int workDepth) {
  const bool across = side == Top || side == Bottom;  // the strip runs along a row
  const int extent = across ? rgb.rows : rgb.cols;
  // Two working rows more than a border can use (the step is measured below it), plus a margin so the
  // area average of the last rows needed does not see the strip's inner edge.
  const int depth = std::min(extent, static_cast<int>(std::ceil((workDepth + 2) / scale)) + 4);
  const cv::Rect r = side == Top      ? cv::Rect(0, 0, rgb.cols, depth)
                     : side == Bottom ? cv::Rect(0, rgb.rows - depth, rgb.cols, depth)
                     : side == Left   ? cv::Rect(0, 0, depth, rgb.rows)
                                      : cv::Rect(rgb.cols - depth, 0, depth, rgb.rows);
  cv::Mat grey;
  cv::cvtColor(rgb(r), grey, cv::COLOR_RGB2GRAY);
  if (side == Bottom) cv::flip(grey, grey, 0);
  if (!across) {
    cv::transpose(grey, grey);
    if (side == Right) cv::flip(grey, grey, 0);
  }
  // Bilinear after an integer area average (scaledFast): OpenCV's INTER_AREA at a fractional factor
  // (1000 -> 640 px) took 0.25 ms a strip, a fourth of the whole check.
  return scale < 1.0 ? scaledFast(grey, scale) : grey;
}

// The strongest straight line parallel to row 0 whose outer strip [0, k) is flat, k up to `maxWidth`.
// The step is measured between rows k-2 and k+1, so a line softened over a pixel or two by resampling
// still counts. `extent`: the photo's size across the edge, in the same pixels.
EdgeLine strongestLine(const cv::Mat& m, int maxWidth, int extent, const SpecProfile& p) {
  EdgeLine best;
  const int from = static_cast<int>(kEndMargin * m.cols);
  const int to = m.cols - from;
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
    if (coverage > best.coverage) best = {coverage, static_cast<double>(k) / extent};
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

BorderLines measureBorderLines(const cv::Mat& rgb, const SpecProfile& profile) {
  const double scale = std::min(1.0, static_cast<double>(kWorkLongSide) / std::max(rgb.cols, rgb.rows));
  BorderLines lines;
  for (Side side : {Top, Bottom, Left, Right}) {
    // The photo's size across this edge at the working scale, as cv::resize would make it.
    const int extent = static_cast<int>(std::lround((side == Top || side == Bottom ? rgb.rows : rgb.cols) * scale));
    const int maxWidth = maxBorderWidth(extent, profile);
    lines[side] = strongestLine(edgeStrip(rgb, side, scale, maxWidth), maxWidth, extent, profile);
  }
  return lines;
}

CheckResult checkNoBorder(const CheckContext& ctx) {  // I5
  const Limit& lim = ctx.profile.borderCoverage;
  CheckResult c = makeCheck("I5", "border", 36, "coverage", atMost(lim.warn, 2));
  const bool measured = ctx.wholePhoto != nullptr && ctx.wholePhoto->border.has_value();
  const BorderLines lines = measured ? *ctx.wholePhoto->border : measureBorderLines(ctx.rgb, ctx.profile);
  double shown = 0;  // the strongest line on a side the crop window shows
  std::array<double, 4> coverage{};
  for (Side side : {Top, Bottom, Left, Right}) {
    coverage[side] = lines[side].coverage;
    if (windowShows(ctx.plan, ctx.rgb.size(), side, lines[side].widthShare)) shown = std::max(shown, lines[side].coverage);
  }
  std::sort(coverage.begin(), coverage.end());
  const double framed = coverage[2];  // the second-strongest side: a line on two sides is a frame
  c.value = std::max(framed, shown);
  setOutcome(c, gradeAbove(c.value, lim), "照片边缘有后加的边框，请使用相机拍摄的原始照片",
             "The photo has a border added along its edge: use the camera's original photo");
  return c;
}

}  // namespace cs
