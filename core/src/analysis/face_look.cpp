#include "analysis/face_look.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace cs {
namespace {

// Below this, a patch is flat (a plain backdrop): its look is all zero. In grey levels (0..255).
constexpr double kFlatContrast = 2;

// Removes the best-fitting plane a + b*x + c*y from `patch` (mean and straight shading). Scaling the
// contrast to 1 would otherwise blow a backdrop's faint lighting ramp up into a look as strong as a
// face's, and it would partly match a face under the same side light (0.26 in the side-lit test; 0 with
// the shading removed), eating into the margin below kSameFaceSimilarity.
void withoutShading(cv::Mat& patch) {
  static const cv::Mat ramp = [] {  // -11.5 .. 11.5 across the patch: centred, so the fits are independent
    cv::Mat r(1, kFacePatchSide, CV_32F);
    for (int i = 0; i < kFacePatchSide; ++i) r.at<float>(i) = static_cast<float>(i - (kFacePatchSide - 1) / 2.0);
    return r;
  }();
  static const cv::Mat xs = cv::repeat(ramp, kFacePatchSide, 1);
  static const cv::Mat ys = xs.t();
  const double rampEnergy = xs.dot(xs);
  patch -= cv::mean(patch)[0];
  patch -= xs * (patch.dot(xs) / rampEnergy);
  patch -= ys * (patch.dot(ys) / rampEnergy);
}

// The grey levels inside `box` of `rgb`, area-averaged to side x side (CV_32F). The part of the box
// outside the frame repeats the frame's edge; empty when less than half the box is inside.
cv::Mat greyPatch(const cv::Mat& rgb, const RectF& box, int side) {
  const cv::Rect wanted(cvRound(box.x), cvRound(box.y), cvRound(box.width), cvRound(box.height));
  const cv::Rect inside = wanted & cv::Rect(0, 0, rgb.cols, rgb.rows);
  if (wanted.area() <= 0 || inside.area() * 2 < wanted.area()) return {};
  const double sx = static_cast<double>(side) / wanted.width;
  const double sy = static_cast<double>(side) / wanted.height;
  const int left = std::min(side - 1, cvRound((inside.x - wanted.x) * sx));
  const int top = std::min(side - 1, cvRound((inside.y - wanted.y) * sy));
  const int width = std::clamp(cvRound(inside.width * sx), 1, side - left);
  const int height = std::clamp(cvRound(inside.height * sy), 1, side - top);
  // Bilinear to 4x the patch first (reads only the pixels it needs), then a 4x4 area average: nearly the
  // same patch as an area average of the whole box, at a fraction of the cost for a large face.
  cv::Mat fine, small, grey, padded, patch;
  cv::resize(rgb(inside), fine, {4 * width, 4 * height}, 0, 0, cv::INTER_LINEAR);
  cv::resize(fine, small, {width, height}, 0, 0, cv::INTER_AREA);
  cv::cvtColor(small, grey, cv::COLOR_RGB2GRAY);
  cv::copyMakeBorder(grey, padded, top, side - top - height, left, side - left - width, cv::BORDER_REPLICATE);
  padded.convertTo(patch, CV_32F);
  return patch;
}

// A kFacePatchSide square grey patch made into a look (see facePatch).
cv::Mat lookOf(cv::Mat patch) {
  if (patch.empty()) return patch;
  withoutShading(patch);
  cv::Scalar mean, contrast;
  cv::meanStdDev(patch, mean, contrast);
  if (contrast[0] < kFlatContrast) return cv::Mat::zeros(kFacePatchSide, kFacePatchSide, CV_32F);
  return patch / contrast[0];
}

// patchSimilarity(look, lookOf(window)) for the window of `around` at (dx, dy), in one pass and without
// building the window's look (25 windows per frame): `look` has no mean and no shading left (it is
// orthogonal to 1, x and y), so its product with the window equals that with the window's residual, and
// only the residual's contrast needs the window's mean and shading, taken out by projection.
double similarityAt(const cv::Mat& look, const cv::Mat& around, int dx, int dy) {
  constexpr int n = kFacePatchSide;
  constexpr double centre = (n - 1) / 2.0;
  constexpr double count = n * n;
  double sum = 0, squares = 0, alongX = 0, alongY = 0, withLook = 0;
  for (int y = 0; y < n; ++y) {
    const float* w = around.ptr<float>(y + dy) + dx;
    const float* l = look.ptr<float>(y);
    double row = 0;
    for (int x = 0; x < n; ++x) {
      const double v = w[x];
      row += v;
      squares += v * v;
      alongX += v * (x - centre);
      withLook += v * l[x];
    }
    sum += row;
    alongY += row * (y - centre);
  }
  double rampEnergy = 0;  // the sum of (x - centre)^2 over the patch, the same for y
  for (int x = 0; x < n; ++x) rampEnergy += n * (x - centre) * (x - centre);
  const double residual = squares - sum * sum / count - (alongX * alongX + alongY * alongY) / rampEnergy;
  const double contrast = std::sqrt(std::max(0.0, residual) / count);
  return contrast < kFlatContrast ? 0 : withLook / count / contrast;
}

}  // namespace

cv::Mat facePatch(const cv::Mat& rgb, const RectF& box) { return lookOf(greyPatch(rgb, box, kFacePatchSide)); }

double patchSimilarity(const cv::Mat& a, const cv::Mat& b) {
  if (a.empty() || b.empty() || a.size != b.size) return 0;
  return a.dot(b) / static_cast<double>(a.total());  // both have mean 0 and standard deviation 1 (or are 0)
}

double lookSimilarity(const cv::Mat& look, const cv::Mat& rgb, const RectF& box) {
  if (look.empty()) return 0;
  // The box grown by kLookSlack cells on every side, sampled at the same scale as the look.
  const double cellX = box.width / kFacePatchSide, cellY = box.height / kFacePatchSide;
  const RectF grown{box.x - kLookSlack * cellX, box.y - kLookSlack * cellY, box.width + 2 * kLookSlack * cellX,
                    box.height + 2 * kLookSlack * cellY};
  const cv::Mat around = greyPatch(rgb, grown, kFacePatchSide + 2 * kLookSlack);
  if (around.empty()) return 0;
  double best = -1;
  for (int dy = 0; dy <= 2 * kLookSlack; ++dy) {
    for (int dx = 0; dx <= 2 * kLookSlack; ++dx) best = std::max(best, similarityAt(look, around, dx, dy));
  }
  return best;
}

}  // namespace cs
