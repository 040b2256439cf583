#include "capture/capture_job.h"

#include <QtConcurrent>

#include "frames/frame_convert.h"
#include "window/error_text.h"

namespace cs::ui {

CaptureJob::CaptureJob(QObject* parent)
    : QObject(parent), analyzer_(std::make_shared<std::unique_ptr<cs::PhotoAnalyzer>>()) {
  qRegisterMetaType<cs::ui::CaptureOutcome>();
  connect(&watcher_, &QFutureWatcher<CaptureOutcome>::finished, this,
          [this] { emit finished(watcher_.result()); });
}

CaptureJob::~CaptureJob() { waitForFinished(); }

void CaptureJob::prepare() {
  if (prepared_) return;  // (a default QFuture already reports isStarted())
  prepared_ = true;
  auto slot = analyzer_;
  preparing_ = QtConcurrent::run([this, slot] {
    auto created = cs::PhotoAnalyzer::create();
    if (created) *slot = std::move(created.value());
    else prepareError_ = errorText(created.error());
  });
}

bool CaptureJob::start(const QImage& still) {
  if (busy()) return false;
  prepare();
  watcher_.setFuture(QtConcurrent::run([this, still] { return run(still); }));
  return true;
}

void CaptureJob::waitForFinished() {
  preparing_.waitForFinished();
  watcher_.waitForFinished();
}

CaptureOutcome CaptureJob::run(const QImage& still) {
  preparing_.waitForFinished();  // the analyzer is created once, in the background
  CaptureOutcome out;
  out.source = still;
  out.capturedAt = std::time(nullptr);
  if (!*analyzer_) {
    out.error = prepareError_;
    return out;
  }
  out.certificate = cs::makeCertificate(**analyzer_, toCsImage(still), out.capturedAt);
  if (out.certificate->photo) out.photo = toQImage(*out.certificate->photo);
  return out;
}

}  // namespace cs::ui
