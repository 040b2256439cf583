#pragma once
// The demo source for a folder of photos (JPEG/PNG): each photo becomes a stream of identical frames at
// a camera-like rate, and the photos change every few seconds. A scripted run can step through them by
// hand (showPhoto) instead.
#include <QImage>
#include <QStringList>
#include <QTimer>

#include "frames/frame_source.h"

namespace cs::ui {

class DemoFolderSource : public FrameSource {
  Q_OBJECT
 public:
  explicit DemoFolderSource(const QString& folder, QObject* parent = nullptr);
  Kind kind() const override { return Kind::Demo; }
  QString description() const override;
  void start() override;
  void stop() override;

  int photoCount() const { return static_cast<int>(files_.size()); }
  QString photoName(int index) const;
  void setAutoAdvance(bool on) { autoAdvance_ = on; }
  void showPhoto(int index);  // loads it and keeps repeating it

 private:
  void emitCurrent();
  QString folder_;
  QStringList files_;
  int index_ = -1;
  QVideoFrame current_;
  QTimer frameTimer_;   // the frame rate (25 fps)
  QTimer photoTimer_;   // the next photo
  bool autoAdvance_ = true;
};

}  // namespace cs::ui
