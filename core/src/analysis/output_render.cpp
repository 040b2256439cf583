#include "analysis/output_render.h"

#include <opencv2/imgproc.hpp>

#include <cmath>



namespace cs {
namespace {

// Shrinking a lot: average whole blocks of source pixels first (an integer factor, leaving at most 2x),
// so fine hair and skin texture do not alias.
cv::Mat preShrunk(const cv::Mat& part, double scale) {
  const int factor = scale < 0.5 ? static_cast<int>(std::floor(0.5 / scale)) : 1;
  if (factor < 2) return part;
  cv::Mat out;
  cv::resize(part, out, cv::Size(part.cols / factor, part.rows / factor), 0, 0, cv::INTER_AREA);
  return out;
}

}  // namespace

cv::Mat renderWindow(const cv::Mat& rgb, const CropPlan& plan, const SpecProfile& profile, cv::Mat* valid) {
  const cv::Size outSize(profile.outputWidth, profile.outputHeight);
  const cv::Rect whole(0, 0, rgb.cols, rgb.rows);
  // The usual case, the window inside the photo: one plain resize of the window rounded to whole source
  // pixels (at most half a source pixel off, under half an output pixel), 3-4x faster than a warp.
  const cv::Rect rounded(cvRound(plan.window.x), cvRound(plan.window.y), cvRound(plan.window.width),
                         cvRound(plan.window.height));
  if (rounded.area() > 0 && (rounded & whole) == rounded) {
    cv::Mat out;
    cv::resize(preShrunk(rgb(rounded), plan.scale), out, outSize, 0, 0, cv::INTER_LINEAR);
    if (valid != nullptr) *valid = cv::Mat(outSize, CV_8U, cv::Scalar(255));
    return out;
  }
  const cv::Rect window(static_cast<int>(std::floor(plan.window.x)), static_cast<int>(std::floor(plan.window.y)),
                        static_cast<int>(std::ceil(plan.window.width)) + 1,
                        static_cast<int>(std::ceil(plan.window.height)) + 1);
  const cv::Rect inside = window & whole;
  cv::Mat out(outSize, CV_8UC3, cv::Scalar::all(0));
  if (valid != nullptr) *valid = cv::Mat(outSize, CV_8U, cv::Scalar(0));
  if (inside.empty()) return out;
  // Part of the window is outside the photo (analysis and preview only): place what there is exactly.
  const cv::Mat part = preShrunk(rgb(inside), plan.scale);
  const double offsetX = inside.x - plan.window.x, offsetY = inside.y - plan.window.y;
  const double sx = plan.scale * inside.width / part.cols, sy = plan.scale * inside.height / part.rows;
  const cv::Mat m = (cv::Mat_<double>(2, 3) << sx, 0, offsetX * plan.scale, 0, sy, offsetY * plan.scale);
  cv::warpAffine(part, out, m, outSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  if (valid != nullptr) {
    cv::Mat ones(part.size(), CV_8U, cv::Scalar(255));
    cv::warpAffine(ones, *valid, m, outSize, cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
  }
  return out;
}

}  // namespace cs
