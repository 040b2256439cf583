#include "live/live_session.h"

#include <QMutexLocker>
#include <chrono>

namespace cs::ui {

LiveSession::LiveSession(AnalysisWorker::AnalyzerFactory factory, QObject* parent)
    : QObject(parent), worker_(mailbox_, std::move(factory)) {
  connect(&worker_, &AnalysisWorker::resultReady, this, &LiveSession::resultReady, Qt::QueuedConnection);
  connect(&worker_, &AnalysisWorker::analyzerReady, this, [this] {
    analyzerReady_ = true;
    emit analyzerLoaded();
  }, Qt::QueuedConnection);
  connect(&worker_, &AnalysisWorker::analyzerFailed, this, &LiveSession::analyzerFailed, Qt::QueuedConnection);
}

LiveSession::~LiveSession() { shutdown(); }

qint64 LiveSession::nowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void LiveSession::setSource(std::unique_ptr<FrameSource> source) {
  if (source_) {
    source_->stop();
    source_->disconnect(this);
  }
  source_ = std::move(source);
  if (!source_) return;
  connect(source_.get(), &FrameSource::frameArrived, this, &LiveSession::onFrame, Qt::DirectConnection);
  connect(source_.get(), &FrameSource::statusChanged, this, &LiveSession::sourceStatus);
  source_->start();
}

void LiveSession::startAnalysis() {
  if (!worker_.isRunning()) worker_.start();
}

void LiveSession::shutdown() {
  // The source goes first (its backend threads are joined when it is destroyed), then the analysis
  // thread is joined: nothing can call onFrame any more afterwards.
  if (source_) {
    source_->disconnect(this);
    source_->stop();
    source_.reset();
  }
  worker_.stop();
}

void LiveSession::onFrame(const QVideoFrame& frame) {
  mailbox_.put(frame, nowMs());
  {
    QMutexLocker lock(&previewMutex_);
    previewSlot_ = frame;
  }
  if (!previewPending_.exchange(true))
    QMetaObject::invokeMethod(this, &LiveSession::deliverPreview, Qt::QueuedConnection);
}

void LiveSession::deliverPreview() {
  previewPending_ = false;
  QVideoFrame frame;
  {
    QMutexLocker lock(&previewMutex_);
    frame = previewSlot_;
  }
  previewRate_.tick();
  emit previewFrame(frame);
}

}  // namespace cs::ui
