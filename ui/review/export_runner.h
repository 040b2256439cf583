#pragma once
// Runs a batch export (cs::batch::exportApproved) off the UI thread. The worker opens its OWN read-write
// BatchStore (one store per thread, batch_store.h). Progress and the outcome come back to the UI thread
// as signals; cancel() makes the next progress callback return false (export then removes its partial
// output folder).
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace cs::batch { class BatchStore; }

namespace cs::ui {

class ExportRunner : public QObject {
  Q_OBJECT
 public:
  ExportRunner(QString batchFolder, QString outFolder, QString pattern, QString operatorName,
               QObject* parent = nullptr);
  ~ExportRunner() override;  // waits for the worker
  void start();
  void cancel() { cancelled_->store(true); }
  bool waitForFinished(int timeoutMs);

 signals:
  void progress(int done, int total);
  // ok: `photos` written to the output folder. Otherwise `problems`: one line each (refusal list or error).
  void finished(bool ok, int photos, const QStringList& problems);

 private:
  QString batch_, out_, pattern_, operator_;
  std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
  struct Worker;
  std::unique_ptr<Worker> worker_;
};

// Problems export would refuse, one line each, without writing anything (checked on the reviewer's own
// read-only store before a folder is even asked for).
class ExportPreflight {
 public:
  static QStringList problems(const cs::batch::BatchStore& store, const QString& pattern);
};

}  // namespace cs::ui
