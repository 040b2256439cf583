#pragma once
// The live frame path, one object: source -> (preview slot, analysis mailbox) -> analysis thread.
// The source's frame handler does two O(1) things: put the frame in the mailbox and post one preview
// update if none is pending (so a busy UI thread skips frames instead of queueing them).
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>

#include "frames/frame_source.h"
#include "live/analysis_worker.h"
#include "live/frame_mailbox.h"
#include "live/live_result.h"
#include "live/rate_meter.h"

namespace cs::ui {

class LiveSession : public QObject {
  Q_OBJECT
 public:
  explicit LiveSession(AnalysisWorker::AnalyzerFactory factory = {}, QObject* parent = nullptr);
  ~LiveSession() override;

  // Replaces the frame source (camera switch, demo); the analysis thread keeps running.
  void setSource(std::unique_ptr<FrameSource> source);
  FrameSource* source() const { return source_.get(); }
  void startAnalysis();  // creates the analyzer on its own thread
  void shutdown();       // stops the source, then joins the analysis thread
  bool analyzerReady() const { return analyzerReady_; }

  double previewRate() const { return previewRate_.perSecond(); }
  double analysisRate() const { return worker_.rate().perSecond(); }
  long long previewFrames() const { return previewRate_.total(); }
  long long analysedFrames() const { return worker_.rate().total(); }
  static qint64 nowMs();  // the monotonic clock frames are stamped with

 signals:
  void previewFrame(const QVideoFrame& frame);
  void resultReady(const cs::ui::LiveResult& result);
  void analyzerLoaded();
  void analyzerFailed(const QString& message);
  void sourceStatus(bool working, const QString& message);

 private:
  void onFrame(const QVideoFrame& frame);  // any thread
  void deliverPreview();                   // UI thread

  FrameMailbox mailbox_;
  AnalysisWorker worker_;
  QMutex previewMutex_;
  QVideoFrame previewSlot_;
  std::atomic<bool> previewPending_{false};
  RateMeter previewRate_;
  bool analyzerReady_ = false;
  // Declared last, destroyed first: a backend thread may deliver frames into onFrame until the source is
  // gone, so everything onFrame touches must outlive it.
  std::unique_ptr<FrameSource> source_;
};

}  // namespace cs::ui
