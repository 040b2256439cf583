// I5: nothing added to the photo, here text or a watermark on the backdrop (a studio's name, a date stamp,
// a web address). Looked for in the 480x640 photo where the backdrop shows around the head: strokes that
// stand out from what is around them (a morphological top-hat for light text, black-hat for dark text),
// away from the head and from anything large that is not backdrop (the person, furniture: hair strands
// fly at their edges), grouped into rows of marks of a similar height side by side. A row counts as text
// when it is wide for its height and its strokes turn on and off often along it, as letters do.
// Text over the person or the clothing is not looked for here (hair and knitwear make strokes in grey too);
// coloured text is looked for anywhere by coloured_text_check.cpp.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "checks/backdrop_sample.h"
#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/text_rows.h"

namespace cs {
namespace {

constexpr int kStrokeKernel = 9;         // strokes up to ~4 px wide, letters 7-60 px tall in the 480x640 photo
constexpr float kBackdropDelta = 12.0f;  // Lab distance from the backdrop's colour still counted as backdrop
constexpr int kNeighbourhood = 31;       // a mark counts when this square around it is mostly backdrop
constexpr double kBackdropShare = 0.6;
constexpr int kLargeArea = 2000;         // px: a non-backdrop area this large is the person or an object
constexpr int kLargeMargin = 15;         // px kept clear around it (stray hair)

// The backdrop at half resolution: pixels within kBackdropDelta of its colour (cv::Vec's dot product spelt
// out in plain floats: the same sums in the same order; ~0.26 ms, bound by reading the float Lab).
cv::Mat halfBackdrop(const CheckContext& ctx, const BackdropSample& s, cv::Size half) {
  cv::Mat backdrop(half, CV_8U);
  const float c0 = s.colour[0], c1 = s.colour[1], c2 = s.colour[2];
  for (int y = 0; y < half.height; ++y) {
    const float* lab = s.lab.ptr<float>(2 * y);
    const std::uint8_t* valid = ctx.outputValid.ptr<std::uint8_t>(2 * y);
    std::uint8_t* out = backdrop.ptr<std::uint8_t>(y);
    for (int x = 0; x < half.width; ++x) {
      const float* px = lab + 6 * x;
      const float d0 = px[0] - c0, d1 = px[1] - c1, d2 = px[2] - c2;
      float distance = d0 * d0;
      distance += d1 * d1;
      distance += d2 * d2;
      out[x] = valid[2 * x] != 0 && distance < kBackdropDelta * kBackdropDelta ? 255 : 0;
    }
  }
  return backdrop;
}

// The head, hair included, with room for a fringe of hair around it, at half resolution.
cv::RotatedRect halfHead(const Face& f) {
  const double fw = f.faceWidth();
  const double top = f.hairTopY.value_or(f.eyeCentre().y - 0.9 * fw) - 0.2 * fw;
  const double bottom = f.chinY + 0.2 * fw;
  return {cv::Point2f(static_cast<float>(f.faceCentreX() / 2), static_cast<float>((top + bottom) / 4)),
          cv::Size2f(static_cast<float>((f.cheekRight.x - f.cheekLeft.x + 0.5 * fw) / 2),
                     static_cast<float>((bottom - top) / 2)),
          0};
}

// Large areas that are not backdrop (the person, furniture), with a margin, at half resolution. Only the
// parts' areas are needed: counted here from the labels, 0.1 ms against 0.23-0.47 for OpenCV's statistics
// (which also sum every pixel's coordinates for the centroids).
cv::Mat largeOtherAreas(const cv::Mat& backdrop) {
  cv::Mat labels;
  const int n = cv::connectedComponents(~backdrop, labels, 8, CV_32S);
  std::vector<int> pixels(static_cast<std::size_t>(n), 0);
  for (int y = 0; y < labels.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    for (int x = 0; x < labels.cols; ++x) ++pixels[l[x]];
  }
  std::vector<std::uint8_t> large(static_cast<std::size_t>(n), 0);
  for (int i = 1; i < n; ++i) large[i] = pixels[i] > kLargeArea / 4 ? 255 : 0;  // 0: the backdrop itself
  cv::Mat areas(backdrop.size(), CV_8U);
  for (int y = 0; y < areas.rows; ++y) {
    const int* l = labels.ptr<int>(y);
    std::uint8_t* out = areas.ptr<std::uint8_t>(y);
    for (int x = 0; x < areas.cols; ++x) out[x] = large[l[x]];
  }
  const int margin = kLargeMargin / 2;
  cv::dilate(areas, areas, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * margin + 1, 2 * margin + 1)));
  return areas;
}

// Where added text would be seen against the backdrop, at half resolution (a coarse mask: 1.3 ms less a
// still).
cv::Mat halfTextZone(const CheckContext& ctx, const BackdropSample& s) {
  const cv::Size size = ctx.output.size();
  const cv::Mat backdrop = halfBackdrop(ctx, s, cv::Size(size.width / 2, size.height / 2));
  cv::Mat share;
  cv::blur(backdrop, share, cv::Size(kNeighbourhood / 2, kNeighbourhood / 2));
  cv::Mat zone = share > kBackdropShare * 255;
  cv::ellipse(zone, halfHead(ctx.outputFace), cv::Scalar(0), cv::FILLED);
  zone &= ~largeOtherAreas(backdrop);
  return zone;
}

// For each of `to` pixels, the one of `from` that a nearest-neighbour cv::resize reads (OpenCV's own sum).
std::vector<int> nearestSource(int to, int from) {
  const double step = 1.0 / (static_cast<double>(to) / from);
  std::vector<int> source(static_cast<std::size_t>(to));
  for (int i = 0; i < to; ++i) source[i] = std::min(cvFloor(i * step), from - 1);
  return source;
}

// The half-resolution zone enlarged as a nearest-neighbour cv::resize does (each pixel covers 2x2), and
// only where the photo has pixels: one pass instead of a resize and a mask.
cv::Mat fullTextZone(const cv::Mat& halfZone, const cv::Mat& valid) {
  cv::Mat zone(valid.size(), CV_8U);
  const std::vector<int> zoneRow = nearestSource(valid.rows, halfZone.rows);
  const std::vector<int> zoneCol = nearestSource(valid.cols, halfZone.cols);
  for (int y = 0; y < valid.rows; ++y) {
    const std::uint8_t* half = halfZone.ptr<std::uint8_t>(zoneRow[y]);
    const std::uint8_t* v = valid.ptr<std::uint8_t>(y);
    std::uint8_t* out = zone.ptr<std::uint8_t>(y);
    for (int x = 0; x < valid.cols; ++x) out[x] = half[zoneCol[x]] & v[x];
  }
  return zone;
}

}  // namespace

TextStrokes findTextStrokes(const cv::Mat& outputGrey, const SpecProfile& profile) {
  const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kStrokeKernel, kStrokeKernel));
  cv::Mat light, dark;
  cv::morphologyEx(outputGrey, light, cv::MORPH_TOPHAT, kernel);
  cv::morphologyEx(outputGrey, dark, cv::MORPH_BLACKHAT, kernel);
  return {light > profile.textStrokeContrast, dark > profile.textStrokeContrast};
}

CheckResult checkNoText(const CheckContext& ctx) {  // I5
  const Limit& lim = ctx.profile.textScore;
  CheckResult c = makeCheck("I5", "text", 37, "text score", atMost(lim.warn, 1));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) {
    setOutcome(c, CheckStatus::Warn, "看不到足够的背景，无法检查是否加了文字",
               "Too little backdrop is visible to check for added text");
    return c;
  }
  const cv::Mat zone = fullTextZone(halfTextZone(ctx, s), ctx.outputValid);
  const TextStrokes strokes = ctx.textStrokes != nullptr ? *ctx.textStrokes : findTextStrokes(ctx.outputGrey, ctx.profile);
  const MarkRow lightText = strongestRow(strokes.light & zone);
  const MarkRow darkText = strongestRow(strokes.dark & zone);
  const MarkRow& row = lightText.score > darkText.score ? lightText : darkText;
  c.value = row.score;
  setOutcome(c, gradeAbove(c.value, lim), "背景上有后加的文字或水印，请使用相机拍摄的原始照片",
             "Text or a watermark has been added on the backdrop: use the camera's original photo");
  return c;
}

}  // namespace cs
