#include "frames/camera_source.h"

#include <QMediaDevices>

namespace cs::ui {

CameraSource::CameraSource(const QCameraDevice& device, QSize resolution, QObject* parent)
    : FrameSource(parent), device_(device), wanted_(resolution) {
  session_.setVideoSink(&sink_);
  session_.setImageCapture(&imageCapture_);
  // Frames may arrive on the backend's thread (V4L2 / Media Foundation differ): O(1) work only.
  connect(&sink_, &QVideoSink::videoFrameChanged, this, &CameraSource::publishFrame, Qt::DirectConnection);
  connect(&devices_, &QMediaDevices::videoInputsChanged, this, &CameraSource::onInputsChanged);
  connect(&imageCapture_, &QImageCapture::imageCaptured, this,
          [this](int, const QImage& image) { emit stillReady(image); });
  connect(&imageCapture_, &QImageCapture::errorOccurred, this, [this](int, QImageCapture::Error, const QString&) {
    FrameSource::requestStill();  // the still failed: the newest preview frame is the next best picture
  });
}

CameraSource::~CameraSource() {
  // Detach everything from the session before the members go, camera first.
  if (camera_) camera_->stop();
  session_.setCamera(nullptr);
  session_.setImageCapture(nullptr);
  session_.setVideoSink(nullptr);
}

QString CameraSource::description() const {
  const QSize size = resolution();
  return tr("Camera: %1 %2x%3").arg(device_.description()).arg(size.width()).arg(size.height());
}

QSize CameraSource::resolution() const {
  return camera_ ? camera_->cameraFormat().resolution() : QSize();
}

QCameraFormat CameraSource::bestFormat(const QCameraDevice& device, QSize wanted) {
  QCameraFormat best;
  for (const QCameraFormat& format : device.videoFormats()) {
    const QSize r = format.resolution();
    if (wanted.isValid()) {
      if (r == wanted && format.maxFrameRate() >= best.maxFrameRate()) best = format;
      continue;
    }
    if (r.width() > 1920) continue;
    const bool larger = best.isNull() || r.width() * r.height() > best.resolution().width() * best.resolution().height();
    const bool sameButFaster = !best.isNull() && r == best.resolution() && format.maxFrameRate() > best.maxFrameRate();
    if (larger || sameButFaster) best = format;
  }
  return best;
}

void CameraSource::openCamera() {
  camera_ = std::make_unique<QCamera>(device_);
  const QCameraFormat format = bestFormat(device_, wanted_);
  if (!format.isNull()) camera_->setCameraFormat(format);
  connect(camera_.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& text) {
    emit statusChanged(false, tr("Camera problem: %1. Check the cable, or pick another camera in the Camera menu.")
                                  .arg(text));
  });
  session_.setCamera(camera_.get());
  camera_->start();
}

void CameraSource::start() {
  running_ = true;
  openCamera();
  emit statusChanged(true, {});
}

void CameraSource::stop() {
  running_ = false;
  if (camera_) camera_->stop();
}

void CameraSource::requestStill() {
  if (imageCapture_.isReadyForCapture() && !unplugged_) {
    imageCapture_.capture();
    return;
  }
  FrameSource::requestStill();
}

void CameraSource::onInputsChanged() {
  bool present = false;
  for (const QCameraDevice& input : QMediaDevices::videoInputs()) present = present || input.id() == device_.id();
  if (!present && !unplugged_) {
    unplugged_ = true;
    session_.setCamera(nullptr);
    camera_.reset();
    emit statusChanged(false, tr("The camera %1 was unplugged. Plug it back in: the preview resumes by itself.")
                                  .arg(device_.description()));
  } else if (present && unplugged_) {
    unplugged_ = false;
    if (running_) openCamera();
    emit statusChanged(true, {});
  }
}

}  // namespace cs::ui
