// I1 (a colour photo) and I4 (in focus, enough resolution), measured on the pixels.
#include <opencv2/imgproc.hpp>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {
namespace {

// Mean chroma (Lab a*b* distance from neutral) over a small copy of the whole image: a greyscale photo
// stored as RGB has almost none.
double meanChroma(const cv::Mat& rgb) {
  cv::Mat small, lab;
  const double scale = 200.0 / std::max(rgb.cols, rgb.rows);
  cv::resize(rgb, small, cv::Size(), std::min(scale, 1.0), std::min(scale, 1.0), cv::INTER_AREA);
  small.convertTo(small, CV_32F, 1.0 / 255);
  cv::cvtColor(small, lab, cv::COLOR_RGB2Lab);
  double sum = 0;
  for (int y = 0; y < lab.rows; ++y) {
    for (int x = 0; x < lab.cols; ++x) {
      const auto& v = lab.at<cv::Vec3f>(y, x);
      sum += std::hypot(v[1], v[2]);
    }
  }
  return sum / std::max(1, lab.rows * lab.cols);
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
  cv::Mat grey, lap;
  cv::cvtColor(ctx.output(area), grey, cv::COLOR_RGB2GRAY);
  cv::Laplacian(grey, lap, CV_32F, 3);
  cv::Scalar mean, stddev;
  cv::meanStdDev(lap, mean, stddev);
  c.value = stddev[0];
  setOutcome(c, gradeBelow(c.value, lim), "画面模糊，请对焦并保持不动", "Blurred: focus and hold still");
  return c;
}

}  // namespace cs
