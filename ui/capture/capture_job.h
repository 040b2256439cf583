#pragma once
// The shutter's work, off the UI thread (QtConcurrent + QFutureWatcher): analyse the still at full
// quality, plan the crop, encode and verify the 480x640 JPEG (cs::makeCertificate). Uses its own
// PhotoAnalyzer (one per thread), created in the background at start-up. One job at a time: the shutter
// stays disabled while a job runs, and the window waits for it before closing.
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <ctime>
#include <memory>
#include <optional>

#include "cs/core/certificate.h"

namespace cs::ui {

struct CaptureOutcome {
  QImage source;                       // the still as taken (never mirrored)
  std::optional<cs::Certificate> certificate;
  QImage photo;                        // the 480x640 result, when the crop fits
  std::time_t capturedAt = 0;
  QString error;                       // the analyzer could not be created
};

class CaptureJob : public QObject {
  Q_OBJECT
 public:
  explicit CaptureJob(QObject* parent = nullptr);
  ~CaptureJob() override;
  void prepare();                      // creates the analyzer in the background
  bool busy() const { return watcher_.isRunning(); }
  bool start(const QImage& still);     // false when a job is already running
  void waitForFinished();

 signals:
  void finished(const cs::ui::CaptureOutcome& outcome);

 private:
  CaptureOutcome run(const QImage& still);
  std::shared_ptr<std::unique_ptr<cs::PhotoAnalyzer>> analyzer_;
  QFuture<void> preparing_;
  QFutureWatcher<CaptureOutcome> watcher_;
  QString prepareError_;
  bool prepared_ = false;
};

}  // namespace cs::ui

Q_DECLARE_METATYPE(cs::ui::CaptureOutcome)
