#include "review/thumbnail_loader.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include "cs/core/batch/batch_store.h"
#include "window/error_text.h"

namespace cs::ui {

ThumbnailLoader::ThumbnailLoader(QString batchFolder, QSize size, QObject* parent)
    : QObject(parent), folder_(std::move(batchFolder)), size_(size) {
  pool_.setMaxThreadCount(1);  // one worker: the worker's store is never shared between threads
}

ThumbnailLoader::~ThumbnailLoader() {
  pool_.clear();
  pool_.waitForDone();
}

void ThumbnailLoader::request(const cs::batch::Attempt& attempt) {
  if (pending_.contains(attempt.id)) return;
  pending_.insert(attempt.id);
  pool_.start([this, attempt] { loadOnWorker(attempt); });
}

bool ThumbnailLoader::waitForIdle(int timeoutMs) { return pool_.waitForDone(timeoutMs); }

void ThumbnailLoader::loadOnWorker(const cs::batch::Attempt& attempt) {
  QImage image;
  QString problem;
  if (!store_) {
    auto opened = cs::batch::BatchStore::open(folder_.toStdString(), cs::batch::OpenMode::ReadOnly);
    if (opened) store_ = std::move(opened.value());
    else problem = errorText(opened.error());
  }
  if (store_) {
    auto bytes = store_->readPhoto(attempt);  // verified against the stored SHA-256
    if (!bytes) {
      problem = errorText(bytes.error());
    } else {
      image.loadFromData(bytes->data(), static_cast<int>(bytes->size()), "JPG");
      if (image.isNull()) problem = QCoreApplication::translate("ReviewProblem", "The stored photo cannot be decoded.");
      else image = image.scaled(size_, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
  }
  const qint64 id = attempt.id;
  // The destructor waits for this task, so `this` is alive when the queued call is made; it runs later
  // on the UI thread, where `pending_` lives.
  QMetaObject::invokeMethod(
      this, [this, id, image, problem] {
        pending_.remove(id);
        emit loaded(id, image, problem);
      },
      Qt::QueuedConnection);
}

}  // namespace cs::ui
