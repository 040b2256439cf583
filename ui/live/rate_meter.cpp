#include "live/rate_meter.h"

namespace cs::ui {

namespace {
constexpr qint64 kWindowMs = 1000;
}

void RateMeter::tick() {
  std::lock_guard lock(mutex_);
  const qint64 now = clock_.elapsed();
  times_.push_back(now);
  while (!times_.empty() && times_.front() < now - kWindowMs) times_.pop_front();
  ++total_;
}

double RateMeter::perSecond() const {
  std::lock_guard lock(mutex_);
  const qint64 now = clock_.elapsed();
  int n = 0;
  for (qint64 t : times_) n += t >= now - kWindowMs ? 1 : 0;
  return n * 1000.0 / kWindowMs;
}

long long RateMeter::total() const {
  std::lock_guard lock(mutex_);
  return total_;
}

}  // namespace cs::ui
