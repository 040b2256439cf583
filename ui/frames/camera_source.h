#pragma once
// A real camera: QCamera -> QMediaCaptureSession -> QVideoSink for the preview frames, QImageCapture for
// the full-resolution still. Survives the camera being unplugged: a banner, then it resumes by itself
// when the same camera comes back.
#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QSize>
#include <QVideoSink>
#include <memory>

#include "frames/frame_source.h"

namespace cs::ui {

class CameraSource : public FrameSource {
  Q_OBJECT
 public:
  // `resolution` empty: the camera's largest 4:3 or 16:9 format up to 1920 px wide.
  CameraSource(const QCameraDevice& device, QSize resolution, QObject* parent = nullptr);
  ~CameraSource() override;
  Kind kind() const override { return Kind::Camera; }
  QString description() const override;
  void start() override;
  void stop() override;
  void requestStill() override;
  QCameraDevice device() const { return device_; }
  QSize resolution() const;

  static QCameraFormat bestFormat(const QCameraDevice& device, QSize wanted);

 private:
  void openCamera();
  void onInputsChanged();
  QCameraDevice device_;
  QSize wanted_;
  QMediaDevices devices_;
  QMediaCaptureSession session_;
  QVideoSink sink_;
  std::unique_ptr<QCamera> camera_;
  QImageCapture imageCapture_;
  bool running_ = false;
  bool unplugged_ = false;
};

}  // namespace cs::ui
