// P2 (both eyes open) and P5 (lips closed), from the landmarks and the pixels of the mouth.
#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {
namespace {

// Eye aspect ratio: lid-to-lid height over corner-to-corner width. Naturally narrow eyes sit near 0.2,
// closed eyes below ~0.12.
double eyeAspect(const Landmarks& p, int first) {
  const double h = distance(p[first + 1], p[first + 5]) + distance(p[first + 2], p[first + 4]);
  return h / (2 * std::max(1.0, distance(p[first], p[first + 3])));
}

// Share of the mouth's inner region (between the inner lip landmarks, grown a little) that is bright,
// unsaturated enamel rather than lip or skin.
double teethFraction(const cv::Mat& rgb, const Face& f) {
  const Landmarks& p = f.landmarks;
  const double mouthWidth = std::max(1.0, distance(p[48], p[54]));
  const cv::Rect box = clipped(cv::Rect(cv::Point(cvRound(p[60].x), cvRound(std::min(p[61].y, p[63].y) - 0.06 * mouthWidth)),
                                        cv::Point(cvRound(p[64].x), cvRound(std::max(p[65].y, p[67].y) + 0.06 * mouthWidth))),
                               rgb.size());
  if (box.area() < 4) return 0;
  cv::Mat hsv;
  cv::cvtColor(rgb(box), hsv, cv::COLOR_RGB2HSV);
  cv::Mat lipHsv;
  const cv::Rect lipBox = clipped(cv::Rect(cv::Point(cvRound(p[48].x), cvRound(p[50].y)),
                                           cv::Point(cvRound(p[54].x), cvRound(p[57].y))), rgb.size());
  cv::cvtColor(rgb(lipBox), lipHsv, cv::COLOR_RGB2HSV);
  const double lipValue = cv::mean(lipHsv)[2];
  int teeth = 0;
  for (int y = 0; y < hsv.rows; ++y) {
    for (int x = 0; x < hsv.cols; ++x) {
      const auto& v = hsv.at<cv::Vec3b>(y, x);
      teeth += v[1] < 90 && v[2] > std::max(120.0, lipValue * 1.25);
    }
  }
  // Normalised by a closed mouth's nominal inner area (width x 1/4 width), so a thin line of teeth counts less.
  return teeth / (mouthWidth * mouthWidth * 0.25);
}

}  // namespace

CheckResult checkEyesOpen(const CheckContext& ctx) {  // P2
  const Limit& lim = ctx.profile.eyeOpenness;
  CheckResult c = makeCheck("P2", "eyes_open", 51, "ratio", atLeast(lim.warn, 2));
  const Landmarks& p = ctx.outputFace.landmarks;
  c.value = std::min(eyeAspect(p, 36), eyeAspect(p, 42));
  setOutcome(c, gradeBelow(c.value, lim), "请睁开眼睛，平视镜头", "Open the eyes and look straight at the lens");
  return c;
}

CheckResult checkMouthClosed(const CheckContext& ctx) {  // P5
  const Limit& gapLimit = ctx.profile.mouthOpenness;
  const Limit& teethLimit = ctx.profile.teethFraction;
  CheckResult c = makeCheck("P5", "mouth_closed", 52, "ratio", atMost(gapLimit.warn, 2));
  const Landmarks& p = ctx.outputFace.landmarks;
  const double width = std::max(1.0, distance(p[60], p[64]));
  const double gap = (distance(p[61], p[67]) + distance(p[62], p[66]) + distance(p[63], p[65])) / (3 * width);
  const double teeth = teethFraction(ctx.output, ctx.outputFace);
  c.value = gap;
  const CheckStatus byGap = gradeAbove(gap, gapLimit), byTeeth = gradeAbove(teeth, teethLimit);
  const CheckStatus status = std::max(byGap, byTeeth, [](CheckStatus a, CheckStatus b) {
    auto rank = [](CheckStatus s) { return s == CheckStatus::Fail ? 2 : s == CheckStatus::Warn ? 1 : 0; };
    return rank(a) < rank(b);
  });
  if (byTeeth != CheckStatus::Pass && byGap == CheckStatus::Pass) {
    c.key = "teeth";
    c.value = teeth;
    c.range = atMost(teethLimit.warn, 2);
    setOutcome(c, status, "露出牙齿，请自然闭合嘴唇", "Teeth are showing: close the lips naturally");
  } else {
    setOutcome(c, status, "请自然闭合嘴唇", "Close the lips naturally");
  }
  return c;
}

}  // namespace cs
