#include "station_settings.h"

#include <QDir>

#include "window/capture_window.h"

namespace cs::station {

QByteArray StationSettings::cameraId() const { return settings_.value("camera/id").toByteArray(); }
QSize StationSettings::cameraResolution() const { return settings_.value("camera/resolution").toSize(); }
QString StationSettings::language() const { return settings_.value("ui/language", "zh_CN").toString(); }
bool StationSettings::mirrored() const { return settings_.value("ui/mirror", false).toBool(); }
bool StationSettings::autoCapture() const { return settings_.value("ui/autoCapture", false).toBool(); }
QString StationSettings::batchFolder() const { return settings_.value("batch/folder").toString(); }
QString StationSettings::operatorName() const {
  const QString user = qEnvironmentVariable("USER", QStringLiteral("operator"));
  return settings_.value("operator/name", user).toString();
}

void StationSettings::follow(cs::ui::CaptureWindow& window) {
  using cs::ui::CaptureWindow;
  QObject::connect(&window, &CaptureWindow::cameraChosen, &window, [this](const QByteArray& id, QSize resolution) {
    settings_.setValue("camera/id", id);
    settings_.setValue("camera/resolution", resolution);
  });
  QObject::connect(&window, &CaptureWindow::languageChosen, &window,
                   [this](cs::ui::Language l) { settings_.setValue("ui/language", cs::ui::languageCode(l)); });
  QObject::connect(&window, &CaptureWindow::mirrorChosen, &window, [this](bool on) { settings_.setValue("ui/mirror", on); });
  QObject::connect(&window, &CaptureWindow::autoCaptureChosen, &window,
                   [this](bool on) { settings_.setValue("ui/autoCapture", on); });
  QObject::connect(&window, &CaptureWindow::batchFolderChosen, &window,
                   [this](const QString& folder) { settings_.setValue("batch/folder", folder); });
  QObject::connect(&window, &CaptureWindow::operatorChosen, &window,
                   [this](const QString& name) { settings_.setValue("operator/name", name); });
}

}  // namespace cs::station
