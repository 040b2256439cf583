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
  // Shrinking a lot: average whole blocks of source pixels first (an integer factor, leaving at most 2x),
  // so fine hair and skin texture do not alias; the exact sub-pixel placement is then one warpAffine.
  cv::Mat part = rgb(inside);
  const double offsetX = inside.x - plan.window.x, offsetY = inside.y - plan.window.y;
  const int factor = plan.scale < 0.5 ? static_cast<int>(std::floor(0.5 / plan.scale)) : 1;
  if (factor >= 2) cv::resize(part, part, cv::Size(part.cols / factor, part.rows / factor), 0, 0, cv::INTER_AREA);
  const double sx = plan.scale * inside.width / part.cols, sy = plan.scale * inside.height / part.rows;
  const cv::Mat m = (cv::Mat_<double>(2, 3) << sx, 0, offsetX * plan.scale, 0, sy, offsetY * plan.scale);
  cv::warpAffine(part, out, m, outSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
  if (valid != nullptr && inside == window) {
    valid->setTo(255);  // the usual case: the whole window is photo
  } else if (valid != nullptr) {
    cv::Mat ones(part.size(), CV_8U, cv::Scalar(255));
    cv::warpAffine(ones, *valid, m, outSize, cv::INTER_NEAREST, cv::BORDER_CONSTANT, cv::Scalar(0));
  }
  return out;
}

}  // namespace cs
