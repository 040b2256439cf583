#include "frames/frame_source.h"

#include <QMutexLocker>

#include "frames/frame_convert.h"

namespace cs::ui {

void FrameSource::requestStill() {
  const QImage image = videoFrameToImage(latestFrame());
  if (image.isNull()) {
    emit stillFailed(tr("No picture yet: wait for the preview to appear, then try again."));
    return;
  }
  emit stillReady(image);
}

QVideoFrame FrameSource::latestFrame() const {
  QMutexLocker lock(&latestMutex_);
  return latest_;
}

void FrameSource::publishFrame(const QVideoFrame& frame) {
  {
    QMutexLocker lock(&latestMutex_);
    latest_ = frame;  // implicitly shared: O(1)
  }
  emit frameArrived(frame);  // outside the lock
}

}  // namespace cs::ui
