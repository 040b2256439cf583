#pragma once
// Where live frames come from: a camera or the demo material. Every source delivers through the same
// signal, so the preview, the analysis and the shutter cannot tell a demo from a camera (apart from the
// banner). Thread rule: frameArrived may be emitted on a multimedia backend thread; receivers must connect
// with Qt::DirectConnection and do only O(1) work (see live/frame_router.h).
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QVideoFrame>

namespace cs::ui {

class FrameSource : public QObject {
  Q_OBJECT
 public:
  enum class Kind { Camera, Demo };
  using QObject::QObject;

  virtual Kind kind() const = 0;
  virtual QString description() const = 0;  // translated, for the status bar
  virtual void start() = 0;
  virtual void stop() = 0;
  // Asks for the picture that becomes the photo: the camera's full-resolution still where it offers one,
  // else the newest frame. Answered by stillReady or stillFailed (on the UI thread).
  virtual void requestStill();
  QVideoFrame latestFrame() const;

 signals:
  void frameArrived(const QVideoFrame& frame);
  void stillReady(const QImage& image);
  void stillFailed(const QString& message);
  // A banner the photographer must see (camera unplugged, file unreadable); empty message: all well.
  void statusChanged(bool working, const QString& message);

 protected:
  void publishFrame(const QVideoFrame& frame);  // any thread

 private:
  mutable QMutex latestMutex_;
  QVideoFrame latest_;
};

}  // namespace cs::ui
