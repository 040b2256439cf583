// I1 (a colour photo) and I4 (in focus, enough resolution), measured on the pixels.
#include <opencv2/imgproc.hpp>

#include <cmath>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"
#include "image/lab.h"

namespace cs {
namespace {

// Mean chroma (Lab a*b* distance from neutral) over a small copy of the whole image: a greyscale photo
// stored as RGB has almost none.
double meanChroma(const cv::Mat& rgb) {
  // Every step-th pixel of every step-th row: ~20,000 samples whatever the photo's size.
  const int step = std::max(1, static_cast<int>(std::sqrt(static_cast<double>(rgb.total()) / 20000.0)));
  cv::Mat samples(1, ((rgb.rows + step - 1) / step) * ((rgb.cols + step - 1) / step), CV_8UC3);
  int n = 0;
  for (int y = 0; y < rgb.rows; y += step) {
    for (int x = 0; x < rgb.cols; x += step) samples.at<cv::Vec3b>(0, n++) = rgb.at<cv::Vec3b>(y, x);
  }
  const cv::Mat lab = fastLab(samples);
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    const auto& v = lab.at<cv::Vec3f>(0, i);
    sum += std::hypot(v[1], v[2]);
  }
  return sum / std::max(1, n);
}

}  // namespace

CheckResult checkColourPhoto(const CheckContext& ctx) {  // I1
  const Limit& lim = ctx.profile.colourfulness;
  CheckResult c = makeCheck("I1", "colour", 1, "chroma", atLeast(lim.warn));
  if (ctx.source != nullptr && ctx.source->channels <= 2) {
    c.value = 0;
    setOutcome(c, CheckStatus::Fail, "这是黑白照片，请拍摄彩色照片", "This is a greyscale photo: take a colour photo");
    return c;
  }
  c.value = meanChroma(ctx.rgb);
  setOutcome(c, gradeBelow(c.value, lim), "照片几乎没有颜色（黑白或偏色），请拍摄彩色照片",
             "The photo has almost no colour (greyscale?): take a colour photo");
  return c;
}

CheckResult checkFocus(const CheckContext& ctx) {  // I4
  const Limit& lim = ctx.profile.sharpness;
  CheckResult c = makeCheck("I4", "focus", 35, "sharpness", atLeast(lim.warn));
  if (ctx.plan.scale > ctx.profile.maxUpscale) {
    c.value = ctx.plan.scale;
    c.unit = "upscale";
    c.range = atMost(ctx.profile.maxUpscale, 1);
    setOutcome(c, CheckStatus::Fail, "照片分辨率太低，请靠近一点或使用更高分辨率",
               "The photo's resolution is too low: move closer or use a higher resolution");
    return c;
  }
  // Sharpness: the spread of the Laplacian over the eyes-to-mouth area of the 480x640 output (the same
  // scale for every source), where a focused face always has fine detail (lashes, lip edges).
  const Face& f = ctx.outputFace;
  const cv::Rect area = clipped(cv::Rect(cv::Point(cvRound(f.landmarks[36].x), cvRound(f.landmarks[19].y)),
                                         cv::Point(cvRound(f.landmarks[45].x), cvRound(f.landmarks[57].y))),
                                ctx.output.size());
  if (area.area() < 100) return c;
  cv::Mat lap;
  cv::Laplacian(ctx.outputGrey(area), lap, CV_32F, 3);
  cv::Scalar mean, stddev;
  cv::meanStdDev(lap, mean, stddev);
  c.value = stddev[0];
  setOutcome(c, gradeBelow(c.value, lim), "画面模糊，请对焦并保持不动", "Blurred: focus and hold still");
  return c;
}

}  // namespace cs
