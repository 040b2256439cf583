// L1 (even light on the face: exposure, left/right balance, no hot spots) and L2 (no red-eye).
#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {
namespace {
constexpr double kRedEyeOverSkin = 2.0;  // a red-eye pixel's R / (G + B), at least this times the skin's
}  // namespace

CheckResult checkExposure(const CheckContext& ctx) {  // L1 exposure
  const Band& warn = ctx.profile.faceLuma;
  const Band& fail = ctx.profile.faceLumaFail;
  CheckResult c = makeCheck("L1", "exposure", 31, "luma", formatRange(warn.min, warn.max));
  const RegionMask face = faceRegion(ctx.outputFace, ctx.output.size());
  const cv::Mat mask = face.mask & ctx.outputValid(face.box);
  if (cv::countNonZero(mask) < 100) return c;
  c.value = cv::mean(ctx.outputGrey(face.box), mask)[0];
  const CheckStatus status = !fail.contains(c.value) ? CheckStatus::Fail
                             : !warn.contains(c.value) ? CheckStatus::Warn
                                                       : CheckStatus::Pass;
  if (c.value < warn.min) {
    setOutcome(c, status, "脸部太暗，请调整曝光或灯光", "The face is too dark: adjust exposure or lights");
  } else {
    setOutcome(c, status, "脸部太亮，请调整曝光或灯光", "The face is too bright: adjust exposure or lights");
  }
  return c;
}

CheckResult checkSideBalance(const CheckContext& ctx) {  // L1 left/right
  const Limit& lim = ctx.profile.sideBalance;
  CheckResult c = makeCheck("L1", "side_balance", 32, "ratio", atMost(lim.warn));
  const cv::Rect left = cheekRect(ctx.outputFace, true, ctx.output.size());
  const cv::Rect right = cheekRect(ctx.outputFace, false, ctx.output.size());
  if (left.area() < 20 || right.area() < 20) return c;
  const cv::Mat y = ctx.outputGrey;
  const double l = cv::mean(y(left))[0], r = cv::mean(y(right))[0];
  c.value = (r - l) / std::max(1.0, (l + r) / 2);  // > 0: the image-left side is darker
  const CheckStatus status = gradeAbove(std::abs(c.value), lim);
  if (c.value > 0) {
    setOutcome(c, status, "左侧光线太暗，请调整灯光", "The left side is too dark: adjust the lights");
  } else {
    setOutcome(c, status, "右侧光线太暗，请调整灯光", "The right side is too dark: adjust the lights");
  }
  return c;
}

CheckResult checkHotSpots(const CheckContext& ctx) {  // L1 highlights
  const Limit& lim = ctx.profile.hotSpotFraction;
  CheckResult c = makeCheck("L1", "hot_spots", 33, "fraction", atMost(lim.warn));
  const RegionMask face = faceAndForeheadRegion(ctx.outputFace, ctx.output.size());
  const cv::Mat mask = face.mask & ctx.outputValid(face.box);
  const int area = cv::countNonZero(mask);
  if (area < 100) return c;
  cv::Mat clippedPixels = (ctx.outputGrey(face.box) >= 250) & mask;
  c.value = static_cast<double>(cv::countNonZero(clippedPixels)) / area;
  setOutcome(c, gradeAbove(c.value, lim), "脸上有高光光斑，请调整灯光", "Bright spot on the face: adjust the lights");
  return c;
}

CheckResult checkRedEye(const CheckContext& ctx) {  // L2
  const Limit& lim = ctx.profile.redEyeFraction;
  CheckResult c = makeCheck("L2", "red_eye", 34, "fraction", atMost(lim.warn));
  // A red reflex is far redder than the person's own skin; under warm light the lids of narrowed eyes are
  // red too, but no redder than the rest of the face. Skin's R / (G + B) over the face, as a baseline.
  const RegionMask face = faceRegion(ctx.outputFace, ctx.output.size());
  const cv::Mat faceMask = face.mask & ctx.outputValid(face.box);
  if (cv::countNonZero(faceMask) < 100) return c;
  const cv::Scalar skin = cv::mean(ctx.output(face.box), faceMask);
  const double skinRedness = skin[0] / std::max(1.0, skin[1] + skin[2]);
  double worst = 0;
  for (bool left : {true, false}) {
    const int first = left ? 36 : 42;
    const RegionMask eye = polygonRegion(ctx.output.size(), ctx.outputFace.landmarks,
                                         {first, first + 1, first + 2, first + 3, first + 4, first + 5});
    const int area = cv::countNonZero(eye.mask);
    if (area < 10) continue;
    int red = 0;
    for (int y = 0; y < eye.box.height; ++y) {
      for (int x = 0; x < eye.box.width; ++x) {
        if (eye.mask.at<std::uint8_t>(y, x) == 0) continue;
        const auto& p = ctx.output.at<cv::Vec3b>(eye.box.y + y, eye.box.x + x);
        const bool strongRed = p[0] > 120 && p[0] > 2 * p[1] && p[0] > 2 * p[2];
        red += strongRed && p[0] > kRedEyeOverSkin * skinRedness * (p[1] + p[2]);  // redder than the skin too
      }
    }
    worst = std::max(worst, static_cast<double>(red) / area);
  }
  c.value = worst;
  setOutcome(c, gradeAbove(c.value, lim), "有红眼，请关闭闪光灯或调整灯光", "Red-eye: turn off the flash or move the lights");
  return c;
}

}  // namespace cs
