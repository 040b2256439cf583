#include "live/analysis_worker.h"

#include <QElapsedTimer>

#include "frames/frame_convert.h"
#include "live/backdrop_sample.h"
#include "window/error_text.h"

namespace cs::ui {

AnalysisWorker::AnalysisWorker(FrameMailbox& mailbox, AnalyzerFactory factory, QObject* parent)
    : QThread(parent), mailbox_(mailbox), factory_(std::move(factory)) {
  qRegisterMetaType<cs::ui::LiveResult>();
  if (!factory_) factory_ = [] { return cs::PhotoAnalyzer::create(); };
}

AnalysisWorker::~AnalysisWorker() { stop(); }

void AnalysisWorker::stop() {
  mailbox_.close();
  wait();
}

void AnalysisWorker::run() {
  auto created = factory_();
  if (!created) {
    emit analyzerFailed(errorText(created.error()));
    return;
  }
  std::unique_ptr<cs::PhotoAnalyzer> analyzer = std::move(created.value());
  emit analyzerReady();
  while (auto entry = mailbox_.waitTake()) {
    LiveResult result = analyseEntry(*analyzer, *entry);
    rate_.tick();
    emit resultReady(result);  // queued to the UI thread (receiver lives there)
  }
}

LiveResult AnalysisWorker::analyseEntry(cs::PhotoAnalyzer& analyzer, const MailboxEntry& entry) {
  LiveResult result;
  result.frameArrivedMs = entry.arrivedMs;
  result.frame = videoFrameToImage(entry.frame);
  const cs::Image image = toCsImage(result.frame);
  if (image.empty()) return result;
  QElapsedTimer clock;
  clock.start();
  result.analysis = analyzer.analyse(image, cs::AnalysisDepth::Live);
  result.analysisMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  if (result.analysis.crop) result.backdrop = sampleBackdrop(image, *result.analysis.crop);
  return result;
}

}  // namespace cs::ui
