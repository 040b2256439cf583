#include "screenshot_run.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <cstdio>

#include "frames/demo_folder_source.h"
#include "live/live_session.h"
#include "window/capture_window.h"

namespace cs::station {

namespace {
constexpr int kResultsBeforeShot = 3;  // a few analyses of the new photo: the overlay is current
// Longer than the rate meter's 1-s window plus the status bar's 500-ms refresh, so the rates shown count a
// full second of this photo's analyses (at 700 ms the first photo showed 8-11 fps for a 25-fps analysis).
constexpr int kSettleMs = 1600;
}  // namespace

ScreenshotRun::ScreenshotRun(cs::ui::CaptureWindow& window, cs::ui::DemoFolderSource& source, const QString& outputDir)
    : QObject(&window), window_(window), source_(source), outputDir_(outputDir) {
  QDir().mkpath(outputDir_);
  source_.setAutoAdvance(false);
  connect(&window_, &cs::ui::CaptureWindow::resultShown, this, &ScreenshotRun::onResult);
  connect(&window_, &cs::ui::CaptureWindow::reviewShown, this, [this] {
    QTimer::singleShot(kSettleMs, this, [this] {
      save(QStringLiteral("capture-review"));
      QApplication::quit();
    });
  });
}

void ScreenshotRun::start() {
  // Without the face model nothing can be analysed: keep a picture of what the photographer then sees
  // and stop with an error instead of waiting forever.
  connect(&window_.live(), &cs::ui::LiveSession::analyzerFailed, this, [this](const QString& message) {
    std::fprintf(stderr, "screenshots: the face model could not be loaded: %s\n", qPrintable(message));
    QTimer::singleShot(kSettleMs, this, [this] {
      save(QStringLiteral("model-missing"));
      QApplication::exit(1);
    });
  });
  showNext();
}

void ScreenshotRun::showNext() {
  ++index_;
  resultsSinceSwitch_ = 0;
  source_.showPhoto(index_);
}

void ScreenshotRun::onResult() {
  if (capturing_ || index_ < 0 || index_ >= source_.photoCount() || !window_.live().analyzerReady()) return;
  // Counted from the first result for this photo, not from the switch: the first photo's results only
  // start once the face model has loaded.
  if (resultsSinceSwitch_++ == 0) firstResultMs_ = cs::ui::LiveSession::nowMs();
  if (resultsSinceSwitch_ < kResultsBeforeShot) return;
  if (cs::ui::LiveSession::nowMs() - firstResultMs_ < kSettleMs) return;
  save(source_.photoName(index_));
  if (index_ + 1 < source_.photoCount()) return showNext();
  capturing_ = true;  // the last photo: press Space, as a photographer would
  window_.shutter();
  if (!window_.reviewing() && !window_.lastMessage().isEmpty())
    std::fprintf(stderr, "screenshots: the shutter did not fire: %s\n", qPrintable(window_.lastMessage()));
}

void ScreenshotRun::save(const QString& name) {
  const QString path = QDir(outputDir_).filePath(QStringLiteral("%1.png").arg(name));
  const bool ok = window_.grab().save(path);
  std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
  std::fflush(stdout);
}

}  // namespace cs::station
