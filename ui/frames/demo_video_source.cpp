#include "frames/demo_video_source.h"

#include <QFileInfo>
#include <QUrl>

namespace cs::ui {

DemoVideoSource::DemoVideoSource(const QString& path, QObject* parent) : FrameSource(parent), path_(path) {
  player_.setVideoOutput(&sink_);
  player_.setLoops(QMediaPlayer::Infinite);
  // The backend may call this on its own thread: publishFrame does O(1) work only.
  connect(&sink_, &QVideoSink::videoFrameChanged, this, &DemoVideoSource::publishFrame, Qt::DirectConnection);
  connect(&player_, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
    emit statusChanged(false, tr("The demo video cannot be played (%1): %2. Choose another file with --source.")
                                  .arg(QFileInfo(path_).fileName(), text));
  });
}

DemoVideoSource::~DemoVideoSource() {
  player_.stop();
  player_.setVideoOutput(nullptr);
}

QString DemoVideoSource::description() const { return tr("Demo: %1").arg(QFileInfo(path_).fileName()); }

void DemoVideoSource::start() {
  if (!QFileInfo(path_).isFile()) {
    emit statusChanged(false, tr("The demo video %1 is missing. Start with --source FILE or FOLDER.").arg(path_));
    return;
  }
  player_.setSource(QUrl::fromLocalFile(QFileInfo(path_).absoluteFilePath()));
  player_.play();
  emit statusChanged(true, {});
}

void DemoVideoSource::stop() { player_.stop(); }

}  // namespace cs::ui
