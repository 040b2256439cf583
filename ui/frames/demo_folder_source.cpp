#include "frames/demo_folder_source.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include "frames/frame_convert.h"

namespace cs::ui {

namespace {
constexpr int kFrameIntervalMs = 40;      // 25 fps, like a camera
constexpr int kPhotoIntervalMs = 4000;
}  // namespace

DemoFolderSource::DemoFolderSource(const QString& folder, QObject* parent) : FrameSource(parent), folder_(folder) {
  const QDir dir(folder);
  for (const QString& name : dir.entryList({"*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"}, QDir::Files,
                                           QDir::Name))
    files_ << dir.filePath(name);
  frameTimer_.setInterval(kFrameIntervalMs);
  photoTimer_.setInterval(kPhotoIntervalMs);
  connect(&frameTimer_, &QTimer::timeout, this, &DemoFolderSource::emitCurrent);
  connect(&photoTimer_, &QTimer::timeout, this, [this] {
    if (autoAdvance_ && !files_.isEmpty()) showPhoto((index_ + 1) % photoCount());
  });
}

QString DemoFolderSource::description() const {
  return tr("Demo: %1 photos in %2").arg(files_.size()).arg(QFileInfo(folder_).fileName());
}

QString DemoFolderSource::photoName(int index) const {
  return index >= 0 && index < photoCount() ? QFileInfo(files_[index]).completeBaseName() : QString();
}

void DemoFolderSource::start() {
  if (files_.isEmpty()) {
    emit statusChanged(false, tr("The folder %1 holds no JPEG or PNG photos. Start with --source FILE or FOLDER.")
                                  .arg(folder_));
    return;
  }
  showPhoto(index_ < 0 ? 0 : index_);
  frameTimer_.start();
  photoTimer_.start();
}

void DemoFolderSource::stop() {
  frameTimer_.stop();
  photoTimer_.stop();
}

void DemoFolderSource::showPhoto(int index) {
  if (index < 0 || index >= photoCount()) return;
  index_ = index;
  QImageReader reader(files_[index]);
  reader.setAutoTransform(true);  // EXIF orientation, as the camera meant it; nothing else (I2)
  const QImage image = reader.read();
  if (image.isNull()) {
    emit statusChanged(false, tr("Cannot read %1: %2").arg(files_[index], reader.errorString()));
    return;
  }
  current_ = imageToVideoFrame(image);
  emit statusChanged(true, {});
  emitCurrent();
}

void DemoFolderSource::emitCurrent() {
  if (current_.isValid()) publishFrame(current_);
}

}  // namespace cs::ui
