// Auto-capture fires after a steady all-green interval and takes the best frame of it.
#include <gtest/gtest.h>

#include "capture/auto_capture.h"
#include "ui_test_support.h"

namespace {

using cs::CheckStatus;
using cs::test::check;

cs::ui::LiveResult greenResult(double eyeOpenness, QColor marker) {
  cs::ui::LiveResult r;
  r.analysis = cs::test::oneFace(80, 250, 240);
  r.analysis.checks = {check("G3", CheckStatus::Pass, 12), check("P2", CheckStatus::Pass, 60, "", "", eyeOpenness)};
  r.frame = QImage(8, 8, QImage::Format_RGB888);
  r.frame.fill(marker);
  return r;
}

TEST(AutoCapture, TakesTheBestFrameAfterASteadyGreenSecond) {
  cs::ui::AutoCaptureTracker tracker;
  EXPECT_FALSE(tracker.feed(greenResult(0.25, Qt::red), 0));
  EXPECT_FALSE(tracker.feed(greenResult(0.31, Qt::green), 400));  // eyes most open
  EXPECT_FALSE(tracker.feed(greenResult(0.22, Qt::blue), 800));
  auto best = tracker.feed(greenResult(0.24, Qt::yellow), 1100);
  ASSERT_TRUE(best.has_value());
  EXPECT_EQ(best->pixelColor(0, 0), QColor(Qt::green));
  EXPECT_FALSE(tracker.feed(greenResult(0.3, Qt::red), 1200)) << "the next photo needs another steady second";
}

TEST(AutoCapture, AnyWarningStartsTheIntervalOver) {
  cs::ui::AutoCaptureTracker tracker;
  EXPECT_FALSE(tracker.feed(greenResult(0.25, Qt::red), 0));
  auto warned = greenResult(0.25, Qt::red);
  warned.analysis.checks.push_back(check("L1", CheckStatus::Warn, 31));
  EXPECT_FALSE(tracker.feed(warned, 900));
  EXPECT_FALSE(tracker.feed(greenResult(0.25, Qt::red), 1000));
  EXPECT_FALSE(tracker.feed(greenResult(0.25, Qt::red), 1900));
  EXPECT_TRUE(tracker.feed(greenResult(0.25, Qt::red), 2050).has_value());
}

}  // namespace
