#pragma once
// Optional auto-capture: when every live check has been green for a steady interval (~1 s), take the
// best frame of that interval (eyes most open, sharpest). Pure logic on the stream of live results.
#include <QImage>
#include <optional>

#include "live/live_result.h"

namespace cs::ui {

class AutoCaptureTracker {
 public:
  static constexpr qint64 kSteadyMs = 1000;

  // Feeds one result stamped `nowMs`; returns the best frame once the interval is complete (then starts
  // over, so the next photo needs another steady interval).
  std::optional<QImage> feed(const LiveResult& result, qint64 nowMs);
  void reset();
  static bool allGreen(const cs::Analysis& analysis);
  static double score(const cs::Analysis& analysis);  // larger is better

 private:
  qint64 greenSinceMs_ = -1;
  double bestScore_ = -1e9;
  QImage best_;
};

}  // namespace cs::ui
