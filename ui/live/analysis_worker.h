#pragma once
// The one analysis thread. It creates its own PhotoAnalyzer when it starts (the landmark model takes
// ~0.8 s to load: never on the UI thread), then analyses the newest frame in the mailbox, again and again,
// and posts each result back with a queued signal. stop() closes the mailbox and joins the thread before
// the analyzer is destroyed (the analyzer lives and dies inside run()).
#include <QThread>
#include <functional>
#include <memory>

#include "cs/core/analyzer.h"
#include "live/frame_mailbox.h"
#include "live/live_result.h"
#include "live/rate_meter.h"

namespace cs::ui {

class AnalysisWorker : public QThread {
  Q_OBJECT
 public:
  using AnalyzerFactory = std::function<cs::Expected<std::unique_ptr<cs::PhotoAnalyzer>>()>;
  explicit AnalysisWorker(FrameMailbox& mailbox, AnalyzerFactory factory = {}, QObject* parent = nullptr);
  ~AnalysisWorker() override;
  void stop();
  const RateMeter& rate() const { return rate_; }

 signals:
  void analyzerReady();
  void analyzerFailed(const QString& message);
  void resultReady(const cs::ui::LiveResult& result);

 protected:
  void run() override;

 private:
  LiveResult analyseEntry(cs::PhotoAnalyzer& analyzer, const MailboxEntry& entry);
  FrameMailbox& mailbox_;
  AnalyzerFactory factory_;
  RateMeter rate_;
};

}  // namespace cs::ui
