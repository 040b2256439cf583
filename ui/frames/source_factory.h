#pragma once
// Makes the frame source the station starts with: a file or folder given on the command line, else the
// remembered camera, else the first camera, else the demo material (so any machine shows the station).
#include <QByteArray>
#include <QSize>
#include <QString>
#include <memory>

#include "frames/frame_source.h"

namespace cs::ui {

std::unique_ptr<FrameSource> makeDemoSource(const QString& fileOrFolder);  // nullptr if the path is absent
std::unique_ptr<FrameSource> makeCameraSource(const QByteArray& cameraId, QSize resolution);  // nullptr: none
// The whole rule above; `explicitSource` may be empty.
std::unique_ptr<FrameSource> makeStartupSource(const QString& explicitSource, const QByteArray& cameraId,
                                               QSize resolution);

}  // namespace cs::ui
