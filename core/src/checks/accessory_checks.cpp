// A1 (no reflections on glasses): an estimate. Bright specular spots around the eyes suggest glare on
// lenses; the station warns and leaves the decision to the photographer (spec: estimates only warn).
#include <opencv2/imgproc.hpp>

#include "checks/check_context.h"
#include "checks/checks.h"
#include "checks/face_regions.h"

namespace cs {

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
  // Never a fail: a bright catch-light in a bare eye looks the same to pixels.
  const CheckStatus status = gradeAbove(c.value, lim) == CheckStatus::Pass ? CheckStatus::Pass : CheckStatus::Warn;
  setOutcome(c, status, "眼镜可能反光，请调整灯光角度或稍低头（请人工确认）",
             "Possible glare on the glasses: move the lights or tip the head slightly (please confirm by eye)");
  return c;
}

}  // namespace cs
