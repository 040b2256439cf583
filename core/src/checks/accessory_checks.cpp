// A1 (no tinted lenses, no reflections on glasses) and A4 (hair clear of the brows): estimates. Eye areas
// much darker than the cheeks suggest tinted lenses; bright specular spots around the eyes suggest glare on
// lenses; hair-coloured pixels just above the brows suggest a fringe over them.
// The station warns and leaves the decision to the photographer (spec: estimates only warn).
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "checks/backdrop_sample.h"
#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {
namespace {

// An estimate never fails (spec): whatever its limits grade worse than a pass is a warning, for a person
// to confirm.
void setEstimateOutcome(CheckResult& c, CheckStatus graded, const char* zh, const char* en) {
  setOutcome(c, graded == CheckStatus::Pass ? CheckStatus::Pass : CheckStatus::Warn, zh, en);
}

constexpr double kHairSkinContrast = 20;  // Lab distance below which hair and skin are not told apart
constexpr double kBandTop = 0.14;         // face widths above a brow point: the band looked at, above brow points 18-25
constexpr double kBandBottom = 0.05;      // ... starting this far above it, clear of the brow's own hairs
}  // namespace

CheckResult checkGlassesGlare(const CheckContext& ctx) {  // A1
  const Limit& lim = ctx.profile.glareFraction;
  CheckResult c = makeCheck("A1", "glasses_glare", 61, "fraction", atMost(lim.warn, 3));
  c.estimate = true;
  const cv::Mat& grey = ctx.outputGrey;
  double worst = 0;
  for (bool left : {true, false}) {
    const cv::Rect area = eyeRect(ctx.outputFace, left, 0.5, grey.size());
    if (area.area() < 20) continue;
    worst = std::max(worst, static_cast<double>(cv::countNonZero(grey(area) >= 245)) / area.area());
  }
  c.value = worst;
  // A bright catch-light in a bare eye looks the same to pixels.
  setEstimateOutcome(c, gradeAbove(c.value, lim), "眼镜可能反光，请调整灯光角度或稍低头（请人工确认）",
                     "Possible glare on the glasses: move the lights or tip the head slightly (please confirm by eye)");
  return c;
}

namespace {

// The lens area of one eye: the eye's landmark box grown by a third of its width each way, so about the
// middle of any lens (0.3 face widths and more across), and on a bare face the lids and the skin around.
constexpr double kLensGrow = 0.33;

// The grey level a share `q` of the pixels of `area` lie at or below.
double percentile(const cv::Mat& grey, const cv::Rect& area, double q) {
  int histogram[256] = {};
  for (int y = area.y; y < area.br().y; ++y) {
    const std::uint8_t* row = grey.ptr<std::uint8_t>(y);
    for (int x = area.x; x < area.br().x; ++x) ++histogram[row[x]];
  }
  const int wanted = static_cast<int>(q * area.area());
  int seen = 0;
  for (int v = 0; v < 256; ++v) {
    if ((seen += histogram[v]) > wanted) return v;
  }
  return 255;
}

}  // namespace

// A1, tinted lenses: behind a tinted lens even the lids and the skin around the eye are dark. The lighter
// part of the lens area (its upper quartile: skin, the white of the eye) is compared with the cheek below on
// the same side, so a face lit from one side is not taken for one with dark glasses; the brighter eye is
// the value, so both lenses must be dark.
CheckResult checkTintedLenses(const CheckContext& ctx) {
  const Limit& lim = ctx.profile.lensLightness;
  CheckResult c = makeCheck("A1", "tinted_lenses", 60, "ratio", atLeast(lim.warn, 2));
  c.estimate = true;
  const cv::Mat& grey = ctx.outputGrey;
  double brighter = 0;
  for (bool left : {true, false}) {
    const cv::Rect lens = eyeRect(ctx.outputFace, left, kLensGrow, grey.size());
    const cv::Rect cheek = cheekRect(ctx.outputFace, left, grey.size());
    if (lens.area() < 40 || cheek.area() < 40) return c;
    const double skin = percentile(grey, cheek, 0.5);
    if (skin < 20) return c;  // a face this dark is L1's, and says nothing of lenses
    brighter = std::max(brighter, percentile(grey, lens, 0.75) / skin);
  }
  c.value = brighter;
  setEstimateOutcome(c, gradeBelow(c.value, lim), "可能戴了有色眼镜，请换透明镜片或摘下（请人工确认）",
                     "Possibly tinted glasses: use clear lenses or take them off (please confirm by eye)");
  return c;
}

namespace {

double labDistance(const cv::Vec3f& a, const cv::Scalar& b) {
  return std::sqrt(std::pow(a[0] - b[0], 2) + std::pow(a[1] - b[1], 2) + std::pow(a[2] - b[2], 2));
}

// Mean Lab of `area` (clipped), or nothing when it is empty.
std::optional<cv::Scalar> meanOf(const cv::Mat& lab, cv::Rect area) {
  area &= cv::Rect(0, 0, lab.cols, lab.rows);
  if (area.area() < 20) return std::nullopt;
  return cv::mean(lab(area));
}

}  // namespace

CheckResult checkHairOverBrows(const CheckContext& ctx) {  // A4
  const Limit& lim = ctx.profile.hairOverBrowsShare;
  CheckResult c = makeCheck("A4", "hair_over_brows", 62, "fraction", atMost(lim.warn, 2));
  c.estimate = true;
  const Face& f = ctx.outputFace;
  const cv::Mat& lab = ctx.backdrop->lab;
  const double fw = f.faceWidth();
  if (!f.hairTopY || fw < 20) return c;  // no hair top measured: nothing to compare with
  // The hair's own colour just under its top at the middle of the head, the skin's from both cheeks.
  const auto hair = meanOf(lab, cv::Rect(cvRound(f.faceCentreX() - 0.15 * fw), cvRound(*f.hairTopY + 0.02 * fw),
                                         cvRound(0.3 * fw), cvRound(0.06 * fw)));
  const auto left = meanOf(lab, cheekRect(f, true, lab.size())), right = meanOf(lab, cheekRect(f, false, lab.size()));
  if (!hair || !left || !right) return c;
  const cv::Scalar skin = (*left + *right) * 0.5;
  if (labDistance(cv::Vec3f(hair->val[0], hair->val[1], hair->val[2]), skin) < kHairSkinContrast) {
    return c;  // fair hair on fair skin, or a bald head: the pixels cannot tell them apart
  }
  // A band across the forehead just above the brows (their landmarks 17-26), from the first brow point to
  // the last: a fringe that reaches the brows fills it with hair-coloured pixels.
  int hairLike = 0, counted = 0;
  for (int k = 18; k <= 25; ++k) {  // the brows' outer ends run into the temples' hair
    const PointF brow = f.landmarks[k];
    const int x0 = cvRound(brow.x - 0.045 * fw), x1 = cvRound(brow.x + 0.045 * fw);
    const int y0 = cvRound(brow.y - kBandTop * fw), y1 = cvRound(brow.y - kBandBottom * fw);
    for (int y = std::max(0, y0); y < std::min(lab.rows, y1); ++y) {
      const cv::Vec3f* row = lab.ptr<cv::Vec3f>(y);
      for (int x = std::max(0, x0); x < std::min(lab.cols, x1); ++x) {
        ++counted;
        hairLike += labDistance(row[x], *hair) < labDistance(row[x], skin);
      }
    }
  }
  if (counted < 50) return c;
  c.value = static_cast<double>(hairLike) / counted;
  setEstimateOutcome(c, gradeAbove(c.value, lim), "头发可能遮住眉毛，请把刘海拨开（请人工确认）",
                     "Hair may cover the eyebrows: brush the fringe aside (please confirm by eye)");
  return c;
}

}  // namespace cs
