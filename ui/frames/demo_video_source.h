#pragma once
// The demo source for a video file: QMediaPlayer -> QVideoSink, looped, through the same frame path as a
// camera (works headless too: platform-notes pitfall 10).
#include <QMediaPlayer>
#include <QVideoSink>

#include "frames/frame_source.h"

namespace cs::ui {

class DemoVideoSource : public FrameSource {
  Q_OBJECT
 public:
  explicit DemoVideoSource(const QString& path, QObject* parent = nullptr);
  ~DemoVideoSource() override;
  Kind kind() const override { return Kind::Demo; }
  QString description() const override;
  void start() override;
  void stop() override;

 private:
  QString path_;
  QVideoSink sink_;      // declared before the player: destroyed after it
  QMediaPlayer player_;
};

}  // namespace cs::ui
