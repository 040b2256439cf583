#include "review/export_runner.h"

#include <QFuture>
#include <QMetaObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "cs/core/batch/export.h"

namespace cs::ui {

namespace {
QStringList splitLines(const std::string& text) {
  return QString::fromStdString(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
}  // namespace

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
    bool ok = false;
    int photos = 0;
    QStringList problems;
    auto store = cs::batch::BatchStore::open(batch, cs::batch::OpenMode::ReadWrite);  // export is audited
    if (!store) {
      problems = splitLines(store.error().message);
    } else if (auto result = cs::batch::exportApproved(**store, out, options); result) {
      ok = true;
      photos = result->photos;
    } else {
      problems = splitLines(result.error().message);
    }
    QMetaObject::invokeMethod(
        this, [this, ok, photos, problems] { emit finished(ok, photos, problems); }, Qt::QueuedConnection);
  });
}

QStringList ExportPreflight::problems(const cs::batch::BatchStore& store, const QString& pattern) {
  QStringList lines;
  for (const std::string& line : cs::batch::exportProblems(store, pattern.toStdString()))
    lines << QString::fromStdString(line);
  return lines;
}

}  // namespace cs::ui
