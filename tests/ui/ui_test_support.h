#pragma once
// Small builders for the widget tests: analyses, checks and capture outcomes without a camera or model.
#include <QApplication>
#include <QElapsedTimer>
#include <string>

#include "capture/capture_job.h"
#include "cs/core/analyzer.h"

namespace cs::test {

inline cs::CheckResult check(const char* id, cs::CheckStatus status, int order, const char* zh = "",
                             const char* en = "", double value = 0) {
  cs::CheckResult c;
  c.id = id;
  c.status = status;
  c.order = order;
  c.messageZh = zh;
  c.messageEn = en;
  c.value = value;
  return c;
}

// One face in a 1280x720 frame with a fitting crop window (x 400, y 60, 450x600 source px) and the
// given output geometry.
inline cs::Analysis oneFace(double hairTop, double eyeY, double faceWidth, double centreX = 240) {
  cs::Analysis a;
  a.imageSize = {1280, 720};
  a.faces.boxes.push_back({500, 200, 250, 250});
  cs::CropPlan plan;
  plan.window = {400, 60, 450, 600};
  plan.scale = 480.0 / 450.0;
  plan.geometry.hairTopY = hairTop;
  plan.geometry.hairTopKnown = true;
  plan.geometry.eyeY = eyeY;
  plan.geometry.faceWidth = faceWidth;
  plan.geometry.faceCentreX = centreX;
  a.crop = plan;
  return a;
}

// A capture outcome with a (fake) encoded JPEG and the given checks.
inline cs::ui::CaptureOutcome outcomeWith(const cs::CheckList& checks) {
  cs::ui::CaptureOutcome o;
  cs::Certificate cert;
  cert.analysis = oneFace(80, 250, 240);
  cert.analysis.checks = checks;
  cert.jpeg = cs::EncodedJpeg{{0xFF, 0xD8, 0xFF, 0xD9}, 90, 1, true};
  o.certificate = cert;
  o.photo = QImage(480, 640, QImage::Format_RGB888);
  o.photo.fill(Qt::gray);
  return o;
}

// Runs the event loop until `done()` or the timeout; returns done().
template <typename Done>
bool waitUntil(Done done, int timeoutMs = 15000) {
  QElapsedTimer clock;
  clock.start();
  while (!done() && clock.elapsed() < timeoutMs) QApplication::processEvents(QEventLoop::AllEvents, 20);
  return done();
}

}  // namespace cs::test
