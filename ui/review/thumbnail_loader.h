#pragma once
// Loads grid thumbnails off the UI thread. Thread rule (batch_store.h): a BatchStore is used from one
// thread at a time, so the loader's single worker thread opens its OWN read-only store on the batch
// folder and is the only one to touch it. Results come back to the UI thread as `loaded` signals.
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <memory>

#include "cs/core/batch/batch_types.h"

namespace cs::batch { class BatchStore; }

namespace cs::ui {

class ThumbnailLoader : public QObject {
  Q_OBJECT
 public:
  // `size`: the largest thumbnail, in device-independent pixels (aspect ratio kept).
  ThumbnailLoader(QString batchFolder, QSize size, QObject* parent = nullptr);
  ~ThumbnailLoader() override;  // waits for the worker: a queued load never outlives the loader

  // Queues `attempt` once; later requests for the same attempt id are ignored until it has loaded.
  void request(const cs::batch::Attempt& attempt);
  bool waitForIdle(int timeoutMs);  // for tests and shutdown

 signals:
  // On the UI thread. `image` is null when the photo could not be read (then `problem` says why).
  void loaded(qint64 attemptId, const QImage& image, const QString& problem);

 private:
  void loadOnWorker(const cs::batch::Attempt& attempt);  // worker thread only

  QString folder_;
  QSize size_;
  QSet<qint64> pending_;                            // UI thread only
  std::shared_ptr<cs::batch::BatchStore> store_;    // worker thread only (opened on first use)
  QThreadPool pool_;                                // exactly one thread
};

}  // namespace cs::ui
