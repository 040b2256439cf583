#include "frames/source_factory.h"

#include <QFileInfo>
#include <QMediaDevices>

#include "frames/camera_source.h"
#include "frames/demo_folder_source.h"
#include "frames/demo_material.h"
#include "frames/demo_video_source.h"

namespace cs::ui {

std::unique_ptr<FrameSource> makeDemoSource(const QString& fileOrFolder) {
  const QFileInfo info(fileOrFolder);
  if (info.isDir()) return std::make_unique<DemoFolderSource>(info.absoluteFilePath());
  if (info.isFile()) return std::make_unique<DemoVideoSource>(info.absoluteFilePath());
  return nullptr;
}

std::unique_ptr<FrameSource> makeCameraSource(const QByteArray& cameraId, QSize resolution) {
  const auto inputs = QMediaDevices::videoInputs();
  if (inputs.isEmpty()) return nullptr;
  for (const QCameraDevice& device : inputs)
    if (device.id() == cameraId) return std::make_unique<CameraSource>(device, resolution);
  return std::make_unique<CameraSource>(QMediaDevices::defaultVideoInput(), QSize());
}

std::unique_ptr<FrameSource> makeStartupSource(const QString& explicitSource, const QByteArray& cameraId,
                                               QSize resolution) {
  if (!explicitSource.isEmpty()) return makeDemoSource(explicitSource);
  if (auto camera = makeCameraSource(cameraId, resolution)) return camera;
  return makeDemoSource(defaultDemoSource());
}

}  // namespace cs::ui
