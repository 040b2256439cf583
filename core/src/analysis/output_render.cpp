#include "analysis/output_render.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace cs {

cv::Mat renderWindow(const cv::Mat& rgb, const CropPlan& plan, const SpecProfile& profile, cv::Mat* valid) {
  const cv::Size outSize(profile.outputWidth, profile.outputHeight);
  const cv::Rect whole(0, 0, rgb.cols, rgb.rows);
  const cv::Rect window(static_cast<int>(std::floor(plan.window.x)), static_cast<int>(std::floor(plan.window.y)),
                        static_cast<int>(std::ceil(plan.window.width)) + 1,
                        static_cast<int>(std::ceil(plan.window.height)) + 1);
  const cv::Rect inside = window & whole;
  cv::Mat out(outSize, CV_8UC3, cv::Scalar::all(0));
  if (valid != nullptr) *valid = cv::Mat(outSize, CV_8U, cv::Scalar(0));
  if (inside.empty()) return out;
  // Shrinking: average the source pixels (INTER_AREA) before the exact sub-pixel placement, so fine hair
  // and skin texture do not alias.
  cv::Mat part = rgb(inside);
  double sx = plan.scale;
  double offsetX = inside.x - plan.window.x, offsetY = inside.y - plan.window.y;
  if (plan.scale < 0.5) {
    const double pre = 2 * plan.scale;  // shrink to twice the output size first, then finish with warpAffine
    cv::resize(part, part, cv::Size(), pre, pre, cv::INTER_AREA);
    sx = plan.scale / (static_cast<double>(part.cols) / inside.width);
  }
  const double sy = plan.scale / (static_cast<double>(part.rows) / inside.height);
  const cv::Mat m = (cv::Mat_<double>(2, 3) << sx, 0, offsetX * plan.scale, 0, sy, offsetY * plan.scale);
  cv::warpAffine(part, out, m, outSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  if (valid != nullptr) {
    cv::Mat ones(part.size(), CV_8U, cv::Scalar(255));
    cv::warpAffine(ones, *valid, m, outSize, cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
  }
  return out;
}

}  // namespace cs
