#pragma once
// What the station remembers between runs (QSettings "CaptureStation/capture-station"): the camera and
// its resolution, language, mirror and auto-capture switches, the batch folder and the operator.
#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>

namespace cs::ui {
class CaptureWindow;
}

namespace cs::station {

class StationSettings {
 public:
  QByteArray cameraId() const;
  QSize cameraResolution() const;
  QString language() const;
  bool mirrored() const;
  bool autoCapture() const;
  QString batchFolder() const;
  QString operatorName() const;
  // Saves every choice the window reports, as it is made.
  void follow(cs::ui::CaptureWindow& window);

 private:
  QSettings settings_{QStringLiteral("CaptureStation"), QStringLiteral("capture-station")};
};

}  // namespace cs::station
