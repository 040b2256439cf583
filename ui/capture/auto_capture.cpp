#include "capture/auto_capture.h"

#include <algorithm>

namespace cs::ui {

bool AutoCaptureTracker::allGreen(const cs::Analysis& analysis) {
  if (!analysis.meetsStandard()) return false;
  return std::none_of(analysis.checks.begin(), analysis.checks.end(),
                      [](const auto& c) { return c.status == cs::CheckStatus::Warn || c.status == cs::CheckStatus::Fail; });
}

double AutoCaptureTracker::score(const cs::Analysis& analysis) {
  // Eye openness (P2, an aspect ratio ~0.2-0.35) dominates; sharpness (I4) breaks ties.
  double eyes = 0, sharpness = 0;
  for (const auto& c : analysis.checks) {
    if (c.id == "P2" && c.status != cs::CheckStatus::NotAssessed) eyes = std::max(eyes, c.value);
    if (c.id == "I4" && c.status != cs::CheckStatus::NotAssessed) sharpness = std::max(sharpness, c.value);
  }
  return eyes * 10 + sharpness * 1e-3;
}

std::optional<QImage> AutoCaptureTracker::feed(const LiveResult& result, qint64 nowMs) {
  if (!allGreen(result.analysis) || result.frame.isNull()) {
    reset();
    return std::nullopt;
  }
  if (greenSinceMs_ < 0) greenSinceMs_ = nowMs;
  const double s = score(result.analysis);
  if (s > bestScore_) {
    bestScore_ = s;
    best_ = result.frame;
  }
  if (nowMs - greenSinceMs_ < kSteadyMs) return std::nullopt;
  QImage chosen = best_;
  reset();
  return chosen;
}

void AutoCaptureTracker::reset() {
  greenSinceMs_ = -1;
  bestScore_ = -1e9;
  best_ = QImage();
}

}  // namespace cs::ui
