#include "review/export_runner.h"

#include <QFuture>
#include <QMetaObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

#include "cs/core/batch/export.h"
#include "window/error_text.h"

namespace cs::ui {

struct ExportRunner::Worker {
  QThreadPool pool;
  QFuture<void> future;
};

ExportRunner::ExportRunner(QString batchFolder, QString outFolder, QString pattern, QString operatorName,
                           QObject* parent)
    : QObject(parent), batch_(std::move(batchFolder)), out_(std::move(outFolder)), pattern_(std::move(pattern)),
      operator_(std::move(operatorName)), worker_(std::make_unique<Worker>()) {
  worker_->pool.setMaxThreadCount(1);
}

ExportRunner::~ExportRunner() {
  cancel();
  worker_->pool.waitForDone();
}

bool ExportRunner::waitForFinished(int timeoutMs) { return worker_->pool.waitForDone(timeoutMs); }

void ExportRunner::start() {
  const std::string batch = batch_.toStdString(), out = out_.toStdString();
  cs::batch::ExportOptions options;
  options.pattern = pattern_.toStdString();
  options.operatorName = operator_.toStdString();
  auto cancelled = cancelled_;
  options.progress = [this, cancelled](int done, int total) {  // on the worker thread
    QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    return !cancelled->load();
  };
  worker_->future = QtConcurrent::run(&worker_->pool, [this, batch, out, options] {
    int photos = 0;
    std::optional<cs::Error> failure;
    auto store = cs::batch::BatchStore::open(batch, cs::batch::OpenMode::ReadWrite);  // export is audited
    if (!store) failure = store.error();
    else if (auto result = cs::batch::exportApproved(**store, out, options); result) photos = result->photos;
    else failure = result.error();
    // Worded on the UI thread, where the station's language is read and changed.
    QMetaObject::invokeMethod(
        this,
        [this, photos, failure] {
          const QStringList problems =
              failure ? errorText(*failure).split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
          emit finished(!failure, photos, problems);
        },
        Qt::QueuedConnection);
  });
}

QStringList ExportPreflight::problems(const cs::batch::BatchStore& store, const QString& pattern) {
  return problemLines(cs::batch::exportRefusals(store, pattern.toStdString()));
}

}  // namespace cs::ui
