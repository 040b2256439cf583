// B1 (uniform, no gradient), B2 (no shadow, nothing else in view), B3 (light blue, white or light grey)
// and C1 (clothing distinct from the backdrop), measured on the output photo's backdrop.
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

#include "checks/backdrop_sample.h"
#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"
#include "image/lab.h"

namespace cs {
namespace {

constexpr int kMinClothingPixels = 400;

// The pixels of `area` that are not skin: not within the face's own colour (a*b* within 7) at any lightness
// from a shadowed neck (30 darker) to a lit chest (15 lighter). Hair, white, grey and dark clothing differ.
cv::Mat clothingNotSkin(const CheckContext& ctx, cv::Rect area) {
  const RegionMask face = faceRegion(ctx.outputFace, ctx.output.size());
  const cv::Mat faceMask = face.mask & ctx.outputValid(face.box);
  cv::Mat notSkin = ctx.outputValid(area).clone();
  if (cv::countNonZero(faceMask) < 100) return notSkin;
  const cv::Scalar skin = cv::mean(ctx.backdrop->lab(face.box), faceMask);
  for (int y = 0; y < area.height; ++y) {
    const cv::Vec3f* lab = ctx.backdrop->lab.ptr<cv::Vec3f>(area.y + y) + area.x;
    std::uint8_t* keep = notSkin.ptr<std::uint8_t>(y);
    for (int x = 0; x < area.width; ++x) {
      const double da = lab[x][1] - skin[1], db = lab[x][2] - skin[2], dl = lab[x][0] - skin[0];
      if (da * da + db * db < 100 && dl > -35 && dl < 20) keep[x] = 0;
    }
  }
  return notSkin;
}

cv::Vec3f referenceLab(const BackdropColour& c) { return exactLab(cv::Vec3d(c.rgb[0], c.rgb[1], c.rgb[2])); }

// Mean L of the backdrop pixels of `mask` inside `area`, or NaN when there are too few.
double patchLightness(const BackdropSample& s, const cv::Mat& mask, cv::Rect area) {
  area &= cv::Rect(0, 0, mask.cols, mask.rows);
  if (area.area() == 0) return std::nan("");
  int n = 0;
  const cv::Vec3f m = meanLab(s.lab(area), mask(area), &n);
  return n < 150 ? std::nan("") : m[0];
}

CheckResult notAssessed(CheckResult c) {
  setOutcome(c, CheckStatus::Warn, "看不到足够的背景，无法检查背景", "Too little backdrop is visible to check it");
  return c;
}

}  // namespace

CheckResult checkBackdropUniform(const CheckContext& ctx) {  // B1 texture / clutter
  const Limit& lim = ctx.profile.backdropNoise;
  CheckResult c = makeCheck("B1", "uniform", 41, "gradient", atMost(lim.warn, 1));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) {
    // No plain backdrop above the head at all (hair or objects fill the frame): B1 cannot be met.
    setOutcome(c, CheckStatus::Fail, "头顶上方看不到背景，请露出干净的背景",
               "No backdrop is visible above the head: show a plain backdrop there");
    return c;
  }
  // Mean edge strength above the head: a plain backdrop has almost none; patterns, objects, text and
  // door frames have plenty.
  const cv::Rect rows = cv::boundingRect(s.topStrip);  // only the strip's rows need gradients
  cv::Mat l, gx, gy, mag;
  cv::extractChannel(s.lab(rows), l, 0);
  cv::GaussianBlur(l, l, cv::Size(0, 0), 2.0);  // sensor noise and JPEG grain average out; edges of objects stay
  cv::Sobel(l, gx, CV_32F, 1, 0);
  cv::Sobel(l, gy, CV_32F, 0, 1);
  cv::magnitude(gx, gy, mag);
  c.value = cv::mean(mag, s.topStrip(rows))[0];
  setOutcome(c, gradeAbove(c.value, lim), "背景不干净（有图案、物体或文字），请使用纯色背景布",
             "The backdrop is not plain (pattern, objects or text): use a plain backdrop");
  return c;
}

CheckResult checkBackdropGradient(const CheckContext& ctx) {  // B1 gradient
  const Limit& lim = ctx.profile.backdropGradient;
  CheckResult c = makeCheck("B1", "gradient", 42, "L", atMost(lim.warn, 1));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  const int w = s.lab.cols, stripRows = std::max(8, cv::countNonZero(s.topStrip) / std::max(1, w));
  const int y0 = static_cast<int>(ctx.outputFace.eyeCentre().y), y1 = static_cast<int>(ctx.outputFace.chinY);
  const double patches[] = {
      patchLightness(s, s.topStrip, cv::Rect(0, 0, w / 4, stripRows)),
      patchLightness(s, s.topStrip, cv::Rect(w - w / 4, 0, w / 4, stripRows)),
      patchLightness(s, s.nearHead, cv::Rect(0, y0, 40, std::max(1, y1 - y0))),
      patchLightness(s, s.nearHead, cv::Rect(w - 40, y0, 40, std::max(1, y1 - y0))),
  };
  double lo = 1e9, hi = -1e9;
  for (double v : patches) {
    if (std::isnan(v)) continue;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  c.value = hi > lo ? hi - lo : 0;
  setOutcome(c, gradeAbove(c.value, lim), "背景明暗不均匀，请检查背景布和灯光", "Uneven backdrop: check the cloth and the lights");
  return c;
}

CheckResult checkBackdropFalloff(const CheckContext& ctx) {  // B1 falloff
  const Limit& lim = ctx.profile.backdropFalloff;
  CheckResult c = makeCheck("B1", "falloff", 42, "ratio", atMost(lim.warn, 2));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  // The backdrop darker beside the head on BOTH sides than above it: the light falls off down the cloth (a
  // cast shadow darkens one side, B2). A studio backdrop beside the head is as light as above it or
  // lighter (at most 0.014 darker over the shared portraits); a top-to-bottom gradient 0.14-0.24.
  if (!s.darkerLeft || !s.darkerRight) {
    c.status = CheckStatus::Pass;  // the head fills one side: no way to tell a gradient from a shadow
    return c;
  }
  c.value = std::max(0.0, std::min(*s.darkerLeft, *s.darkerRight));
  setOutcome(c, gradeAbove(c.value, lim), "背景下半部分变暗，请把背景布照亮均匀",
             "The backdrop gets darker towards the bottom: light the backdrop evenly");
  return c;
}

CheckResult checkBackdropShadow(const CheckContext& ctx) {  // B2
  const Limit& lim = ctx.profile.backdropShadow;
  CheckResult c = makeCheck("B2", "shadow", 43, "ratio", atMost(lim.warn, 2));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  // A cast shadow falls on one side of the head: compare each side with the backdrop above the head
  // and keep the darker side.
  if (!s.darkerLeft && !s.darkerRight) {
    c.status = CheckStatus::Pass;  // the head fills both sides: no backdrop there to cast a shadow on
    return c;
  }
  c.value = std::max({0.0, s.darkerLeft.value_or(0.0), s.darkerRight.value_or(0.0)});
  setOutcome(c, gradeAbove(c.value, lim), "背景有阴影，请让考生离背景远一点", "Shadow on the backdrop: move the candidate away from it");
  return c;
}

CheckResult checkBackdropColour(const CheckContext& ctx) {  // B3
  const Limit& lim = ctx.profile.backdropColourDistance;
  CheckResult c = makeCheck("B3", "colour", 44, "deltaE", atMost(lim.warn, 0));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  // Distance in colour (a*, b*) to the allowed colours and every mix of them: a real backdrop is a paler
  // or stronger shade of a reference, never the reference itself. White and light grey sit on the neutral
  // point; light blue spans the segment from neutral to a little beyond the reference (1.3x its chroma).
  // Lightness is checked separately (B3 lightness).
  const cv::Vec2d measured(s.colour[1], s.colour[2]);
  double best = cv::norm(measured);  // to neutral
  for (const BackdropColour& ref : ctx.profile.backdrops) {
    const cv::Vec3f r = referenceLab(ref);
    const cv::Vec2d end(1.3 * r[1], 1.3 * r[2]);
    const double t = std::clamp(measured.dot(end) / std::max(1e-9, end.dot(end)), 0.0, 1.0);
    best = std::min(best, cv::norm(measured - t * end));
  }
  c.value = best;
  setOutcome(c, gradeAbove(best, lim), "背景颜色不符合要求（应为浅蓝、白或浅灰）",
             "Backdrop colour must be light blue, white or light grey");
  return c;
}

CheckResult checkBackdropLightness(const CheckContext& ctx) {  // B3 lightness
  const Limit& lim = ctx.profile.backdropMinLightness;
  CheckResult c = makeCheck("B3", "lightness", 45, "L*", atLeast(lim.warn));
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  // Cameras render a light-grey cloth darker than 240,240,240, but a mid-grey, a deep "ID blue" or an
  // underexposed backdrop is a different colour: all three allowed colours are light.
  c.value = s.colour[0];
  setOutcome(c, gradeBelow(c.value, lim), "背景太暗（应为浅蓝、白或浅灰），请检查背景布和灯光",
             "The backdrop is too dark (must be light blue, white or light grey): check the cloth and the lights");
  return c;
}

CheckResult checkClothingContrast(const CheckContext& ctx) {  // C1
  const Limit& lim = ctx.profile.clothingContrast;
  CheckResult c = makeCheck("C1", "clothing", 46, "deltaE", atLeast(lim.warn));
  c.estimate = true;
  const BackdropSample& s = *ctx.backdrop;
  if (!s.usable) return notAssessed(c);
  const cv::Rect area = clothingRect(ctx.outputFace, s.lab.size());
  if (area.height < 10 || area.width < 10) {
    c.status = CheckStatus::Pass;  // no clothing in the frame
    return c;
  }
  // The clothing, not the skin: a wide neckline shows the neck and shoulders, whose contrast with the
  // backdrop would hide a white shirt on a white backdrop. Skin is told by this person's own face.
  cv::Mat sides = clothingNotSkin(ctx, area);
  if (cv::countNonZero(sides) < kMinClothingPixels) sides = ctx.outputValid(area);  // hardly any clothing shows
  const cv::Scalar m = cv::mean(s.lab(area), sides);
  c.value = std::sqrt(std::pow(m[0] - s.colour[0], 2) + std::pow(m[1] - s.colour[1], 2) + std::pow(m[2] - s.colour[2], 2));
  setOutcome(c, gradeBelow(c.value, lim), "衣服颜色与背景太接近，请更换衣服或背景",
             "Clothing too close to the backdrop colour: change the clothing or the backdrop");
  return c;
}

}  // namespace cs
