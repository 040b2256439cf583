#pragma once
// Events per second over the last second, for the status bar and the bench. Thread-safe.
#include <QElapsedTimer>
#include <deque>
#include <mutex>

namespace cs::ui {

class RateMeter {
 public:
  RateMeter() { clock_.start(); }
  void tick();
  double perSecond() const;
  long long total() const;

 private:
  mutable std::mutex mutex_;
  QElapsedTimer clock_;
  std::deque<qint64> times_;  // ms since construction, the last second's events
  long long total_ = 0;
};

}  // namespace cs::ui
